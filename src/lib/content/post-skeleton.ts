import { LOCALES, type Locale } from '../../i18n/locales';

/** The ids of the scaffold's sections, the same in both languages. */
export const SECTION_IDS = ['context', 'step-by-step', 'takeaways'] as const;

/** The scaffold's text per language: its front-matter texts, an opening sentence, and a heading and sentence per section. */
export const SKELETON: Record<Locale, { title: string; description: string; summary: string; intro: string; sections: [string, string][] }> = {
  de: {
    title: 'Titel des Beitrags',
    description: 'Ein Satz von 50 bis 200 Zeichen für Suchergebnisse, Feeds und Vorschaukarten.',
    summary: 'Zwei bis vier Sätze für den Abschnitt im Rückblick.',
    intro: 'Ein, zwei Sätze: worum es geht und für wen.',
    sections: [
      ['Ausgangslage', 'Was wir an der KubeCon gesehen haben und warum es uns beschäftigt.'],
      ['Schritt für Schritt', 'Das Vorgehen, mit einem kurzen Code- oder Manifest-Beispiel.'],
      ['Unser Fazit', 'Was wir daraus mitnehmen.'],
    ],
  },
  en: {
    title: 'Title of the post',
    description: 'One sentence of 50 to 200 characters for search results, feeds and share cards.',
    summary: 'Two to four sentences for the section on the recap page.',
    intro: 'One or two sentences: what this is about and for whom.',
    sections: [
      ['Context', 'What we saw at KubeCon and why it matters to us.'],
      ['Step by step', 'The walk-through, with a short code or manifest example.'],
      ['Our takeaways', 'What we take away from it.'],
    ],
  },
};

/** Every sentence the scaffold writes for the author to replace (not its headings). */
const PLACEHOLDERS: readonly string[] = LOCALES.flatMap((locale) => {
  const { title, description, summary, intro, sections } = SKELETON[locale];
  return [title, description, summary, intro, ...sections.map(([, sentence]) => sentence)];
});

/**
 * The scaffold's placeholder sentences found in `text`, so that the checks refuse a post that
 * is published with them.
 * @example placeholdersIn('Titel des Beitrags') // ['Titel des Beitrags']
 */
export function placeholdersIn(text: string): string[] {
  return PLACEHOLDERS.filter((placeholder) => text.includes(placeholder));
}
