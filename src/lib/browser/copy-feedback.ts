/** What a copy button says after copying, in the page's language. */
export interface CopyMessages {
  copied: string;
  failed: string;
}

/**
 * A button that copies what `text()` gives and tells the reader how it went twice: on the
 * button itself for a while (visible) and in the page's polite live region (screen readers).
 */
export function copyButton(
  root: Document,
  className: string,
  label: string,
  text: () => string,
  status: HTMLElement,
  messages: CopyMessages,
): HTMLButtonElement {
  const button = root.createElement('button');
  button.className = className;
  button.textContent = label;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(text()).then(
      () => (button.textContent = status.textContent = messages.copied),
      () => (button.textContent = status.textContent = messages.failed),
    );
    setTimeout(() => (button.textContent = label), 2500);
  });
  return button;
}
