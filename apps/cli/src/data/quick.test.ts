import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataTarget } from '../config.js';
import { listDocument } from './pages.js';
import { openQuickReads, type QuickReader } from './quick.js';
import { createDataSource, type BilatApi, type DataSource } from './source.js';

/*
 * The quick meetings list (what `bilat meetings --json` reads on a migrated SQLite file)
 * against the API's meetings.list on the same seeded file: every input gives the same
 * page, printed to the same bytes, without the API being opened; input the API refuses
 * goes to the API and is refused in its words.
 */

type MeetingsInput = Exclude<Parameters<BilatApi['meetings']['list']>[0], void | undefined>;

let dir: string;
let source: DataSource;
let api: BilatApi;
let reader: QuickReader;
/** How often the quick reader handed a call to the API. */
let handedOver = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-quick-'));
  const db = join(dir, 'bilat.db');
  source = createDataSource({ db });
  api = await source.api(); // creates, migrates and seeds the file
  const quick = await openQuickReads(resolveDataTarget({ db }, {}), async () => {
    handedOver += 1;
    return api;
  });
  if (!quick) throw new Error('a migrated SQLite file must be read quickly');
  reader = quick;
}, 60_000);

afterAll(async () => {
  await reader?.close();
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page as `--json` prints it. */
const printed = (page: Awaited<ReturnType<BilatApi['meetings']['list']>>) => `${JSON.stringify(listDocument(page), null, 2)}\n`;

/** The quick page and the API's for one input, printed; the quick one must not have needed the API. */
async function both(input: MeetingsInput): Promise<[string, string]> {
  const before = handedOver;
  const quick = printed(await reader.reads.meetings.list(input));
  expect(handedOver, 'read quickly, without the API').toBe(before);
  return [quick, printed(await api.meetings.list(input))];
}

describe('the quick meetings list', () => {
  it('gives what the API gives, filter by filter', async () => {
    const organizations = (await api.organizations.list({ limit: 500 })).items.map((organization) => organization.id);
    const inputs: MeetingsInput[] = [
      {},
      { limit: 3 },
      { limit: 500 },
      { country: 'KZ' },
      { country: 'LT', partner: 'KZ' },
      { country: 'KZ', partner: 'LT', from: '2024-03' },
      // A month at the range's edge: approximateIds is printed.
      { from: '2023', to: '2024-02' },
      { to: '2014' },
      { q: 'consultations' },
      { q: 'Klaipėda port' },
      { kind: 'political-consultations' },
      { kind: 'official-talks', country: 'LT' },
      { stage: 'held' },
      { stage: 'planned' },
      { status: 'verified' },
      { status: 'draft' },
      { person: 'roman-vassilenko' },
      { person: 'roman-vassilenko', kind: 'political-consultations' },
      { series: 'kz-lt-political-consultations' },
      { visit: 'vassilenko-lithuania-2024-06' },
      { person: 'nobody-of-that-name' },
      ...organizations.map((organization) => ({ organization })),
    ];
    let nonEmpty = 0;
    for (const input of inputs) {
      const [quick, full] = await both(input);
      expect(quick, JSON.stringify(input)).toBe(full);
      if (JSON.parse(full).items.length) nonEmpty += 1;
    }
    // The comparison means something only if most filters find meetings.
    expect(nonEmpty).toBeGreaterThan(inputs.length / 2);
  });

  it('walks the pages of a list with the cursors either path gives', async () => {
    let cursor: string | undefined;
    let pages = 0;
    do {
      const [quick, full] = await both({ limit: 4, cursor });
      expect(quick).toBe(full);
      cursor = JSON.parse(full).nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(2);
  });

  it('hands input the API refuses to the API, which names what was wrong', async () => {
    const refused: MeetingsInput[] = [
      { q: 'x'.repeat(201) },
      { cursor: 'not a cursor' },
      { cursor: 'x'.repeat(2001) },
      { person: 'Roman Vassilenko' },
      { series: 'a'.repeat(121) },
      { country: 'XX' },
      { from: '2024-13' },
      { limit: 0 },
      { limit: 501 },
      { kind: 'tea-party' as never },
    ];
    for (const input of refused) {
      const before = handedOver;
      const full = await api.meetings.list(input).then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(full, `the API refuses ${JSON.stringify(input)}`).toBeDefined();
      await expect(reader.reads.meetings.list(input)).rejects.toThrow(full);
      expect(handedOver).toBe(before + 1);
    }
  });
});
