import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running static server and the URL it answers on. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 and a free port, as a static host would:
 * directory indexes, and with status 404 the language folder's 404 page under /de/ and /en/
 * (as deploy/nginx-security-headers.conf sets it up), the bilingual /404.html elsewhere.
 */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const assets = sirv(dir, { etag: true });
  const notFoundPage = (pathname: string) => {
    const folder = /^\/(de|en)\//.exec(pathname)?.[1];
    return readFile(join(dir, folder ? `${folder}/404/index.html` : '404.html')).catch(() => readFile(join(dir, '404.html')));
  };
  const server = createServer((request, response) =>
    assets(request, response, () => {
      void notFoundPage(new URL(request.url ?? '/', 'http://localhost').pathname).then((page) => {
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(page);
      });
    }),
  );
  await once(server.listen(0, '127.0.0.1'), 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
