import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '@bilat/api/node-flags';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bilat, startServer } from './support/run.js';

describe('bilat keys', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-keys-'));
    db = join(dir, 'bilat.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a key shown once, lists it without its secret, and revokes it', () => {
    const created = bilat(['keys', 'create', '--scope', 'write', '--name', 'desk editor', '--db', db]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^bilat_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain('not shown again');
    const id = secret.split('_')[1]!;

    const listed = JSON.parse(bilat(['keys', 'list', '--json', '--db', db]).stdout) as { items: { id: string; scope: string; revokedAt: string | null }[] };
    expect(listed.items).toEqual([expect.objectContaining({ id, scope: 'write', revokedAt: null })]);
    // The secret part is base64url, which may itself hold '_': take everything after the id.
    const secretPart = secret.slice(`bilat_${id}_`.length);
    expect(secretPart).toHaveLength(43);
    expect(JSON.stringify(listed)).not.toContain(secretPart);

    expect(bilat(['keys', 'revoke', id, '--db', db]).code).toBe(0);
    const again = bilat(['keys', 'revoke', id, '--db', db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`No active key with id "${id}"`);
    expect(bilat(['keys', 'create', '--scope', 'root', '--db', db]).code).toBe(2);
  });
});

describe('bilat serve', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-serve-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the API on the embedded database and stops cleanly on SIGTERM', async () => {
    const { url, child, stderr, stop } = await startServer(['--db', join(dir, 'bilat.db')]);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { status: string; current: boolean };
    expect(health).toMatchObject({ status: 'ok', current: true });
    // The REST dossier sends long sections a page at a time (API 3.0.0).
    const dossier = (await (await fetch(`${url}/api/v1/pairs/KZ-LT/dossier`)).json()) as { meetings: { items: { id: string }[]; total: number } };
    expect(dossier.meetings.items.map((m) => m.id)).toContain('kz-lt-political-consultations-10');
    expect(dossier.meetings.total).toBeGreaterThanOrEqual(dossier.meetings.items.length);
    // The server runs in a Node of its own, started with the server's flags (Linux lists a process's children in /proc).
    const server = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    expect(server).toHaveLength(1);
    const argv = readFileSync(`/proc/${server[0]}/cmdline`, 'utf8').split('\0');
    for (const flag of SERVER_NODE_FLAGS) expect(argv).toContain(flag);
    expect(argv).toContain('serve');
    expect(await stop()).toBe(0);
    // It stopped as well, after finishing (the stop is passed on, not a kill).
    expect(existsSync(`/proc/${server[0]}`)).toBe(false);
    expect(stderr()).toContain('SIGTERM: finishing requests in flight, then stopping');
  });

  it('refuses a bad port as usage', () => {
    const result = bilat(['serve', '--port', '99999', '--db', join(dir, 'x.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number from 0 to 65535');
  });
});
