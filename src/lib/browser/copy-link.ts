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
 * result shows next to the button for sighted readers and is announced through the page's one
 * polite live region, `status`, for screen-reader users (the visible note is hidden from them,
 * to be said once).
 */
export function enableCopyLinks(root: Document, status: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    // The note shows while the button has a state (design.css), so the script only sets that.
    const note = root.createElement('span');
    note.className = 'copy-feedback';
    note.ariaHidden = 'true';
    button.after(note);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (state: 'copied' | 'failed', visible = '', announced = visible) => {
      status.textContent = announced;
      note.textContent = visible;
      button.dataset.state = state;
      clearTimeout(timer);
      timer = setTimeout(() => delete button.dataset.state, FEEDBACK_MS);
    };
    button.addEventListener('click', () => {
      const url = sectionUrl(location.href, button.dataset.copyLink ?? '');
      navigator.clipboard.writeText(url).then(
        () => show('copied', button.dataset.copiedShort, button.dataset.copied?.replace('{url}', url)),
        () => show('failed', button.dataset.failed),
      );
    });
  }
}
