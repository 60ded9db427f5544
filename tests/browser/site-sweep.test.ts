import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
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

/** A window the page is seen in, in the order of the visit; `scale` 2 is a 390×844 phone at 200 % zoom. */
interface Window {
  width: number;
  height: number;
  scale: number;
  scheme: 'light' | 'dark';
  /** Whether axe and the target sizes are checked here, and the header's row. */
  axe?: boolean;
  header?: boolean;
}
const PHONE: Window = { width: 390, height: 844, scale: 1, scheme: 'light', axe: true, header: true };
const ZOOMED: Window = { width: 195, height: 422, scale: 2, scheme: 'light', header: true };
const DESKTOP: Window = { width: 1280, height: 800, scale: 1, scheme: 'dark', axe: true, header: true };
const WINDOWS: Window[] = [
  PHONE,
  { width: 320, height: 640, scale: 1, scheme: 'light', header: true },
  ZOOMED,
  { width: 768, height: 800, scale: 1, scheme: 'light' },
  { width: 1440, height: 800, scale: 1, scheme: 'light' },
  DESKTOP,
];
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
  themeColor: 'the browser’s bar takes the header’s colour in each scheme, on the language chooser too',
  firstScreen:
    'every post shows its title and three lines of its text on a 390×844 phone; a short, a long and the recap post start within 1.5 screens at 200 % zoom',
  sectionTools: 'each talk section has one link tool, named after its section in the page’s language',
} as const;
type Check = keyof typeof CHECKS;

/**
 * What the window shows of the page: how far it scrolls sideways, the theme-color for the
 * scheme, the header's height, row and colour, where a post's title ends and its text starts,
 * and (where asked) every link, button or field under 24×24 CSS px (a radio counts as its label).
 */
function windowState({ scheme, targets }: { scheme: string; targets: boolean }) {
  const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.visually-hidden');
  const header = document.querySelector('.site-header');
  const centres = [...(header?.querySelectorAll('.site-header-inner :is(a, button, label)') ?? [])]
    .filter((element) => element.checkVisibility() && !element.closest(':popover-open'))
    .map((element) => element.getBoundingClientRect())
    .map((box) => box.y + box.height / 2);
  const title = document.querySelector('.site-title');
  const paragraph = document.querySelector('.prose > p');
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    themeColor: document.querySelector(`meta[name="theme-color"][media="(prefers-color-scheme: ${scheme})"]`)?.getAttribute('content'),
    header: header && {
      height: header.getBoundingClientRect().height,
      spread: Math.max(...centres) - Math.min(...centres),
      titleLines: title ? title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight) : 0,
      tagline: document.querySelector('.site-tagline')?.checkVisibility() ?? false,
      background: getComputedStyle(header).backgroundColor,
    },
    post: paragraph && {
      titleBottom: document.querySelector('h1')?.getBoundingClientRect().bottom ?? Infinity,
      textTop: paragraph.getBoundingClientRect().top,
      lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
    },
    smallTargets: !targets
      ? []
      : [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), summary, select, textarea')]
          .map((element) =>
            element instanceof HTMLInputElement && element.type === 'radio' ? (element.closest('label') ?? element) : element,
          )
          .filter(visible)
          .flatMap((element) => {
            const { width, height } = element.getBoundingClientRect();
            const name = (element.textContent ?? '').trim().slice(0, 30) || element.outerHTML.slice(0, 60);
            return width < 24 || height < 24 ? [`${name} (${Math.round(width)}×${Math.round(height)})`] : [];
          }),
  };
}

