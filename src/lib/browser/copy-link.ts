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
 * Makes each heading's "#" permalink also copy the section's address: a visible note for sighted
 * readers, the live region `status` for screen readers; where copying fails it is just a link.
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
