import type { AstroIntegration } from 'astro';
import { drawWhenAnnounced, finishDrawing } from '../lib/share-card/share-cards';

/**
 * In a build, draws the share cards in worker threads once the loader has read the front matter,
 * while Astro builds the pages; the card routes only wait for their file.
 */
export function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') drawWhenAnnounced();
      },
      'astro:build:done': () => finishDrawing(),
    },
  };
}
