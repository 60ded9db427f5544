import type { UiKey } from '../../../i18n/ui';
import type { PostData } from '../../content/post-schema';

const KIND_KEYS = {
  recap: 'home.recap',
  highlight: 'home.highlight',
  'follow-up': 'home.followUp',
} as const satisfies Record<PostData['type'], UiKey>;

/** Every kind of post, in the recap's order: recap, highlight, follow-up. */
export const POST_KINDS = Object.keys(KIND_KEYS) as PostData['type'][];

/**
 * The UI string that names a kind of post, on post cards and above a post's title.
 * @example postKindKey('follow-up') // 'home.followUp'
 */
export function postKindKey(type: PostData['type']): UiKey {
  return KIND_KEYS[type];
}
