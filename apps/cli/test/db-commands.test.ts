import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDatabasePath, findRepositoryRoot, resolveDatabaseConfig } from '../src/config.js';
import { bilat } from './support/run.js';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

describe('bilat db', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its version and help', () => {
    const version = bilat(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = bilat(['db', 'seed', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Example:');
    expect(help.stdout).toContain('--database-url');
  });

  it('creates, migrates and seeds .bilat/bilat.db in the current directory outside a repository', () => {
    const first = bilat(['db', 'seed', '--json'], { cwd: dir });
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { location: string; total: Record<string, number>; batchId: string };
    expect(summary.location).toBe(join(dir, '.bilat', 'bilat.db'));
    expect(summary.total.created).toBeGreaterThan(100);
    expect(summary.batchId).toMatch(/^seed-/);
    const again = JSON.parse(bilat(['db', 'seed', '--json'], { cwd: dir }).stdout) as typeof summary;
    expect(again.total).toEqual({ created: 0, updated: 0, restored: 0, unchanged: summary.total.created });
    expect(again.batchId).toBeNull();
  });

  it('migrates an explicit --db file and says when there is nothing to do', () => {
    const file = join(dir, 'custom.db');
    const first = bilat(['db', 'migrate', '--db', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\)/);
    const second = bilat(['db', 'migrate', '--db', file]);
    expect(second.stdout).toContain('is already at schema');
  });

  it('resets only when confirmed', () => {
    const file = join(dir, 'reset.db');
    expect(bilat(['db', 'seed', '--db', file]).code).toBe(0);
    const refused = bilat(['db', 'reset', '--db', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --yes');
    const reset = bilat(['db', 'reset', '--yes', '--json', '--db', file]);
    expect(reset.code).toBe(0);
    expect(JSON.parse(reset.stdout)).toMatchObject({ reset: true, total: { created: expect.any(Number) } });
  });

  it('backs up the database and restores it, refusing to overwrite a file', () => {
    const file = join(dir, 'bilat.db');
    const copy = join(dir, 'copy.db');
    expect(bilat(['db', 'seed', '--db', file]).code).toBe(0);
    const backup = bilat(['db', 'backup', copy, '--json', '--db', file]);
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ file: copy, method: 'sqlite-backup', bytes: expect.any(Number) });
    expect(bilat(['db', 'backup', copy, '--db', file]).stderr).toContain('already exists');
    const key = bilat(['keys', 'create', '--scope', 'read', '--db', file]);
    expect(key.code).toBe(0);
    expect(JSON.parse(bilat(['keys', 'list', '--json', '--db', file]).stdout).items).toHaveLength(1);
    expect(bilat(['db', 'restore', copy, '--db', file]).code).toBe(2);
    const restored = bilat(['db', 'restore', copy, '--yes', '--db', file]);
    expect(restored.code, restored.stderr).toBe(0);
    // The key made after the backup is gone: the database is as it was when copied.
    expect(JSON.parse(bilat(['keys', 'list', '--json', '--db', file]).stdout).items).toHaveLength(0);
  });

  it('exits 2 for bad usage and names what was wrong', () => {
    const unknown = bilat(['db', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const both = bilat(['db', 'seed', '--db', join(dir, 'x.db'), '--database-url', 'postgres://localhost/x']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const wrong = bilat(['db', 'seed', '--json', '--database-url', 'mysql://localhost/x']);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(JSON.parse(wrong.stderr)).toMatchObject({ error: { code: 'USAGE', message: expect.stringContaining('mysql://localhost/x') } });
  });

  it('exits 1 with a clear message when PostgreSQL cannot be reached', () => {
    const result = bilat(['db', 'migrate', '--database-url', 'postgres://root@127.0.0.1:1/nowhere']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bilat: Cannot reach the database at postgres:\/\/root@127\.0\.0\.1:1\/nowhere/);
    expect(result.stderr).not.toContain('    at ');
  });
});

describe('bilat db on PostgreSQL', async () => {
  const probe = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  const reachable = await probe.connect().then(() => true, () => false);
  await probe.end().catch(() => {});
  if (!reachable && process.env.CI === 'true') throw new Error(`PostgreSQL at ${TEST_DATABASE_URL} is required under CI=true`);
  if (!reachable) console.warn(`[bilat tests] PostgreSQL at ${TEST_DATABASE_URL} is unreachable; skipping the PostgreSQL CLI test.`);
  const schema = `bilat_cli_${process.pid}_${Date.now().toString(36)}`;
  const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

  it.skipIf(!reachable)('migrates and seeds with --database-url, idempotently', async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    try {
      const first = bilat(['db', 'seed', '--json', '--database-url', url]);
      expect(first.code, first.stderr).toBe(0);
      expect(JSON.parse(first.stdout).total.created).toBeGreaterThan(100);
      const second = bilat(['db', 'seed', '--json'], { env: { DATABASE_URL: url } });
      expect(JSON.parse(second.stdout).total.created).toBe(0);
      const tables = await admin.query('select count(*)::int as n from information_schema.tables where table_schema = $1', [schema]);
      expect(tables.rows[0].n).toBeGreaterThan(20);
    } finally {
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    }
  });
});

describe('where the database lives by default', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-root-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the repository root from anywhere inside the repository', () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bilat-monorepo' }));
    const nested = join(dir, 'apps', 'cli', 'src');
    mkdirSync(nested, { recursive: true });
    expect(findRepositoryRoot(nested)).toBe(dir);
    expect(defaultDatabasePath(nested)).toBe(join(dir, '.bilat', 'bilat.db'));
  });

  it('prefers flags over the environment, and PostgreSQL only when asked', () => {
    expect(resolveDatabaseConfig({}, { BILAT_DB: 'env.db' }, dir)).toEqual({ kind: 'sqlite', path: join(dir, 'env.db') });
    expect(resolveDatabaseConfig({ db: 'flag.db' }, { BILAT_DB: 'env.db', DATABASE_URL: 'postgres://x/y' }, dir)).toEqual({
      kind: 'sqlite',
      path: join(dir, 'flag.db'),
    });
    expect(resolveDatabaseConfig({}, { DATABASE_URL: 'postgres://x/y' }, dir)).toEqual({ kind: 'postgres', url: 'postgres://x/y' });
    expect(resolveDatabaseConfig({}, {}, dir)).toEqual({ kind: 'sqlite', path: join(dir, '.bilat', 'bilat.db') });
  });
});
