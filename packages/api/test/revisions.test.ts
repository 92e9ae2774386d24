import { createApiKey, listRevisions, scopeOf, type RevisionEntry } from '@bilat/db';
import type { RecordKind } from '@bilat/domain';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_BASE_PATH, type AppRouter } from '../src/index.js';
import { startServer, type RunningServer } from '../src/server.js';
import { httpClient, request, TODAY } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { snapshot } from './support/inspect.js';
import { responseValidator, type OpenApiDocument } from './support/openapi.js';
import { drafts } from './support/records.js';

/*
 * Two clients edit the same record at once, over a running server, on both backends. The
 * second one's write was based on a revision that is no longer current: REST answers 412
 * with the current record (and its ETag), tRPC answers CONFLICT with the current record in
 * the error's data; nothing of the second write lands and the revision log holds exactly
 * one change. The same for delete, restore, merging people and a person's holdings.
 */

const MEETING = 'kz-lt-political-consultations-10';
const HOLDING = 'roman-vassilenko-kz-deputy-minister-of-foreign-affairs';

type Json = Record<string, unknown>;
type Conflict = { code: string; data: { httpStatus: number; base: Json | null; current: { kind: string; id: string; record: Json; revision: number; deletedAt: string | null }; changesSince: { revision: number; action: string; actor: string }[] } };

