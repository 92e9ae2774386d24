import { createApiKey, listRevisions, scopeOf } from '@bilat/db';
import { RECORD_KINDS } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_BASE_PATH } from '../src/index.js';
import { startServer, type RunningServer } from '../src/server.js';
import { httpClient, procedurePaths, procedureType, request, SEED_SOURCE } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { snapshot } from './support/inspect.js';
import { drafts, ROUTER_OF } from './support/records.js';

/*
 * Keys over HTTP against the real server: writes need a write key, key management an
 * admin key, a revoked or malformed key is refused at once, and a private server asks
 * for a read key for reads.
 */

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** Calls one tRPC procedure over HTTP (no batching), as any client could. */
async function trpc(url: string, path: string, input: unknown, headers: Record<string, string> = {}) {
  const type = procedureType(path);
  const response =
    type === 'query'
      ? await request(`${url}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, { headers })
      : await request(`${url}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });
  const body = (await response.json()) as { result?: { data: unknown }; error?: { data: { code: string } } };
  return { status: response.status, data: body.result?.data, code: body.error?.data.code };
}

/** A plausible input for every mutation of the router: a new record, an existing one, a real id. */
function writeCalls(): { path: string; input: unknown }[] {
  const calls: { path: string; input: unknown }[] = [];
  for (const kind of RECORD_KINDS) {
    const router = ROUTER_OF[kind];
    calls.push({ path: `${router}.create`, input: { ...drafts[kind](70), id: `auth-${kind}` } });
    calls.push({ path: `${router}.update`, input: { ...drafts[kind](71), id: `auth-${kind}` } });
    calls.push({ path: `${router}.delete`, input: { id: `auth-${kind}` } });
    calls.push({ path: `${router}.restore`, input: { id: `auth-${kind}` } });
  }
  calls.push({ path: 'people.merge', input: { id: 'jonas-survila', into: 'roman-vassilenko' } });
  calls.push({ path: 'batches.undo', input: { id: 'import-20240101t000000-aaaaaa' } });
  calls.push({ path: 'keys.create', input: { name: 'sneaky', scope: 'admin' } });
  calls.push({ path: 'keys.revoke', input: { id: 'abcdefghij' } });
  calls.push({ path: 'watch.add', input: { url: 'http://127.0.0.1:9/feed.xml' } });
  calls.push({ path: 'watch.remove', input: { id: 1 } });
  calls.push({ path: 'watch.run', input: {} });
  calls.push({ path: 'inbox.accept', input: { id: 1 } });
  calls.push({ path: 'inbox.reject', input: { id: 1 } });
  calls.push({ path: 'inbox.acceptAll', input: { minConfidence: 0.9 } });
  calls.push({ path: 'extract.save', input: { bundle: { format: 'bilat/bundle', version: 1, sources: [{ id: 'auth-report', title: 'A report', publisher: 'Auth News', published: '2024-06-20', text: 'A report.' }] } } });
  return calls;
}

