import { localeFromPath } from '../../i18n/urls';

/**
 * Moves the 404 page's section in the language of the requested address to the top, and
 * gives the page that language, so an `/en/…` reader is not greeted in German.
 */
export function leadWithLocaleOfAddress(root: Document, pathname: string): void {
  const locale = localeFromPath(pathname);
  const section = root.querySelector(`[data-not-found="${locale}"]`);
  if (!section?.parentElement) return;
  // Each section carries its own lang; the page's chrome stays in the document's language.
  section.parentElement.prepend(section);
}
