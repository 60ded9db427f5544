import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/paths';

const read = (path: string) => readFile(join(PROJECT_ROOT, path), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  'working-directory'?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  container?: string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
/** A workflow file of .github/workflows/, parsed. */
const readWorkflow = async (file: string) =>
  parse(await read(`.github/workflows/${file}`)) as {
    on: Record<string, unknown>;
    permissions?: Record<string, string>;
    jobs: Record<string, Job>;
  };
const ci = await readWorkflow('ci.yml');
const actions = (job: Job | undefined) => job?.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

describe('the GitHub workflow', () => {
  test('parses and runs .ci/run on every pull request, like CI here, with no token left for its code', async () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(Object.keys(ci.on)).not.toContain('pull_request_target');
    const test = ci.jobs.test;
    expect(test?.container).toMatch(/^node:24-bookworm$/);
    expect(test?.steps.map((step) => step.run)).toContain('bash .ci/run');
    expect(test?.steps.map((step) => step.run)).toContain('npm audit --omit=dev --audit-level=high');
    const checkout = test?.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  test('renders the preview of a pull request from its own code and uploads it as one artifact', async () => {
    const steps = ci.jobs.test?.steps ?? [];
    const preview = steps.findIndex((step) => step.run?.includes('npm run pr:preview -- "origin/$BASE_REF" --out pr-preview'));
    expect(preview).toBeGreaterThan(steps.findIndex((step) => step.run === 'bash .ci/run'));
    expect(steps[preview]?.if).toContain("github.event_name == 'pull_request'");
    expect(steps[preview]?.env?.BASE_REF).toBe('${{ github.base_ref }}');
    const upload = steps[preview + 1];
    expect(upload?.uses).toMatch(/^actions\/upload-artifact@/);
    expect(upload?.with).toMatchObject({ name: 'preview', path: 'pr-preview' });
  });

  test('checks main against its previous commit before it is built, findings as annotations', async () => {
    const step = ci.jobs.test?.steps.find((candidate) => candidate.run?.includes('npm run pr:verdict'));
    expect(step?.if).toContain("github.event_name == 'push'");
    expect(step?.env?.BEFORE).toBe('${{ github.event.before }}');
    expect(step?.run).toContain('echo "::add-matcher::.github/content-check-matcher.json"');
    expect(step?.run).toContain('npm run pr:verdict -- "$base" HEAD');
  });

  test('builds main after the tests in a job that can only read the repository', async () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    const build = ci.jobs.build;
    expect(build?.needs).toEqual(expect.arrayContaining(['test', 'pages-config']));
    expect(build?.if).toContain('refs/heads/main');
    expect(build?.permissions).toEqual({ contents: 'read' });
    expect(actions(build)).toEqual(['actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/upload-pages-artifact']);
    expect(build?.steps[0]?.with?.['persist-credentials']).toBe(false);
    const buildStep = build?.steps.find((step) => step.run === 'npm run build');
    expect(buildStep?.env?.SITE_URL).toBe('${{ needs.pages-config.outputs.origin }}');
  });

  test('restores and saves the share-image cache before the test run and the Pages build', async () => {
    for (const [job, runsTheBuild] of [
      ['test', 'bash .ci/run'],
      ['build', 'npm run build'],
    ] as const) {
      const steps = ci.jobs[job]?.steps ?? [];
      const cacheIndex = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
      expect(cacheIndex, job).toBeGreaterThan(-1);
      expect(cacheIndex, job).toBeLessThan(steps.findIndex((step) => step.run === runsTheBuild));
      const cache = steps[cacheIndex]?.with ?? {};
      // The folder src/lib/share-card/share-cards.ts writes to, keyed on the lockfile and the card code.
      expect(cache.path).toBe('.astro/cache/share-images');
      for (const file of ['package-lock.json', 'src/lib/share-card/**']) expect(cache.key).toContain(file);
      expect(String(cache.key).startsWith(String(cache['restore-keys']))).toBe(true);
      // Whatever a commit put under .astro/ is gone before the cache is restored.
      const removal = steps.findIndex((step) => step.run === 'rm -rf .astro');
      expect(removal, job).toBeGreaterThan(-1);
      expect(removal, job).toBeLessThan(cacheIndex);
    }
  });

  test('reads the Pages address in a job that runs only the configure-pages action, with read access', async () => {
    const config = ci.jobs['pages-config'];
    expect(config?.permissions).toEqual({ pages: 'read' });
    expect(actions(config)).toEqual(['actions/configure-pages']);
    expect(config?.outputs?.origin).toContain('steps.pages.outputs.origin');
  });

  test('deploys with the Pages token in a job that runs no project code', async () => {
    const deploy = ci.jobs.deploy;
    expect(deploy?.needs).toBe('build');
    expect(deploy?.if).toContain('refs/heads/main');
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // No checkout, no run step: only the action that publishes the uploaded artifact.
    expect(actions(deploy)).toEqual(['actions/deploy-pages']);
    expect(deploy?.steps.some((step) => step.run !== undefined)).toBe(false);
    // Every other job holds no write permission at all.
    for (const [name, job] of Object.entries(ci.jobs)) {
      if (name === 'deploy') continue;
      expect(Object.values(job.permissions ?? {}), name).not.toContain('write');
    }
  });

  test('every step either uses an action pinned by its commit or runs a command', async () => {
    for (const file of ['ci.yml', 'pr-verdict.yml']) {
      const workflow = await readWorkflow(file);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps) {
          expect(Boolean(step.uses) !== Boolean(step.run), `${file} ${name}: ${JSON.stringify(step)}`).toBe(true);
          if (step.uses) expect(step.uses, `${file} ${name}`).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
        }
      }
    }
  });
});

