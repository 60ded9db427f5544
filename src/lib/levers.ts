/**
 * Whether the build's performance levers are switched off (`KUBECON_RECAP_LEVERS=off`), so
 * that the site can be built the plain way and compared with the fast one: readers must get
 * the same pages either way. Read when the work is done, not at import time.
 */
export function leversOff(): boolean {
  return process.env.KUBECON_RECAP_LEVERS === 'off';
}
