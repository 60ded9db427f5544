import type { AstroIntegration } from 'astro';
import { THEME_BOOT_SCRIPT } from '../lib/browser/theme';

/**
 * Puts the theme boot script into every page's <head> as a classic inline script, so a stored
 * theme applies before first paint. Injected scripts of the `head-inline` stage are hashed into
 * the page's Content-Security-Policy by Astro itself: no 'unsafe-inline'.
 */
export function themeScript(): AstroIntegration {
  return {
    name: 'theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', THEME_BOOT_SCRIPT);
      },
    },
  };
}
