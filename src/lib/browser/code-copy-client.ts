import { copyButton, type CopyMessages } from './copy-feedback';

/**
 * Gives every code block of a post's prose a "copy code" button. The buttons are made here,
 * so a reader without JavaScript sees no button that does nothing.
 */
export function enableCodeCopy(root: Document, status: HTMLElement, label: string, messages: CopyMessages): void {
  for (const pre of root.querySelectorAll('.prose pre')) {
    const wrapper = root.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(
      copyButton(root, 'code-copy', label, () => pre.textContent ?? '', status, messages),
      pre,
    );
  }
}
