import type { AstroIntegration } from 'astro';
import { devProblemsAt, devProblemsPage } from '../lib/checks/dev-problems';

/**
 * In the dev server, a post failing the content checks shows their lines at its address until a
 * save fixes it; every other page is served as usual.
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
