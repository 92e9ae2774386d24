import { RECORD_KINDS } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMeetings, listRecords, pageJson, pageJsonBytes, type Scope } from '../src/index.js';
import { BACKENDS, type TestDatabase } from './support/backends.js';
import { fixtureDatabase } from './support/fixture-database.js';

/*
 * A list page sent with its stored bodies spliced in (pageJson) must be, byte for byte,
 * what JSON.stringify writes for the same page read item by item; and once its items are
 * read or replaced, the page is no longer spliced (what is sent is what was changed).
 */
describe.each(BACKENDS)('pageJson on %s', (dialect) => {
  let test: TestDatabase;
  let scope: Scope;
  beforeAll(async () => {
    ({ test, scope } = await fixtureDatabase(dialect));
  }, 60_000);
  afterAll(async () => test.dispose());

  it('writes every kind of page, page after page, as JSON.stringify of its parsed items does', async () => {
    let pages = 0;
    let items = 0;
    let multiByte = 0;
    for (const kind of RECORD_KINDS) {
      let cursor: string | undefined;
      do {
        const [spliced, read] = [await listRecords(scope, kind, { limit: 3, cursor }), await listRecords(scope, kind, { limit: 3, cursor })];
        const json = pageJson(spliced);
        expect(json, kind).toBeDefined();
        // The same page with its items read (parsed) first: the ordinary serialisation.
        expect(read.items.length).toBeLessThanOrEqual(3);
        expect(json, kind).toBe(JSON.stringify(read));
        expect(JSON.parse(json!)).toEqual(JSON.parse(JSON.stringify(read)));
        // The bytes the API sends, inside its envelope: the UTF-8 of the same text.
        const expected = Buffer.from(`{"result":{"data":${JSON.stringify(read)}}}`, 'utf8');
        expect(pageJsonBytes(spliced, '{"result":{"data":', '}}')!.equals(expected), kind).toBe(true);
        if (expected.length > json!.length + 20) multiByte++;
        pages++;
        items += read.items.length;
        cursor = read.nextCursor ?? undefined;
      } while (cursor);
    }
    // The fixture fills several pages of several kinds.
    expect(pages).toBeGreaterThan(RECORD_KINDS.length);
    expect(items).toBeGreaterThan(20);
    // Some pages hold characters of more than one byte (names in Cyrillic, Lithuanian letters).
    expect(multiByte).toBeGreaterThan(0);
  });

  it('with a date range (approximate ids need the items) and after the items are read or replaced, serialises as any object', async () => {
    const ranged = await listMeetings(scope, { from: '2024-05', to: '2024-05', limit: 50 });
    expect(pageJson(ranged)).toBeUndefined();
    expect(ranged.items.length).toBeGreaterThan(0);

    const read = await listMeetings(scope, { limit: 2 });
    expect(pageJson(read)).toBeDefined();
    read.items[0]!.title = 'Changed before sending';
    expect(pageJson(read)).toBeUndefined();
    expect(JSON.stringify(read)).toContain('Changed before sending');

    const replaced = await listMeetings(scope, { limit: 2 });
    replaced.items = [];
    expect(pageJson(replaced)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(replaced)).items).toEqual([]);
    // Anything that is not such a page is left to the caller.
    expect(pageJson({ items: [], nextCursor: null, approximateIds: [] })).toBeUndefined();
    expect(pageJson(undefined)).toBeUndefined();
    expect(pageJsonBytes(replaced, '', '')).toBeUndefined();
  });
});
