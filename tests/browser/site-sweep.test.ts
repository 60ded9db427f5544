import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';
import { readDistPages } from '../helpers/dist';
import { THEME_COLORS } from '../../src/site';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  // Only the violations are read: leaving out the passes' details halves axe's time.
  resultTypes: ['violations'],
};

interface Window {
  width: number;
  height: number;
  /** 2 for a phone at 200 % zoom: 390×844 device pixels seen as 195×422 CSS px. */
  scale: number;
}
const PHONE = { width: 390, height: 844, scale: 1 };
const NARROW = { width: 320, height: 640, scale: 1 };
const ZOOMED = { width: 195, height: 422, scale: 2 };
const TABLET = { width: 768, height: 800, scale: 1 };
const WIDE = { width: 1440, height: 800, scale: 1 };
const DESKTOP = { width: 1280, height: 800, scale: 1 };
/** Posts whose start is measured at 200 % zoom: a short highlight, the longest follow-up, the recap. */
const ZOOMED_POSTS = ['/en/posts/kcp/', '/de/posts/rendered-manifests-hands-on/', '/en/posts/kubecon-2024-paris/'];

/** What every page is held to, each a list of what broke it ("path at width: what"). */
const CHECKS = {
  axe: 'axe-core finds no violation, in the light scheme on a phone and in the dark scheme on a desktop',
  targets: 'no link, button or field is smaller than 24×24 CSS px (WCAG 2.2, 2.5.8), on a phone or on a desktop',
  reflow: 'no page scrolls sideways at 1440, 1280, 768, 390 or 320 CSS px, nor at 200 % zoom on a phone (195 CSS px)',
  scripts: 'no page reports a Content-Security-Policy violation or a script error while loading, nor the search while searching',
  header:
    'the header keeps to one row of one height on every page: at most 62 px on a phone and 80 on a desktop, its title on one line there and no subtitle on a phone',
  themeColor: 'the browser’s bar takes the header’s colour in each scheme',
  firstScreen:
    'every post shows its title and three lines of its text on a 390×844 phone; a short, a long and the recap post start within 1.5 screens at 200 % zoom',
  sectionTools: 'each talk section has one link tool, named after its section in the page’s language',
} as const;
type Check = keyof typeof CHECKS;

/** The links, buttons and fields the page shows that are smaller than 24×24 CSS px; a radio counts as its label. */
function smallTargets(): string[] {
  return [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), summary, select, textarea')]
    .map((element) => (element instanceof HTMLInputElement && element.type === 'radio' ? (element.closest('label') ?? element) : element))
    .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.visually-hidden'))
    .flatMap((element) => {
      const { width, height } = element.getBoundingClientRect();
      const name = (element.textContent ?? '').trim().slice(0, 30) || element.outerHTML.slice(0, 60);
      return width < 24 || height < 24 ? [`${name} (${Math.round(width)}×${Math.round(height)})`] : [];
    });
}

/**
 * The header's height, how far apart the centres of the controls its row shows are, its title's
 * and subtitle's state, its colour and the theme-color the page gives the scheme.
 */
function headerLayout(scheme: string) {
  const header = document.querySelector('.site-header');
  if (!header) return undefined;
  const centres = [...header.querySelectorAll('.site-header-inner :is(a, button, label)')]
    .filter((element) => element.checkVisibility() && !element.closest(':popover-open'))
    .map((element) => element.getBoundingClientRect())
    .map((box) => box.y + box.height / 2);
  const title = document.querySelector('.site-title');
  return {
    height: header.getBoundingClientRect().height,
    spread: Math.max(...centres) - Math.min(...centres),
    titleLines: title ? title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight) : 0,
    tagline: document.querySelector('.site-tagline')?.checkVisibility() ?? false,
    background: getComputedStyle(header).backgroundColor,
    themeColor: document.querySelector(`meta[name="theme-color"][media="(prefers-color-scheme: ${scheme})"]`)?.getAttribute('content'),
  };
}

/** Where a post's title ends and its text starts, for the first-screen checks. */
function postStart() {
  const paragraph = document.querySelector('.prose > p');
  const title = document.querySelector('h1')?.getBoundingClientRect();
  if (!paragraph || !title) return undefined;
  return {
    titleBottom: title.bottom,
    textTop: paragraph.getBoundingClientRect().top,
    lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
  };
}

