/**
 * Every id the layout and its components put on a post page themselves. The components read
 * their ids from here and the content checks reserve them, so that a heading which would
 * collide (e.g. "## Follow-ups") is reported at its source line, not by the built site's guard.
 */
export const LAYOUT_IDS = {
  /** BaseLayout's <main>, the skip link's target. */
  content: 'content',
  /** LanguageSwitch's <nav> and its note when there is no translation. */
  langSwitch: 'lang-switch',
  langSwitchNote: 'lang-switch-note',
  /** A post's header, the contents' first entry (PostLayout). */
  postTop: 'top',
  /** A post's table of contents, where the link at the bottom corner of a long post leads. */
  toc: 'toc',
  /** The header's menu, a popover on narrow screens (BaseLayout). */
  siteMenu: 'site-menu',
  /** The heading of the follow-up list on a highlight page (PostLayout). */
  followUps: 'follow-ups',
} as const;

/** The heading of a talk section's follow-up list on the recap page. */
export function followUpsIdOf(talkId: string): string {
  return `${talkId}-follow-ups`;
}

/**
 * Ids no heading or talk may take: the layout's own (`#top` is a post's beginning), and names a
 * future layout may give meaning to.
 */
export const RESERVED_IDS: readonly string[] = ['main', 'footer', 'site-header', ...Object.values(LAYOUT_IDS)];
