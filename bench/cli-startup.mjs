#!/usr/bin/env node
// Cold start of the `bilat` command line beside `node -e 0`, on a freshly seeded SQLite
// database (`npm run bench` runs the same measurement on the world):
//   - `bilat meetings --json` on a local SQLite database (a new process every run),
//   - the same against a running server (--api),
//   - the interactive UI's first screen in a tmux pane, beside a pane running `node -e`.
// Medians over several runs. Nothing is asserted: this prints a table for people.
//
//   node bench/cli-startup.mjs [--runs 15]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureColdStarts } from './lib/cli.mjs';
import { BILAT_BIN, cleanEnv } from './lib/paths.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const dir = mkdtempSync(join(tmpdir(), 'bilat-bench-'));
const db = join(dir, 'bilat.db');

let result;
try {
  const seeded = spawnSync(process.execPath, [BILAT_BIN, 'db', 'seed', '--db', db], { env: cleanEnv(), encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`bilat db seed failed: ${seeded.stderr}`);
  result = await measureColdStarts({ db, runs: RUNS });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const { rows } = result;
if (result.tuiSkipped) console.warn(`The interactive UI was not measured: ${result.tuiSkipped}.`);
const width = Math.max(...rows.map((row) => row.label.length));
console.log(`\nbilat cold start, ${process.version}, ${RUNS} runs (tmux rows: ${rows.at(-1).runs}); milliseconds\n`);
console.log(`${'what'.padEnd(width)}  ${'median'.padStart(7)}  ${'min'.padStart(7)}  ${'max'.padStart(7)}  ${'over baseline'.padStart(13)}`);
for (const row of rows) {
  const over = row.overBaseline === null ? '—' : `+${row.overBaseline.toFixed(0)}`;
  console.log(
    `${row.label.padEnd(width)}  ${row.median.toFixed(0).padStart(7)}  ${row.min.toFixed(0).padStart(7)}  ${row.max.toFixed(0).padStart(7)}  ${over.padStart(13)}`,
  );
}
