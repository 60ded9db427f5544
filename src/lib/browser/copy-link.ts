/** How long the visible "copied" note stays next to its permalink. */
const FEEDBACK_MS = 2500;

/** What a permalink says once it copied its address: beside it (short) and to screen readers. */
export interface LinkCopiedMessages {
  /** Shown next to the permalink. */
  short: string;
  /** Announced; `{url}` is the copied address. */
  announced: string;
}

/**
 * Makes every heading's "#" permalink the section's one link tool: it still leads to its
 * section, and it also copies the section's address. The note beside it is for sighted
 * readers (hidden from assistive technology), the page's polite live region `status` speaks for
 * screen-reader users. Where the browser refuses to copy, the link only does what links do.
 */
export function enableCopyLinks(root: Document, status: HTMLElement, messages: LinkCopiedMessages): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.heading-link')) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    link.addEventListener('click', () => {
      const url = link.href;
      void navigator.clipboard.writeText(url).then(
        () => {
          status.textContent = messages.announced.replace('{url}', url);
          const note = link.nextElementSibling?.matches('.copy-feedback') ? link.nextElementSibling : root.createElement('span');
          note.className = 'copy-feedback';
          note.ariaHidden = 'true';
          note.textContent = messages.short;
          link.after(note);
          clearTimeout(timer);
          timer = setTimeout(() => note.remove(), FEEDBACK_MS);
        },
        () => undefined,
      );
    });
  }
}
