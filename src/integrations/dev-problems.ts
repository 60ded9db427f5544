import type { AstroIntegration } from 'astro';
import { devProblemsAt, devProblemsPage } from '../lib/checks/dev-problems';

/**
 * In the dev server, a post that fails the content checks shows their lines at its address
 * (every other page is served as usual); the content loader runs the checks again on each
 * save, so the page comes back once the post is fixed.
 */
export function devProblems(): AstroIntegration {
  return {
    name: 'dev-problems',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const lines = devProblemsAt(new URL(request.url ?? '/', 'http://dev.invalid').pathname);
          if (!lines) {
            next();
            return;
          }
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(devProblemsPage(request.url ?? '/', lines));
        });
      },
    },
  };
}
