// The follow-up "rendered-manifests-hands-on" tells readers to copy examples/rendered-manifests/
// into a repository of their own. What can be checked without Helm, Git hosting or a cluster is
// checked here: the files parse, the Applications have what Argo CD needs, the scripts are bash,
// and the posts show exactly this folder and these files.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { LOCALES } from '../../src/i18n/locales';
import { REPOSITORY_URL } from '../../src/site';
import { parseCodeMeta } from '../../src/lib/markdown/code-meta';
import { codeBlocks, evaluateExpression, interpolate, isExcerptOf, listFolder, parseTree } from '../helpers/example-files';
import { PROJECT_ROOT } from '../helpers/paths';

const EXAMPLE = join(PROJECT_ROOT, 'examples/rendered-manifests');
const files = (await listFolder(EXAMPLE)).filter((path) => !path.endsWith('/'));
const read = (path: string) => readFile(join(EXAMPLE, path), 'utf8');
const post = (locale: string, slug: string) => readFile(join(PROJECT_ROOT, 'content/posts', locale, `${slug}.md`), 'utf8');

// Chart templates are Go templates that only become YAML through Helm; their output is
// checked instead, as the committed rendered/ files.
/** The Helm version the workflow pins, and the one on PATH (undefined without helm). */
const pinnedHelm = /version: (v\d+\.\d+\.\d+)/.exec(await read('.github/workflows/rendered-manifests.yaml'))?.[1];
const helmVersion = spawnSync('helm', ['version', '--short'], { encoding: 'utf8' });
const helmOnPath = helmVersion.status === 0 ? helmVersion.stdout.trim().split('+')[0] : undefined;

interface Step {
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  env?: Record<string, string>;
}
/** The example's workflow, parsed. */
const WORKFLOW = parse(await read('.github/workflows/rendered-manifests.yaml')) as {
  on: Record<string, unknown>;
  concurrency?: { group?: string; 'cancel-in-progress'?: string | boolean };
  jobs: Record<string, { if?: string; steps: Step[] }>;
};
const runs = (steps: Step[] = []) => steps.flatMap((step) => (step.run ? [step.run] : []));

const yamlFiles = files.filter((path) => /\.ya?ml$/.test(path) && !/^charts\/[^/]+\/templates\//.test(path));

/** The YAML documents of a text, or the first error the parser reports. */
function parseYaml(text: string) {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) return { documents: [], error: 'not a YAML stream' };
  const error = documents.flatMap((document) => document.errors)[0];
  return { documents: documents.map((document) => document.toJS() as unknown), error: error?.message };
}

/** `bash -n` on a script's text: the syntax errors bash reports, or '' when there are none. */
function bashSyntaxErrors(script: string): string {
  const result = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.status === 0 ? '' : result.stderr || `bash -n exited with ${result.status}`;
}

