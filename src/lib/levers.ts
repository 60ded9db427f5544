/**
 * Whether issue 11's build-speed levers are off (`KUBECON_RECAP_LEVERS=off`): the build then
 * takes the plain way (Astro's remark-smartypants, each post parsed again for the checks,
 * every share card drawn in one pass and at its route), so a test can prove that the levers
 * change nothing readers get (tests/build/levers.test.ts).
 */
export function leversOff(): boolean {
  return process.env.KUBECON_RECAP_LEVERS === 'off';
}
