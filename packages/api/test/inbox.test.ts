import { findRecord, listBatches, scopeOf, type BilatDatabase } from '@bilat/db';
import type { Meeting } from '@bilat/domain';
import { newsroomRoutes, startNewsroom, type Newsroom } from '@bilat/watch/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, localCaller } from '../src/index.js';
import { callerFor, refused, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { snapshot } from './support/inspect.js';

/*
 * watch.* and inbox.* against a local newsroom: two outlets' reports of one round become
 * one proposal with two drafts; accepting it writes the meeting with both citations in
 * one undoable batch; rejecting is remembered; the second run fetches nothing new.
 */

async function refusedWith(call: Promise<unknown>, code: Parameters<typeof refused>[1], message?: RegExp) {
  const error = await refused(call, code);
  // Input errors carry their words in the zod issues, others in the message.
  const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues ?? [];
  if (message) expect([error.message, ...issues.map((i) => i.message)].join(' | ')).toMatch(message);
}

process.env.BILAT_WATCH_HOST_INTERVAL_MS = '0';
process.env.BILAT_WATCH_BACKOFF_MS = '10';
process.env.BILAT_WATCH_RETRIES = '1';
process.env.BILAT_WATCH_TIMEOUT_MS = '300';

describe.each(BACKENDS)('the watch and the inbox on %s', (dialect) => {
  let testDb: TestDatabase;
  let database: BilatDatabase;
  let writer: ApiCaller;
  let reader: ApiCaller;
  let news: Newsroom;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    database = testDb.database;
    writer = callerFor(database, localCaller('local:test'));
    reader = callerFor(database, ANONYMOUS);
    news = await startNewsroom(newsroomRoutes(() => news.url));
  });
  afterAll(async () => {
    await news?.close();
    await testDb?.dispose();
  });

  it('adds sources, refusing a bad period, a duplicate and an anonymous caller', async () => {
    await writer.watch.add({ url: `${news.url}/steppe/rss.xml`, publisher: 'Steppe Wire', country: 'UZ', every: '1h' });
    await writer.watch.add({ url: `${news.url}/desk/atom.xml`, publisher: 'Baltic Desk', every: '30m' });
    await refusedWith(writer.watch.add({ url: `${news.url}/x.xml`, every: 'often' }), 'BAD_REQUEST', /not a period like 30m/);
    await refusedWith(writer.watch.add({ url: `${news.url}/desk/atom.xml` }), 'CONFLICT', /already watched \(source 2\)/);
    await refusedWith(reader.watch.add({ url: `${news.url}/y.xml` }), 'UNAUTHORIZED');
    const sources = await reader.watch.list();
    expect(sources.map((s) => [s.publisher, s.kind, s.every, s.country])).toEqual([
      ['Steppe Wire', 'auto', '1h', 'UZ'],
      ['Baltic Desk', 'auto', '30m', null],
    ]);
  });

  it('fetches both outlets: one round reported twice is one proposal with two drafts', async () => {
    const run = await writer.watch.run({});
    expect(run.sources.map((s) => ({ id: s.id, fetched: s.fetched, newItems: s.newItems, error: s.error }))).toEqual([
      { id: 1, fetched: 1, newItems: 1, error: undefined },
      { id: 2, fetched: 2, newItems: 2, error: undefined },
    ]);
    expect(run.sources.reduce((n, s) => n + s.joined, 0)).toBe(1);
    expect(await reader.inbox.count()).toEqual({ waiting: 2 });
    const { items } = await reader.inbox.list({});
    const round = items.find((p) => p.pair === 'EE-UZ')!;
    expect(round).toMatchObject({ kind: 'meeting', date: '2025-03-13', status: 'waiting', matchedRecordId: null, origin: 'watch' });
    expect(round.sources.map((s) => s.publisher)).toEqual(['Steppe Wire', 'Baltic Desk']);
    expect(round.sources[0]!.url).toBe(`${news.url}/steppe/2025/03/14/uzbekistan-estonia-consultations`);
    // Each fact carries the report's own words.
    const meetingFacts = round.facts.filter((f) => f.field === 'meeting');
    expect(meetingFacts).toHaveLength(2);
    expect(meetingFacts[0]!.words).toMatch(/third round of political consultations/);
    // The proposed meeting cites both reports.
    const citations = (round.record as unknown as Meeting).citations.map((c) => c.sourceId);
    expect(new Set(citations)).toEqual(new Set(round.sources.map((s) => s.documentId)));
    // The reports are kept as source documents with their text.
    const kept = await findRecord(scopeOf(database), 'source', round.sources[1]!.documentId);
    expect(kept?.record.text).toMatch(/Logistics and digital government/);
    expect(items.find((p) => p.pair === 'LV-MN')).toMatchObject({ kind: 'meeting', sources: [expect.objectContaining({ publisher: 'Baltic Desk' })] });
    // Conditional requests and a clear user agent.
    expect(news.asked('/steppe/rss.xml')[0]!.headers['user-agent']).toMatch(/^bilat\/\d+\.\d+\.\d+ \(\+.+\)$/);
  });

  it('fetches nothing new the second time (a 304 for the feed with an ETag, seen items for the other)', async () => {
    const before = news.requests.length;
    const run = await writer.watch.run({});
    expect(run.sources.map((s) => [s.fetched, s.newItems, s.notModified])).toEqual([
      [0, 0, true],
      [0, 0, false],
    ]);
    expect(news.asked('/steppe/rss.xml').at(-1)!.headers['if-none-match']).toBe('"steppe-1"');
    expect(news.requests.slice(before).map((r) => r.path).sort()).toEqual(['/desk/atom.xml', '/robots.txt', '/steppe/rss.xml']);
    expect((await reader.watch.list()).map((s) => [s.kind, s.lastStatus, s.lastError])).toEqual([
      ['rss', 304, null],
      ['atom', 200, null],
    ]);
  });

  it('accepts with an edited title: one batch holds the meeting with both citations, and undoing it takes it back', async () => {
    const round = (await reader.inbox.list({ pair: 'EE-UZ' })).items[0]!;
    await refusedWith(writer.inbox.accept({ id: round.id, edits: { date: 'soon' } }), 'BAD_REQUEST', /edits: date/);
    const accepted = await writer.inbox.accept({ id: round.id, edits: { title: 'Third Uzbek–Estonian political consultations' } });
    expect(accepted.batchId).toMatch(/^import-/);
    const meeting = (await findRecord(scopeOf(database), 'meeting', round.record.id as string))!.record;
    expect(meeting.title).toBe('Third Uzbek–Estonian political consultations');
    expect(new Set(meeting.citations.map((c) => c.sourceId))).toEqual(new Set(round.sources.map((s) => s.documentId)));
    expect(accepted.recordIds).toContain(meeting.id);
    const dossier = await reader.pairs.dossier({ pair: 'EE-UZ' });
    expect(dossier.meetings.items.map((m) => m.id)).toContain(meeting.id);
    expect(await reader.inbox.count()).toEqual({ waiting: 1 });
    await refusedWith(writer.inbox.accept({ id: round.id }), 'CONFLICT', /already accepted/);
    expect((await listBatches(scopeOf(database), 5))[0]!.label).toBe('inbox: Third Uzbek–Estonian political consultations');

    await writer.batches.undo({ id: accepted.batchId! });
    expect(await findRecord(scopeOf(database), 'meeting', meeting.id)).toBeUndefined();
  });

  it('rejects, remembering the report: fetched again under another address, it is not proposed again', async () => {
    const call = (await reader.inbox.list({ pair: 'LV-MN' })).items[0]!;
    await writer.inbox.reject({ id: call.id, reason: 'not bilateral news we follow' });
    expect((await reader.inbox.list({ status: 'rejected' })).items.map((p) => [p.id, p.reason])).toEqual([[call.id, 'not bilateral news we follow']]);
    // The same report republished under a new guid in another feed.
    news.routes.set('/mirror/rss.xml', { contentType: 'application/rss+xml', body: `<rss version="2.0"><channel><title>Mirror</title><item><title>Call</title><link>${news.url}/desk/a/6-latvia-mongolia-call</link><guid>mirror-6</guid></item></channel></rss>` });
    const mirror = await writer.watch.add({ url: `${news.url}/mirror/rss.xml`, publisher: 'Baltic Desk' });
    const before = await reader.inbox.list({ status: 'waiting' });
    const run = await writer.watch.run({ id: mirror.id });
    expect(run.sources[0]).toMatchObject({ fetched: 1, newItems: 1 });
    expect((await reader.inbox.list({ status: 'waiting' })).items).toEqual(before.items);
  });

  it('marks failing sources with their error and goes on with the others', async () => {
    const broken = await writer.watch.add({ url: `${news.url}/broken/rss.xml`, publisher: 'Broken Feed' });
    const down = await writer.watch.add({ url: `${news.url}/down/rss.xml`, publisher: 'Down Feed' });
    const slow = await writer.watch.add({ url: `${news.url}/slow/rss.xml`, publisher: 'Slow Feed' });
    const ru = await writer.watch.add({ url: `${news.url}/ru/news`, publisher: 'Vesti Stepi', country: 'KZ' });
    const run = await writer.watch.run({});
    const byId = new Map(run.sources.map((s) => [s.id, s]));
    expect(byId.get(broken.id)!.error).toMatch(/not well-formed XML: .*\(line \d+\)/);
    expect(byId.get(down.id)!.error).toMatch(/HTTP 500 from .*\/down\/rss\.xml \(2 attempts\)/);
    expect(byId.get(slow.id)!.error).toMatch(/timed out after 0\.3 s/);
    expect(byId.get(ru.id)!.error).toBeUndefined();
    expect(byId.get(ru.id)).toMatchObject({ fetched: 1, newItems: 1 });
    const listed = new Map((await reader.watch.list()).map((s) => [s.id, s]));
    expect(listed.get(down.id)).toMatchObject({ lastError: expect.stringMatching(/HTTP 500/) });
    expect(listed.get(ru.id)).toMatchObject({ kind: 'page', lastError: null });
    // The windows-1251 article was read as Russian and proposed.
    const kzlv = (await reader.inbox.list({ pair: 'KZ-LV' })).items[0]!;
    expect(kzlv.sources[0]!.title).toBe('Казахстан и Латвия провели консультации');
    expect(kzlv.facts.some((f) => f.words.includes('Алибек Бакаев'))).toBe(true);
  });

  it('accepts all above a confidence, leaving the less certain facts out; a decided proposal is not decided again', async () => {
    // The rejected call, as a third outlet publishes it: its own document, proposed afresh.
    news.routes.set('/gazette/rss.xml', { contentType: 'application/rss+xml', body: `<rss version="2.0"><channel><title>Gazette</title><item><title>Call</title><link>${news.url}/desk/a/6-latvia-mongolia-call</link><guid>gazette-1</guid></item></channel></rss>` });
    const gazette = await writer.watch.add({ url: `${news.url}/gazette/rss.xml`, publisher: 'Northern Gazette' });
    await writer.watch.run({ id: gazette.id });
    const waiting = (await reader.inbox.list({})).items;
    const call = waiting.find((p) => p.pair === 'LV-MN')!;
    const kzlv = waiting.find((p) => p.pair === 'KZ-LV')!;
    expect(call.confidence).toBeGreaterThanOrEqual(0.8);
    expect(kzlv.confidence).toBeLessThan(0.8);
    const low = call.facts.filter((f) => f.confidence < 0.8);
    expect(low.map((f) => f.field)).toContain('organization');

    const result = await writer.inbox.acceptAll({ minConfidence: 0.8 });
    expect(result).toMatchObject({ accepted: 1, failed: [] });
    expect(result.batchIds).toHaveLength(1);
    expect(await findRecord(scopeOf(database), 'meeting', call.record.id as string)).toBeDefined();
    for (const fact of low) expect(await findRecord(scopeOf(database), fact.field, fact.recordId)).toBeUndefined();
    expect((await reader.inbox.list({})).items.map((p) => p.id)).toEqual([kzlv.id]);

    const before = await snapshot(database);
    await refusedWith(writer.inbox.reject({ id: call.id }), 'CONFLICT', /already accepted/);
    await refusedWith(writer.inbox.accept({ id: 9999 }), 'NOT_FOUND', /no proposal 9999/);
    expect(await snapshot(database)).toEqual(before);
  });
});
