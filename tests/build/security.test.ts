import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { readDistPages, type DistPage } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/paths';

let pages: DistPage[];
beforeAll(async () => {
  pages = await readDistPages(inject('distDir'));
});

/** The directives of a CSP string, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy', () => {
  test('every page carries a meta policy that allows no inline script without a hash', () => {
    for (const page of pages) {
      const policy = page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const parsed = directives(policy);
      expect(parsed.get('default-src'), page.path).toEqual(["'none'"]);
      const scripts = parsed.get('script-src') ?? [];
      expect(scripts, page.path).not.toContain("'unsafe-inline'");
      expect(scripts, page.path).not.toContain("'unsafe-eval'");
      expect(parsed.get('style-src'), page.path).not.toContain("'unsafe-inline'");
      expect(parsed.get('object-src'), page.path).toEqual(["'none'"]);
      expect(page.document.querySelector('meta[name="referrer"]')?.getAttribute('content'), page.path).toBe(
        'strict-origin-when-cross-origin',
      );
    }
  });

  test('no page has an inline event handler or a javascript: URL', () => {
    for (const page of pages) {
      const elements = page.document.querySelectorAll('*');
      for (const element of elements) {
        for (const name of Object.keys(element.attributes)) expect(name, `${page.path} <${element.tagName}>`).not.toMatch(/^on/i);
        expect(element.getAttribute('href') ?? '', page.path).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  test('external links open in the same tab, so no page they lead to gets a handle on ours', () => {
    let external = 0;
    for (const page of pages) {
      for (const link of page.document.querySelectorAll('a[href^="https://"]')) {
        external += 1;
        expect(link.getAttribute('target'), `${page.path} ${link.getAttribute('href')}`).toBeUndefined();
      }
    }
    expect(external).toBeGreaterThan(10);
  });

  test('the headers file sets frame-ancestors and the other security headers', async () => {
    const headers = await readFile(join(inject('distDir'), '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
  });
});

describe('SBOM', () => {
  test('the deploy publishes a CycloneDX SBOM that lists the real production dependencies and no test tools', async () => {
    // The deploy's own step, as .github/workflows/ci.yml runs it, writing into a folder of ours.
    const workflow = parse(await readFile(new URL('../../.github/workflows/ci.yml', import.meta.url), 'utf8')) as {
      jobs: Record<string, { steps?: { run?: string }[] }>;
    };
    const step = workflow.jobs.build?.steps?.find((candidate) => candidate.run?.includes('cyclonedx-npm'))?.run ?? '';
    expect(step).toContain('--output-file dist/sbom.cdx.json');
    const out = await mkdtemp(join(tmpdir(), 'kubecon-recap-sbom-'));
    const [command = '', ...args] = step.replace('dist/sbom.cdx.json', join(out, 'sbom.cdx.json')).split(' ');
    const run = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const sbom = JSON.parse(await readFile(join(out, 'sbom.cdx.json'), 'utf8')) as {
      bomFormat: string;
      specVersion: string;
      metadata: { component: { name: string } };
      components: { name: string; group?: string; version: string; purl: string }[];
    };
    const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(Number(sbom.specVersion)).toBeGreaterThanOrEqual(1.5);
    expect(sbom.metadata.component.name).toBe('kubecon-recap');
    const names = new Set(sbom.components.map((component) => (component.group ? `${component.group}/${component.name}` : component.name)));
    for (const dependency of Object.keys(packageJson.dependencies)) expect(names, dependency).toContain(dependency);
    for (const tool of ['vitest', 'playwright-core', 'lighthouse', 'axe-core']) expect(names, tool).not.toContain(tool);
    const astro = sbom.components.find((component) => component.name === 'astro' && !component.group);
    expect(astro?.purl).toMatch(/^pkg:npm\/astro@7\./);
  });
});
