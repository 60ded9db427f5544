/** The part of Pagefind's browser API that the search page uses. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const MAX_RESULTS = 10;

/**
 * Loads Pagefind only when the reader first searches, so the page costs nothing until then.
 * The index is generated after the build, so its URL is kept out of the bundler's sight.
 */
let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function resultItem(root: Document, result: PagefindResult): HTMLLIElement {
  const item = root.createElement('li');
  const link = root.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const heading = root.createElement('h2');
  heading.append(link);
  const excerpt = root.createElement('p');
  // Pagefind's excerpts are our own post text with <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = root.createElement('ul');
    for (const section of sections) {
      const sectionItem = root.createElement('li');
      const sectionLink = root.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      sectionItem.append(sectionLink);
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}

/** Turns the search page's hidden form into a working search; without JS the page says why not. */
export function enableSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const results = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !results || !status) return;
  form.hidden = false;
  root.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const run = (latest += 1);
    // The query lives in the address, so Back from a result (and a shared link) shows it again.
    history.replaceState(history.state, '', searchUrl(location.href, query));
    if (query === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await (await loadPagefind()).search(query);
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== latest) return;
    results.replaceChildren(...found.map((result) => resultItem(root, result)));
    status.textContent =
      found.length === 0
        ? (status.dataset.none ?? '')
        : (status.dataset.results ?? '{count}').replace('{count}', String(search.results.length));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
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