describe.each(BACKENDS)('API keys over HTTP on %s', (dialect) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let adminKey: string;
  let readKey: string;
  let writeKey: { id: string; secret: string };

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    // The first admin key comes from the command line (here: the data layer directly).
    adminKey = (await createApiKey(scopeOf(testDb.database), { name: 'bootstrap', scope: 'admin', createdBy: 'local:test' })).secret;
    server = await startServer({ database: testDb.database, port: 0, logger: false, rateLimit: false });
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  it('every mutation of the router is a write the key rules cover', () => {
    // extract.draft is a read sent by POST (its input is a whole report), open like every read.
    const mutations = procedurePaths().filter((path) => procedureType(path) === 'mutation' && path !== 'extract.draft');
    expect(writeCalls().map((call) => call.path).sort()).toEqual(mutations);
  });

  it('an admin key creates keys (the secret shown once) and lists them without secrets', async () => {
    const read = await trpc(server.url, 'keys.create', { name: 'reader', scope: 'read' }, bearer(adminKey));
    expect(read.status).toBe(200);
    readKey = (read.data as { secret: string }).secret;
    const rest = await request(`${server.url}${REST_BASE_PATH}/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(adminKey) },
      body: JSON.stringify({ name: 'writer', scope: 'write' }),
    });
    expect(rest.status).toBe(200);
    writeKey = (await rest.json()) as { id: string; secret: string };
    expect(writeKey.secret).toMatch(new RegExp(`^bilat_${writeKey.id}_`));

    const listed = await trpc(server.url, 'keys.list', undefined, bearer(adminKey));
    const keys = listed.data as { id: string; name: string; scope: string; createdBy: string }[];
    expect(keys.map((key) => [key.name, key.scope])).toEqual(
      expect.arrayContaining([
        ['reader', 'read'],
        ['writer', 'write'],
      ]),
    );
    expect(keys.find((key) => key.name === 'writer')!.createdBy).toMatch(/^key:[a-z0-9]{10}$/);
    expect(JSON.stringify(keys)).not.toContain(writeKey.secret.slice(-43));
    expect(JSON.stringify(keys)).not.toContain('secret');
  });

  it('without a key every write is 401, with a read key 403; nothing is written', async () => {
    const before = await snapshot(testDb.database);
    for (const call of writeCalls()) {
      const anonymous = await trpc(server.url, call.path, call.input);
      expect([call.path, anonymous.status, anonymous.code]).toEqual([call.path, 401, 'UNAUTHORIZED']);
      const reader = await trpc(server.url, call.path, call.input, bearer(readKey));
      expect([call.path, reader.status, reader.code]).toEqual([call.path, 403, 'FORBIDDEN']);
    }
    // The REST routes follow the same rules.
    const restCreate = (headers: Record<string, string>) =>
      fetch(`${server.url}${REST_BASE_PATH}/meetings`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(drafts.meeting(72)) });
    expect((await restCreate({})).status).toBe(401);
    expect((await restCreate(bearer(readKey))).status).toBe(403);
    expect((await request(`${server.url}${REST_BASE_PATH}/meetings/kz-lt-political-consultations-10`, { method: 'DELETE' })).status).toBe(401);
    expect(await snapshot(testDb.database)).toEqual(before);
    // Reads stay open.
    expect((await trpc(server.url, 'meetings.get', { id: 'kz-lt-political-consultations-10' })).status).toBe(200);
  });

  it('with a write key a write lands, in the revision log and in changes as key:<id>', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const client = httpClient(server.url, writeKey.secret);
    const created = await client.places.create.mutate({ ...drafts.place(73), id: 'auth-written-place' });
    expect(created.id).toBe('auth-written-place');
    const viaRest = await request(`${server.url}${REST_BASE_PATH}/places/auth-written-place`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-api-key': writeKey.secret },
      body: JSON.stringify({ ...created, notes: 'edited with X-Api-Key' }),
    });
    expect(viaRest.status).toBe(200);

    const revisions = await listRevisions(scopeOf(testDb.database), { kind: 'place', recordId: 'auth-written-place' });
    expect(revisions.map((revision) => [revision.action, revision.actor])).toEqual([
      ['create', `key:${writeKey.id}`],
      ['update', `key:${writeKey.id}`],
    ]);
    const changes = await httpClient(server.url).changes.query({ since, kind: 'place' });
    expect(changes.items.filter((change) => change.id === 'auth-written-place').map((change) => [change.action, change.actor])).toEqual([
      ['create', `key:${writeKey.id}`],
      ['update', `key:${writeKey.id}`],
    ]);
  });

  it('a write key cannot manage keys (403)', async () => {
    expect((await trpc(server.url, 'keys.create', { name: 'escalate', scope: 'admin' }, bearer(writeKey.secret))).status).toBe(403);
    expect((await trpc(server.url, 'keys.list', undefined, bearer(writeKey.secret))).status).toBe(403);
    expect((await trpc(server.url, 'keys.revoke', { id: writeKey.id }, bearer(writeKey.secret))).status).toBe(403);
    expect((await request(`${server.url}${REST_BASE_PATH}/keys`, { headers: bearer(writeKey.secret) })).status).toBe(403);
  });

  it('a revoked key stops working at once', async () => {
    const place = { ...drafts.place(74), id: 'auth-after-revoke' };
    const revoked = await request(`${server.url}${REST_BASE_PATH}/keys/${writeKey.id}`, { method: 'DELETE', headers: bearer(adminKey) });
    expect(await revoked.json()).toEqual({ id: writeKey.id, revoked: true });
    const write = await trpc(server.url, 'places.create', place, bearer(writeKey.secret));
    expect([write.status, write.code]).toEqual([401, 'UNAUTHORIZED']);
    // The revoked key does not fall back to anonymous reading either.
    expect((await trpc(server.url, 'places.list', {}, bearer(writeKey.secret))).status).toBe(401);
    expect((await trpc(server.url, 'places.get', { id: 'auth-after-revoke' })).status).toBe(404);
    expect((await trpc(server.url, 'keys.revoke', { id: writeKey.id }, bearer(adminKey))).status).toBe(404);
  });

  it('a malformed, unknown or tampered key is 401', async () => {
    const tampered = `${readKey.slice(0, -1)}${readKey.endsWith('A') ? 'B' : 'A'}`;
    const unknown = `bilat_zzzzzzzzzz_${'a'.repeat(43)}`;
    for (const secret of ['nonsense', 'bilat_short_x', unknown, tampered, `${readKey} extra`]) {
      const answer = await trpc(server.url, 'meetings.list', {}, bearer(secret));
      expect([secret, answer.status]).toEqual([secret, 401]);
    }
    const rest = await request(`${server.url}${REST_BASE_PATH}/meetings`, { headers: { 'x-api-key': 'not-a-key' } });
    expect(rest.status).toBe(401);
  });

  it('an admin key can also write, and its writes are logged as that key', async () => {
    const adminId = /^bilat_([a-z0-9]{10})_/.exec(adminKey)![1]!;
    const created = await trpc(server.url, 'sources.create', { id: 'auth-admin-source', title: 'Admin test note', publisher: 'Tester', published: '2025' }, bearer(adminKey));
    expect(created.status).toBe(200);
    const revisions = await listRevisions(scopeOf(testDb.database), { kind: 'source', recordId: 'auth-admin-source' });
    expect(revisions.map((revision) => revision.actor)).toEqual([`key:${adminId}`]);
  });
});

describe.each(BACKENDS)('a private server on %s', (dialect) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let readKey: string;
  let writeKey: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    const scope = scopeOf(testDb.database);
    readKey = (await createApiKey(scope, { name: 'reader', scope: 'read', createdBy: 'local:test' })).secret;
    writeKey = (await createApiKey(scope, { name: 'writer', scope: 'write', createdBy: 'local:test' })).secret;
    server = await startServer({ database: testDb.database, port: 0, logger: false, private: true, rateLimit: false });
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  it('asks for a read key for reads: 401 without, 200 with a read (or write) key', async () => {
    for (const path of ['/pairs/KZ-LT/dossier', '/meetings?country=KZ&partner=LT', `/sources/${SEED_SOURCE}`, '/search?q=klaipeda', '/officials']) {
      expect([path, (await request(`${server.url}${REST_BASE_PATH}${path}`)).status]).toEqual([path, 401]);
      expect([path, (await request(`${server.url}${REST_BASE_PATH}${path}`, { headers: bearer(readKey) })).status]).toEqual([path, 200]);
    }
    const anonymous = await trpc(server.url, 'pairs.dossier', { pair: 'KZ-LT' });
    expect([anonymous.status, anonymous.code]).toEqual([401, 'UNAUTHORIZED']);
    expect((await trpc(server.url, 'pairs.dossier', { pair: 'KZ-LT' }, bearer(writeKey))).status).toBe(200);
    const client = httpClient(server.url, readKey);
    expect((await client.meetings.get.query({ id: 'kz-lt-political-consultations-10' })).ordinal).toBe(10);
    // A read key still cannot write.
    expect((await trpc(server.url, 'places.create', drafts.place(75), bearer(readKey))).status).toBe(403);
    // The health check stays open for probes.
    expect((await request(`${server.url}/healthz`)).status).toBe(200);
  });
});