describe.each(BACKENDS)('writes based on a stale revision, on %s', (dialect) => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let keys: { alice: string; bob: string };
  let actors: { alice: string; bob: string };
  let document: OpenApiDocument;

  const rest = (path: string) => `${server.url}${REST_BASE_PATH}${path}`;
  const as = (who: 'alice' | 'bob', extra: Record<string, string> = {}) => ({ authorization: `Bearer ${keys[who]}`, 'content-type': 'application/json', ...extra });
  const log = (kind: RecordKind, id: string, after: number): Promise<RevisionEntry[]> => listRevisions(scopeOf(testDb.database), { kind, recordId: id, afterId: after });

  /** A GET of one record: its body and its ETag. */
  async function read(path: string) {
    const answer = await request(rest(path));
    expect(answer.status).toBe(200);
    const etag = answer.headers.get('etag');
    expect(etag).toMatch(/^"\d+"$/);
    return { body: (await answer.json()) as Json, etag: etag!, revision: Number(JSON.parse(etag!)) };
  }

  /** The refusal of a stale REST write: 412, the current revision as ETag, the body as documented. */
  async function refusedAsStale(answer: Awaited<ReturnType<typeof request>>, path: string, method: string) {
    expect(answer.status, answer.text).toBe(412);
    const body = (await answer.json()) as Conflict;
    expect(body.code).toBe('PRECONDITION_FAILED');
    expect(answer.headers.get('etag')).toBe(`"${body.data.current.revision}"`);
    expect(responseValidator(document).check(path, method, 412, body)).toEqual([]);
    return body;
  }

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    const scope = scopeOf(testDb.database);
    const alice = await createApiKey(scope, { name: 'alice', scope: 'write', createdBy: 'local:test' });
    const bob = await createApiKey(scope, { name: 'bob', scope: 'write', createdBy: 'local:test' });
    keys = { alice: alice.secret, bob: bob.secret };
    actors = { alice: `key:${alice.id}`, bob: `key:${bob.id}` };
    server = await startServer({ database: testDb.database, port: 0, logger: false, today: () => TODAY });
    document = (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument;
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  describe('over REST, with ETag and If-Match', () => {
    it.each([
      ['a meeting', 'meeting', `/meetings/${MEETING}`, '/meetings/{id}'],
      ["a person's holding", 'holding', `/holdings/${HOLDING}`, '/holdings/{id}'],
    ] as const)('%s: both update it, the second gets 412 with the current record, and the log holds one change', async (_what, kind, path, documented) => {
      const alice = await read(path);
      const bob = await read(path);
      expect(bob.etag).toBe(alice.etag);

      const first = await request(rest(path), { method: 'PUT', headers: as('alice', { 'if-match': alice.etag }), body: JSON.stringify({ ...alice.body, notes: 'Alice: checked against the ministry page' }) });
      expect(first.status, first.text).toBe(200);
      const newTag = first.headers.get('etag');
      expect(newTag).not.toBe(alice.etag);

      const before = await snapshot(testDb.database);
      const second = await request(rest(path), { method: 'PUT', headers: as('bob', { 'if-match': bob.etag }), body: JSON.stringify({ ...bob.body, notes: 'Bob: a different note' }) });
      const refusal = await refusedAsStale(second, documented, 'put');
      expect(refusal.data.current).toMatchObject({ kind, id: alice.body.id, revision: Number(JSON.parse(newTag!)), deletedAt: null });
      expect(refusal.data.current.record.notes).toBe('Alice: checked against the ministry page');
      expect(refusal.data.changesSince).toEqual([expect.objectContaining({ action: 'update', actor: actors.alice })]);
      // What Bob saw when he read it: with data.current, what changed since.
      expect(refusal.data.base).toEqual(bob.body);
      expect(await snapshot(testDb.database)).toEqual(before);
      expect((await log(kind, String(alice.body.id), alice.revision)).map((entry) => [entry.action, entry.actor])).toEqual([['update', actors.alice]]);

      // Bob re-applies his edit onto the current version and its ETag: it goes through.
      const retried = await request(rest(path), { method: 'PUT', headers: as('bob', { 'if-match': newTag! }), body: JSON.stringify({ ...refusal.data.current.record, notes: 'Bob: a different note' }) });
      expect(retried.status, retried.text).toBe(200);
      expect((await read(path)).body.notes).toBe('Bob: a different note');
    });

    it('a meeting: both delete it, the second gets 412 with the record as deleted; both restore it, the second gets 412', async () => {
      const path = '/meetings/{id}';
      const created = await request(rest('/meetings'), { method: 'POST', headers: as('alice'), body: JSON.stringify({ ...drafts.meeting(301), id: 'stale-delete-meeting' }) });
      expect(created.status, created.text).toBe(200);
      const alice = await read('/meetings/stale-delete-meeting');
      const bob = await read('/meetings/stale-delete-meeting');

      const deleted = await request(rest('/meetings/stale-delete-meeting'), { method: 'DELETE', headers: { authorization: `Bearer ${keys.alice}`, 'if-match': alice.etag } });
      expect(deleted.status, deleted.text).toBe(200);
      const deletion = ((await deleted.json()) as { revision: number }).revision;
      let before = await snapshot(testDb.database);
      const late = await refusedAsStale(await request(rest('/meetings/stale-delete-meeting'), { method: 'DELETE', headers: { authorization: `Bearer ${keys.bob}`, 'if-match': bob.etag } }), path, 'delete');
      expect(late.data.current).toMatchObject({ revision: deletion, deletedAt: expect.any(String) });
      expect(late.data.current.record.id).toBe('stale-delete-meeting');
      expect(await snapshot(testDb.database)).toEqual(before);
      expect((await log('meeting', 'stale-delete-meeting', alice.revision)).map((entry) => entry.action)).toEqual(['delete']);

      // Both restore it from the revision the deletion answered.
      const restored = await request(rest('/meetings/stale-delete-meeting/restore'), { method: 'POST', headers: { authorization: `Bearer ${keys.alice}`, 'if-match': `"${deletion}"` } });
      expect(restored.status, restored.text).toBe(200);
      before = await snapshot(testDb.database);
      const second = await refusedAsStale(
        await request(rest('/meetings/stale-delete-meeting/restore'), { method: 'POST', headers: { authorization: `Bearer ${keys.bob}`, 'if-match': `"${deletion}"` } }),
        '/meetings/{id}/restore',
        'post',
      );
      expect(second.data.current).toMatchObject({ deletedAt: null, revision: Number(JSON.parse(restored.headers.get('etag')!)) });
      expect(await snapshot(testDb.database)).toEqual(before);
      expect((await log('meeting', 'stale-delete-meeting', deletion)).map((entry) => entry.action)).toEqual(['restore']);
    });

    it('a person: both merge them into another, the second gets 412; the log holds one merge', async () => {
      for (const n of [1, 2]) {
        const made = await request(rest('/officials'), { method: 'POST', headers: as('alice'), body: JSON.stringify({ ...drafts.person(400 + n), id: `stale-merge-${n}` }) });
        expect(made.status, made.text).toBe(200);
      }
      const alice = await read('/officials/stale-merge-1');
      const bob = await read('/officials/stale-merge-1');
      const merged = await request(rest('/officials/stale-merge-1/merge'), { method: 'POST', headers: as('alice', { 'if-match': alice.etag }), body: JSON.stringify({ into: 'stale-merge-2' }) });
      expect(merged.status, merged.text).toBe(200);
      const before = await snapshot(testDb.database);
      const late = await refusedAsStale(
        await request(rest('/officials/stale-merge-1/merge'), { method: 'POST', headers: as('bob', { 'if-match': bob.etag }), body: JSON.stringify({ into: 'stale-merge-2' }) }),
        '/officials/{id}/merge',
        'post',
      );
      expect(late.data.current.deletedAt).not.toBeNull();
      expect(late.data.changesSince.map((change) => change.action)).toEqual(['merge']);
      expect(await snapshot(testDb.database)).toEqual(before);
      expect((await log('person', 'stale-merge-1', alice.revision)).map((entry) => entry.action)).toEqual(['merge']);
    });

    it('applies a write without If-Match (or with If-Match: *) as before, and refuses a malformed If-Match naming it', async () => {
      const path = `/meetings/${MEETING}`;
      const current = await read(path);
      const plain = await request(rest(path), { method: 'PUT', headers: as('alice'), body: JSON.stringify({ ...current.body, notes: 'No If-Match' }) });
      expect(plain.status, plain.text).toBe(200);
      const any = await request(rest(path), { method: 'PUT', headers: as('alice', { 'if-match': '*' }), body: JSON.stringify({ ...current.body, notes: 'If-Match: *' }) });
      expect(any.status, any.text).toBe(200);
      const weak = await read(path);
      const listed = await request(rest(path), { method: 'PUT', headers: as('alice', { 'if-match': `"1", W/${weak.etag}` }), body: JSON.stringify({ ...weak.body, notes: 'A list naming the current one' }) });
      expect(listed.status, listed.text).toBe(200);
      const before = await snapshot(testDb.database);
      const malformed = await request(rest(path), { method: 'PUT', headers: as('alice', { 'if-match': 'yesterday' }), body: JSON.stringify({ ...weak.body, notes: 'never' }) });
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { message: string }).message).toContain('If-Match: "yesterday" is not a revision');
      expect(await snapshot(testDb.database)).toEqual(before);
    });

    it('documents the ETag, If-Match and the 412, and says a write without If-Match applies', () => {
      const put = document.paths['/meetings/{id}']!.put! as unknown as { parameters: { name: string; in: string; description: string }[]; responses: Record<string, { headers?: Record<string, unknown> }> };
      const ifMatch = put.parameters.find((parameter) => parameter.name === 'If-Match');
      expect(ifMatch).toMatchObject({ in: 'header' });
      expect(ifMatch!.description).toContain('Without If-Match the change applies');
      expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['200', '412']));
      expect(put.responses['200']!.headers).toHaveProperty('ETag');
      for (const [route, method] of [['/meetings/{id}', 'delete'], ['/meetings/{id}/restore', 'post'], ['/officials/{id}/merge', 'post'], ['/holdings/{id}', 'put']] as const) {
        const operation = document.paths[route]![method]! as unknown as { parameters: { name: string }[]; responses: Record<string, unknown> };
        expect(operation.parameters.map((parameter) => parameter.name), `${method} ${route}`).toContain('If-Match');
        expect(operation.responses, `${method} ${route}`).toHaveProperty('412');
      }
      expect((document.paths['/meetings/{id}']!.get!.responses['200'] as { headers?: Record<string, unknown> }).headers).toHaveProperty('ETag');
    });
  });

  describe('over tRPC, with expectedRevision', () => {
    let alice: ReturnType<typeof httpClient>;
    let bob: ReturnType<typeof httpClient>;
    beforeAll(() => {
      alice = httpClient(server.url, keys.alice);
      bob = httpClient(server.url, keys.bob);
    });

    /** The CONFLICT a stale tRPC write answers, with its data. */
    async function conflictOf(call: Promise<unknown>): Promise<Conflict['data']> {
      const error = await call.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(TRPCClientError);
      const data = (error as TRPCClientError<AppRouter>).data as unknown as Conflict['data'] & { code: string };
      expect(data.code).toBe('CONFLICT');
      expect(data.httpStatus).toBe(409);
      return data;
    }

    it("a meeting and a person's holding: both update it, the second gets CONFLICT with the current record, the log holds one change", async () => {
      for (const [kind, id, router] of [['meeting', MEETING, 'meetings'], ['holding', HOLDING, 'holdings']] as const) {
        const aliceRead = await alice[router].detail.query({ id });
        const bobRead = await bob[router].detail.query({ id });
        expect(bobRead.revision).toBe(aliceRead.revision);
        await alice[router].update.mutate({ ...(aliceRead.record as never as Json), notes: `Alice edits the ${kind}`, expectedRevision: aliceRead.revision } as never);
        const before = await snapshot(testDb.database);
        const data = await conflictOf(bob[router].update.mutate({ ...(bobRead.record as never as Json), notes: `Bob edits the ${kind}`, expectedRevision: bobRead.revision } as never));
        expect(data.current.record.notes).toBe(`Alice edits the ${kind}`);
        expect(data.current.revision).toBe((await bob[router].detail.query({ id })).revision);
        expect(await snapshot(testDb.database)).toEqual(before);
        expect((await log(kind, id, aliceRead.revision)).map((entry) => [entry.action, entry.actor])).toEqual([['update', actors.alice]]);
      }
    });

    it('a meeting: both delete it, then both restore it; each second call gets CONFLICT and the log holds one delete and one restore', async () => {
      await alice.meetings.create.mutate({ ...drafts.meeting(302), id: 'stale-delete-trpc' } as never);
      const opened = await alice.meetings.detail.query({ id: 'stale-delete-trpc' });
      const deleted = await alice.meetings.delete.mutate({ id: 'stale-delete-trpc', expectedRevision: opened.revision });
      const late = await conflictOf(bob.meetings.delete.mutate({ id: 'stale-delete-trpc', expectedRevision: opened.revision }));
      expect(late.current).toMatchObject({ revision: deleted.revision, deletedAt: expect.any(String) });
      await alice.meetings.restore.mutate({ id: 'stale-delete-trpc', expectedRevision: deleted.revision });
      const second = await conflictOf(bob.meetings.restore.mutate({ id: 'stale-delete-trpc', expectedRevision: deleted.revision }));
      expect(second.current.deletedAt).toBeNull();
      expect((await log('meeting', 'stale-delete-trpc', opened.revision)).map((entry) => entry.action)).toEqual(['delete', 'restore']);
    });

    it('a person: both merge them, the second gets CONFLICT; the log holds one merge', async () => {
      await alice.people.create.mutate({ ...drafts.person(410), id: 'stale-merge-trpc-1' } as never);
      await alice.people.create.mutate({ ...drafts.person(411), id: 'stale-merge-trpc-2' } as never);
      const opened = await alice.people.detail.query({ id: 'stale-merge-trpc-1' });
      const merged = await alice.people.merge.mutate({ id: 'stale-merge-trpc-1', into: 'stale-merge-trpc-2', expectedRevision: opened.revision });
      expect(merged.revision).toBe((await alice.people.detail.query({ id: 'stale-merge-trpc-2' })).revision);
      const late = await conflictOf(bob.people.merge.mutate({ id: 'stale-merge-trpc-1', into: 'stale-merge-trpc-2', expectedRevision: opened.revision }));
      expect(late.changesSince.map((change) => change.action)).toEqual(['merge']);
      expect((await log('person', 'stale-merge-trpc-1', opened.revision)).map((entry) => entry.action)).toEqual(['merge']);
    });
  });
});
