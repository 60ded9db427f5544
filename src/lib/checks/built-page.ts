import { HTMLElement, parse } from 'node-html-parser';

/**
 * The ids and the link targets (`a` and `link` href, `img` src) of a built page, in document
 * order: what the link guard checks. One walk over the parsed page; two selector queries
 * (css-select) cost more than the parse itself.
 */
export function idsAndLinksOf(html: string): { ids: string[]; hrefs: string[] } {
  const ids: string[] = [];
  const hrefs: string[] = [];
  const visit = (element: HTMLElement) => {
    if (element.id) ids.push(element.id);
    const tag = element.rawTagName?.toLowerCase();
    const target = tag === 'a' || tag === 'link' ? element.getAttribute('href') : tag === 'img' ? element.getAttribute('src') : undefined;
    if (target) hrefs.push(target);
    for (const child of element.childNodes) if (child instanceof HTMLElement) visit(child);
  };
  visit(parse(html));
  return { ids, hrefs };
}