/** The accessible names of each talk section's tools (axe computes them), beside the section's heading. */
function sectionTools() {
  const sections = [...document.querySelectorAll('section.talk-section')];
  const { axe } = window as unknown as { axe: { setup: () => void; commons: { text: { accessibleText: (e: Element) => string } } } };
  // axe computes names on its own copy of the tree, made by setup().
  if (sections.length > 0) axe.setup();
  return sections.map((section) => ({
    heading: section.querySelector('h2')?.textContent?.trim() ?? '',
    tools: [...section.querySelectorAll(':scope > .heading-wrapper a, :scope > .heading-wrapper button, :scope button')].map((tool) =>
      axe.commons.text.accessibleText(tool),
    ),
  }));
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// One visit per page: every check of a window size and scheme runs on that one load, and the
// window is resized and recoloured in place, as a reader rotating a phone or zooming would.
describe.runIf(hasBrowser())('every page of the site, visited once in Chromium', () => {
  const session = useSiteSession();
  const found = Object.fromEntries(Object.keys(CHECKS).map((check) => [check, []])) as unknown as Record<Check, string[]>;
  let paths: string[] = [];

  beforeAll(async () => {
    paths = (await readDistPages(inject('distDir'))).map((page) => page.path);
    const { page, context } = await session.open('/404.html');
    const devtools = await context.newCDPSession(page);
    let path = '';
    const report = (check: Check, where: Window, text: string) => found[check].push(`${path} at ${where.width} CSS px: ${text}`);
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content-Security-Policy/i.test(message.text())) found.scripts.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => found.scripts.push(`${path}: ${error.message}`));
    await page.exposeFunction('reportViolation', (text: string) => found.scripts.push(`${path}: ${text}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI}`,
        ),
      ),
    );
    const resize = (where: Window) =>
      devtools.send('Emulation.setDeviceMetricsOverride', {
        width: where.width,
        height: where.height,
        deviceScaleFactor: where.scale,
        mobile: false,
      });
    const headerHeights = new Map<Window, number>();
    const checkHeader = async (where: Window) => {
      const scheme = where === DESKTOP ? 'dark' : 'light';
      const header = await page.evaluate(headerLayout, scheme);
      if (!header) return;
      const expected = headerHeights.get(where) ?? header.height;
      headerHeights.set(where, expected);
      if (header.height !== expected) report('header', where, `${header.height} px high, other pages ${expected} px`);
      if (header.height > (where === DESKTOP ? 80 : 62)) report('header', where, `${header.height} px high`);
      if (header.spread >= 8) report('header', where, `controls ${header.spread} px apart: more than one row`);
      if (where === DESKTOP && header.titleLines >= 1.5) report('header', where, 'the site’s title wraps');
      if (where !== DESKTOP && header.tagline) report('header', where, 'shows the subtitle');
      const colour = THEME_COLORS.find((candidate) => candidate.scheme === scheme)?.value ?? '';
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
      if (header.themeColor !== colour || header.background !== `rgb(${r}, ${g}, ${b})`)
        report('themeColor', where, `${scheme}: theme-color ${header.themeColor}, header ${header.background}, expected ${colour}`);
    };
    const checkAxe = async (where: Window) => {
      const { violations } = await page.evaluate(
        (options) =>
          (
            window as unknown as {
              axe: { run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
            }
          ).axe.run(options),
        AXE_OPTIONS,
      );
      for (const violation of violations)
        report('axe', where, `${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      for (const target of await page.evaluate(smallTargets)) report('targets', where, target);
    };
    const checkReflow = async (where: Window) => {
      await resize(where);
      const overflow = await sidewaysScroll(page);
      if (overflow !== 0) report('reflow', where, `scrolls sideways by ${overflow} px`);
    };

    for (path of paths) {
      const isPost = /^\/(de|en)\/posts\/[^/]+\/$/.test(path);
      await resize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      // The language chooser at / sends a reader on with JavaScript: it is loaded without, then checked.
      await devtools.send('Emulation.setScriptExecutionDisabled', { value: path === '/' });
      await page.goto(path);
      await devtools.send('Emulation.setScriptExecutionDisabled', { value: false });
      // Evaluated by DevTools, so the page's CSP allows it, and anything axe did that the CSP forbids would be reported.
      await page.evaluate(axeSource);

      await checkAxe(PHONE);
      await checkReflow(PHONE);
      await checkHeader(PHONE);
      const onPhone = isPost ? await page.evaluate(postStart) : undefined;
      if (onPhone && onPhone.titleBottom >= PHONE.height / 2) report('firstScreen', PHONE, `title ends at ${onPhone.titleBottom} px`);
      if (onPhone && onPhone.textTop + 3 * onPhone.lineHeight > PHONE.height)
        report('firstScreen', PHONE, `first paragraph at ${onPhone.textTop} px`);
      for (const { heading, tools } of await page.evaluate(sectionTools)) {
        const named = path.startsWith('/de/') ? 'Link zum Abschnitt: ' : 'Link to section: ';
        if (tools.length !== 1 || !tools[0]?.startsWith(named) || !tools[0].includes(heading))
          report('sectionTools', PHONE, `section “${heading}” has the tools ${JSON.stringify(tools)}`);
      }

      for (const where of [NARROW, ZOOMED]) {
        await checkReflow(where);
        await checkHeader(where);
      }
      const zoomed = ZOOMED_POSTS.includes(path) ? await page.evaluate(postStart) : undefined;
      if (zoomed && zoomed.textTop > 1.5 * ZOOMED.height) report('firstScreen', ZOOMED, `first paragraph at ${zoomed.textTop} px`);
      for (const where of [TABLET, WIDE]) await checkReflow(where);
      await page.emulateMedia({ colorScheme: 'dark' });
      await checkReflow(DESKTOP);
      await checkAxe(DESKTOP);
      await checkHeader(DESKTOP);
    }
    // Search loads Pagefind's code and WebAssembly, the one thing that needs 'wasm-unsafe-eval'.
    path = '/en/search/';
    await page.goto(path);
    await page.getByRole('searchbox').fill('kubectl-validate');
    await page.locator('.search-results li').first().waitFor();
  }, 600_000);

  test('reaches every page a reader can open (redirect pages only say where to go)', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/de/posts/kubecon-2024-paris/', '/en/search/']));
  });

  test.each(Object.entries(CHECKS).map(([check, name]) => ({ check: check as Check, name })))('$name', ({ check }) => {
    expect(found[check]).toEqual([]);
  });
});
