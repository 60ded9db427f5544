import { access, chmod, cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '../src/i18n/locales';
import { syntheticPost, syntheticSlug } from './synthetic-posts';

/** Astro's blog starter, kept beside the project (see ../shared/peers/README.md). */
const STARTER_SOURCE = join(import.meta.dirname, '../../shared/peers/astro-blog-starter');

/**
 * A throw-away copy of the Astro blog starter holding the same corpus as our synthetic
 * copies (the same bodies, the starter's front matter), or its own sample posts with 'own';
 * undefined when the peer is absent.
 * It links our node_modules: the starter names the same astro, @astrojs/mdx, @astrojs/rss and
 * @astrojs/sitemap majors, and sharp is there too, so both build with the very same Astro and
 * Node; a `npm install` of its own would only add minutes to every benchmark.
 */
export async function starterCopy(projectRoot: string, perLocale: number | 'own'): Promise<string | undefined> {
  if (
    !(await access(STARTER_SOURCE).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-bench-starter-'));
  await cp(STARTER_SOURCE, root, { recursive: true });
  await makeWritable(root);
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Its cache inside the copy, as ours is, so that a cold build of each starts from nothing
  // (the default, node_modules/.astro, would be our linked node_modules).
  await writeFile(
    join(root, 'astro.config.bench.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro/cache' };\n",
  );
  if (perLocale === 'own') return root;
  const blog = join(root, 'src/content/blog');
  await rm(blog, { recursive: true, force: true });
  await mkdir(blog, { recursive: true });
  for (const locale of LOCALES) {
    for (let index = 0; index < perLocale; index += 1) {
      const source = syntheticPost(index, locale);
      const body = source.slice(source.indexOf('\n---\n', 4) + 5);
      const title = /^title: "(.*)"$/m.exec(source)?.[1] ?? syntheticSlug(index);
      await writeFile(
        join(blog, `${locale}-${syntheticSlug(index)}.md`),
        `---\ntitle: "${title}"\ndescription: "A synthetic post for the build benchmark."\npubDate: 2024-04-08\n---\n${body}`,
      );
    }
  }
  return root;
}

/** The starter is read-only where it is kept; its copy must not be. */
async function makeWritable(root: string): Promise<void> {
  await chmod(root, 0o755);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    await chmod(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}
