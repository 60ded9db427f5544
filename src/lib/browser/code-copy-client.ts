import { copyButton, type CopyMessages } from './copy-feedback';

/** A code block as its caption names it. */
interface CaptionedBlock {
  title: string | undefined;
  language: string;
}

/** The page's wording of the copy buttons' accessible names (`{title}`, `{language}`, `{index}`, `{count}`). */
export interface CodeCopyNames {
  named: string;
  numbered: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/**
 * One accessible name per copy button, none twice on a page: the file name where no other
 * block has it, else the language and the block's place.
 * @example codeCopyNames([{ title: 'a.yaml', language: 'YAML' }, { title: undefined, language: 'Bash' }], { named: 'Copy code: {title}', numbered: 'Copy code ({language}, {index} of {count})' }) // ['Copy code: a.yaml', 'Copy code (Bash, 2 of 2)']
 */
export function codeCopyNames(blocks: readonly CaptionedBlock[], names: CodeCopyNames): string[] {
  return blocks.map(({ title, language }, index) =>
    title !== undefined && blocks.filter((other) => other.title === title).length === 1
      ? fill(names.named, { title })
      : fill(names.numbered, { language, index: String(index + 1), count: String(blocks.length) }),
  );
}

/**
 * Gives every code block of a post's prose a "copy code" button at the end of its caption bar,
 * named for its block. The buttons are made here, so a reader without JavaScript sees no
 * button that does nothing.
 */
export function enableCodeCopy(root: Document, status: HTMLElement, label: string, names: CodeCopyNames, messages: CopyMessages): void {
  const figures = [...root.querySelectorAll<HTMLElement>('.prose figure.code-block')];
  const blocks = figures.map((figure) => ({
    title: figure.querySelector('.code-title')?.textContent ?? undefined,
    language: figure.querySelector('.code-language')?.textContent ?? '',
  }));
  const accessibleNames = codeCopyNames(blocks, names);
  figures.forEach((figure, index) => {
    const pre = figure.querySelector('pre');
    if (!pre) return;
    const button = copyButton(root, 'code-copy', label, () => pre.textContent ?? '', status, messages);
    button.setAttribute('aria-label', accessibleNames[index] ?? label);
    pre.before(button);
  });
}
