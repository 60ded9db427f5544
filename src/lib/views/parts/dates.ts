import { LOCALE_TAGS, type Locale } from '../../../i18n/locales';

// Building a formatter costs far more than formatting (2 s of a 2000-page build): one per locale.
const longDates = new Map<Locale, Intl.DateTimeFormat>();

function longDateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale].intl, { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(locale, format);
  }
  return format;
}

/**
 * A date as readers of `locale` write it, e.g. "8. April 2024" or "8 April 2024".
 * Dates are calendar days: formatted in UTC so the day never shifts with the build machine.
 * @example formatDate(new Date('2024-04-08'), 'de') // '8. April 2024'
 */
export function formatDate(date: Date, locale: Locale): string {
  return longDateFormat(locale).format(date);
}

/**
 * The machine-readable form for `<time datetime>`.
 * @example isoDate(new Date('2024-04-08')) // '2024-04-08'
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A span of calendar days as readers of `locale` write it, in UTC like `formatDate`.
 * @example formatDateRange(new Date('2024-03-19'), new Date('2024-03-22'), 'de') // '19.–22. März 2024'
 */
export function formatDateRange(start: Date, end: Date, locale: Locale): string {
  return longDateFormat(locale).formatRange(start, end);
}
