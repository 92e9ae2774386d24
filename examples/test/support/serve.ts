import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
/** The `bilat` command of this repository (apps/cli), built. */
export const BILAT = require.resolve('@bilat/cli/bin/bilat.js');

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/**
 * `bilat serve` on a free port over a fresh SQLite file in a temporary folder, which
 * it creates, migrates and seeds with the curated data as it starts.
 */
export async function serveFreshDatabase(): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'bilat-examples-'));
  const child = spawn(process.execPath, [BILAT, 'serve', '--port', '0', '--log-level', 'silent', '--rate-limit', '0', '--db', join(dir, 'bilat.db')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bilat serve announced no address within 60 s:\n${stderr}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /bilat API on (http:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`bilat serve exited early (${code}):\n${stderr}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a command to its end, with its output as text; a failure to start throws. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: options.timeout ?? 120_000, cwd: options.cwd, env: options.env ?? process.env });
  if (result.error) throw result.error;
  return result;
}

/** The same, through this Node. */
export function runNode(args: string[], options: Parameters<typeof run>[2] = {}) {
  return run(process.execPath, args, options);
}

/** The bin script a package ships, e.g. `typescript/bin/tsc`. */
export function binOf(specifier: string): string {
  return require.resolve(specifier);
}
