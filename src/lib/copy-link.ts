/**
 * The address a "copy link" button copies: the page without its current fragment, plus `#id`.
 * @example sectionUrl('https://example.org/en/posts/x/#old', 'kcp') // 'https://example.org/en/posts/x/#kcp'
 */
export function sectionUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = id;
  return url.href;
}

/** How long the visible "copied" note stays next to its button. */
const FEEDBACK_MS = 2500;

/**
 * Shows the "copy link" buttons (hidden until a script can make them work). After a click the
 * result shows next to the button for sighted readers and is announced through one polite live
 * region for screen-reader users (the visible note is hidden from them, to be said once).
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
    const note = root.createElement('span');
    note.className = 'copy-feedback';
    note.setAttribute('aria-hidden', 'true');
    note.hidden = true;
    button.after(note);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (text: string, state: 'copied' | 'failed') => {
      note.textContent = text;
      note.dataset.state = state;
      note.hidden = false;
      button.dataset.state = state;
      clearTimeout(timer);
      timer = setTimeout(() => {
        note.hidden = true;
        delete button.dataset.state;
      }, FEEDBACK_MS);
    };
    button.addEventListener('click', async () => {
      const url = sectionUrl(location.href, button.dataset.copyLink ?? '');
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = (button.dataset.copied ?? '{url}').replace('{url}', url);
        show(button.dataset.copiedShort ?? '', 'copied');
      } catch {
        status.textContent = button.dataset.failed ?? '';
        show(button.dataset.failed ?? '', 'failed');
      }
    });
  }
}
