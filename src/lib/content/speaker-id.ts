import { slug } from 'github-slugger';

/**
 * A speaker's id on the talk index: their name as the schedule writes it, slugged the way
 * rehype-slug slugs headings, so it is the same in every language.
 * @example speakerId('Marvin Beckers') // 'marvin-beckers'
 */
export function speakerId(name: string): string {
  return slug(name);
}
