import { checkContent, formatDiagnostic, type Diagnostic } from './content-checks';
import { readPostFiles } from './read-posts';
import { checkShareCardGlyphs } from './share-card-glyphs';
import { checkTranslationDrift } from './translation-checks';

/** The findings for the posts under `root`, misplaced files included. */
export async function runContentChecks(root: string): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, misplaced } = await readPostFiles(root);
  const diagnostics: Diagnostic[] = misplaced.map((file) => ({
    severity: 'error',
    file,
    message: 'is not a post file at content/posts/<de|en>/<slug>.md or .mdx',
    fix: 'move it into content/posts/de/ or content/posts/en/ with a .md or .mdx name, or delete it',
  }));
  diagnostics.push(...checkContent(files), ...checkTranslationDrift(files), ...checkShareCardGlyphs(files));
  return { diagnostics, fileCount: files.length };
}

/** The findings as lines for a terminal, errors and warnings counted at the end. */
export function reportLines(diagnostics: readonly Diagnostic[], fileCount: number): string[] {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return [
    ...diagnostics.map(formatDiagnostic),
    `content check: ${fileCount} post files, ${errors} error(s), ${warnings} warning(s)`,
  ];
}
