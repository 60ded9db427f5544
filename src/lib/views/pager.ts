import type { UiKey } from '../../i18n/ui';
import type { PostData } from '../content/post-schema';

/** Which way a pager link leads along the reading order. */
export type PagerDirection = 'previous' | 'next';

const LABELS = {
  previous: { recap: 'pager.recap', highlight: 'pager.previousHighlight', 'follow-up': 'pager.previousFollowUp' },
  next: { recap: 'pager.recap', highlight: 'pager.nextHighlight', 'follow-up': 'pager.nextFollowUp' },
} as const satisfies Record<PagerDirection, Record<PostData['type'], UiKey>>;

/**
 * The UI string that labels a pager link: it names where the link leads, so "Next highlight"
 * never points at a follow-up.
 * @example pagerLabelKey('next', 'highlight') // 'pager.nextHighlight'
 */
export function pagerLabelKey(direction: PagerDirection, type: PostData['type']): UiKey {
  return LABELS[direction][type];
}
