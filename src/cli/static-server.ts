import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running static server and the URL it answers on. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` on 127.0.0.1, as a static host would: directory indexes,
 * and the site's own 404 page with status 404. Port 0 picks a free port.
 */
export async function serveDirectory(dir: string, port = 0): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const server: Server = createServer((request, response) => {
    assets(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFoundPage);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
