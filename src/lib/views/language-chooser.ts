import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALE_TAGS, LOCALES } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { absoluteUrl, localizePath } from '../../i18n/urls';

/**
 * The language chooser at "/", for a static host that cannot read Accept-Language.
 * @example languageChooserView(new URL('https://example.org')).hreflangs.at(-1) // { hreflang: 'x-default', href: 'https://example.org/' }
 */
export function languageChooserView(site: URL) {
  const canonical = absoluteUrl('/', site);
  return {
    description: translate(DEFAULT_LOCALE, 'home.intro'),
    canonical,
    hreflangs: [
      ...LOCALES.map((locale) => ({ hreflang: LOCALE_TAGS[locale].lang, href: absoluteUrl(localizePath('/', locale), site) })),
      { hreflang: 'x-default', href: canonical },
    ],
    choices: LOCALES.map((locale) => ({
      lang: LOCALE_TAGS[locale].lang,
      name: LOCALE_NAMES[locale],
      href: localizePath('/', locale),
      intro: translate(locale, 'home.intro'),
    })),
  };
}
