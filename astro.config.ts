import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { devProblems } from './src/integrations/dev-problems';
import { searchIndex } from './src/integrations/search-index';
import { shareCards } from './src/integrations/share-cards';
import { siteGuard } from './src/integrations/site-guard';
import { themeScript } from './src/integrations/theme-script';
import { SHARED_MARKDOWN_OPTIONS, siteMarkdownProcessor } from './src/plugins/site-markdown';
import { markdownPipelineVersion } from './src/lib/markdown/pipeline-version';
import { postRedirects } from './src/lib/content/redirects';
import { LOCALES, LOCALE_TAGS } from './src/i18n/locales';
import { DEFAULT_SITE_URL } from './src/site';
import { MAX_IMAGE_PIXELS } from './src/lib/checks/post-images';

export default defineConfig({
  // Renamed posts: their former addresses lead to the new ones (redirectFrom in the front matter).
  redirects: await postRedirects(process.cwd()),
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  // Inside the project, not in node_modules/: test and benchmark copies of the project share
  // node_modules through a link and must not share a content cache.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Inlined CSS saves the render-blocking request a small site cannot afford on mobile.
  // Concurrency lets share images render on the thread pool while pages render here.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // The unified pipeline (not Astro 7's default Sätteri engine) so that our remark/rehype
  // plugins run, for .md and .mdx alike (their order: src/plugins/site-markdown.ts).
  markdown: { processor: siteMarkdownProcessor(await markdownPipelineVersion()), syntaxHighlight: SHARED_MARKDOWN_OPTIONS.syntaxHighlight },
  integrations: [
    mdx(),
    // Every page exists in both locales (untranslated posts as fallback pages), so each URL
    // gets both hreflang alternates. The 404 page and the language chooser are left out.
    sitemap({
      i18n: { defaultLocale: 'de', locales: Object.fromEntries(LOCALES.map((locale) => [locale, LOCALE_TAGS[locale].lang])) },
      filter: (page) => /^\/(de|en)\/(?!404\/|posts\/$)/.test(new URL(page).pathname),
    }),
    shareCards(),
    themeScript(),
    searchIndex(),
    siteGuard(),
    devProblems(),
  ],
  security: {
    // Astro hashes every script and style it emits into a <meta> policy: no 'unsafe-inline'.
    // Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval' and nothing more.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Posts' images are decoded by sharp under the content check's pixel limit, re-encoded without
  // their metadata (camera, place) and given their size, so that pages reserve the space.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_IMAGE_PIXELS } } },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
