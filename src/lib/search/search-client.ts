import { isLocale } from '../../i18n/locales';
import { countPhrase } from '../../i18n/plural';
import { isQueryFound } from './query-match';
import { matchedWords, resultView, type PagefindResultData, type ResultView } from './result-view';

/** The part of Pagefind's browser API that the search page uses. */
interface Pagefind {
  options: (options: { excerptLength?: number; excerptEllipsis?: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 10;
/** How long typing may pause before the search runs: one search per word, not per key. */
const TYPING_PAUSE_MS = 200;

/**
 * Loads Pagefind only when the reader first searches, so the page costs nothing until then.
 * The index is generated after the build, so its URL is kept out of the bundler's sight.
 */
let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (loaded) => {
    await loaded.options({ excerptLength: 26, excerptEllipsis: '…' });
    return loaded;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(root: Document, tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const made = root.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}

/** A result as a post card, built from text nodes: nothing from the index is parsed as HTML. */
function resultItem(root: Document, result: ResultView, kinds: Record<string, string>, sectionsLabel: string): HTMLLIElement {
  const item = element(root, 'li', `post-card search-result${result.kind ? ` post-card-${result.kind}` : ''}`);
  const card = element(root, 'article');
  const meta = element(root, 'p', 'post-card-meta');
  if (result.kind && kinds[result.kind]) meta.append(element(root, 'span', 'chip chip-kind', kinds[result.kind]));
  if (result.published) {
    const time = element(root, 'time', '', result.published.text);
    time.dateTime = result.published.iso;
    meta.append(time);
  }
  const heading = element(root, 'h2');
  const link = element(root, 'a', '', result.title);
  link.href = result.href;
  heading.append(link);
  const excerpt = element(root, 'p', 'search-excerpt');
  excerpt.append(...result.excerpt.map((part) => (part.isMatch ? element(root, 'mark', '', part.text) : part.text)));
  card.append(meta, heading, excerpt);
  if (result.sections.length > 0) {
    const list = element(root, 'ul', 'search-sections');
    list.ariaLabel = sectionsLabel;
    for (const section of result.sections) {
      const sectionLink = element(root, 'a', '', section.title);
      sectionLink.href = section.href;
      const sectionItem = element(root, 'li');
      sectionItem.append(sectionLink);
      list.append(sectionItem);
    }
    card.append(list);
  }
  item.append(card);
  return item;
}

/** Turns the search page's hidden form into a working search; without JS the page says why not. */
export function enableSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const results = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const locale = status?.dataset.locale ?? '';
  if (!form || !input || !results || !status || !empty || !isLocale(locale)) return;
  // Shown before first paint by search.css (the head script marks a scripted page); this is for the rest.
  form.hidden = false;
  root.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
  const { one = '', other = '', none = '', sections = '', searching = '' } = status.dataset;
  const kinds = JSON.parse(results.dataset.kinds ?? '{}') as Record<string, string>;

  const show = (query: string, found: ResultView[], total: number) => {
    results.replaceChildren(...found.map((result) => resultItem(root, result, kinds, sections)));
    status.textContent = query === '' ? '' : total === 0 ? none : countPhrase(locale, { one, other }, total);
    empty.hidden = query === '' || total > 0;
  };

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    clearTimeout(timer);
    const query = input.value.trim();
    const run = (latest += 1);
    // The query lives in the address, so Back from a result (and a shared link) shows it again.
    history.replaceState(history.state, '', searchUrl(location.href, query));
    if (query === '') return show(query, [], 0);
    // Said at once, in the status line's own place: the results that follow take the area below.
    if (status.textContent === '') status.textContent = searching;
    const search = await (await loadPagefind()).search(query);
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== latest) return;
    // A query word Pagefind only "found" by falling back to a shorter indexed word is not found.
    const isFound = isQueryFound(query, data.flatMap(matchedWords));
    show(query, isFound ? data.map((result) => resultView(result, locale)) : [], isFound ? search.results.length : 0);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  // A page restored from the back/forward cache keeps its results; otherwise the address decides.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

/**
 * The search page's address for a query: `?q=` set, or dropped for an empty query.
 * @example searchUrl('https://example.org/en/search/', 'kcp api') // 'https://example.org/en/search/?q=kcp+api'
 */
export function searchUrl(pageUrl: string, query: string): string {
  const url = new URL(pageUrl);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  return url.href;
}
