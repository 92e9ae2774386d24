import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/bilat.js', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `bilat` as a user would, with its own working directory and environment. */
export function bilat(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): RunResult {
  const env = { ...process.env, ...options.env };
  // The caller's database settings must not leak into a test that does not ask for them.
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;
  if (!options.env?.BILAT_DB) delete env.BILAT_DB;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
