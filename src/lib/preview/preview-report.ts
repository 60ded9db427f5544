import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { markdownCell, markdownTable } from '../authoring/pr-summary';
import type { PreviewPage } from './preview-pages';
import type { Viewport } from './screenshots';

/** The widths a reviewer sees each page at: a phone and a desktop. */
export const PREVIEW_VIEWPORTS: readonly Viewport[] = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

/**
 * Where a page's screenshot at one width goes, relative to the preview folder.
 * @example screenshotFile({ path: '/de/posts/kcp/', change: 'new', name: 'de-posts-kcp' }, PREVIEW_VIEWPORTS[0]) // 'screenshots/de-posts-kcp-phone.png'
 */
export function screenshotFile(page: PreviewPage, viewport: Viewport): string {
  return `screenshots/${page.name}-${viewport.name}.png`;
}

const NO_PAGE = 'This pull request changes no page of the site.';

/** How a reviewer opens what the preview holds, once its folder is on their machine. */
const OPEN_THE_SITE =
  'to click through the site, run `npx serve site` in that folder and open the address it prints ' +
  '(or copy `site/` to `dist/` in a clone of the repository and run `npm run preview`).';

/**
 * The preview's part of the job summary: every page with its change and the names of its
 * screenshots, and how to open them and the site. Addresses come from file names: escaped.
 */
export function previewMarkdown(pages: readonly PreviewPage[]): string {
  const widths = PREVIEW_VIEWPORTS.map((viewport) => `${viewport.name} (${viewport.width} px)`);
  const table = [
    `Each page in Chromium at ${widths.join(' and ')}, and the built site: the artifact \`preview\` of this run. ` +
      `Unzip it and open \`index.html\`; ${OPEN_THE_SITE}`,
    '',
    ...markdownTable(
      ['Page', 'Change', ...widths],
      pages.map((page) => [
        markdownCell(page.path),
        page.change,
        ...PREVIEW_VIEWPORTS.map((viewport) => markdownCell(screenshotFile(page, viewport))),
      ]),
    ),
    '',
    `${pages.length} page(s), ${pages.length * PREVIEW_VIEWPORTS.length} screenshot(s).`,
  ];
  return ['## Preview of this pull request', '', ...(pages.length === 0 ? [NO_PAGE] : table), ''].join('\n');
}

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:2rem;max-width:90rem}figure{display:inline-block;margin:0 1rem 1rem 0;vertical-align:top}' +
  'img{border:1px solid #999;max-height:40rem;object-fit:cover;object-position:top}';

/**
 * The preview's index page: each page's address and change, and its screenshots (each a link
 * to the full image). Serialised by hast-util-to-html, so no address can become markup.
 */
export function previewIndexHtml(pages: readonly PreviewPage[]): string {
  const widths = PREVIEW_VIEWPORTS.map((viewport) => `${viewport.width} px`).join(' and ');
  const intro = `${pages.length} page(s), each at ${widths} wide. The built site is in site/: ${OPEN_THE_SITE.replaceAll('`', '')}`;
  const sections = pages.map((page) =>
    h('section', [
      h('h2', [h('code', page.path), ` ${page.change}`]),
      ...PREVIEW_VIEWPORTS.map((viewport) =>
        h('figure', [
          h('a', { href: screenshotFile(page, viewport) }, [
            h('img', {
              src: screenshotFile(page, viewport),
              alt: `${page.path} at ${viewport.width} px`,
              width: viewport.width / 2,
              loading: 'lazy',
            }),
          ]),
          h('figcaption', `${viewport.name}, ${viewport.width} px`),
        ]),
      ),
    ]),
  );
  const html = h('html', { lang: 'en' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('title', 'Preview of the pull request'), h('style', STYLE)]),
    h('body', [h('h1', 'Preview of the pull request'), h('p', pages.length === 0 ? NO_PAGE : intro), ...sections]),
  ]);
  return `<!doctype html>\n${toHtml(html)}\n`;
}
