import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, localCaller, type RouterOutputs } from '../src/index.js';
import { startServer, type RunningServer } from '../src/server.js';
import { callerFor, httpClient, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { drafts } from './support/records.js';

/*
 * Keyset paging through the API while rows are inserted between pages. Each page is
 * followed by inserts that sort before the cursor, exactly at it (same date, ids on
 * either side) and after it. Paging must return every row that was there from the start
 * exactly once, in order, and of the rows inserted meanwhile exactly those that sort
 * after the cursor at the time: no duplicates, no gaps.
 */

type Meeting = RouterOutputs['meetings']['get'];
type EventDate = NonNullable<Meeting['date']>;

/** What a paging run must have seen, given the final order and what was inserted after which page. */
function expectedRun(finalOrder: string[], initial: Set<string>, insertedAfter: { lastSeen: string; ids: string[] }[]): string[] {
  const position = new Map(finalOrder.map((id, index) => [id, index]));
  const visible = new Set(initial);
  for (const batch of insertedAfter) {
    for (const id of batch.ids) if (position.get(id)! > position.get(batch.lastSeen)!) visible.add(id);
  }
  return finalOrder.filter((id) => visible.has(id));
}

function checkRun(seen: string[], finalOrder: string[], initial: Set<string>, insertedAfter: { lastSeen: string; ids: string[] }[]) {
  expect(new Set(seen).size, 'no duplicates').toBe(seen.length);
  expect(initial.size).toBeGreaterThan(0);
  for (const id of initial) expect(seen, `no gap: ${id}`).toContain(id);
  expect(seen).toEqual(expectedRun(finalOrder, initial, insertedAfter));
  // Some inserted rows came after the cursor and some before it, so both cases were met.
  const inserted = insertedAfter.flatMap((batch) => batch.ids);
  for (const id of inserted) expect(finalOrder, `${id} was written and is listed`).toContain(id);
  expect(inserted.some((id) => seen.includes(id))).toBe(true);
  expect(inserted.some((id) => !seen.includes(id))).toBe(true);
}

describe.each(BACKENDS)('paging while rows are inserted, on %s', (dialect) => {
  let testDb: TestDatabase;
  let reader: ApiCaller;
  let writer: ApiCaller;
  let server: RunningServer;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    reader = callerFor(testDb.database, ANONYMOUS);
    writer = callerFor(testDb.database, localCaller('local:paging-test'));
    server = await startServer({ database: testDb.database, port: 0, logger: false, rateLimit: false });
    // A few more meetings on dates the seed already uses, so pages end inside runs of equal dates.
    for (let index = 0; index < 6; index++) {
      await writer.meetings.create({ ...drafts.meeting(100 + index), id: `paging-seed-${index}`, date: { start: index % 2 ? '2024-06-20' : '2024', qualifier: 'reported' } });
    }
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  /** Meetings sorting before, at (with ids either side) and after the given last row of a page. */
  async function insertAround(tag: string, last: Meeting): Promise<string[]> {
    const at: EventDate | null = last.date ? { start: last.date.start, qualifier: 'stated' } : null;
    const rows = [
      { id: `${tag}-newest`, date: { start: '2025-12-31', qualifier: 'stated' as const } },
      { id: `aa-${tag}-tie`, date: at },
      { id: `zz-${tag}-tie`, date: at },
      { id: `${tag}-older`, date: { start: '1991-12-25', qualifier: 'stated' as const } },
    ];
    for (const row of rows) await writer.meetings.create({ ...drafts.meeting(200), ...row, title: `Paging meeting ${row.id}` });
    return rows.map((row) => row.id);
  }

  it('meetings.list through createCaller: no duplicates, no gaps', async () => {
    const filter = { country: 'KZ', partner: 'LT' } as const;
    const initial = new Set((await reader.meetings.list({ ...filter, limit: 500 })).items.map((meeting) => meeting.id));
    expect(initial.size).toBe(17 + 6);
    const seen: string[] = [];
    const insertedAfter: { lastSeen: string; ids: string[] }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await reader.meetings.list({ ...filter, limit: 4, cursor });
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((meeting) => meeting.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      if (cursor) insertedAfter.push({ lastSeen: page.items.at(-1)!.id, ids: await insertAround(`caller-${pages}`, page.items.at(-1)!) });
    } while (cursor && pages < 100);
    const finalOrder = (await reader.meetings.list({ ...filter, limit: 500 })).items.map((meeting) => meeting.id);
    expect(finalOrder).toHaveLength(initial.size + insertedAfter.length * 4);
    checkRun(seen, finalOrder, initial, insertedAfter);
  });

  it('meetings over HTTP with the typed client: no duplicates, no gaps', async () => {
    const client = httpClient(server.url);
    const filter = { country: 'LT', partner: 'KZ', from: '1990', to: '2026' };
    const initial = new Set((await client.meetings.list.query({ ...filter, limit: 500 })).items.map((meeting) => meeting.id));
    const seen: string[] = [];
    const insertedAfter: { lastSeen: string; ids: string[] }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.meetings.list.query({ ...filter, limit: 7, cursor });
      seen.push(...page.items.map((meeting) => meeting.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      if (cursor) insertedAfter.push({ lastSeen: page.items.at(-1)!.id, ids: await insertAround(`http-${pages}`, page.items.at(-1)!) });
    } while (cursor && pages < 100);
    const finalOrder = (await client.meetings.list.query({ ...filter, limit: 500 })).items.map((meeting) => meeting.id);
    checkRun(seen, finalOrder, initial, insertedAfter);
  });

  it('search: no duplicates, no gaps', async () => {
    const query = { q: 'klaipeda' };
    const initial = new Set((await reader.search({ ...query, limit: 200 })).items.map((hit) => `${hit.kind}:${hit.id}`));
    expect(initial.size).toBeGreaterThan(5);
    const seen: string[] = [];
    const insertedAfter: { lastSeen: string; ids: string[] }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await reader.search({ ...query, limit: 3, cursor });
      seen.push(...page.items.map((hit) => `${hit.kind}:${hit.id}`));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      if (cursor) {
        const last = page.items.at(-1)!;
        // Titles that sort before and after the last hit's, and a record found only by other words.
        const ids: string[] = [];
        for (const [suffix, title] of [
          ['a', 'Aaa Klaipeda paging meeting'],
          ['z', 'Zzz Klaipeda paging meeting'],
          ['m', `${last.title} paging copy`],
        ] as const) {
          const created = await writer.meetings.create({ ...drafts.meeting(300), id: `search-${pages}-${suffix}`, title, summary: 'Held in Klaipeda.' });
          ids.push(`meeting:${created.id}`);
        }
        const person = await writer.people.create({ ...drafts.person(300), id: `search-${pages}-person`, name: `Paging Person ${pages}`, notes: 'Lives in Klaipeda' });
        ids.push(`person:${person.id}`);
        insertedAfter.push({ lastSeen: `${last.kind}:${last.id}`, ids });
      }
    } while (cursor && pages < 100);
    const finalOrder = (await reader.search({ ...query, limit: 200 })).items.map((hit) => `${hit.kind}:${hit.id}`);
    expect(finalOrder.length).toBeLessThan(200);
    checkRun(seen, finalOrder, initial, insertedAfter);
  });
});
