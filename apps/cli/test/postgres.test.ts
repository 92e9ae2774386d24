import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilatAsync } from './support/run.js';

/*
 * The same commands on PostgreSQL (--database-url) print what they print on SQLite. Skipped
 * with a notice when no server is reachable, except under CI=true.
 */

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

describe('bilat on PostgreSQL', async () => {
  const probe = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  const reachable = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => {});
  if (!reachable && process.env.CI === 'true') throw new Error(`PostgreSQL at ${TEST_DATABASE_URL} is required under CI=true`);
  if (!reachable) console.warn(`[bilat tests] PostgreSQL at ${TEST_DATABASE_URL} is unreachable; skipping the PostgreSQL command tests.`);

  const schema = `bilat_cli_cmd_${process.pid}_${Date.now().toString(36)}`;
  const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let dir: string;
  let admin: pg.Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-pg-'));
    if (!reachable) return;
    admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!reachable) return;
    await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  });

  it.skipIf(!reachable)('prints the same JSON and tables as on SQLite', async () => {
    const sqlite = join(dir, 'bilat.db');
    // Each database is created, migrated and seeded by its first command.
    for (const args of [
      ['dossier', 'KZ', 'LT', '--json'],
      ['meetings', '--country', 'KZ', '--partner', 'LT', '--json'],
      ['meeting', 'kz-lt-political-consultations-10', '--json'],
      ['officials', '--post', 'deputy minister of foreign affairs', '--on', '2024-06-20', '--json'],
      ['search', 'vasilenko', '--json'],
      ['trade', 'KZ', 'LT'],
      ['meetings', '--country', 'KZ', '--partner', 'LT', '--csv'],
    ]) {
      const [onSqlite, onPostgres] = await Promise.all([bilatAsync([...args, '--db', sqlite]), bilatAsync([...args, '--database-url', url])]);
      expect(onPostgres.code, onPostgres.stderr).toBe(0);
      expect(onPostgres.stdout, args.join(' ')).toBe(onSqlite.stdout);
    }
  });
});
