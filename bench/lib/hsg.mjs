// The Office of the Historian's data: `bilat import hsg` of the whole snapshot
// (../shared/data/hsg) into a fresh SQLite file and a fresh PostgreSQL database, and
// `bilat db seed` (the curated set and the shipped hsg bundle) into fresh ones, each in a
// process of its own, timed from spawn to exit with its peak memory. At small scale (the
// bench's own test) the import reads the small fixture folder instead: the same harness,
// numbers that mean nothing.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDatabase, timedCommand } from './import.mjs';
import { BILAT_BIN, cleanEnv, ROOT, TMP_DIR } from './paths.mjs';

export const HSG_SNAPSHOT = resolve(process.env.BILAT_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data'), 'hsg');
export const HSG_FIXTURE = join(ROOT, 'packages', 'interchange', 'test', 'fixtures', 'hsg');

const bilat = (args, env) => timedCommand(process.execPath, [BILAT_BIN, ...args], { env: cleanEnv(env) });

/** One backend: migrate (untimed), import the folder (timed), import it again (timed: it must change nothing), seed a fresh one (timed). */
async function measureBackend(backend, target, seedTarget, folder, log) {
  await bilat(['db', 'migrate', ...target, '--json']);
  const first = await bilat(['import', 'hsg', folder, ...target, '--json', '--no-progress']);
  const report = JSON.parse(first.stdout);
  const again = await bilat(['import', 'hsg', folder, ...target, '--json', '--no-progress']);
  const second = JSON.parse(again.stdout);
  // BILAT_SEED empty: both datasets, as `bilat db seed` loads them for a user.
  const seed = await bilat(['db', 'seed', ...seedTarget, '--json'], { BILAT_SEED: '' });
  const seeded = JSON.parse(seed.stdout);
  const row = {
    backend,
    import: {
      seconds: Number(first.seconds.toFixed(2)),
      peakMb: Number(first.peakMb.toFixed(1)),
      records: report.rows,
      created: report.total.created,
      trips: report.stats.trips,
      visits: report.stats.visits,
      chiefs: report.stats['chiefs of mission'],
      timelineEntries: report.stats['timeline entries'],
      notStored: Object.values(report.skipped).reduce((sum, n) => sum + n, 0),
    },
    reimport: { seconds: Number(again.seconds.toFixed(2)), peakMb: Number(again.peakMb.toFixed(1)), changed: second.total.created + second.total.updated + second.total.restored },
    seed: { seconds: Number(seed.seconds.toFixed(2)), peakMb: Number(seed.peakMb.toFixed(1)), created: seeded.total.created },
  };
  log(`  hsg ${backend}: import ${row.import.seconds} s, peak ${row.import.peakMb.toFixed(0)} MB (${row.import.records} records); again ${row.reimport.seconds} s, ${row.reimport.changed} changed; seed ${row.seed.seconds} s (${row.seed.created} records)`);
  return row;
}

/** `null` postgresUrl skips PostgreSQL; `small` reads the fixture folder. */
export async function measureHsg({ small, postgresUrl, log = () => {} }) {
  const folder = small ? HSG_FIXTURE : HSG_SNAPSHOT;
  if (!existsSync(join(folder, 'travels'))) return { skipped: `${folder} is absent (the Office of the Historian snapshot lives in ../shared/data/hsg)` };
  mkdirSync(TMP_DIR, { recursive: true });
  const dir = mkdtempSync(join(TMP_DIR, 'hsg-'));
  const rows = [];
  try {
    rows.push(await measureBackend('sqlite', ['--db', join(dir, 'import.db')], ['--db', join(dir, 'seed.db')], folder, log));
    if (postgresUrl) {
      const forImport = await scratchDatabase(postgresUrl, `bilat_bench_hsg_${process.pid}`);
      const forSeed = await scratchDatabase(postgresUrl, `bilat_bench_hsg_seed_${process.pid}`);
      try {
        rows.push(await measureBackend('postgres', ['--database-url', forImport.url], ['--database-url', forSeed.url], folder, log));
      } finally {
        await forImport.drop();
        await forSeed.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { folder: small ? 'the test fixture folder' : 'the whole snapshot (shared/data/hsg)', rows };
}
