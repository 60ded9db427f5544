import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmStart, projectWithContent, type RunningCommand } from '../helpers/astro-build';
import { fixturePath } from '../helpers/paths';

// An author writing in the dev server: a post that fails the checks does not take the server
// down; its address says what is wrong, and saving the fixed file brings the page back.

let root = '';
let server: RunningCommand | undefined;
let origin = '';
let goodPost = '';
const POST = 'content/posts/en/beta.md';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The status and text of a page of the dev server, or status 0 while it is not listening. */
async function get(path: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(`${origin}${path}`);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

beforeAll(async () => {
  root = await projectWithContent(join(fixturePath('valid'), 'content'));
  goodPost = await readFile(join(root, POST), 'utf8');
  await writeFile(join(root, POST), goodPost.replace(/^pubDate: .*$/m, 'pubDate: 06.05.2024'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = npmStart(root, 'dev', ['--port', String(port)]);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('npm run dev with a post that fails the checks', () => {
  test('serves every other page, and the project’s message at the broken post’s address', async () => {
    await expect.poll(async () => (await get('/en/')).status, { timeout: 90_000, interval: 250 }).toBe(200);
    const broken = await get('/en/posts/beta/');
    expect(broken.status).toBe(500);
    expect(broken.text).toContain(
      'content/posts/en/beta.md:5 error pubDate: must be a calendar day written YYYY-MM-DD, e.g. 2024-05-06; got "06.05.2024"',
    );
    expect(broken.text).not.toMatch(/\bat .+:\d+:\d+\)/);
    expect((await get('/de/posts/beta/')).status).toBe(200);
    expect(server?.output()).toContain('content/posts/en/beta.md:5 error pubDate');
  }, 120_000);

  test('brings the page back when the fixed file is saved, and checks every save again', async () => {
    await writeFile(join(root, POST), goodPost);
    await expect.poll(async () => (await get('/en/posts/beta/')).status, { timeout: 15_000, interval: 100 }).toBe(200);
    await writeFile(join(root, POST), `${goodPost}\n[docs](https:docs.kcp.io/)\n`);
    await expect.poll(() => server?.output(), { timeout: 15_000, interval: 100 }).toContain('error link "https:docs.kcp.io/": has no "//"');
    expect((await get('/en/posts/beta/')).status).toBe(500);
  }, 60_000);
});
