import type { AstroIntegration } from 'astro';
import { finishDrawing, startDrawingAnnounced } from '../lib/share-card/share-cards';

/**
 * Draws the posts' share cards in worker threads from the moment the content is synced, while
 * Astro bundles and renders the pages; the card routes then only wait for their file.
 */
export function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:start': () => startDrawingAnnounced(),
      'astro:build:done': () => finishDrawing(),
    },
  };
}
