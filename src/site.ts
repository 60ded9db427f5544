/** Site-wide constants. Kept free of imports so that any module, config or script can read them. */

/** The site's name, shown in the header and in the document title. */
export const SITE_TITLE = 'KubeCon Europe 2024 – Recap';

/** Who writes the recap (used in feeds, share cards and structured data). */
export const SITE_AUTHOR = 'Puzzle ITC – /cicd team';

/**
 * The public repository that holds this site: the "edit this post" links and
 * CONTRIBUTING.md point here. Change it in this one place when the repository moves.
 */
export const REPOSITORY_URL = 'https://github.com/puzzle/kubecon-recap';

/** The branch that edit links open. */
export const REPOSITORY_BRANCH = 'main';

/** Where local builds believe they live; deployments set SITE_URL (see README). */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** The conference this site recaps, for share cards and structured data. */
export const EVENT = {
  name: 'KubeCon + CloudNativeCon Europe 2024',
  /** For small labels (kickers), where the full name would wrap. */
  shortName: 'KubeCon Europe 2024',
  startDate: '2024-03-19',
  endDate: '2024-03-22',
  location: 'Paris, France',
  url: 'https://events.linuxfoundation.org/archive/2024/kubecon-cloudnativecon-europe/',
} as const;

/**
 * The header's background per colour scheme (`--kr-color-surface` in src/styles/tokens.css), for
 * `<meta name="theme-color">`: a phone's browser bar then continues the header.
 */
export const THEME_COLORS = [
  { scheme: 'light', value: '#ffffff' },
  { scheme: 'dark', value: '#181c23' },
] as const;

/**
 * Files the deploy adds beside the built site (.github/workflows/ci.yml, job build): posts may
 * link to them, and the built site's link guard counts them as there.
 */
export const DEPLOY_FILES: readonly string[] = ['/sbom.cdx.json'];
