#!/usr/bin/env node
// Import throughput and peak memory of `bilat import`, on generated files in a temporary
// folder (deterministic: the same files every run; see lib/import-files.mjs):
//   - a 1,000,000-row UN Comtrade CSV, every row a distinct figure;
//   - a 500,000-row GDELT 2.0 events export.
// Each is imported by the built CLI into a fresh SQLite database; the wall time gives
// rows per second, and /usr/bin/time (or /proc polling) the child's peak resident memory.
// `npm run bench` runs the Comtrade import beside sqlite3 .import and PostgreSQL COPY.
// Nothing is asserted: this prints a table for people.
//
//   node bench/import-throughput.mjs [--comtrade-rows 1000000] [--gdelt-rows 500000] [--keep]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bilatImport } from './lib/import.mjs';
import { comtradeRows, gdeltRows, writeLines } from './lib/import-files.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const COMTRADE_ROWS = arg('--comtrade-rows', 1_000_000);
const GDELT_ROWS = arg('--gdelt-rows', 500_000);
const dir = mkdtempSync(join(tmpdir(), 'bilat-import-bench-'));

const results = [];
try {
  for (const [format, name, rows, generate] of [
    ['comtrade', 'comtrade-1m.csv', COMTRADE_ROWS, comtradeRows],
    ['gdelt', 'gdelt-500k.export.CSV', GDELT_ROWS, gdeltRows],
  ]) {
    const file = join(dir, name);
    const t = Date.now();
    await writeLines(file, generate(rows));
    process.stderr.write(`generated ${name}: ${rows.toLocaleString('en-US')} rows, ${(statSync(file).size / 1048576).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s; importing…\n`);
    const { seconds, peakMb, report } = await bilatImport(format, file, ['--db', join(dir, `${format}.db`)]);
    results.push({ format, rows, mb: statSync(file).size / 1048576, seconds, peakMb, records: report.rows, created: report.total.created });
  }
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
console.log(`${pad('file', 10)} ${pad('rows', 10, true)} ${pad('MB', 6, true)} ${pad('records', 9, true)} ${pad('seconds', 8, true)} ${pad('rows/s', 8, true)} ${pad('peak RSS MB', 12, true)}`);
for (const r of results) {
  console.log(
    `${pad(r.format, 10)} ${pad(r.rows.toLocaleString('en-US'), 10, true)} ${pad(r.mb.toFixed(0), 6, true)} ${pad(r.records.toLocaleString('en-US'), 9, true)} ${pad(r.seconds.toFixed(1), 8, true)} ${pad(Math.round(r.rows / r.seconds).toLocaleString('en-US'), 8, true)} ${pad(r.peakMb.toFixed(0), 12, true)}`,
  );
}
console.log('(a fresh SQLite database each, created and seeded by the import; rows/s counts rows read from the file)');