describe('the example repository examples/rendered-manifests', () => {
  test.each(yamlFiles)('%s parses as YAML', async (path) => {
    const { documents, error } = parseYaml(await read(path));
    expect(error, path).toBeUndefined();
    expect(documents.filter((document) => document != null).length, path).toBeGreaterThan(0);
  });

  test('the YAML check reports a broken file', () => {
    expect(parseYaml('spec:\n  replicas: [1, 2\n').error).toBeDefined();
  });

  test.each(files.filter((path) => path.startsWith('apps/')))(
    '%s is a complete Argo CD Application of plain rendered manifests for its own namespace',
    async (path) => {
      const app = parse(await read(path)) as { spec: { source: { path: string }; destination: Record<string, string> } };
      const text = expect.stringMatching(/\S/);
      expect(app).toMatchObject({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name: text },
        spec: {
          project: text,
          source: { repoURL: text, path: text, targetRevision: text },
          destination: { namespace: text },
          syncPolicy: { syncOptions: expect.arrayContaining(['CreateNamespace=true']) },
        },
      });
      expect(app.spec.destination.server ?? app.spec.destination.name, 'a server or a name').toEqual(text);
      // A Chart.yaml or kustomization.yaml beside the manifests would make Argo CD render again.
      const folder = `${app.spec.source.path}/`;
      expect(files.filter((file) => file.startsWith(folder))).toEqual([`${folder}manifests.yaml`]);
      const { documents } = parseYaml(await read(`${folder}manifests.yaml`));
      const namespaces = new Set(documents.map((document) => (document as { metadata?: { namespace?: string } }).metadata?.namespace));
      expect([...namespaces]).toEqual([app.spec.destination.namespace]);
    },
  );

  test.each(files.filter((path) => path.endsWith('.sh')))('%s passes bash -n and is executable', async (path) => {
    expect(bashSyntaxErrors(await read(path))).toBe('');
    // The workflow calls the scripts directly (scripts/render.sh), not through bash.
    expect((await stat(join(EXAMPLE, path))).mode & 0o111, path).not.toBe(0);
  });

  test('every run step of the workflow passes bash -n', async () => {
    const scripts = Object.values(WORKFLOW.jobs).flatMap((job) => runs(job.steps));
    expect(scripts.length).toBeGreaterThan(2);
    for (const script of scripts) expect(bashSyntaxErrors(script), script).toBe('');
  });

  test('the workflow renders on pull requests into their branch and checks drift on main', async () => {
    expect(Object.keys(WORKFLOW.on).sort()).toEqual(['pull_request', 'push']);
    const { render, drift } = WORKFLOW.jobs;
    expect(render?.if).toContain("github.event_name == 'pull_request'");
    expect(runs(render?.steps)).toContain('scripts/render.sh');
    const commit = render?.steps.find((step) => step.run?.includes('git push'));
    expect(commit?.env?.BRANCH).toBe('${{ github.head_ref }}');
    expect(commit?.run).toContain('git push origin "HEAD:refs/heads/${BRANCH}"');
    expect(runs(drift?.steps)).toEqual(['scripts/render.sh', 'scripts/check-drift.sh']);
    expect(drift?.steps.some((step) => step.run?.includes('git push'))).toBe(false);
  });

  // The contexts GitHub gives the workflow: a push to main, a pull request from a branch of the
  // repository itself, and one from a fork (which CI cannot push to).
  const REPOSITORY = 'platform/gitops';
  const pullRequest = (number: number, headRef: string, headRepository: string) => ({
    workflow: 'rendered-manifests',
    event_name: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    head_ref: headRef,
    repository: REPOSITORY,
    event: { pull_request: { number, head: { repo: { full_name: headRepository } } } },
  });
  const EVENTS = {
    'a push to main': { workflow: 'rendered-manifests', event_name: 'push', ref: 'refs/heads/main', repository: REPOSITORY, event: {} },
    'a pull request from this repository': pullRequest(7, 'change-greeting', REPOSITORY),
    'a pull request from a fork': pullRequest(8, 'main', 'someone/gitops'),
  };

  test.each([
    ['a push to main', ['drift'], 'rendered-manifests-refs/heads/main', false],
    ['a pull request from this repository', ['render'], 'rendered-manifests-7', true],
    ['a pull request from a fork', ['drift'], 'rendered-manifests-8', true],
  ] as const)('on %s, runs %j (only CI pushes), one at a time in group %s, cancelling an older run: %s', (event, jobs, group, cancels) => {
    const github = EVENTS[event];
    const running = Object.entries(WORKFLOW.jobs).filter(([, job]) => job.if === undefined || evaluateExpression(job.if, github) === true);
    expect(running.map(([name]) => name)).toEqual(jobs);
    const { concurrency } = WORKFLOW;
    expect(interpolate(concurrency?.group ?? '', github)).toBe(group);
    expect(evaluateExpression(String(concurrency?.['cancel-in-progress'] ?? false), github)).toBe(cancels);
  });

  test('pins one Helm version in every job, the one the follow-up names', async () => {
    const { jobs } = WORKFLOW;
    const versions = Object.values(jobs).flatMap((job) =>
      job.steps.filter((step) => step.uses?.startsWith('azure/setup-helm@')).map((step) => step.with?.version),
    );
    expect(versions).toHaveLength(Object.keys(jobs).length);
    expect(new Set(versions).size).toBe(1);
    for (const locale of LOCALES) {
      const named = (await post(locale, 'rendered-manifests-hands-on')).match(/\bv3\.\d+\.\d+\b/g) ?? [];
      expect(new Set(named), `${locale}: Helm versions in the follow-up`).toEqual(new Set(versions));
    }
  });

  test('the values per environment set only what differs from the chart’s defaults', async () => {
    const defaults = parse(await read('charts/shop/values.yaml')) as Record<string, unknown>;
    const repeated = (values: unknown, base: unknown, path: string): string[] =>
      values !== null && typeof values === 'object' && !Array.isArray(values)
        ? Object.entries(values).flatMap(([key, value]) =>
            repeated(value, (base as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key),
          )
        : JSON.stringify(values) === JSON.stringify(base)
          ? [path]
          : [];
    for (const path of files.filter((file) => /^environments\/[^/]+\/values\.yaml$/.test(file))) {
      expect(repeated(parse(await read(path)), defaults, ''), path).toEqual([]);
    }
    expect(repeated({ a: { b: 1, c: 2 } }, { a: { b: 1, c: 3 } }, ''), 'the check finds a repeated default').toEqual(['a.b']);
  });

  // Helm is not among the project's dependencies: where the pinned version is on PATH (as in the
  // example's own CI), a fresh render must equal the committed rendered/ byte for byte.
  test.skipIf(helmOnPath === undefined || helmOnPath !== pinnedHelm)(
    `renders with the pinned Helm (${pinnedHelm}) to exactly the committed rendered/ (skipped without that helm on PATH)`,
    async () => {
      const copy = await mkdtemp(join(tmpdir(), 'rendered-manifests-'));
      try {
        await cp(EXAMPLE, copy, { recursive: true });
        const render = spawnSync(join(copy, 'scripts/render.sh'), { encoding: 'utf8' });
        expect(render.status, render.stderr).toBe(0);
        for (const path of files.filter((file) => file.startsWith('rendered/'))) {
          expect(await readFile(join(copy, path), 'utf8'), path).toBe(await read(path));
        }
        expect((await listFolder(join(copy, 'rendered'))).map((path) => `rendered/${path}`)).toEqual(
          (await listFolder(join(EXAMPLE, 'rendered'))).map((path) => `rendered/${path}`),
        );
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    },
  );

  test('its README names nothing a reader who copied the folder does not have', async () => {
    const readme = await read('README.md');
    expect(readme).not.toMatch(/npm (test|run)|content\/posts/);
  });

  test('the bash check reports a broken script', () => {
    expect(bashSyntaxErrors('if true; then\n  echo unclosed\n')).not.toBe('');
  });
});

describe.each(LOCALES)('the follow-up post (%s)', (locale) => {
  test('prints a repository tree equal to the example folder', async () => {
    const trees = codeBlocks(await post(locale, 'rendered-manifests-hands-on')).filter((block) => block.value.includes('├── '));
    expect(trees).toHaveLength(1);
    expect(parseTree(trees[0]?.value ?? '')).toEqual(await listFolder(EXAMPLE));
  });

  test('walks a reader through clone, variables, render, drift check and push, in that order', async () => {
    const blocks = codeBlocks(await post(locale, 'rendered-manifests-hands-on')).filter((block) => block.lang === 'sh');
    for (const block of blocks) expect(bashSyntaxErrors(block.value), block.value).toBe('');
    const lines = blocks.flatMap((block) => block.value.split('\n'));
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    // The repository the reader clones is the one the site itself names, not an address of our own making.
    expect(lines[at(/^git clone /)]).toBe(`git clone ${REPOSITORY_URL}.git`);
    const steps = [/^git clone /, /^REPO_URL=/, /^scripts\/render\.sh\b/, /^scripts\/check-drift\.sh\b/, /^git push /].map(at);
    expect(
      steps.every((index) => index >= 0),
      String(steps),
    ).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    const firstUse = lines.findIndex((line) => /\$\{?REPO_URL\b/.test(line));
    expect(firstUse, 'REPO_URL is set before it is used').toBeGreaterThan(at(/^REPO_URL=/));
    // The placeholder the sed command replaces is exactly the repoURL of every Application.
    const placeholder = /s\|([^|]+)\|\$\{REPO_URL\}\|/.exec(lines.join('\n'))?.[1];
    for (const path of files.filter((file) => file.startsWith('apps/'))) {
      expect((parse(await read(path)) as { spec: { source: { repoURL: string } } }).spec.source.repoURL, path).toBe(placeholder);
    }
  });

  test.each(['rendered-manifests-hands-on', 'rendered-manifests'])(
    '%s shows only code that is in the example files (blocks with a title="…")',
    async (slug) => {
      const blocks = codeBlocks(await post(locale, slug)).filter((block) => parseCodeMeta(block.meta).meta?.title !== undefined);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        const path = parseCodeMeta(block.meta).meta?.title ?? '';
        expect(files, `${slug}: title="${path}"`).toContain(path);
        expect(isExcerptOf(block.value, await read(path)), `${slug}: block from ${path} is not in that file`).toBe(true);
        // Wider lines make the code box scroll, which axe reports as a region keyboards cannot reach.
        const wide = block.value.split('\n').filter((line) => line.length > 76);
        expect(wide, `${slug}: lines of ${path} wider than 76 columns`).toEqual([]);
      }
    },
  );
});

// The drift check needs Git, not Helm: a copy of the example committed in a temporary repository
// stands for a fresh render, and each case changes rendered/ the way a stale commit would.
describe('scripts/check-drift.sh in a repository that committed the example', () => {
  const TEST_FILE = 'rendered/test/shop/manifests.yaml';
  const PROD_FILE = 'rendered/prod/shop/manifests.yaml';
  // Only our own settings: a Git variable of the shell running the tests (GIT_DIR from a hook,
  // a global config that signs commits) must not reach the temporary repository.
  const gitEnvironment = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };

  let copy = '';
  /** Runs a command in the copy with the isolated Git settings. */
  const run = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: copy, env: gitEnvironment, encoding: 'utf8' });
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'drift-check-'));
    await cp(EXAMPLE, copy, { recursive: true });
    for (const args of [
      ['init', '-q', '-b', 'main'],
      ['add', '-A'],
      ['commit', '-q', '-m', 'Start from the example'],
    ]) {
      expect(run('git', ...args).status).toBe(0);
    }
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  test('passes on what was committed, and fails on a deleted, a changed and a new file, showing each one’s lines', async () => {
    const checkDrift = () => run(join(copy, 'scripts/check-drift.sh'));
    const clean = checkDrift();
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('rendered/ matches a fresh render.');
    await rm(join(copy, TEST_FILE));
    const deleted = checkDrift();
    expect(deleted.status).toBe(1);
    expect(deleted.stderr).toContain('deleted file mode');
    expect(deleted.stderr).toContain(`--- a/${TEST_FILE}`);
    const removed = (await read(TEST_FILE)).split('\n').filter((line) => line !== '');
    expect(removed.filter((line) => !deleted.stderr.split('\n').includes(`-${line}`))).toEqual([]);
    expect(run('git', 'checkout', 'HEAD', '--', TEST_FILE).status).toBe(0);
    await writeFile(join(copy, PROD_FILE), `${await read(PROD_FILE)}# edited by hand\n`);
    await writeFile(join(copy, 'rendered/prod/shop/extra.yaml'), 'kind: ConfigMap\n');
    const changed = checkDrift();
    expect(changed.status).toBe(1);
    expect(changed.stderr.split('\n')).toEqual(
      expect.arrayContaining(['+# edited by hand', '+++ b/rendered/prod/shop/extra.yaml', '+kind: ConfigMap']),
    );
    expect(changed.stderr).not.toContain(TEST_FILE);
  });
});

describe('the tree and excerpt checks', () => {
  test('parseTree reads nesting and trailing slashes, and refuses a line it cannot read or a path on one line', async () => {
    expect(parseTree('repo/\n├── apps/\n│   └── a.yaml   # one app\n└── README.md')).toEqual(['README.md', 'apps/', 'apps/a.yaml']);
    expect(() => parseTree('repo/\n├── apps/\n│  └── a.yaml')).toThrow(/cannot read/);
    expect(() => parseTree('repo/\n└── test/values.yaml')).toThrow(/one name per tree line/);
    const topLevel = (await listFolder(EXAMPLE)).filter((path) => !path.includes('/'));
    expect(parseTree(`repo/\n${topLevel.map((path) => `├── ${path}`).join('\n')}`), 'a tree missing a file').not.toEqual(
      await listFolder(EXAMPLE),
    );
  });

  test('isExcerptOf accepts a run of lines and refuses a changed line', () => {
    expect(isExcerptOf('b\nc\n', 'a\nb\nc\nd\n')).toBe(true);
    expect(isExcerptOf('b\nX', 'a\nb\nc\nd\n')).toBe(false);
    expect(isExcerptOf('b\nd', 'a\nb\nc\nd\n')).toBe(false);
  });
});
