import { LOCALE_TAGS, type Locale } from './locales';

/** The phrases of one count, one per plural category the locale uses; `other` is always there. */
export type CountPhrases = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// Building Intl objects costs more than using them: one of each per locale.
const rules = new Map<Locale, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function rulesOf(locale: Locale): { plural: Intl.PluralRules; number: Intl.NumberFormat } {
  let found = rules.get(locale);
  if (!found) {
    found = { plural: new Intl.PluralRules(LOCALE_TAGS[locale].intl), number: new Intl.NumberFormat(LOCALE_TAGS[locale].intl) };
    rules.set(locale, found);
  }
  return found;
}

/**
 * A count as readers of `locale` say it: the phrase of the count's plural category (Intl.PluralRules),
 * with `{count}` written as the locale writes numbers.
 * @example countPhrase('en', { one: '{count} post found', other: '{count} posts found' }, 1) // '1 post found'
 * @example countPhrase('de', { one: '{count} Beitrag', other: '{count} Beiträge' }, 0) // '0 Beiträge'
 */
export function countPhrase(locale: Locale, phrases: CountPhrases, count: number): string {
  const { plural, number } = rulesOf(locale);
  const phrase = phrases[plural.select(count)] ?? phrases.other;
  return phrase.replaceAll('{count}', number.format(count));
}
