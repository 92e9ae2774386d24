import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/bilat.js', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string | undefined>;

/** The environment a test's `bilat` sees: the caller's, less anything that would point it elsewhere. */
function cleanEnv(extra: Env = {}): NodeJS.ProcessEnv {
  const env: Env = { ...process.env, ...extra };
  // The caller's database and server settings must not leak into a test that does not ask for them.
  for (const name of ['DATABASE_URL', 'BILAT_DB', 'BILAT_API_URL', 'BILAT_API_KEY']) if (!extra[name]) delete env[name];
  // Some installed type packages declare NODE_ENV as always set; a child's environment need not have it.
  return env as NodeJS.ProcessEnv;
}

/** Runs the built `bilat` as a user would, with its own working directory and environment. */
export function bilat(args: string[], options: { cwd?: string; env?: Env; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking the test's event loop (needed while a server runs in-process). */
export function bilatAsync(args: string[], options: { cwd?: string; env?: Env } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Server {
  url: string;
  child: ChildProcess;
  /** What the server has written to stderr so far. */
  stderr(): string;
  /** Sends SIGTERM; its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `bilat serve --port 0` on a database and waits for the address it announces. */
export async function startServer(args: string[]): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--log-level', 'silent', ...args], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address announced: ${stderr}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /bilat API on (http:\/\/[^\s]+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited early (${code}): ${stderr}`)));
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: () => {
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    },
  };
}
