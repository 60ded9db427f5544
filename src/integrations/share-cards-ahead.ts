import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { leversOff } from '../lib/levers';
import { CARDS_DRAWN_AHEAD, type CardsDrawnAhead } from '../lib/meta/share-image';

type CardState = { state: 'planned' } | { state: 'started'; drawn: Promise<void>; settle: () => void };

/**
 * Talks to src/cli/draw-share-cards.ts: which cards it plans, has started and has drawn. A route
 * whose card is started waits for it; one whose card is only planned claims it and draws it
 * itself, so the build never idles behind the other process.
 */
export class CardDrawer implements CardsDrawnAhead {
  private readonly cards = new Map<string, CardState>();
  private finished = false;
  private drawnCount = 0;
  private plannedCount = 0;
  private readonly started = performance.now();
  private readonly stopOnExit = () => this.stop();

  constructor(
    private readonly child: ChildProcessByStdio<Writable, Readable, null>,
    private readonly onFinish: (drawn: number, planned: number, seconds: number) => void = () => {},
  ) {
    createInterface({ input: child.stdout }).on('line', (line) => this.read(line));
    child.on('close', () => this.finish());
    // A build that stops on an error does not reach astro:build:done; the child goes with it.
    process.once('exit', this.stopOnExit);
    // A claim written after the child exited is of no interest to anyone.
    child.stdin.on('error', () => undefined);
  }

  private read(line: string): void {
    const [word, ...keys] = line.split(' ');
    if (word === 'planned') this.plannedCount = keys.length;
    for (const key of keys) {
      if (word === 'planned') this.cards.set(key, { state: 'planned' });
      if (word === 'start') {
        let settle = () => {};
        const drawn = new Promise<void>((resolve) => (settle = resolve));
        this.cards.set(key, { state: 'started', drawn, settle });
      }
      if (word === 'drawn') {
        this.drawnCount += 1;
        const card = this.cards.get(key);
        if (card?.state === 'started') card.settle();
        this.cards.delete(key);
      }
    }
  }

  /** Whatever the child did not draw, the routes draw themselves (its failure included). */
  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    process.off('exit', this.stopOnExit);
    this.onFinish(this.drawnCount, this.plannedCount, (performance.now() - this.started) / 1000);
    for (const card of this.cards.values()) if (card.state === 'started') card.settle();
    this.cards.clear();
  }

  waitOrClaim(key: string): Promise<void> {
    const card = this.cards.get(key);
    if (card?.state === 'started') return card.drawn;
    if (card?.state === 'planned' && !this.finished) {
      this.cards.delete(key);
      this.child.stdin.write(`claimed ${key}\n`);
    }
    return Promise.resolve();
  }

  stop(): void {
    process.off('exit', this.stopOnExit);
    if (!this.finished) this.child.kill();
  }
}

/** tsx, which runs the TypeScript source as the npm scripts do, is a devDependency. */
function hasTsx(root: string): boolean {
  try {
    createRequire(join(root, 'package.json')).resolve('tsx');
    return true;
  } catch {
    return false;
  }
}

function startDrawer(root: string, logger: AstroIntegrationLogger): CardDrawer | undefined {
  if (!hasTsx(root)) {
    logger.info('tsx is not installed (npm install without dev dependencies): the share cards are drawn with the pages');
    return undefined;
  }
  // The project's own Node runs it (process.execPath), as it runs this build.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/draw-share-cards.ts'), root], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.on('error', (error) => logger.warn(`could not draw the share cards ahead (${error.message}); the pages draw them`));
  // Cards found in the cache count as ready too; cards the routes claimed do not.
  return new CardDrawer(child, (drawn, planned, seconds) =>
    logger.info(`${drawn} of ${planned} share cards ready ahead of the pages after ${seconds.toFixed(1)} s`),
  );
}

/**
 * Draws the share cards in a second process while Astro syncs the content, which keeps one
 * core busy and leaves the other idle; by the time the share.png routes run, most cards are in
 * the content-addressed cache. Builds only, with issue 11's levers on; it must come after the
 * site guard, whose front-matter checks decide whether the build goes on at all.
 */
export function shareCardsAhead(): AstroIntegration {
  let drawer: CardDrawer | undefined;
  return {
    name: 'share-cards-ahead',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || leversOff()) return;
        drawer = startDrawer(fileURLToPath(config.root), logger);
        if (drawer) (globalThis as { [CARDS_DRAWN_AHEAD]?: CardsDrawnAhead })[CARDS_DRAWN_AHEAD] = drawer;
      },
      'astro:build:done': () => {
        drawer?.stop();
        delete (globalThis as { [CARDS_DRAWN_AHEAD]?: CardsDrawnAhead })[CARDS_DRAWN_AHEAD];
      },
    },
  };
}
