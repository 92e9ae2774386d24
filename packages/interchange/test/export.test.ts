import { scopeOf, seedDatabase } from '@bilat/db';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseReader,
  exportCsv,
  exportIcs,
  exportJsonLd,
  exportMarkdown,
  fileInput,
  runImport,
  schemaOrgContext,
  SCHEMA_ORG_CONTEXT_URL,
  stringSink,
  type RecordReader,
} from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { fixture, TODAY } from './support/fixtures.js';

/*
 * The exports other programs read: iCalendar checked with ical.js, JSON-LD expanded by
 * the jsonld processor with the bundled schema.org context (nothing fetched), CSV read
 * back with csv-parse, and the Markdown briefing with both sides' figures for one flow.
 */

/** A document loader that serves the bundled context and refuses everything else: no network. */
const offlineLoader = async (url: string) => {
  if (url.replace(/\/$/, '') === SCHEMA_ORG_CONTEXT_URL || url.replace(/\/$/, '') === 'http://schema.org') {
    return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
  }
  throw new Error(`no network in tests: refused to load ${url}`);
};

describe.each(BACKENDS)('exports on %s', (dialect) => {
  let test: TestDatabase;
  let reader: RecordReader;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await seedDatabase(test.database);
    await runImport(test.database, await fileInput(fixture('comtrade-api.json')), { format: 'comtrade', today: TODAY });
    await runImport(test.database, await fileInput(fixture('popolo.json')), { format: 'popolo', today: TODAY, country: 'LT' });
    reader = databaseReader(scopeOf(test.database), () => TODAY);
  });
  afterAll(async () => test.dispose());

  it('ics: the pair’s meetings parse with ical.js, all-day, with UIDs from the record ids', async () => {
    const sink = stringSink();
    const count = await exportIcs(reader, { country: 'KZ', partner: 'LT' }, sink);
    const calendar = new ICAL.Component(ICAL.parse(sink.text()));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(count);
    expect(count).toBeGreaterThan(3);
    const round = events.find((event) => event.uid.startsWith('kz-lt-political-consultations-10@'))!;
    expect(round.startDate.isDate).toBe(true);
    expect(round.startDate.toString()).toBe('2024-06-20');
    expect(round.summary).toContain('reported 20 June 2024');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kazakhstan–Lithuania meetings');
  });

  it('jsonld: schema.org Event, Person and Organization nodes that expand offline with the bundled context', async () => {
    const sink = stringSink();
    await exportJsonLd(reader, { country: 'KZ', partner: 'LT' }, sink);
    const document = JSON.parse(sink.text());
    expect(document['@context']).toBe('https://schema.org');
    const expanded = await jsonld.expand(document, { documentLoader: offlineLoader as never });
    const types = new Set(expanded.flatMap((node) => (node['@type'] as string[] | undefined) ?? []));
    expect([...types].sort()).toEqual(['http://schema.org/Event', 'http://schema.org/Organization', 'http://schema.org/Person']);
    const round = expanded.find((node) => node['@id'] === 'urn:bilat:meeting:kz-lt-political-consultations-10')!;
    expect(round['http://schema.org/startDate']).toEqual([{ '@value': '2024-06-20' }]);
    expect((round['http://schema.org/attendee'] as { '@id': string }[]).map((a) => a['@id'])).toContain('urn:bilat:person:roman-vassilenko');
    // Ids as the web viewer's addresses when asked.
    const linked = stringSink();
    await exportJsonLd(reader, { country: 'LT' }, linked, { baseUrl: 'https://bilat.example.org/' });
    expect(linked.text()).toContain('"@id": "https://bilat.example.org/officials/');
  });

  it('csv: trade, meetings and officials tables read back with csv-parse; codes stay text', async () => {
    const trade = stringSink();
    await exportCsv(reader, { country: 'LT' }, trade, 'trade');
    const rows = parseCsv(trade.text(), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.id === 'comtrade-lt-kz-2023-export-h6-01')).toMatchObject({ commodity: '01', classification: 'HS', amount: '1234.5', reporter: 'LT', partner: 'KZ' });
    const meetings = stringSink();
    await exportCsv(reader, { country: 'KZ', partner: 'LT' }, meetings, 'meetings');
    const meetingRows = parseCsv(meetings.text(), { columns: true }) as Record<string, string>[];
    expect(meetingRows.find((row) => row.id === 'kz-lt-political-consultations-10')).toMatchObject({ date_start: '2024-06-20', date_qualifier: 'reported', ordinal: '10' });
    const officials = stringSink();
    await exportCsv(reader, { country: 'LT' }, officials, 'officials');
    const officialRows = parseCsv(officials.text(), { columns: true }) as Record<string, string>[];
    expect(officialRows.filter((row) => row.post === 'Member of Seimas')).toHaveLength(3);
    expect(officialRows.find((row) => row.name === 'Jonas Petrauskas')).toMatchObject({ post: 'Speaker of the Seimas', start: '2020-11-13', end: '2024-11' });
  });

  it('md: the pair’s briefing, with both sides’ figures for one flow and numbered source notes', async () => {
    const sink = stringSink();
    await exportMarkdown(reader, 'KZ', 'LT', sink);
    const text = sink.text();
    expect(text).toMatch(/^# Kazakhstan–Lithuania briefing/);
    expect(text).toContain('## Two figures for one flow');
    expect(text).toContain('2023, Kazakhstan → Lithuania: Kazakhstan reports exports of');
    expect(text).toContain('Lithuania imports of US$101,234,567');
    expect(text).toMatch(/## Sources\n\n1\. /);
  });
});
