import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Milliseconds from starting `astro dev` (as `npm run dev` does) to the first complete
 * response for `path`: what a contributor waits before seeing a post. The server is stopped
 * afterwards, by its own process id.
 */
export async function timeDevFirstPage(root: string, path: string, port: number, config = 'astro.config.ts'): Promise<number> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--config', config, '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`astro dev exited (${code}) before serving ${path}:\n${output.slice(-3000)}`))),
  );
  try {
    // Poll until the server answers: it prints its address before it can render a page.
    for (;;) {
      const response = await Promise.race([fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined), exited]);
      if (response?.ok) {
        await response.text();
        return performance.now() - started;
      }
      if (response && response.status !== 404 && response.status !== 503)
        throw new Error(`astro dev answered ${response.status} for ${path}:\n${output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    child.kill('SIGTERM');
  }
}
