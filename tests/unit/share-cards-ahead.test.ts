import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CardDrawer } from '../../src/integrations/share-cards-ahead';
import { splitFrontMatter } from '../../src/lib/content/front-matter';
import { postSchema } from '../../src/lib/content/post-schema';
import { shareCardOf } from '../../src/lib/meta/share-card-text';
import { shareImageKey } from '../../src/lib/meta/share-image';
import { PROJECT_ROOT } from '../helpers/paths';
import { decodePng } from '../helpers/png-decode';

/** A stand-in for the drawing process: what it prints, what it is told, when it ends. */
function fakeChild() {
  const events = new EventEmitter();
  const stdout = new PassThrough();
  const stdin = new PassThrough();
  const told: string[] = [];
  stdin.on('data', (chunk: Buffer) => told.push(...chunk.toString().trim().split('\n')));
  const child = Object.assign(events, { stdout, stdin, kill: () => true }) as unknown as ChildProcessByStdio<Writable, Readable, null>;
  const say = async (line: string) => {
    stdout.write(`${line}\n`);
    // The drawer reads lines as events; let them arrive.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { child, say, told, end: () => events.emit('close', 0) };
}

describe('CardDrawer (the build’s side of drawing cards ahead)', () => {
  it('makes a route wait for a card the process has started, until it is drawn', async () => {
    const { child, say } = fakeChild();
    const drawer = new CardDrawer(child);
    await say('planned a b');
    await say('start a');
    let settled = false;
    const waiting = drawer.waitOrClaim('a').then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    await say('drawn a');
    await waiting;
    expect(settled).toBe(true);
  });

  it('lets a route claim a card the process has only planned, and tells the process', async () => {
    const { child, say, told } = fakeChild();
    const drawer = new CardDrawer(child);
    await say('planned a b');
    await drawer.waitOrClaim('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(told).toEqual(['claimed b']);
    // Unknown cards are the route's own, without a word to the process.
    await drawer.waitOrClaim('unknown');
    expect(told).toEqual(['claimed b']);
  });

  it('releases every waiting route when the process ends, drawn or not, and reports how far it got', async () => {
    const { child, say, end } = fakeChild();
    const reports: [number, number][] = [];
    const drawer = new CardDrawer(child, (drawn, planned) => reports.push([drawn, planned]));
    await say('planned a b');
    await say('start b');
    await say('drawn b');
    await say('start a');
    const waiting = drawer.waitOrClaim('a');
    end();
    await expect(waiting).resolves.toBeUndefined();
    expect(reports).toEqual([[1, 2]]);
  });
});

describe('src/cli/draw-share-cards.ts (the drawing process)', () => {
  const roots: string[] = [];
  afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

  it('draws the card of every post into the cache, in route order, and skips what the build claimed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-cards-'));
    roots.push(root);
    // As in every copy of the project: node_modules linked (the build starts it with tsx from there).
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const files = ['de/dagger.md', 'en/dagger.md', 'de/kcp.md', 'en/kcp.md'];
    for (const file of files) {
      await mkdir(join(root, 'content/posts', file, '..'), { recursive: true });
      await cp(join(PROJECT_ROOT, 'content/posts', file), join(root, 'content/posts', file));
    }
    const keyOf = async (file: string) => {
      const data = postSchema.parse(splitFrontMatter(await readFile(join(root, 'content/posts', file), 'utf8')).data);
      return shareImageKey(shareCardOf(data, file.startsWith('de/') ? 'de' : 'en'));
    };
    const keys = await Promise.all(files.map(keyOf));
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli/draw-share-cards.ts'), root], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    // Claimed before the process has read the posts: it must not draw that card.
    child.stdin.write(`claimed ${keys[3]}\n`);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe(`planned ${keys.join(' ')}`);
    for (const key of keys.slice(0, 3)) {
      expect(lines).toContain(`drawn ${key}`);
      const png = await readFile(join(root, '.astro/cache/share-images', `${key}.png`));
      expect([decodePng(png).width, decodePng(png).height]).toEqual([1200, 630]);
    }
    expect(output).not.toContain(`start ${keys[3]}`);
    await expect(stat(join(root, '.astro/cache/share-images', `${keys[3]}.png`))).rejects.toThrow();
  }, 60_000);

  it('ends quietly when the build has stopped reading it (a build whose checks failed)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-cards-'));
    roots.push(root);
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    await mkdir(join(root, 'content/posts/en'), { recursive: true });
    await cp(join(PROJECT_ROOT, 'content/posts/en/kcp.md'), join(root, 'content/posts/en/kcp.md'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli/draw-share-cards.ts'), root], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Its stdout closed while its stdin stays open: its first line meets a broken pipe.
    child.stdout.destroy();
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    child.stdin.destroy();
    expect(errors).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
