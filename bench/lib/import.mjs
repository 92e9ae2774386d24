// Import throughput: `bilat import` (validation, one transaction, revision log, search
// index) beside the database's own bulk load of the same CSV into a plain table
// (`sqlite3 .import`, PostgreSQL `COPY` through psql's \copy). Every import runs in a
// process of its own, on a fresh database, timed from spawn to exit, with its peak memory.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { COMTRADE_FIELDS, comtradeRows, writeLines } from './import-files.mjs';
import { BILAT_BIN, cleanEnv, TMP_DIR } from './paths.mjs';

/** Runs a command: seconds, peak RSS in MB (GNU time when there, else polling /proc), output. */
export function timedCommand(command, args, { env = cleanEnv(), stdin } = {}) {
  const useTime = existsSync('/usr/bin/time');
  const child = useTime ? spawn('/usr/bin/time', ['-v', command, ...args], { env }) : spawn(command, args, { env });
  let stdout = '';
  let stderr = '';
  let polledPeak = 0;
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  if (stdin !== undefined) child.stdin.end(stdin);
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (hwm) polledPeak = Math.max(polledPeak, Number(hwm[1]));
        } catch {
          // The process ended between two polls.
        }
      }, 100);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polledPeak;
      resolve({ seconds, peakMb: peakKb / 1024, stdout, stderr });
    });
  });
}

/** `bilat import FORMAT FILE` into the database `target` names (`--db PATH` or `--database-url URL`). */
export async function bilatImport(format, file, target) {
  const run = await timedCommand(process.execPath, [BILAT_BIN, 'import', format, file, ...target, '--json', '--no-progress']);
  return { seconds: run.seconds, peakMb: run.peakMb, report: JSON.parse(run.stdout) };
}

/** A fresh database on the PostgreSQL server for one import, dropped by `drop`. */
export async function scratchDatabase(baseUrl, name) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

const plainTable = (name) => `create table ${name} (${COMTRADE_FIELDS.split(',').map((field) => `"${field}" text`).join(', ')})`;

/**
 * Comtrade CSV of `rows` rows imported by bilat and bulk-loaded by each database.
 * `postgresUrl` null skips PostgreSQL.
 */
export async function measureImport({ rows, postgresUrl, log = () => {} }) {
  mkdirSync(TMP_DIR, { recursive: true });
  const dir = mkdtempSync(join(TMP_DIR, 'import-'));
  const results = [];
  try {
    const file = join(dir, 'comtrade.csv');
    await writeLines(file, comtradeRows(rows));
    const mb = statSync(file).size / 1048576;
    const row = (backend, bilat, native, nativeLabel) => {
      const entry = {
        backend,
        file: 'Comtrade CSV (47 columns)',
        rows,
        mb: Number(mb.toFixed(1)),
        bilat: { seconds: bilat.seconds, rowsPerSecond: Math.round(rows / bilat.seconds), peakMb: bilat.peakMb, created: bilat.report.total.created },
        native: { label: nativeLabel, seconds: native.seconds, rowsPerSecond: Math.round(rows / native.seconds), peakMb: native.peakMb },
        ratio: Number((bilat.seconds / native.seconds).toFixed(1)),
      };
      log(`  import ${backend}: bilat ${entry.bilat.rowsPerSecond} rows/s, ${nativeLabel} ${entry.native.rowsPerSecond} rows/s (bilat takes ×${entry.ratio})`);
      results.push(entry);
    };

    // SQLite: the command line creates (and seeds) a fresh file; sqlite3 loads a plain table.
    const sqliteBilat = await bilatImport('comtrade', file, ['--db', join(dir, 'bilat.db')]);
    const sqliteNative = await timedCommand('sqlite3', [join(dir, 'plain.db'), plainTable('comtrade') + ';', `.import --csv --skip 1 ${file} comtrade`]);
    row('sqlite', sqliteBilat, sqliteNative, 'sqlite3 .import');

    if (postgresUrl) {
      const forBilat = await scratchDatabase(postgresUrl, `bilat_bench_import_${process.pid}`);
      const forCopy = await scratchDatabase(postgresUrl, `bilat_bench_copy_${process.pid}`);
      try {
        const pgBilat = await bilatImport('comtrade', file, ['--database-url', forBilat.url]);
        await timedCommand('psql', [forCopy.url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', plainTable('comtrade')]);
        const pgNative = await timedCommand('psql', [forCopy.url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy comtrade from '${file}' with (format csv, header true)`]);
        row('postgres', pgBilat, pgNative, 'COPY (psql \\copy)');
      } finally {
        await forBilat.drop();
        await forCopy.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
