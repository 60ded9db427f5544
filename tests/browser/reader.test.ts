import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, isInViewport, useSiteSession } from '../helpers/browser';
import { THEME_STORAGE_KEY } from '../../src/lib/browser/theme';

const RECAP = 'kubecon-2024-paris';
// The page background of each scheme, from src/styles/tokens.css.
const LIGHT_BG = 'rgb(250, 249, 246)';
const DARK_BG = 'rgb(16, 19, 24)';

const background = (page: Page, selector = 'html') =>
  page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
const languageLink = (page: Page, name: 'Sprache' | 'Language', language: RegExp) =>
  page.getByRole('navigation', { name }).getByRole('link', { name: language });

describe.runIf(hasBrowser())('a reader following links, and choosing a colour scheme, in Chromium', () => {
  const session = useSiteSession();

  test.each([
    ['light', `/de/posts/${RECAP}/`, 'shift-left'],
    ['dark', `/en/posts/${RECAP}/`, 'dagger'],
  ] as const)(
    'in the %s scheme, lands a deep link on its talk section, tinted, and the tint fades while the edge stays',
    async (colorScheme, path, id) => {
      const page = await session.visit(`${path}#${id}`, { colorScheme });
      expect(await isInViewport(page, `#${id}`)).toBe(true);
      const section = `section:has(#${id})`;
      const resting = await background(page, 'section:has(#kcp)');
      expect(await background(page, section)).not.toBe(resting);
      // The fade is an animation of fixed length: run it to its end rather than wait for it.
      await page.locator(section).evaluate((element) => element.getAnimations().forEach((animation) => animation.finish()));
      expect(await background(page, section)).toBe(resting);
      expect(await page.locator(section).evaluate((element) => getComputedStyle(element).boxShadow)).toContain('inset');
    },
  );

  test('lands a deep link from outside at once, without smooth scrolling, and marks the heading', async () => {
    const { page } = await session.open('about:blank', { reducedMotion: 'no-preference' });
    // Recorded by the page itself at its load event: where the target is before any animation could run.
    await page.addInitScript(() => {
      addEventListener('load', () => {
        const target = document.getElementById('offering-apis');
        (window as unknown as { atLoad: unknown }).atLoad = {
          scrollY,
          targetTop: target?.getBoundingClientRect().top,
          margin: target ? parseFloat(getComputedStyle(target).scrollMarginBlockStart) : NaN,
          behavior: getComputedStyle(document.documentElement).scrollBehavior,
        };
      });
    });
    await page.goto('/en/posts/kcp/#offering-apis');
    const atLoad = (await (await page.waitForFunction(() => (window as unknown as { atLoad?: unknown }).atLoad)).jsonValue()) as {
      scrollY: number;
      targetTop: number;
      margin: number;
      behavior: string;
    };
    expect(atLoad.behavior).toBe('auto');
    expect(atLoad.scrollY).toBeGreaterThan(0);
    expect(Math.abs(atLoad.targetTop - atLoad.margin)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => scrollY)).toBe(atLoad.scrollY);
    expect(await background(page, '.heading-wrapper:has(#offering-apis)')).not.toBe(
      await background(page, '.heading-wrapper:has(#why-it-matters)'),
    );
  });

  test('scrolls smoothly only for moves inside the page, and never with reduced motion', async () => {
    for (const [reducedMotion, behaviour] of [
      ['no-preference', 'smooth'],
      ['reduce', 'auto'],
    ] as const) {
      const page = await session.visit('/en/posts/rendered-manifests-hands-on/', { reducedMotion });
      await page.locator('.toc nav a').first().focus();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(behaviour);
    }
  });

  test('switches language on a deep link and stays on the section', async () => {
    const page = await session.visit(`/de/posts/${RECAP}/#shift-left`);
    await languageLink(page, 'Sprache', /English/).click();
    await page.waitForURL(`**/en/posts/${RECAP}/#shift-left`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await isInViewport(page, '#shift-left')).toBe(true);
  });

  test('keeps a section the reader reached after the page loaded, by a link or by scrolling, and none at the top', async () => {
    const page = await session.visit(`/en/posts/${RECAP}/`);
    const toGerman = languageLink(page, 'Language', /Deutsch/);
    await toGerman.focus();
    expect(await toGerman.getAttribute('href')).toBe(`/de/posts/${RECAP}/`);
    await page.evaluate(() => document.querySelector('section:has(#community) .talk-summary')?.scrollIntoView({ block: 'start' }));
    expect(new URL(page.url()).hash).toBe('');
    await toGerman.click();
    await page.waitForURL(`**/de/posts/${RECAP}/#community`);
    expect(await isInViewport(page, '#community')).toBe(true);

    await page.getByRole('link', { name: 'Link zum Abschnitt: SBOMs' }).click();
    // The switch carries the fragment the page has: click it only once the URL has it.
    await page.waitForURL(`**/de/posts/${RECAP}/#sboms`);
    await languageLink(page, 'Sprache', /English/).click();
    await page.waitForURL(`**/en/posts/${RECAP}/#sboms`);
    expect(await isInViewport(page, '#sboms')).toBe(true);
  });

  test('reaches the skip link, a permalink and the switch by keyboard', async () => {
    const page = await session.visit(`/en/posts/${RECAP}/`);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // Following a link is a navigation, even to a fragment: wait for it, do not read the URL at once.
    await page.waitForURL(`**/en/posts/${RECAP}/#content`);
    let name = '';
    for (let step = 0; step < 60 && !name.startsWith('Link to section: kcp'); step += 1) {
      await page.keyboard.press('Tab');
      name = await focused();
    }
    expect(name).toMatch(/^Link to section: kcp/);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/posts/${RECAP}/#kcp`);
    await page.locator('nav.lang-switch a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/de/posts/${RECAP}/#kcp`);
  });

  test('follows a speaker in a talk card to the talk index, landing with their session’s title and name in view, in either language', async () => {
    for (const locale of ['en', 'de']) {
      const page = await session.visit(`/${locale}/posts/kcp/`, { viewport: { width: 390, height: 844 } });
      await page.locator('.talk-card').getByRole('link', { name: 'Marvin Beckers (Kubermatic GmbH)' }).click();
      await page.waitForURL(`**/${locale}/talks/#marvin-beckers`);
      const entry = page.locator('.talk-index-entry:has(#marvin-beckers)');
      expect(await isInViewport(page, '.talk-index-entry:has(#marvin-beckers) h2')).toBe(true);
      expect(await entry.locator('h2').textContent()).toBe('Building a Platform Engineering API Layer with kcp');
      const name = await entry.getByText('Marvin Beckers (Kubermatic GmbH)').boundingBox();
      expect((name?.y ?? Infinity) + (name?.height ?? 0)).toBeLessThanOrEqual(844);
    }
  });

  test('leads along the recap’s reading order with labelled previous/next links', async () => {
    const page = await session.visit('/de/posts/kcp/');
    const pager = page.getByRole('navigation', { name: 'Weiterlesen' });
    expect(await pager.getByRole('link').allTextContents()).toEqual([
      expect.stringMatching(/Zum Rückblick\s*Sieben Highlights aus Paris/),
      expect.stringMatching(/Nächstes Highlight.*(?:[\n\r\u2028\u2029]\s*)?Kubeflow: von Bash-Skripten/),
    ]);
    await pager.getByRole('link', { name: /Nächstes Highlight/ }).click();
    await page.waitForURL('**/de/posts/kubeflow/');
    await page
      .getByRole('navigation', { name: 'Weiterlesen' })
      .getByRole('link', { name: /Vorheriges Highlight/ })
      .click();
    await page.waitForURL('**/de/posts/kcp/');
    const english = await session.visit('/en/posts/rendered-manifests/');
    const next = english.getByRole('navigation', { name: 'Keep reading' }).getByRole('link', { name: /Next follow-up/ });
    expect(await next.getAttribute('href')).toBe('/en/posts/rendered-manifests-hands-on/');
  });

  test('filters the talk index without JavaScript and switches language on a talk anchor', async () => {
    const page = await session.visit('/de/talks/#dagger', { javaScriptEnabled: false });
    await page
      .getByRole('navigation', { name: 'Nach Thema filtern' })
      .getByRole('link', { name: /^CI\/CD/ })
      .click();
    await page.waitForURL('**/de/talks/ci-cd/');
    const ids = await page.locator('.talk-index-entry h2').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids).toContain('dagger');
    expect(ids.length).toBeLessThan(7);
    const scripted = await session.visit('/de/talks/#dagger');
    expect(await isInViewport(scripted, '#dagger')).toBe(true);
    await languageLink(scripted, 'Sprache', /English/).click();
    await scripted.waitForURL('**/en/talks/#dagger');
    expect(await isInViewport(scripted, '#dagger')).toBe(true);
  });

  test('without JavaScript: a plain switch link, a deep link in view, no button that would do nothing', async () => {
    const page = await session.visit(`/de/posts/${RECAP}/#dagger`, { javaScriptEnabled: false });
    expect(await page.locator('nav.lang-switch a').getAttribute('href')).toBe(`/en/posts/${RECAP}/`);
    expect(await isInViewport(page, '#dagger')).toBe(true);
    expect(await page.getByRole('button').count()).toBe(0);
    const code = await session.visit('/en/posts/shift-left/', { javaScriptEnabled: false });
    expect(await code.locator('pre').count()).toBeGreaterThan(0);
    expect(await code.getByRole('button').count()).toBe(0);
  });

  test('is sent from / to the language the browser prefers, English when it prefers neither', async () => {
    for (const [locale, lands] of [
      ['en-US', 'en'],
      ['de-CH', 'de'],
      ['fr-FR', 'en'],
    ] as const) {
      const { page } = await session.open('/', { locale });
      await page.waitForURL(`**/${lands}/`);
    }
    const page = await session.visit('/', { javaScriptEnabled: false });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/');
  });

  test('answers a missing address with status 404, in its language, with a search and the way to the recap', async () => {
    const page = await session.visit('/en/posts/no-such-post/');
    expect((await page.request.get('/en/posts/no-such-post/')).status()).toBe(404);
    expect(await page.locator('h1').allTextContents()).toEqual(['Page not found']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => page.getByRole('link', { name: 'Read the KubeCon recap' }).getAttribute('href'))
      .toBe('/en/posts/kubecon-2024-paris/');
    await page.getByRole('searchbox', { name: 'Search term' }).fill('kcp');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/en/search/' && url.searchParams.get('q') === 'kcp');
    const german = await session.visit('/de/keine-seite/');
    expect(await german.locator('h1').first().textContent()).toContain('Seite nicht gefunden');
    const elsewhere = await session.visit('/nowhere/');
    expect(await elsewhere.locator('h1').count()).toBe(1);
    expect(
      await elsewhere.locator('[data-not-found]').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang'))),
    ).toEqual(['de-CH', 'en']);
  });

  test.each([
    ['en', 'RSS feed', 'Subscribe to the recap', 'Open the feed', ['/en/rss.xml', '/de/rss.xml']],
    ['de', 'RSS-Feed', 'Den Rückblick abonnieren', 'Feed öffnen', ['/de/rss.xml', '/en/rss.xml']],
  ])(
    'the %s footer leads to a page with each language’s feed, its own first, an address to paste and a link',
    async (locale, footerLink, title, open, feeds) => {
      const page = await session.visit(`/${locale}/`);
      await page.getByRole('contentinfo').getByRole('link', { name: footerLink, exact: true }).click();
      await page.waitForURL(`**/${locale}/feeds/`);
      expect(await page.locator('h1').textContent()).toBe(title);
      const addresses = (await page.locator('.feed-address').allTextContents()).map((address) => new URL(address).pathname);
      const links = await page
        .getByRole('link', { name: open })
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(addresses).toEqual(feeds);
      expect(links.map((link) => new URL(link).pathname)).toEqual(feeds);
      const feed = await page.request.get(links[0] ?? '');
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain('<rss version="2.0"');
    },
  );

  test('remembers the chosen theme across a reload and a navigation, by keyboard too', async () => {
    const { page } = await session.open('/en/', { colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);
    const group = page.getByRole('group', { name: 'Colour scheme' });
    expect(await group.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => background(page)).toBe(DARK_BG);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('dark');
    await page.reload();
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Seven highlights from Paris: our KubeCon Europe 2024' }).click();
    await page.waitForURL(`**/en/posts/${RECAP}/`);
    expect(await background(page)).toBe(DARK_BG);
    // A radio group: arrow keys move the choice (dark → system wraps around), Space is not needed.
    await page.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe('system');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
    expect(await background(page)).toBe(LIGHT_BG);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => background(page)).toBe(DARK_BG);
  });

  test('applies a stored theme before first paint: no flash of the system theme', async () => {
    const { page, context } = await session.open('/404.html', { colorScheme: 'light' });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await context.addInitScript((key) => {
      localStorage.setItem(key, 'dark');
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(event.violatedDirective),
      );
      // The moment <body> is created, <head> (styles and the theme script) is parsed and
      // nothing has been painted: record what the first frame would show.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.documentElement).backgroundColor;
      }).observe(document, { childList: true, subtree: true });
    }, THEME_STORAGE_KEY);
    for (const path of ['/en/', `/de/posts/${RECAP}/`, '/en/search/']) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      expect(await page.evaluate(() => (window as unknown as { firstBackground?: string }).firstBackground), path).toBe(DARK_BG);
    }
    expect(violations).toEqual([]);
  });

  test.each([
    [true, 'dark', DARK_BG],
    [false, 'dark', DARK_BG],
    [false, 'light', LIGHT_BG],
  ] as const)(
    'with JavaScript %s follows the system’s %s scheme, and shows a theme control only with JavaScript',
    async (javaScriptEnabled, colorScheme, expected) => {
      const page = await session.visit(`/en/posts/${RECAP}/`, { javaScriptEnabled, colorScheme });
      expect(await background(page)).toBe(expected);
      expect(await page.locator('[data-theme-switch]').isVisible()).toBe(javaScriptEnabled);
      expect(await page.getByRole('radio').count()).toBe(javaScriptEnabled ? 3 : 0);
    },
  );
});

