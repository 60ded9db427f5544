import { copyButton, type CopyMessages } from './copy-feedback';

/**
 * Gives every code block of a post's prose a "copy code" button at the end of its caption
 * bar, with the text and accessible name the build wrote on the block in the post's language.
 * The buttons are made here, so a reader without JavaScript sees no button that does nothing.
 */
export function enableCodeCopy(root: Document, status: HTMLElement, messages: CopyMessages): void {
  for (const pre of root.querySelectorAll('.code-block>pre')) {
    const { copy = '', copyLabel = '' } = (pre.parentElement as HTMLElement).dataset;
    const button = copyButton(root, 'code-copy', copy, () => pre.textContent ?? '', status, messages);
    button.ariaLabel = copyLabel;
    pre.before(button);
  }
}