/** The axe violations of the page, and the accessible names (axe computes them) of each talk section's tools beside its heading. */
async function axeFindings(options: object) {
  type Axe = {
    run: (options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
    setup: () => void;
    commons: { text: { accessibleText: (element: Element) => string } };
  };
  const { axe } = window as unknown as { axe: Axe };
  const violations = (await axe.run(options)).violations.map(
    (violation) => `${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  const sections = [...document.querySelectorAll('section.talk-section')];
  // axe computes names on its own copy of the tree, made by setup().
  if (sections.length > 0) axe.setup();
  const tools = sections.map((section) => ({
    heading: section.querySelector('h2')?.textContent?.trim() ?? '',
    names: [...section.querySelectorAll(':scope > .heading-wrapper a, :scope > .heading-wrapper button, :scope button')].map((tool) =>
      axe.commons.text.accessibleText(tool),
    ),
  }));
  return { violations, tools };
}

// One visit per page: every check of a window runs on that one load, and the window is resized
// and recoloured in place, as a reader rotating a phone, zooming or switching to dark would.
describe.runIf(hasBrowser())('every page of the site, visited once in Chromium', () => {
  const session = useSiteSession();
  const found = Object.fromEntries(Object.keys(CHECKS).map((check) => [check, []])) as unknown as Record<Check, string[]>;
  let paths: string[] = [];

  beforeAll(async () => {
    paths = (await readDistPages(inject('distDir'))).map((page) => page.path);
    const { page, context } = await session.open('/404.html');
    const devtools = await context.newCDPSession(page);
    let path = '';
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
    const headerHeights = new Map<Window, number>();

    for (path of paths) {
      const report = (check: Check, where: Window, text: string) => found[check].push(`${path} at ${where.width} CSS px: ${text}`);
      for (const where of WINDOWS) {
        await devtools.send('Emulation.setDeviceMetricsOverride', {
          width: where.width,
          height: where.height,
          deviceScaleFactor: where.scale,
          mobile: false,
        });
        await page.emulateMedia({ colorScheme: where.scheme });
        if (where === PHONE) {
          // The language chooser at / sends a reader on with JavaScript: it is loaded without, then checked.
          await devtools.send('Emulation.setScriptExecutionDisabled', { value: path === '/' });
          await page.goto(path);
          await devtools.send('Emulation.setScriptExecutionDisabled', { value: false });
          // Evaluated by DevTools, so the page's CSP allows it; anything axe did that the CSP forbids would be reported.
          await page.evaluate(axeSource);
        }
        if (where.axe) {
          const { violations, tools } = await page.evaluate(axeFindings, AXE_OPTIONS);
          for (const violation of violations) report('axe', where, violation);
          for (const { heading, names } of where === PHONE ? tools : []) {
            const named = path.startsWith('/de/') ? 'Link zum Abschnitt: ' : 'Link to section: ';
            if (names.length !== 1 || !names[0]?.startsWith(named) || !names[0].includes(heading))
              report('sectionTools', where, `section “${heading}” has the tools ${JSON.stringify(names)}`);
          }
        }
        const state = await page.evaluate(windowState, { scheme: where.scheme, targets: where.axe === true });
        for (const target of state.smallTargets) report('targets', where, `target under 24×24 px: ${target}`);
        if (state.overflow !== 0) report('reflow', where, `scrolls sideways by ${state.overflow} px`);
        const colour = THEME_COLORS.find((candidate) => candidate.scheme === where.scheme)?.value ?? '';
        const rgb = `rgb(${[1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)).join(', ')})`;
        if (where.axe && (state.themeColor !== colour || (state.header && state.header.background !== rgb)))
          report('themeColor', where, `theme-color ${state.themeColor}, header ${state.header?.background}, not ${colour}`);
        const { header, post } = state;
        if (where.header && header) {
          const height = headerHeights.get(where) ?? header.height;
          headerHeights.set(where, height);
          if (header.height !== height) report('header', where, `${header.height} px high, other pages ${height} px`);
          if (header.height > (where === DESKTOP ? 80 : 62)) report('header', where, `${header.height} px high`);
          if (header.spread >= 8) report('header', where, `controls ${header.spread} px apart: more than one row`);
          if (where === DESKTOP && header.titleLines >= 1.5) report('header', where, 'the site’s title wraps');
          if (where !== DESKTOP && header.tagline) report('header', where, 'shows the subtitle');
        }
        if (post && where === PHONE && /^\/(de|en)\/posts\/[^/]+\/$/.test(path)) {
          if (post.titleBottom >= PHONE.height / 2) report('firstScreen', where, `title ends at ${post.titleBottom} px`);
          if (post.textTop + 3 * post.lineHeight > PHONE.height) report('firstScreen', where, `first paragraph at ${post.textTop} px`);
        }
        if (post && where === ZOOMED && ZOOMED_POSTS.includes(path) && post.textTop > 1.5 * ZOOMED.height)
          report('firstScreen', where, `first paragraph at ${post.textTop} px`);
      }
    }
    // Search loads Pagefind's code and WebAssembly, the one thing that needs 'wasm-unsafe-eval'.
    path = '/en/search/';
    await page.goto(path);
    await page.getByRole('searchbox').fill('kubectl-validate');
    await page.locator('.search-results li').first().waitFor();
  }, 600_000);

  test('reaches every page a reader can open (redirect pages only say where to go), every post among them', () => {
    expect(paths.filter((path) => /^\/(de|en)\/posts\/[^/]+\/$/.test(path)).length).toBeGreaterThan(10);
    expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/de/posts/kubecon-2024-paris/', '/en/search/']));
  });

  test.each(Object.entries(CHECKS).map(([check, name]) => ({ check: check as Check, name })))('$name', ({ check }) => {
    expect(found[check]).toEqual([]);
  });
});
