import type { Locale } from '../../../i18n/locales';
import type { UiKey } from '../../../i18n/ui';
import { localizePath } from '../../../i18n/urls';

/** One link of the header navigation, and whether the reader is on or below its page. */
export interface NavItem {
  href: string;
  labelKey: UiKey;
  /** `page` on the link's own page, `true` on a page it contains (a topic of all posts), else undefined. */
  current: 'page' | 'true' | undefined;
  /** Shown before the label, which narrow screens then hide (the label stays the link's name). */
  hasIcon: boolean;
}

const NAV_TARGETS = [
  { path: '/', labelKey: 'nav.home', contains: ['/topics/'], hasIcon: false },
  { path: '/talks/', labelKey: 'talks.link', contains: ['/talks/'], hasIcon: false },
  { path: '/search/', labelKey: 'search.link', contains: [], hasIcon: true },
] as const satisfies readonly { path: string; labelKey: UiKey; contains: readonly string[]; hasIcon: boolean }[];

/**
 * The header navigation for a page of `locale` served at `pathname`, with the current entry marked.
 * @example siteNav('en', '/en/talks/platform/').map((item) => item.current) // [undefined, 'true', undefined]
 */
export function siteNav(locale: Locale, pathname: string): NavItem[] {
  return NAV_TARGETS.map(({ path, labelKey, contains, hasIcon }) => {
    const href = localizePath(path, locale);
    const isBelow = contains.some((part) => pathname.startsWith(localizePath(part, locale)));
    return { href, labelKey, hasIcon, current: pathname === href ? 'page' : isBelow ? 'true' : undefined };
  });
}
