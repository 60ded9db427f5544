import type { Locale } from '../../../i18n/locales';
import { translate } from '../../../i18n/ui';
import { trimSlashes } from '../../../i18n/urls';

/**
 * The address that opens a new GitHub issue about one post, prefilled in the reader's
 * language with the post's title and address: a plain link, no script, nothing embedded.
 * @example discussUrl('https://github.com/o/r', 'en', 'kcp', 'https://x.org/en/posts/kcp/')
 * // 'https://github.com/o/r/issues/new?title=Discussion%3A%20kcp&body=…'
 */
export function discussUrl(repositoryUrl: string, locale: Locale, postTitle: string, pageUrl: string): string {
  const title = translate(locale, 'discuss.issueTitle', { title: postTitle });
  const body = translate(locale, 'discuss.issueBody', { url: pageUrl });
  return `${trimSlashes(repositoryUrl)}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
