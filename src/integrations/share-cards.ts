import type { AstroIntegration } from 'astro';
import { drawWhenAnnounced, finishDrawing } from '../lib/share-card/share-cards';

/**
 * In a build, draws the posts' share cards in worker threads from the moment the content
 * loader has read their front matter, while Astro renders the bodies, bundles and builds the
 * pages; the card routes then only wait for their file.
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