// Links readers shared before a heading and a post were renamed, followed in Chromium.
describe.runIf(hasBrowser())('a reader following an old link', () => {
  const session = useSiteSession(() => inject('sites').renamed.dist);

  test('lands on a renamed heading by its old id, without JavaScript too, and keeps it across the language switch', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await session.visit('/en/posts/alpha/#how-it-works', { javaScriptEnabled });
      expect(await isInViewport(page, '#steps'), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(true);
    }
    const page = await session.visit('/de/posts/alpha/#how-it-works');
    await languageLink(page, 'Sprache', /English/).click();
    await page.waitForURL('**/en/posts/alpha/#steps');
    expect(await isInViewport(page, '#steps')).toBe(true);
  });

  test('is sent from a renamed post’s old address to its new one, in both languages', async () => {
    for (const locale of ['de', 'en']) {
      const page = await session.visit(`/${locale}/posts/beta/`);
      await page.waitForURL(`**/${locale}/posts/gamma/`);
      expect(await page.locator('h1').textContent()).toContain('Beta');
    }
  });
});

// No real post has a footnote yet: the fixture "valid" has one, cited twice, in both languages.
describe.runIf(hasBrowser())('footnotes as a screen reader names them', () => {
  const session = useSiteSession(() => inject('sites').valid.dist);

  test('a footnote’s German back-link, named in German, leads back to where it was cited', async () => {
    const page = await session.visit('/de/posts/alpha/');
    expect(await page.getByRole('link', { name: /^Back to/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Zurück zum Verweis 1-2', exact: true }).click();
    await page.waitForURL('**/de/posts/alpha/#user-content-fnref-quelle-2');
  });
});
