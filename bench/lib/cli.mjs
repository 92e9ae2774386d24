// Cold starts of the `bilat` command line, each beside `node -e 0` measured in the same
// run: a new process every run, timed from spawn to exit. The interactive UI's first
// screen is timed from starting it in a tmux pane until a pair is on the screen, beside a
// pane running `node -e` that prints one line. Runs are interleaved where they can be, so
// load on the machine weighs on each alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BILAT_BIN, cleanEnv } from './paths.mjs';
import { startChild } from './processes.mjs';
import { median } from './stats.mjs';

const API_SERVER = fileURLToPath(new URL('./api-server.mjs', import.meta.url));

/** Milliseconds from spawning a process until it exits (output discarded, exit code checked). */
function timeProcess(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

export const hasTmux = () => spawnSync('tmux', ['-V']).status === 0;

/** A private tmux server, and the time until a pattern shows in a new 120×40 pane. */
function tmuxPanes(env) {
  const socket = `bilat-bench-${process.pid}`;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const tmux = (...args) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env });
  // A session that outlives the measured ones keeps the tmux server up between them.
  tmux('new-session', '-d', '-s', 'keep', '-x', '20', '-y', '5', 'sleep 3600');
  return {
    time(command, pattern) {
      const name = `b${Math.random().toString(36).slice(2, 8)}`;
      const start = process.hrtime.bigint();
      tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', `${command}; sleep 30`);
      try {
        for (;;) {
          if (pattern.test(tmux('capture-pane', '-p', '-t', name))) return Number(process.hrtime.bigint() - start) / 1e6;
          if (Number(process.hrtime.bigint() - start) > 60e9) throw new Error(`${pattern} never appeared for: ${command}`);
          // A short pause between looks, so polling does not take the CPU the measured process needs.
          Atomics.wait(pause, 0, 0, 5);
        }
      } finally {
        spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]);
      }
    },
    close: () => spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}

/** Runs each measurement `runs` times (after one unmeasured run that warms the disk cache), in turn. */
function interleaved(measures, runs) {
  for (const measure of measures) measure.run();
  const times = measures.map(() => []);
  for (let i = 0; i < runs; i++) measures.forEach((measure, index) => times[index].push(measure.run()));
  return measures.map((measure, index) => ({
    label: measure.label,
    baseline: measure.baseline ?? null,
    runs,
    median: median(times[index]),
    min: Math.min(...times[index]),
    max: Math.max(...times[index]),
  }));
}

/**
 * Cold starts against a SQLite database (`db`, already built). Rows carry their baseline's
 * label; the TUI rows are skipped (with `tuiSkipped` saying why) when tmux is missing.
 */
export async function measureColdStarts({ db, runs, log = () => {} }) {
  const env = cleanEnv();
  const rows = interleaved(
    [
      { label: 'node -e 0', run: () => timeProcess(['-e', '0'], env) },
      { label: 'bilat --version', baseline: 'node -e 0', run: () => timeProcess([BILAT_BIN, '--version'], env) },
      { label: 'bilat meetings --json (local SQLite)', baseline: 'node -e 0', run: () => timeProcess([BILAT_BIN, 'meetings', '--json', '--db', db], env) },
      // Issue 13: the pairs index's first page, read from the summaries the database keeps.
      { label: 'bilat pairs --limit 50 (local SQLite)', baseline: 'node -e 0', run: () => timeProcess([BILAT_BIN, 'pairs', '--limit', '50', '--db', db], env) },
    ],
    runs,
  );
  const server = await startChild(API_SERVER, ['--sqlite', db]);
  try {
    rows.push(...interleaved([{ label: 'bilat meetings --json --api (running server)', baseline: 'node -e 0', run: () => timeProcess([BILAT_BIN, 'meetings', '--json', '--api', server.url], env) }], runs));
  } finally {
    await server.stop();
  }
  let tuiSkipped = null;
  if (hasTmux()) {
    const panes = tmuxPanes(env);
    try {
      const tuiRuns = Math.max(3, Math.ceil(runs / 2));
      rows.push(
        ...interleaved(
          [
            { label: 'tmux pane: node -e (prints a line)', run: () => panes.time(`${process.execPath} -e "console.log('READY')"`, /READY/) },
            // The countries list is the first screen; a selected country ("› AD  Andorra") means it is drawn.
            { label: 'tmux pane: bilat UI, countries list shown', baseline: 'tmux pane: node -e (prints a line)', run: () => panes.time(`${process.execPath} ${BILAT_BIN} --db ${db}`, /› [A-Z]{2,4} +\S/) },
          ],
          tuiRuns,
        ),
      );
    } finally {
      panes.close();
    }
  } else {
    tuiSkipped = 'tmux is not installed';
  }
  for (const row of rows) log(`  ${row.label}: median ${row.median.toFixed(0)} ms`);
  const base = (label) => rows.find((row) => row.label === label)?.median;
  return {
    rows: rows.map((row) => ({ ...row, overBaseline: row.baseline ? row.median - base(row.baseline) : null, ratio: row.baseline ? Number((row.median / base(row.baseline)).toFixed(2)) : null })),
    tuiSkipped,
  };
}
