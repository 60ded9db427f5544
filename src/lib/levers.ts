/**
 * Whether issue 11's build-speed levers are off (`KUBECON_RECAP_LEVERS=off`): the build then
 * takes the plain way (each post parsed again for the checks, every share card drawn in one
 * pass), so a test can prove that the levers change nothing readers get.
 */
export function leversOff(): boolean {
  return process.env.KUBECON_RECAP_LEVERS === 'off';
}
