/** How a fence's language is named on the block, where the written id is not a name. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  bash: 'Bash',
  console: 'Console',
  css: 'CSS',
  diff: 'Diff',
  dockerfile: 'Dockerfile',
  go: 'Go',
  hcl: 'HCL',
  html: 'HTML',
  ini: 'INI',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  markdown: 'Markdown',
  md: 'Markdown',
  mdx: 'MDX',
  plaintext: 'Text',
  powershell: 'PowerShell',
  python: 'Python',
  py: 'Python',
  rust: 'Rust',
  sh: 'Shell',
  shell: 'Shell',
  sql: 'SQL',
  text: 'Text',
  toml: 'TOML',
  ts: 'TypeScript',
  txt: 'Text',
  typescript: 'TypeScript',
  xml: 'XML',
  yaml: 'YAML',
  yml: 'YAML',
  zsh: 'Zsh',
};

/**
 * The name shown on a code block for the language its fence names (language names are the
 * same in German and English); a fence without a language is text.
 * @example languageLabel('yaml') // 'YAML'
 * @example languageLabel(undefined) // 'Text'
 * @example languageLabel('rego') // 'rego'
 */
export function languageLabel(language: string | undefined): string {
  if (language === undefined || language === '') return 'Text';
  return LANGUAGE_NAMES[language.toLowerCase()] ?? language;
}
