import { parsePostPath } from '../content/content-paths';
import { postPath } from '../../i18n/urls';
import { formatDiagnostic, type Diagnostic } from './diagnostic';

// The content loader and the dev server's middleware are loaded by different module graphs
// (the content config and the Astro config): they share the latest findings through one slot.
const SLOT = Symbol.for('kubecon-recap.dev-problems');
type Slot = { [SLOT]?: Map<string, string[]> };

/** Keeps the errors of the dev server's latest content check, by the address of the post each is on. */
export function publishDevProblems(diagnostics: readonly Diagnostic[]): void {
  const problems = new Map<string, string[]>();
  for (const diagnostic of diagnostics) {
    const post = parsePostPath(diagnostic.file);
    if (diagnostic.severity !== 'error' || !post) continue;
    const address = postPath(post.locale, post.slug);
    problems.set(address, [...(problems.get(address) ?? []), formatDiagnostic(diagnostic)]);
  }
  (globalThis as Slot)[SLOT] = problems;
}

/** The errors of the post at a URL path in the dev server's latest content check, if it has any. */
export function devProblemsAt(path: string): string[] | undefined {
  return (globalThis as Slot)[SLOT]?.get(path);
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The page the dev server shows at a post's address while the post fails the checks: each
 * finding as `npm run check` prints it. Vite's client reloads it once the file is saved again.
 * @example devProblemsPage('/en/posts/kcp/', ['content/posts/en/kcp.md:3 error …']).includes('kcp.md:3') // true
 */
export function devProblemsPage(path: string, lines: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content check: ${escapeHtml(path)}</title><script type="module" src="/@vite/client"></script></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
<h1>${escapeHtml(path)} does not pass the content checks</h1>
<p>Every other page is served as usual. Fix these lines and save the file: this page reloads.</p>
<ul>${lines.map((line) => `<li><code style="white-space: pre-wrap">${escapeHtml(line)}</code></li>`).join('\n')}</ul>
</body></html>`;
}
