/** `npm start` / `npm run preview`: serves the built site in dist/ on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { serveDirectory } from './static-server';

const dir = 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error('dist/ has no built site: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const server = await serveDirectory(dir, Number(process.env.PORT ?? 4321));
console.log(`\n  The recap is served at ${server.url}/  (German: ${server.url}/de/, English: ${server.url}/en/)`);
console.log('  Press Ctrl+C to stop.\n');
