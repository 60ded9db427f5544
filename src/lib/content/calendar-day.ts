import { z } from 'astro/zod';

/** A calendar day as the front matter must write it. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day `text` names, at midnight UTC, or undefined unless it is a real YYYY-MM-DD day.
 * @example parseIsoDay('2024-05-06') // 2024-05-06T00:00:00.000Z
 * @example parseIsoDay('06.05.2024') // undefined
 * @example parseIsoDay('2024-02-30') // undefined
 */
export function parseIsoDay(text: string): Date | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * A front-matter date: only YYYY-MM-DD. Astro's YAML reader turns an unquoted 2024-05-06 into
 * a Date, a quoted one stays text; anything else ("06.05.2024", "May 6") would otherwise be
 * guessed by `new Date` (5 June, or the year 2001) and is refused instead.
 */
export function calendarDay() {
  return z.unknown().transform((value, context): Date => {
    if (value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z')) return value;
    const day = typeof value === 'string' ? parseIsoDay(value.trim()) : undefined;
    if (day) return day;
    context.addIssue({
      code: 'custom',
      message: `must be a calendar day written YYYY-MM-DD, e.g. 2024-05-06; got ${JSON.stringify(value instanceof Date ? value.toISOString() : value)}`,
    });
    return z.NEVER;
  });
}
