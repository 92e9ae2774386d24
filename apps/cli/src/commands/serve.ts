import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { resolveDatabaseConfig, type GlobalOptions } from '../config.js';
import { requireLocal } from '../database.js';
import { UsageError } from '../errors.js';
import { note } from '../output.js';

interface ServeOptions extends GlobalOptions {
  port: string;
  host: string;
  private?: boolean;
  cors?: string;
  rateLimit: string;
  bodyLimit: string;
  logLevel: string;
  watch?: boolean;
}

function integerOption(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return number;
}

/** Set in the environment of the Node that runs the server, so that it does not start another. */
const SERVER_PROCESS = 'BILAT_SERVER_PROCESS';

/**
 * Runs this same command in a Node started with the server's flags and waits for it.
 * The server gets a process group of its own, so a terminal's Ctrl-C reaches it once,
 * passed on from here like SIGTERM and SIGHUP; its exit code is this process's.
 */
async function serveInTunedNode(): Promise<number> {
  const { serverNodeFlags } = await import('@bilat/api/node-flags');
  const flags = serverNodeFlags([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
  const child = spawn(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, [SERVER_PROCESS]: '1' },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  // If this process exits first (an uncaught error), the server goes with it.
  const stopChild = () => child.kill('SIGTERM');
  process.once('exit', stopChild);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    for (const signal of signals) process.off(signal, pass);
    process.off('exit', stopChild);
  }
}

/** Runs until SIGINT or SIGTERM, then lets in-flight requests finish and closes the database. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API: tRPC at /trpc, REST at /api/v1, OpenAPI at /openapi.json, /healthz')
    .option('--port <port>', 'port to listen on (0 picks a free one)', process.env.BILAT_PORT ?? '4000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--private', 'reads need an API key with the read scope too')
    .option('--cors <origins>', 'origins allowed from browsers, comma-separated, or * for any')
    .option('--rate-limit <n>', 'requests per minute per key (or address without one); 0 turns it off', '600')
    .option('--body-limit <bytes>', 'largest request body', String(1024 * 1024))
    .option('--log-level <level>', 'request log level: fatal, error, warn, info, debug or silent', 'info')
    .option('--watch', 'fetch watched sources on their schedule (bilat watch add), drafting new reports into the inbox')
    .addHelpText('after', '\nExamples:\n  $ bilat serve\n  $ bilat serve --port 8080 --host 0.0.0.0 --private --cors https://example.org')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ServeOptions>();
      requireLocal(options, 'serve');
      const port = integerOption('port', options.port, 0, 65535);
      if (process.env[SERVER_PROCESS] !== '1') {
        // The server runs in a Node started with the heap settings it is tuned for (node-flags.ts in @bilat/api).
        process.exitCode = await serveInTunedNode();
        return;
      }
      const rateLimit = integerOption('rate-limit', options.rateLimit, 0, 10_000_000);
      const bodyLimit = integerOption('body-limit', options.bodyLimit, 1024, 1024 * 1024 * 1024);
      if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(options.logLevel)) {
        throw new UsageError(`--log-level must be one of fatal, error, warn, info, debug, trace, silent; got "${options.logLevel}"`);
      }
      const cors = options.cors === undefined ? false : options.cors === '*' ? true : options.cors.split(',').map((origin) => origin.trim());
      // The server and the drivers load only for this command, keeping every other one quick to start.
      const [{ openDatabase }, { startServer }] = await Promise.all([import('@bilat/db'), import('@bilat/api/server')]);
      const database = await openDatabase(resolveDatabaseConfig(options));
      let server;
      try {
        server = await startServer({
          database,
          port,
          host: options.host,
          private: Boolean(options.private),
          cors,
          rateLimit: rateLimit === 0 ? false : rateLimit,
          bodyLimit,
          logger: options.logLevel === 'silent' ? false : { level: options.logLevel },
        });
      } catch (error) {
        await database.close();
        if ((error as { code?: string }).code === 'EADDRINUSE') throw new Error(`Port ${port} on ${options.host} is already in use; pick another with --port`);
        throw error;
      }
      note(`bilat API on ${server.url} (tRPC /trpc, REST /api/v1, OpenAPI /openapi.json) using ${database.location}${options.private ? ', private' : ''}`);
      let schedule: { stop(): Promise<void> } | undefined;
      if (options.watch) {
        const { startWatchSchedule } = await import('@bilat/api');
        const tickMs = /^\d+$/.test(process.env.BILAT_WATCH_TICK_MS ?? '') ? Number(process.env.BILAT_WATCH_TICK_MS) : 60_000;
        schedule = startWatchSchedule(database, {
          tickMs,
          onRun: (sources) => {
            for (const source of sources) note(`watch: source ${source.id}: ${source.notModified ? 'unchanged' : `${source.fetched} fetched, ${source.newItems} new`}${source.error ? `, error: ${source.error}` : ''}`);
          },
          onError: (error) => note(`watch: ${(error as Error).message}`),
        });
        note('Watching: due sources are fetched every minute (bilat watch list shows them)');
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          note(`${signal}: finishing requests in flight, then stopping`);
          void (schedule?.stop() ?? Promise.resolve())
            .then(() => server.close())
            .then(() => database.close())
            .then(resolve);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
