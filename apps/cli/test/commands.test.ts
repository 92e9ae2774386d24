import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { comparePartiesByName } from '@bilat/domain/parties';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilat } from './support/run.js';

/*
 * The commands for scripts, run as a user would run the built `bilat`, on a temporary
 * database created and seeded by the first command.
 */

const SEED = 'kazinform-2024-06-20-kz-lt-consultations';

interface Cited {
  id: string;
  citations: { sourceId: string; locator?: string }[];
}

/** A fact carries the founding report with a paragraph locator. */
const citesSeed = (record: Cited) => record.citations.some((c) => c.sourceId === SEED && /^p\d+$/.test(c.locator ?? ''));

let dir: string;
let db: string;
const run = (...args: string[]) => bilat([...args, '--db', db]);
const json = <T>(...args: string[]): T => {
  const result = run(...args, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-commands-'));
  db = join(dir, 'bilat.db');
  expect(run('db', 'seed').code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bilat dossier KZ LT --json', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the dossier is read field by field below
  let d: any;
  beforeAll(() => {
    d = json('dossier', 'KZ', 'LT');
  });

  it('is the pair in the domain shape', () => {
    expect(d.pair).toBe('KZ-LT');
    expect(d.countries.map((c: { name: string }) => c.name)).toEqual(['Kazakhstan', 'Lithuania']);
    expect(d.interactions).toEqual([]);
  });

  it('holds the 10th round, reported 2024-06-20, in Lithuania (inferred), with both heads and their posts', () => {
    const round = d.meetings.find((m: { id: string }) => m.id === 'kz-lt-political-consultations-10');
    expect(round).toMatchObject({
      ordinal: 10,
      seriesId: 'kz-lt-political-consultations',
      date: { start: '2024-06-20', qualifier: 'reported' },
      location: { country: 'LT', qualifier: 'inferred' },
    });
    expect(round.location.placeId).toBeUndefined();
    expect(round.participants).toEqual(
      expect.arrayContaining([
        { personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-minister-of-foreign-affairs' },
        { personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-minister-of-foreign-affairs' },
      ]),
    );
    expect(round.topics).toEqual(expect.arrayContaining(['trade', 'transport', 'energy', 'infrastructure', 'legal-framework', 'culture']));
    expect(citesSeed(round)).toBe(true);
    const posts = Object.fromEntries(d.people.map((p: { person: Cited; posts: { title: string; on: string }[] }) => [p.person.id, p]));
    expect(posts['roman-vassilenko'].posts[0]).toMatchObject({ title: 'Deputy Minister of Foreign Affairs of Kazakhstan', on: '2024-06-20' });
    expect(posts['jonas-survila'].posts[0]).toMatchObject({ title: 'Vice Minister of Foreign Affairs of Lithuania', on: '2024-06-20' });
    for (const id of ['roman-vassilenko', 'jonas-survila', 'arvydas-vaitkus', 'algis-latakas']) expect(citesSeed(posts[id].person), id).toBe(true);
  });

  it('holds the side meetings in Klaipėda during the same visit', () => {
    for (const id of ['vassilenko-klaipeda-mayor-2024-06', 'vassilenko-port-of-klaipeda-2024-06']) {
      const meeting = d.meetings.find((m: { id: string }) => m.id === id);
      expect(meeting, id).toMatchObject({ visitId: 'vassilenko-lithuania-2024-06', topics: ['transport', 'logistics'] });
      expect(citesSeed(meeting)).toBe(true);
    }
  });

  it('holds the 14th commission meeting in Vilnius on 2024-02-29 and the open commitment to carry out its decisions', () => {
    const commission = d.meetings.find((m: { id: string }) => m.id === 'kz-lt-intergovernmental-commission-14');
    expect(commission).toMatchObject({ ordinal: 14, date: { start: '2024-02-29', qualifier: 'stated' }, location: { placeId: 'vilnius' } });
    expect(citesSeed(commission)).toBe(true);
    expect(d.commitments[0]).toMatchObject({
      id: 'implement-igc-14-decisions',
      state: 'open',
      madeAt: { kind: 'meeting', id: 'kz-lt-political-consultations-10' },
      concerns: [{ kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' }],
    });
    expect(citesSeed(d.commitments[0])).toBe(true);
  });

  it('holds the May 2024 visit (month precision) and the memorandum signed then', () => {
    const visit = d.visits.find((v: { visit: { id: string } }) => v.visit.id === 'karabayev-lithuania-2024-05').visit;
    expect(visit).toMatchObject({ from: 'KZ', to: 'LT', date: { start: '2024-05' }, visitorIds: ['marat-karabayev'] });
    expect(citesSeed(visit)).toBe(true);
    const memorandum = d.agreements.signed.find((a: { id: string }) => a.id === 'trans-caspian-route-memorandum-2024');
    expect(memorandum).toMatchObject({ kind: 'memorandum', stage: 'signed', steps: [{ stage: 'signed', date: { start: '2024-05', qualifier: 'inferred' } }] });
    expect(citesSeed(memorandum)).toBe(true);
  });

  it('holds 2023 trade as reported by Kazakhstan, investment 2005 to 2023-09 and the 190 companies', () => {
    const trade2023 = d.trade.filter((row: { period: { start: string } }) => row.period.start === '2023');
    const byFlow = Object.fromEntries(trade2023.map((row: { flow: string; reporter: string; figures: Cited[] }) => [row.flow, row]));
    expect(byFlow.turnover.figures[0].value).toEqual({ amount: '223600000', currency: 'USD', precision: '100000' });
    expect(byFlow.export.figures[0].value).toMatchObject({ amount: '92900000', currency: 'USD' });
    expect(byFlow.import.figures[0].value).toMatchObject({ amount: '130700000', currency: 'USD' });
    for (const row of trade2023) {
      expect(row.reporter).toBe('KZ');
      expect(citesSeed(row.figures[0])).toBe(true);
    }
    const investment = d.investment.find((i: { id: string }) => i.id === 'lt-kz-direct-investment-2005-2023-09');
    expect(investment).toMatchObject({ from: 'LT', to: 'KZ', span: { start: '2005', end: '2023-09' }, value: { amount: '95000000', currency: 'USD' } });
    expect(citesSeed(investment)).toBe(true);
    const companies = d.indicators.find((i: { id: string }) => i.id === 'kz-companies-with-lt-capital-2024-01-01');
    expect(companies).toMatchObject({ value: '190', asOf: '2024-01-01', subject: 'KZ', partner: 'LT' });
    expect(citesSeed(companies)).toBe(true);
  });

  it('names the seed source with its publisher, date and address', () => {
    expect(d.sources.find((s: { id: string }) => s.id === SEED)).toMatchObject({
      publisher: 'Kazinform',
      via: expect.stringContaining('Ministry of Foreign Affairs of Kazakhstan'),
      published: '2024-06-20',
      url: expect.stringMatching(/^https:\/\//),
    });
  });

  it('reads the pair the same however it is written, and as of a date', () => {
    expect(json<{ meetings: unknown[] }>('dossier', 'lt-kz').meetings.length).toBe(d.meetings.length);
    expect(json<{ pair: string }>('dossier', 'KZ-LT').pair).toBe('KZ-LT');
    const before = json<{ asOf: string; meetings: { id: string }[] }>('dossier', 'KZ', 'LT', '--as-of', '2024-03');
    expect(before.asOf).toBe('2024-03');
    expect(before.meetings.map((m) => m.id)).toContain('kz-lt-intergovernmental-commission-14');
    expect(before.meetings.map((m) => m.id)).not.toContain('kz-lt-political-consultations-10');
  });

  it('prints a dated, honest text dossier and a Markdown briefing', () => {
    const text = run('dossier', 'KZ', 'LT');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('reported 20 June 2024');
    expect(text.stdout).toContain('May 2024');
    expect(text.stdout).toContain('US$224 million');
    // A rank reads as an ordinal; a dispute names whose fact it is, its dates as people read them.
    expect(text.stdout).toContain("Kazakhstan's rank among Lithuania's trading partners: 15th, as of 4 March 2020");
    expect(text.stdout).toContain('name of Erlan Idrissov: “Yerlan Idrisov” vs');
    expect(text.stdout).toContain('start of a post held: “8 September 2019” vs “18 September 2019”');
    const md = run('dossier', 'KZ', 'LT', '--md');
    expect(md.stdout).toMatch(/^# Kazakhstan–Lithuania briefing/);
    expect(md.stdout).toContain('## Sources');
  });
});

describe('bilat meetings', () => {
  it('--json parses and lists the pair newest first', () => {
    const result = run('meetings', '--country', 'KZ', '--partner', 'LT', '--json');
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout) as { items: { id: string; date: { start: string } | null }[]; nextCursor: string | null };
    expect(Object.keys(page)).toEqual(['items', 'nextCursor']);
    expect(page.items[0]!.id).toBe('kz-lt-political-consultations-10');
    const firstDays = page.items.filter((m) => m.date).map((m) => m.date!.start.padEnd(10, '-01').slice(0, 10));
    expect(firstDays).toEqual([...firstDays].sort().reverse());
    expect(result.stderr).toBe('');
  });

  it('pages with --limit and --cursor, or --all', () => {
    const first = json<{ items: { id: string }[]; nextCursor: string }>('meetings', '--country', 'KZ', '--partner', 'LT', '--limit', '5');
    expect(first.items).toHaveLength(5);
    const second = json<{ items: { id: string }[] }>('meetings', '--country', 'KZ', '--partner', 'LT', '--limit', '5', '--cursor', first.nextCursor);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const all = json<{ items: unknown[]; nextCursor: null }>('meetings', '--country', 'KZ', '--partner', 'LT', '--limit', '5', '--all');
    expect(all.items.length).toBe(17);
    expect(all.nextCursor).toBeNull();
  });

  it('filters by person and kind, and marks approximate date matches', () => {
    const vassilenko = json<{ items: { participants: { personId: string }[] }[] }>('meetings', '--person', 'roman-vassilenko');
    expect(vassilenko.items.length).toBe(7);
    for (const m of vassilenko.items) expect(m.participants.map((p) => p.personId)).toContain('roman-vassilenko');
    const rounds = json<{ items: { kind: string }[] }>('meetings', '--kind', 'political-consultations');
    expect(rounds.items.every((m) => m.kind === 'political-consultations')).toBe(true);
    const ranged = json<{ items: { id: string }[]; approximateIds: string[] }>('meetings', '--country', 'KZ', '--from', '2024-03');
    expect(ranged.items.map((m) => m.id)).toContain('vassilenko-navikas-2024');
    expect(ranged.approximateIds).toContain('vassilenko-navikas-2024');
  });

  it('prints a table with honest dates', () => {
    const table = run('meetings', '--country', 'KZ', '--partner', 'LT');
    expect(table.stdout.split('\n')[0]).toMatch(/^DATE\s+MEETING\s+PLACE\s+ID$/);
    expect(table.stdout).toContain('reported 20 June 2024');
    expect(table.stdout).toContain('29 February 2024');
    expect(table.stdout).toContain('2024 (inferred)');
  });

  it('--csv parses with a CSV parser', () => {
    const result = run('meetings', '--country', 'KZ', '--partner', 'LT', '--csv');
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(17);
    expect(rows[0]).toMatchObject({ id: 'kz-lt-political-consultations-10', date_start: '2024-06-20', date_qualifier: 'reported', date: 'reported 20 June 2024', ordinal: '10' });
    expect(rows[0]!.citations).toContain(`${SEED}#p1`);
  });

  it('--ics parses with an iCalendar parser', () => {
    const result = run('meetings', '--country', 'KZ', '--partner', 'LT', '--ics');
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    // The undated meeting cannot be on a calendar.
    expect(events).toHaveLength(16);
    const round = events.find((event) => event.uid.startsWith('kz-lt-political-consultations-10@'))!;
    expect(round.startDate.toString()).toBe('2024-06-20');
    expect(round.summary).toContain('reported 20 June 2024');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kazakhstan – Lithuania meetings');
  });

  it('refuses bad input with exit 2, naming the value', () => {
    const month = run('meetings', '--from', '2024-13');
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('"2024-13"');
    expect(month.stdout).toBe('');
    const day = run('meetings', '--to', '2023-02-29', '--json');
    expect(day.code).toBe(2);
    expect(JSON.parse(day.stderr)).toMatchObject({ error: { code: 'USAGE', message: expect.stringContaining('2023-02-29') } });
    expect(run('meetings', '--kind', 'tea-party').stderr).toContain('"tea-party"');
    expect(run('meetings', '--limit', '0').code).toBe(2);
    expect(run('meetings', '--partner', 'LT').stderr).toContain('--partner needs --country');
    expect(run('meetings', '--country', 'Kazakhstan').stderr).toContain('"Kazakhstan"');
    const unknown = run('meetings', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
    expect(run('meetings', '--json', '--csv').code).toBe(2);
  });
});

describe('records: bilat meeting, official, agreement, source', () => {
  it('shows the 10th round with its people and numbered citations', () => {
    const result = run('meeting', 'kz-lt-political-consultations-10');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('reported 20 June 2024');
    expect(result.stdout).toMatch(/Roman Vassilenko\s+KZ\s+head of delegation\s+Deputy Minister of Foreign Affairs of Kazakhstan/);
    expect(result.stdout).toContain('[roman-vassilenko]');
    expect(result.stdout).toMatch(/\[1\]\s+paragraph 1/);
    const detail = json<{ kind: string; record: Cited; sources: { id: string }[] }>('meeting', 'kz-lt-political-consultations-10');
    expect(detail.kind).toBe('meeting');
    expect(citesSeed(detail.record)).toBe(true);
    expect(detail.sources.map((s) => s.id)).toContain(SEED);
  });

  it('names a round by its series’ unit, naturally for a series named for its rounds', () => {
    expect(run('meeting', 'kz-lt-political-consultations-10').stdout).toMatch(/Series\s+10th round of Kazakhstan–Lithuania political consultations/);
    const commission = run('meeting', 'kz-lt-intergovernmental-commission-14').stdout;
    expect(commission).toMatch(/Series\s+14th meeting of the Kazakh–Lithuanian Intergovernmental Commission/);
    expect(commission).not.toContain('of Sessions of');
  });

  it('shows an official with posts attested and meetings', () => {
    const result = run('official', 'roman-vassilenko');
    expect(result.stdout).toContain('Deputy Minister of Foreign Affairs of Kazakhstan');
    expect(result.stdout).toContain('attested 20 June 2024');
    expect(result.stdout).toMatch(/Meetings \(7\)/);
    expect(json<{ record: { name: string } }>('official', 'roman-vassilenko').record.name).toBe('Roman Vassilenko');
  });

  it('shows an agreement and a source', () => {
    expect(run('agreement', 'trans-caspian-route-memorandum-2024').stdout).toContain('signed May 2024 (inferred)');
    const source = run('source', SEED);
    expect(source.stdout).toContain('Kazinform');
    expect(source.stdout).toContain('Published  20 June 2024');
  });

  it('says what was not found, with exit 1', () => {
    const missing = run('meeting', 'no-such-meeting');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('bilat: No meeting with id "no-such-meeting"\n');
    const asJson = run('official', 'nobody', '--json');
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.stderr)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('lists and the rest', () => {
  it('bilat pairs', () => {
    const pairs = json<{ items: { pair: string; meetings: number }[]; nextCursor: null }>('pairs');
    expect(pairs.items[0]).toMatchObject({ pair: 'KZ-LT', meetings: 17 });
    expect(run('pairs').stdout).toMatch(/KZ-LT\s+Kazakhstan – Lithuania\s+17/);
  });

  it('bilat pairs --country, --region, --sort and paging by --cursor or --all', () => {
    type PairsDoc = { items: { pair: string; a: string; b: string; lastMeetingFirstDay: string | null }[]; nextCursor: string | null; total: number };
    const kz = json<PairsDoc>('pairs', '--country', 'kz', '--sort', 'pair');
    expect(kz.items.length).toBe(kz.total);
    expect(kz.items.every((p) => p.a === 'KZ' || p.b === 'KZ')).toBe(true);
    expect(kz.items.map((p) => p.pair)).toEqual([...kz.items.map((p) => p.pair)].sort());
    const central = json<PairsDoc>('pairs', '--region', 'Central Asia', '--all');
    expect(central.items.length).toBeGreaterThan(0);
    expect(central.items.every((p) => ['KG', 'KZ', 'TJ', 'TM', 'UZ'].some((code) => p.a === code || p.b === code))).toBe(true);
    const first = json<PairsDoc>('pairs', '--sort', 'latest', '--limit', '1');
    expect(first.items[0]!.pair).toBe('KZ-LT');
    expect(first.nextCursor).not.toBeNull();
    const second = json<PairsDoc>('pairs', '--sort', 'latest', '--limit', '1', '--cursor', first.nextCursor!);
    expect(second.items[0]!.pair).not.toBe('KZ-LT');
    expect((second.items[0]!.lastMeetingFirstDay ?? '') <= first.items[0]!.lastMeetingFirstDay!).toBe(true);
    const all = json<PairsDoc>('pairs', '--all');
    expect(all.items).toHaveLength(all.total);
    expect(new Set(all.items.map((p) => p.pair)).size).toBe(all.total);
    // Sorted by records, the table shows the records it is sorted by, most first.
    const byRecords = run('pairs', '--sort', 'records', '--limit', '5').stdout.split('\n');
    const header = byRecords[0]!.split(/\s{2,}/);
    expect(header).toContain('RECORDS');
    const column = header.indexOf('RECORDS');
    const counts = byRecords.slice(1).filter((line) => /^[A-Z]{2,4}-/.test(line)).map((line) => Number(line.split(/\s{2,}/)[column]));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    const bad = run('pairs', '--sort', 'size');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sort');
    const region = run('pairs', '--region', 'Atlantis');
    expect(region.code).not.toBe(0);
    expect(region.stderr).toContain('--region "Atlantis" is not a UN M49 region');
    // The same words from bilat countries, which reads through the API's procedures.
    const countriesRegion = run('countries', '--region', 'Atlantis');
    expect(countriesRegion.code).toBe(2);
    expect(countriesRegion.stderr).toContain('--region "Atlantis" is not a UN M49 region');
  });

  it('bilat countries and bilat country KZ rank by a measure', () => {
    type CountriesDoc = { items: { code: string; meetings: number; partners: number }[] };
    const countries = json<CountriesDoc>('countries', '--sort', 'meetings');
    const meetings = countries.items.map((c) => c.meetings);
    expect(meetings).toEqual([...meetings].sort((a, b) => b - a));
    expect(countries.items.every((c) => c.partners > 0)).toBe(true);
    expect(json<CountriesDoc>('countries', '--region', 'Central Asia', '--every', '--sort', 'code').items.map((c) => c.code)).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    const kz = json<{ country: { code: string }; partners: { partner: string; meetings: number; years: unknown[] }[] }>('country', 'KZ');
    expect(kz.country.code).toBe('KZ');
    expect(kz.partners[0]).toMatchObject({ partner: 'LT', meetings: 17 });
    expect(kz.partners[0]!.years.length).toBeGreaterThan(0);
    const table = run('country', 'KZ');
    expect(table.stdout).toMatch(/LT Lithuania\s+17/);
    expect(table.stdout).toContain('Meetings per year:');
    // Holders of posts are said as known (an open-ended term is no proof of being in post today).
    expect(table.stdout).not.toContain('In post now');
    expect(table.stdout).toContain('Latest known holders of its posts');
    expect(table.stdout).toMatch(/latest known holder, (since|last recorded in post) /);
    expect(run('country', 'ZZ').code).toBe(1);
    expect(run('countries', '--sort', 'size').code).toBe(2);
  });

  it('bilat countries lists the most records first by default (as the terminal UI), ties by the names shown, and says so in its help', () => {
    type CountriesDoc = { items: { code: string; name: string; records: number }[] };
    const every = json<CountriesDoc>('countries', '--every').items;
    const records = every.map((c) => c.records);
    expect(records).toEqual([...records].sort((a, b) => b - a));
    // The busiest of the curated seed first.
    expect(every.slice(0, 3).map((c) => c.code)).toEqual(['KZ', 'LT', 'EU']);
    // Ties (here the many with no record) in order of the names shown, not the codes.
    const none = every.filter((c) => c.records === 0).map((c) => c.code);
    expect(none.length).toBeGreaterThan(1);
    expect(none).toEqual([...none].sort(comparePartiesByName));
    expect(json<CountriesDoc>('countries', '--sort', 'records', '--every')).toEqual(json<CountriesDoc>('countries', '--every'));
    // Faroe Islands before Finland, Iceland before Ireland: by name, where codes would put them the other way round.
    expect(json<CountriesDoc>('countries', '--every', '--region', 'Northern Europe').items.slice(0, 9).map((c) => c.code)).toEqual(['LT', 'AX', 'DK', 'EE', 'FO', 'FI', 'GG', 'IS', 'IE']);
    const table = run('countries').stdout.split('\n');
    expect(table[1]).toMatch(/^KZ\s+Kazakhstan\s/);
    const help = run('countries', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toContain('the most records first');
    expect(help).toContain('(default: records)');
    expect(help).toContain('code: by code');
  });

  it('bilat countries pages with --limit and --cursor as every list does, and heads its columns as bilat pairs does', () => {
    type CountriesDoc = { items: { code: string }[]; nextCursor: string | null };
    const all = json<CountriesDoc>('countries', '--every', '--region', 'Central Asia');
    expect(all.nextCursor).toBeNull();
    // In the default order (the most records first) as in any other.
    expect(all.items.map((c) => c.code)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
    const first = json<CountriesDoc>('countries', '--every', '--region', 'Central Asia', '--limit', '2');
    expect(first.items.map((c) => c.code)).toEqual(['KZ', 'KG']);
    const rest = json<CountriesDoc>('countries', '--every', '--region', 'Central Asia', '--limit', '2', '--cursor', first.nextCursor!);
    expect(rest.items.map((c) => c.code)).toEqual(['TJ', 'TM']);
    const byCode = json<CountriesDoc>('countries', '--every', '--region', 'Central Asia', '--sort', 'code', '--limit', '2');
    expect(byCode.items.map((c) => c.code)).toEqual(['KG', 'KZ']);
    expect(json<CountriesDoc>('countries', '--every', '--region', 'Central Asia', '--sort', 'code', '--limit', '2', '--cursor', byCode.nextCursor!).items.map((c) => c.code)).toEqual(['TJ', 'TM']);
    expect(run('countries', '--cursor', 'bm9wZQ').code).toBe(2);
    const table = run('countries', '--limit', '1');
    expect(table.stderr).toContain('--cursor');
    const heads = (text: string) => text.split('\n')[0]!.trim().split(/\s+/);
    expect(heads(table.stdout)).toContain('RELATIONS');
    expect(table.stdout).not.toContain('EVENTS');
    expect(heads(run('pairs').stdout)).toContain('RELATIONS');
  });

  it('bilat officials, and who held a post on a day', () => {
    const lt = json<{ items: { country: string }[] }>('officials', '--country', 'LT', '--all');
    expect(lt.items.length).toBeGreaterThan(5);
    expect(lt.items.every((p) => p.country === 'LT')).toBe(true);
    expect(json<{ items: { id: string }[] }>('officials', '--q', 'vasilenko').items.map((p) => p.id)).toEqual(['roman-vassilenko']);
    const holders = json<{ items: { person: { id: string }; match: string }[] }>('officials', '--post', 'deputy minister of foreign affairs', '--country', 'KZ', '--on', '2024-06-20');
    expect(holders.items).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: 'roman-vassilenko' }), match: 'exact' })]);
    const table = run('officials', '--post', 'minister of transport', '--on', '2024-05');
    expect(table.stdout).toMatch(/Marat Karabayev\s+Minister of Transport of Kazakhstan\s+held it/);
    // Today, an open-ended term that began years ago is no proof of being in post: said as what is known.
    const today = run('officials', '--post', 'minister of foreign affairs', '--country', 'KZ');
    expect(today.stdout).toMatch(/Mukhtar Tleuberdi\s+Minister of Foreign Affairs of Kazakhstan\s+latest known holder \(no end recorded\)/);
    expect(today.stdout).not.toMatch(/Tleuberdi.*held it/);
    expect(run('officials', '--on', '2024-05').code).toBe(2);
    expect(run('officials', '--post', 'minister', '--on', 'May 2024').stderr).toContain('"May 2024"');
    const csv = parseCsv(run('officials', '--country', 'KZ', '--csv').stdout, { columns: true }) as Record<string, string>[];
    expect(csv.find((row) => row.id === 'roman-vassilenko')?.posts).toContain('Deputy Minister of Foreign Affairs of Kazakhstan');
  });

  it('bilat series, agreements, organizations, visits', () => {
    expect(json<{ items: { id: string }[] }>('series', '--country', 'KZ', '--partner', 'LT').items.map((s) => s.id)).toEqual(['kz-lt-political-consultations', 'kz-lt-intergovernmental-commission']);
    expect(json<{ items: { id: string }[] }>('agreements', '--country', 'KZ', '--partner', 'LT').items[0]!.id).toBe('trans-caspian-route-memorandum-2024');
    expect(json<{ items: { id: string }[] }>('organizations', '--kind', 'parliamentary-group').items.map((o) => o.id)).toContain('kz-lt-interparliamentary-friendship-group');
    expect(json<{ items: { id: string }[] }>('visits', '--person', 'marat-karabayev').items.map((v) => v.id)).toEqual(['karabayev-lithuania-2024-05']);
    expect(run('visits', '--country', 'KZ', '--partner', 'LT').stdout).toMatch(/May 2024\s+Transport Minister Marat Karabayev's visit to Lithuania/);
    expect(parseCsv(run('agreements', '--csv').stdout, { columns: true })).toHaveLength(4);
    expect(run('agreements', '--stage', 'ratified').code).toBe(2);
  });

  it('bilat trade by year and flow, the reporter named', () => {
    const trade = json<{ items: { id: string; reporter: string }[] }>('trade', 'KZ', 'LT');
    expect(trade.items.map((t) => t.id)).toEqual([
      'kz-lt-trade-2021-turnover-kz',
      'kz-lt-trade-2022-turnover-kz',
      'kz-lt-trade-2022-01-02-export-kz',
      'kz-lt-trade-2022-01-02-turnover-kz',
      'kz-lt-trade-2023-export-kz',
      'kz-lt-trade-2023-import-kz',
      'kz-lt-trade-2023-turnover-kz',
    ]);
    expect(json<{ items: unknown[] }>('trade', 'lt-kz', '--reporter', 'LT').items).toEqual([]);
    const table = run('trade', 'KZ', 'LT');
    expect(table.stdout).toMatch(/2023\s+Kazakhstan\s+US\$92\.9 million\s+US\$131 million\s+US\$224 million/);
    expect(table.stdout).toContain('as Kazakhstan reports them');
    const rows = parseCsv(run('trade', 'KZ', 'LT', '--csv').stdout, { columns: true }) as Record<string, string>[];
    expect(rows.at(-1)).toMatchObject({ reporter: 'KZ', period_start: '2023', flow: 'turnover', amount: '223600000', currency: 'USD' });
    // The table rounds to three significant digits; --json and --csv keep the exact amount.
    expect(json<{ items: { id: string; value: { amount: string } }[] }>('trade', 'KZ', 'LT').items.find((t) => t.id === 'kz-lt-trade-2023-turnover-kz')?.value.amount).toBe('223600000');
    expect(run('trade', 'KZ', 'LT', '--reporter', 'RU').code).toBe(2);
  });

  it('bilat interactions: empty until GDELT data is imported, and says so', () => {
    expect(json('interactions', 'KZ', 'LT')).toEqual({ items: [], nextCursor: null });
    const text = run('interactions', 'KZ-LT');
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('No machine-coded events between Kazakhstan and Lithuania yet');
  });

  it('bilat changes --since', () => {
    const changes = json<{ items: { action: string; kind: string }[]; nextCursor: string }>('changes', '--since', '2000-01-01', '--limit', '10');
    expect(changes.items).toHaveLength(10);
    expect(changes.items[0]!.action).toBe('create');
    expect(json<{ items: unknown[] }>('changes', '--since', '2999-01-01').items).toEqual([]);
    expect(run('changes').code).toBe(2);
    expect(run('changes', '--since', 'yesterday').stderr).toContain('"yesterday"');
  });

  it('bilat search folds spellings', () => {
    const hits = json<{ items: { kind: string; id: string }[] }>('search', 'vasilenko');
    expect(hits.items[0]).toMatchObject({ kind: 'person', id: 'roman-vassilenko' });
    expect(run('search', 'klaipeda', '--kind', 'organization').stdout).toContain('Port of Klaipėda');
    expect(run('search', 'zzzqqq').stderr).toContain('Nothing matches');
  });

  it('a pair can be written KZ LT, KZ-LT or lt-kz; anything else is exit 2', () => {
    for (const bad of [['KZ'], ['KZ', 'KZ'], ['KZ', 'Lithuania']]) {
      const result = run('dossier', ...bad);
      expect(result.code, bad.join(' ')).toBe(2);
    }
    expect(run('dossier', 'KZ', 'XX').code).toBe(2);
  });
});

describe('help and version', () => {
  it('every command has help with an example', () => {
    const commands = ['pairs', 'dossier', 'meetings', 'meeting', 'official', 'agreement', 'source', 'officials', 'series', 'agreements', 'organizations', 'visits', 'interactions', 'changes', 'trade', 'search', 'extract', 'serve', 'db seed', 'keys create'];
    for (const command of commands) {
      const help = bilat([...command.split(' '), '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/Examples?:\n {2}\$ bilat/);
    }
    const top = bilat(['--help']);
    expect(top.stdout).toContain('--api <url>');
    for (const command of commands.filter((c) => !c.includes(' '))) expect(top.stdout, command).toContain(`  ${command}`);
  });

  it('without a terminal, bare bilat prints the help rather than starting the UI', () => {
    const bare = bilat([]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Usage: bilat');
  });

  it('--version', () => {
    expect(bilat(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
