/**
 * The address a "copy link" button copies: the page without its current fragment, plus `#id`.
 * @example sectionUrl('https://example.org/en/posts/x/#old', 'kcp') // 'https://example.org/en/posts/x/#kcp'
 */
export function sectionUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = id;
  return url.href;
}

/**
 * Shows the "copy link" buttons (hidden until a script can make them work) and announces the
 * result through one polite live region, so screen-reader users hear what happened.
 */
export function enableCopyLinks(root: Document): void {
  const buttons = root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]');
  if (buttons.length === 0 || !navigator.clipboard) return;
  const status = root.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  root.body.append(status);
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = sectionUrl(location.href, button.dataset.copyLink ?? '');
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = (button.dataset.copied ?? '{url}').replace('{url}', url);
      } catch {
        status.textContent = button.dataset.failed ?? '';
      }
    });
  }
}