describe('the verdict workflow', () => {
  test('judges a pull request with the base branch’s code, reading its commit as data only, with read access', async () => {
    const workflow = await readWorkflow('pr-verdict.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request_target']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const [job, ...others] = Object.values(workflow.jobs);
    expect(others).toEqual([]);
    expect(job?.permissions).toEqual({ contents: 'read' });
    const [base, data, ...rest] = job?.steps ?? [];
    // The base branch: pull_request_target's own checkout, no ref of the pull request's.
    expect(base?.uses).toMatch(/^actions\/checkout@/);
    expect(base?.with).toEqual({ 'persist-credentials': false });
    // The pull request's commit, beside it in pr/, its working tree holding posts and images only.
    expect(data?.uses).toMatch(/^actions\/checkout@/);
    expect(data?.with).toMatchObject({
      ref: '${{ github.event.pull_request.head.sha }}',
      path: 'pr',
      'persist-credentials': false,
      'sparse-checkout-cone-mode': false,
    });
    expect(String(data?.with?.['sparse-checkout']).trim().split('\n')).toEqual(['/content/', '/public/']);
    // Nothing after that runs in pr/, caches anything or names the pull request's code.
    for (const step of rest) {
      expect(step['working-directory'], JSON.stringify(step)).toBeUndefined();
      expect(step.uses ?? '', JSON.stringify(step)).not.toMatch(/^actions\/(cache|checkout)@/);
      expect(step.with?.cache, JSON.stringify(step)).toBeUndefined();
      expect(step.run ?? '', JSON.stringify(step)).not.toMatch(/\bcd\b|--prefix|\bpr\/|head\.ref|\$\{\{/);
    }
    const verdict = rest.find((step) => step.run?.includes('npm run pr:verdict'));
    expect(verdict?.run).toContain('npm run pr:verdict -- --repo pr "origin/$BASE_REF" HEAD');
    expect(verdict?.run).toContain('echo "::add-matcher::.github/content-check-matcher.json"');
    expect(verdict?.env?.BASE_REF).toBe('${{ github.base_ref }}');
  });
});

describe('the pull-request template', () => {
  test('has a checklist with the check and test commands', async () => {
    const template = await read('.github/pull_request_template.md');
    const items = template.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.some((item) => item.includes('`npm run check`'))).toBe(true);
    expect(items.some((item) => item.includes('`npm test`'))).toBe(true);
  });
});

describe('.ci/run', () => {
  test('installs Chromium from apt and runs exactly the README’s commands', async () => {
    const script = await read('.ci/run');
    const readme = await read('README.md');
    expect(script).toContain('apt-get install -y -qq chromium');
    const commands = script.split('\n').filter((line) => /^npm /.test(line));
    expect(commands).toEqual(['npm install', 'npm test']);
    for (const command of commands) expect(readme).toContain(command);
  });
});
