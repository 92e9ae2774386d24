#!/usr/bin/env node
// Cold start of the `bilat` command line, each figure beside `node -e 0` measured in the
// same run on the same machine:
//   - `bilat meetings --json` on a local SQLite database (a new process every run),
//   - the same against a running `bilat serve` (--api),
//   - the interactive UI's first screen: time from starting it in a tmux pane until the
//     pairs list is on the screen, beside a pane running `node -e` that prints one line.
// Medians over several runs. Nothing is asserted: this prints a table for people.
//
//   node bench/cli-startup.mjs [--runs 15]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../apps/cli/bin/bilat.js', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const dir = mkdtempSync(join(tmpdir(), 'bilat-bench-'));
const db = join(dir, 'bilat.db');
const env = { ...process.env, NO_COLOR: '1' };
for (const name of ['DATABASE_URL', 'BILAT_DB', 'BILAT_API_URL', 'BILAT_API_KEY']) delete env[name];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds from spawning a process until it exits (output discarded, exit code checked). */
function timeProcess(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const SOCKET = `bilat-bench-${process.pid}`;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
const tmux = (...args) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8', env });

/** Milliseconds from starting a command in a new 120×40 tmux pane until `marker` is on its screen. */
function timePane(command, marker) {
  const name = `b${Math.random().toString(36).slice(2, 8)}`;
  const start = process.hrtime.bigint();
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', `${command}; sleep 30`);
  try {
    for (;;) {
      if (tmux('capture-pane', '-p', '-t', name).includes(marker)) return Number(process.hrtime.bigint() - start) / 1e6;
      if (Number(process.hrtime.bigint() - start) > 30e9) throw new Error(`"${marker}" never appeared for: ${command}`);
      // A short pause between looks, so polling does not take the CPU the measured process needs.
      Atomics.wait(PAUSE, 0, 0, 5);
    }
  } finally {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', name]);
  }
}

async function startServer() {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--log-level', 'silent', '--db', db], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const url = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /bilat API on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`bilat serve exited ${code}: ${stderr}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const rows = [];
function measure(label, fn, runs = RUNS) {
  fn(); // one unmeasured run warms the disk cache, as a user's second command would find it
  const times = Array.from({ length: runs }, fn);
  rows.push({ label, median: median(times), min: Math.min(...times), max: Math.max(...times), runs });
}

try {
  timeProcess([BIN, 'db', 'seed', '--db', db]);
  // Interleaved so that load on the machine affects each the same.
  measure('node -e 0', () => timeProcess(['-e', '0']));
  measure('bilat --version', () => timeProcess([BIN, '--version']));
  measure('bilat meetings --json (local SQLite)', () => timeProcess([BIN, 'meetings', '--json', '--db', db]));
  const server = await startServer();
  try {
    measure('bilat meetings --json --api (running server)', () => timeProcess([BIN, 'meetings', '--json', '--api', server.url]));
  } finally {
    server.stop();
  }
  if (spawnSync('tmux', ['-V']).status === 0) {
    // A session that outlives the measured ones keeps the tmux server up between them.
    tmux('new-session', '-d', '-s', 'keep', '-x', '20', '-y', '5', 'sleep 600');
    const tuiRuns = Math.max(3, Math.ceil(RUNS / 2));
    measure('tmux pane: node -e (prints a line)', () => timePane(`${process.execPath} -e "console.log('READY')"`, 'READY'), tuiRuns);
    measure('tmux pane: bilat UI, pairs list shown', () => timePane(`${process.execPath} ${BIN} --db ${db}`, '› KZ-LT'), tuiRuns);
  } else {
    console.warn('tmux is not installed: the interactive UI was not measured.');
  }
} finally {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((row) => row.label.length));
const baseline = (label) => rows.find((row) => row.label === label)?.median;
console.log(`\nbilat cold start, ${process.version}, ${rows[0].runs} runs (tmux rows: ${rows.at(-1).runs}); milliseconds\n`);
console.log(`${'what'.padEnd(width)}  ${'median'.padStart(7)}  ${'min'.padStart(7)}  ${'max'.padStart(7)}  ${'over baseline'.padStart(13)}`);
for (const row of rows) {
  const base = row.label.startsWith('tmux') ? baseline('tmux pane: node -e (prints a line)') : baseline('node -e 0');
  const over = row.median - base;
  console.log(
    `${row.label.padEnd(width)}  ${row.median.toFixed(0).padStart(7)}  ${row.min.toFixed(0).padStart(7)}  ${row.max.toFixed(0).padStart(7)}  ${(over === 0 ? '—' : `+${over.toFixed(0)}`).padStart(13)}`,
  );
}
