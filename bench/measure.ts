import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** What one measured command cost. */
export interface Measurement {
  wallMs: number;
  /** Peak resident set of the command, in MiB (GNU time's "Maximum resident set size"). */
  peakRssMiB: number;
  /** User plus system CPU time of the command and its children: steadier than wall time on a busy machine. */
  cpuMs: number;
  output: string;
}

/**
 * Runs a command under GNU time, so the peak memory is the kernel's own figure, and fails
 * loudly (with its output) when the command fails: a benchmark of a broken build means nothing.
 */
export function measure(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
        return;
      }
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 'NaN');
      const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? 'NaN');
      resolve({ wallMs, peakRssMiB: rssKb / 1024, cpuMs: (seconds('User') + seconds('System')) * 1000, output });
    });
  });
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The 1, 5 and 15 minute load averages, to print beside every figure taken on a shared machine. */
export async function loadAverage(): Promise<string> {
  return (await readFile('/proc/loadavg', 'utf8').catch(() => 'n/a')).split(' ').slice(0, 3).join(' ');
}
