import type { AstroIntegration } from 'astro';
import { THEME_BOOT_SCRIPT } from '../lib/browser/theme';

/**
 * Puts the theme boot script inline into every <head>, so a stored theme applies before first
 * paint; Astro hashes `head-inline` scripts into the CSP, so no 'unsafe-inline'.
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
