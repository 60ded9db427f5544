import type { Emphasis, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportFinding } from '../lib/markdown/body-report';

/**
 * Two gender stars in one paragraph (Nutzer*innen … Anbieter*innen) pair up as emphasis: the
 * text between them turns italic and both stars vanish. Reported where it happens.
 */
export function remarkGenderStars() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'emphasis', (emphasis: Emphasis) => {
      const text = toString(emphasis);
      if (!/^innen\b|^in\b/.test(text)) return;
      reportFinding(file, emphasis, {
        severity: 'error',
        subject: 'gender star',
        message: `"*${text.slice(0, 40)}…*" is read as italics, because Markdown pairs the stars of two gender-inclusive words`,
        fix: 'escape the star in the body: Entwickler\\*innen',
      });
    });
  };
}
