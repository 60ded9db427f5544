import type { UiKey } from '../../../i18n/ui';
import { neighboursOf, type PostPage, type SiteIndex } from '../../content/site-index';
import type { PostData } from '../../content/post-schema';
import { postLinkOf } from './post-link';

/** Which way a pager link leads along the reading order. */
type PagerDirection = 'previous' | 'next';

const LABELS = {
  previous: { recap: 'pager.recap', highlight: 'pager.previousHighlight', 'follow-up': 'pager.previousFollowUp' },
  next: { recap: 'pager.recap', highlight: 'pager.nextHighlight', 'follow-up': 'pager.nextFollowUp' },
} as const satisfies Record<PagerDirection, Record<PostData['type'], UiKey>>;

/**
 * One end of the pager: a link along the reading order, or an empty place that keeps the layout.
 * The link's `labelKey` names where it leads, so "Next highlight" never points at a follow-up.
 */
function slotOf(direction: PagerDirection, target: PostPage | undefined) {
  return {
    direction,
    rel: direction === 'previous' ? ('prev' as const) : ('next' as const),
    link: target && { ...postLinkOf(target), labelKey: LABELS[direction][target.post.record.data.type] },
  };
}

/**
 * The pager under a post: its previous and next page in the reading order, or no pager at all
 * when it has neither.
 * @example pagerOf(index, recapPage).map((slot) => slot.link?.labelKey) // [undefined, 'pager.nextHighlight']
 */
export function pagerOf(index: SiteIndex, page: PostPage) {
  const { previous, next } = neighboursOf(index, page);
  return previous || next ? [slotOf('previous', previous), slotOf('next', next)] : [];
}
