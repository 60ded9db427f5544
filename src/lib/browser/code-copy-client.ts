import { copyButton, type CopyMessages } from './copy-feedback';

/**
 * Gives each code block a "copy code" button in its caption bar, worded as the build wrote on the
 * block; made here, so no dead button shows without JavaScript.
 */
export function enableCodeCopy(root: Document, status: HTMLElement, messages: CopyMessages): void {
  for (const pre of root.querySelectorAll('.code-block>pre')) {
    const { copy = '', copyLabel = '' } = (pre.parentElement as HTMLElement).dataset;
    const button = copyButton(root, 'code-copy', copy, () => pre.textContent ?? '', status, messages);
    button.ariaLabel = copyLabel;
    pre.before(button);
  }
}
