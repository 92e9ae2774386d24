// The benchmark world as databases: the generator's records written once as an NDJSON
// bundle, then imported through bilat's import path into a SQLite file and a PostgreSQL
// database of their own. Both are cached by seed, schema version and size, each with a
// completion marker written only after its import finished, so an interrupted build is
// redone and a finished one is reused.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NDJSON_FORMAT, NDJSON_VERSION } from '@bilat/interchange';
import { openDatabase, SCHEMA_VERSION } from '@bilat/db';
import pg from 'pg';
import { cleanEnv, POSTGRES_URL, TMP_DIR } from './paths.mjs';
import { WORLD_SIZES } from './scales.mjs';
import { worldCount, worldRecords, worldSize } from './world.mjs';

const IMPORTER = fileURLToPath(new URL('./import-world.mjs', import.meta.url));

/** A short hash of the generator's source: a changed generator makes a new world, even under the same seed. */
function generatorHash() {
  return createHash('sha256').update(readFileSync(new URL('./world.mjs', import.meta.url))).digest('hex').slice(0, 10);
}

/** The cache key's parts, and the names derived from it. */
export function worldKey(seed, scale) {
  const name = `world-${seed}-${SCHEMA_VERSION}-${scale}`;
  // PostgreSQL identifiers: lower case, [a-z0-9_], at most 63 bytes.
  const database = `bilat_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
  return { seed, scale, schemaVersion: SCHEMA_VERSION, generator: generatorHash(), size: worldSize(WORLD_SIZES[scale]), name, database };
}

/** Whether a marker describes this exact world. */
function markerMatches(marker, key) {
  return marker && marker.seed === key.seed && marker.scale === key.scale && marker.schemaVersion === key.schemaVersion && marker.generator === key.generator;
}

/**
 * Whether a marker describes this world at an older schema version: the same records,
 * which bilat's own migrations bring up to date (as they do any user's database) instead
 * of a rebuild. `rebuild` turns this off.
 */
function olderVersionOf(marker, key) {
  return Boolean(marker && marker.seed === key.seed && marker.scale === key.scale && marker.generator === key.generator && marker.schemaVersion < key.schemaVersion);
}

/** Applies bilat's pending migrations to a world database (what `bilat` does on open). */
async function migrateWorld(config, from, key, log) {
  const started = performance.now();
  log(`world: migrating the ${config.kind} world from ${from} to ${key.schemaVersion} (no rebuild; --rebuild-world to rebuild)…`);
  const database = await openDatabase(config, { seed: 'never' });
  await database.close();
  const seconds = (performance.now() - started) / 1000;
  log(`world: migrated in ${seconds.toFixed(0)} s`);
  return { from, to: key.schemaVersion, seconds: Number(seconds.toFixed(1)), at: new Date().toISOString() };
}

/** Writes the world's NDJSON bundle (to a temporary name, renamed when complete). */
async function writeBundle(key, path, log) {
  if (existsSync(path)) return { reused: true, bytes: statSync(path).size };
  const started = performance.now();
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const write = async (text) => {
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  };
  await write(`${JSON.stringify({ format: NDJSON_FORMAT, version: NDJSON_VERSION, description: `SYNTHETIC benchmark world, seed ${key.seed}, ${key.scale} scale: not real data` })}\n`);
  let batch = '';
  let lines = 0;
  for (const line of worldRecords(key.seed, key.size)) {
    batch += `${JSON.stringify(line)}\n`;
    if (++lines % 2000 === 0) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  renameSync(partial, path);
  const seconds = (performance.now() - started) / 1000;
  log(`world: wrote ${lines.toLocaleString('en-US')} records (${(statSync(path).size / 1048576).toFixed(0)} MB) in ${seconds.toFixed(1)} s`);
  return { reused: false, bytes: statSync(path).size, seconds };
}

/** Runs import-world.mjs and returns what it printed. */
function runImporter(bundle, target) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [IMPORTER, bundle, ...target], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').at(-1))) : reject(new Error(`world import exited ${code}: ${stderr.slice(-3000)}`))));
  });
}

const sqliteFiles = (path) => [path, `${path}-wal`, `${path}-shm`, `${path}.done.json`];

/** The SQLite world: reused when its marker matches, else built; stale worlds of this seed and scale are removed. */
async function ensureSqlite(key, bundle, log, dir, rebuild) {
  const path = join(dir, `${key.name}.db`);
  const markerPath = `${path}.done.json`;
  const marker = existsSync(markerPath) && existsSync(path) ? JSON.parse(readFileSync(markerPath, 'utf8')) : null;
  if (markerMatches(marker, key)) return { path, ...marker, reused: true };
  if (!rebuild) {
    for (const file of readdirSync(dir)) {
      if (!file.startsWith(`world-${key.seed}-`) || !file.endsWith(`-${key.scale}.db.done.json`)) continue;
      const older = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const olderPath = join(dir, file.slice(0, -'.done.json'.length));
      if (!olderVersionOf(older, key) || !existsSync(olderPath)) continue;
      rmSync(join(dir, file));
      const migrated = await migrateWorld({ kind: 'sqlite', path: olderPath }, older.schemaVersion, key, log);
      renameSync(olderPath, path);
      const updated = { ...older, schemaVersion: key.schemaVersion, migrations: [...(older.migrations ?? []), migrated], bytes: statSync(path).size };
      writeFileSync(markerPath, `${JSON.stringify(updated, null, 2)}\n`);
      return { path, ...updated, reused: true };
    }
  }
  // Older schema versions of the same world only take disk space: a re-run would rebuild them anyway.
  for (const file of readdirSync(dir)) {
    if (file.startsWith(`world-${key.seed}-`) && file.includes(`-${key.scale}.db`) && !file.startsWith(key.name)) rmSync(join(dir, file), { force: true });
  }
  for (const file of sqliteFiles(path)) rmSync(file, { force: true });
  const file = await bundle();
  log(`world: importing into SQLite ${path}…`);
  const result = await runImporter(file, ['--sqlite', path]);
  const built = { seed: key.seed, scale: key.scale, schemaVersion: key.schemaVersion, generator: key.generator, size: key.size, ...result, bytes: statSync(path).size, builtAt: new Date().toISOString() };
  writeFileSync(markerPath, `${JSON.stringify(built, null, 2)}\n`);
  log(`world: SQLite built in ${result.seconds.toFixed(0)} s, ${(built.bytes / 1048576).toFixed(0)} MB`);
  return { path, ...built, reused: false };
}

/**
 * Planner statistics for the PostgreSQL world, gathered once after it is built or
 * migrated: what autovacuum does on its own within a minute of a large import, on a
 * server where it is on (the test server here runs with autovacuum off, and without
 * statistics PostgreSQL plans a 2.4 M-row table as if it were empty). Recorded in the marker.
 */
async function analyzed(admin, key, marker, log) {
  if (marker.analyzedAt && marker.analyzedAt >= (marker.migrations?.at(-1)?.at ?? '')) return marker;
  const started = performance.now();
  log(`world: ANALYZE on the PostgreSQL world…`);
  const client = new pg.Client({ connectionString: databaseUrl(POSTGRES_URL, key.database) });
  await client.connect();
  try {
    await client.query('analyze');
  } finally {
    await client.end();
  }
  const updated = { ...marker, analyzedAt: new Date().toISOString(), analyzeSeconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
  await admin.query(`comment on database "${key.database}" is ${pg.escapeLiteral(JSON.stringify(updated))}`);
  log(`world: analyzed in ${updated.analyzeSeconds} s`);
  return updated;
}

/** A URL for another database on the same server. */
function databaseUrl(base, database) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The PostgreSQL world, a database of its own on TEST_DATABASE_URL's server. Its marker is
 * the database's comment, set after the import committed, so the two cannot disagree.
 */
async function ensurePostgres(key, bundle, log, rebuild) {
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  try {
    await admin.connect();
  } catch (error) {
    return { skipped: `PostgreSQL is not reachable at ${POSTGRES_URL}: ${error.message}` };
  }
  try {
    const url = databaseUrl(POSTGRES_URL, key.database);
    const found = await admin.query(`select datname, shobj_description(oid, 'pg_database') as marker from pg_database where datname like $1`, [`bilat_world_${key.seed}_%_${key.scale}`]);
    for (const row of found.rows) {
      let marker = null;
      try {
        marker = JSON.parse(row.marker ?? 'null');
      } catch {
        // A comment that is not ours: rebuild.
      }
      if (row.datname === key.database && markerMatches(marker, key)) return { url, database: key.database, ...(await analyzed(admin, key, marker, log)), reused: true };
      if (!rebuild && olderVersionOf(marker, key)) {
        const migrated = await migrateWorld({ kind: 'postgres', url: databaseUrl(POSTGRES_URL, row.datname) }, marker.schemaVersion, key, log);
        await admin.query(`alter database "${row.datname}" rename to "${key.database}"`);
        const bytes = Number((await admin.query('select pg_database_size($1) as bytes', [key.database])).rows[0].bytes);
        const updated = { ...marker, schemaVersion: key.schemaVersion, migrations: [...(marker.migrations ?? []), migrated], bytes };
        await admin.query(`comment on database "${key.database}" is ${pg.escapeLiteral(JSON.stringify(updated))}`);
        return { url, database: key.database, ...(await analyzed(admin, key, updated, log)), reused: true };
      }
      // Half-built, another generator, or an older schema version of this world.
      await admin.query(`drop database if exists "${row.datname}" with (force)`);
    }
    const file = await bundle();
    await admin.query(`create database "${key.database}"`);
    log(`world: importing into PostgreSQL database ${key.database}…`);
    const result = await runImporter(file, ['--postgres', url]);
    const bytes = Number((await admin.query('select pg_database_size($1) as bytes', [key.database])).rows[0].bytes);
    const built = { seed: key.seed, scale: key.scale, schemaVersion: key.schemaVersion, generator: key.generator, size: key.size, ...result, bytes, builtAt: new Date().toISOString() };
    await admin.query(`comment on database "${key.database}" is ${pg.escapeLiteral(JSON.stringify(built))}`);
    log(`world: PostgreSQL built in ${result.seconds.toFixed(0)} s, ${(bytes / 1048576).toFixed(0)} MB`);
    return { url, database: key.database, ...(await analyzed(admin, key, built, log)), reused: false };
  } finally {
    await admin.end();
  }
}

/**
 * Makes sure the world exists on both backends and says where. PostgreSQL is skipped
 * (with the reason) when its server is not reachable, unless `requirePostgres`.
 */
export async function ensureWorld({ seed = 42, scale = 'world', postgres = true, requirePostgres = false, rebuild = false, dir = TMP_DIR, log = () => {} } = {}) {
  mkdirSync(dir, { recursive: true });
  const key = worldKey(seed, scale);
  const path = join(dir, `world-${seed}-${scale}-${key.generator}.ndjson`);
  // The bundle is written only when a database has to be built (and kept for the next build).
  let written;
  const bundle = async () => {
    written ??= writeBundle(key, path, log);
    await written;
    return path;
  };
  const sqlite = await ensureSqlite(key, bundle, log, dir, rebuild);
  const pgWorld = postgres ? await ensurePostgres(key, bundle, log, rebuild) : { skipped: 'not asked for' };
  if (requirePostgres && pgWorld.skipped) throw new Error(pgWorld.skipped);
  return { key, records: worldCount(key.size), bundle: { path, ...(written ? await written : { reused: true }) }, sqlite, postgres: pgWorld };
}

// Run on its own: build (or find) the world and print where it is.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scale = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1] : 'world';
  const world = await ensureWorld({ scale, log: (line) => process.stderr.write(`${line}\n`) });
  console.log(JSON.stringify(world, null, 2));
}
