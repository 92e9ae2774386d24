import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilat } from './support/run.js';

/*
 * A fresh seed as `bilat db seed` makes it (the curated set and the Office of the
 * Historian's bundle), and what the commands show of it: the United States and
 * Kazakhstan, Lithuania and the United States.
 */

let dir: string;
let db: string;
// BILAT_SEED empty: both datasets, as a user's seed (the suite's default is the curated set alone).
const run = (...args: string[]) => bilat([...args, '--db', db], { env: { BILAT_SEED: '' } });
const doc = <T>(...args: string[]): T => {
  const result = run(...args, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-hsg-cli-'));
  db = join(dir, 'bilat.db');
  const seeded = run('db', 'seed', '--json');
  expect(seeded.code, seeded.stderr).toBe(0);
  const summary = JSON.parse(seeded.stdout) as { datasets: { curated: { total: { created: number } }; hsg: { total: { created: number } } } };
  expect(summary.datasets.curated.total.created).toBeGreaterThan(100);
  expect(summary.datasets.hsg.total.created).toBeGreaterThan(20_000);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Dossier {
  relations: { kind: string; date: { start: string }; actor?: string }[];
  chiefsOfMission: { side: string; to: string; chiefs: { person: { name: string }; appointed: string | null; credentials: string | null; left: string | null }[] }[];
  visits: { visit: { title: string; from: string; to: string; location: { placeId?: string } } }[];
  places: { id: string; name: string }[];
  people: { person: { id: string; name: string }; posts: { title: string }[] }[];
}

describe('the seeded Office of the Historian data', () => {
  it('bilat dossier US KZ --json: relations established 1991-12-25, Courtney the first ambassador, Nazarbayev’s visits to Washington, the secretaries’ trips to Almaty and Astana', () => {
    const result = run('dossier', 'US', 'KZ', '--json');
    expect(result.code, result.stderr).toBe(0);
    const dossier = JSON.parse(result.stdout) as Dossier;
    expect(dossier.relations.map((r) => `${r.date.start} ${r.kind}`)).toEqual(expect.arrayContaining(['1991-12-25 relations-established', '1991-12-25 recognition']));
    const us = dossier.chiefsOfMission.find((mission) => mission.side === 'US')!;
    expect(us.to).toBe('KZ');
    expect(us.chiefs[0]).toMatchObject({ person: { name: 'William Harrison Courtney' }, appointed: '1992-08-11', credentials: '1992-09-15', left: '1995-07-01' });
    const places = new Map(dossier.places.map((place) => [place.id, place.name]));
    const nazarbayev = dossier.visits.filter(({ visit }) => visit.from === 'KZ' && visit.title.includes('Nazarbayev'));
    expect(nazarbayev.length).toBeGreaterThanOrEqual(10);
    expect(nazarbayev.filter(({ visit }) => places.get(visit.location.placeId ?? '') === 'Washington').length).toBeGreaterThanOrEqual(5);
    const trips = dossier.visits.filter(({ visit }) => visit.from === 'US' && visit.title.includes('Secretary of State'));
    expect(new Set(trips.map(({ visit }) => places.get(visit.location.placeId ?? '')))).toEqual(new Set(['Alma Ata', 'Almaty', 'Astana']));
    // The secretaries hold their post on the day of each trip.
    expect(dossier.people.find((entry) => entry.person.id === 'baker-james-addison')!.posts.map((post) => post.title)).toContain('Secretary of State');
  });

  it('bilat dossier LT US: the 1922 recognition and legation and the 1991 resumption', () => {
    const dossier = JSON.parse(run('dossier', 'LT', 'US', '--json').stdout) as Dossier;
    expect(dossier.relations.map((r) => `${r.date.start.slice(0, 4)} ${r.kind}`)).toEqual(expect.arrayContaining(['1922 recognition', '1922 legation-established', '1991 relations-resumed']));
    const text = run('dossier', 'LT', 'US');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Relations events \(\d+\)/);
    expect(text.stdout).toMatch(/28 July 1922\s+Recognition\s+United States/);
    expect(text.stdout).toContain('Chiefs of mission');
    const md = run('dossier', 'LT', 'US', '--md').stdout;
    expect(md).toContain('## Relations (oldest first)');
    expect(md).toMatch(/- 6 September 1991: Relations resumed \[\d+\]/);
  });

  it('bilat relations US KZ lists the events as a table, JSON or CSV', () => {
    const table = run('relations', 'US', 'KZ');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/25 December 1991\s+Recognition\s+United States/);
    expect(table.stdout).toMatch(/3 February 1992\s+Embassy established\s+United States\s+Alma-Ata/);
    const csv = run('relations', 'kz-us', '--csv').stdout.split('\n');
    expect(csv[0]).toBe('id,pair,kind,event,actor,date_start,date_end,date_qualifier,city,status,citations');
    expect(csv[1]).toMatch(/^hsg-kazakhstan-1-recognition,KZ-US,recognition,Recognition,US,1991-12-25,,stated,,draft,hsg-countries-kazakhstan#p\d+$/);
    // Former and historical states: Czechoslovakia by its ISO 3166-3 code, Hawaii by bilat's own.
    const former = JSON.parse(run('relations', 'US', 'CSHH', '--json').stdout) as { items: { kind: string; date: { start: string } }[] };
    expect(former.items.map((r) => `${r.date.start} ${r.kind}`)).toContain('1918-11-12 relations-established');
    const hawaii = JSON.parse(run('relations', 'XHAW', 'US', '--json').stdout) as { items: { kind: string; date: { start: string } }[] };
    expect(hawaii.items[0]).toMatchObject({ kind: 'recognition', date: { start: '1826-12-23' } });
    const unknown = run('relations', 'US', 'XX');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('XX');
  });

  it('bilat export csv --table relations writes the pair’s events', () => {
    const lines = run('export', 'csv', '--table', 'relations', '--pair', 'US-KZ').stdout.trim().split('\n');
    expect(lines[0]).toBe('id,pair,kind,event,actor,date_start,date_end,date_qualifier,city,status,citations');
    expect(lines.slice(1).map((line) => line.split(',')[2]).sort()).toEqual(['embassy-established', 'recognition', 'relations-established']);
  });

  it('bilat pairs counts visits and relations events', () => {
    const pairs = JSON.parse(run('pairs', '--all', '--json').stdout) as { items: { pair: string; visits: number; relations: number }[] };
    expect(pairs.items.find((pair) => pair.pair === 'KZ-US')).toMatchObject({ visits: 22, relations: 3 });
    expect(pairs.items.length).toBeGreaterThan(150);
  });

  it('bilat country ranks partners by every record by default (as the terminal UI and the web page), says so, and --sort meetings gives the order by meetings', () => {
    type CountryDoc = { partners: { partner: string; meetings: number; records: number }[] };
    // Kazakhstan's partners: the United States has no meeting but 25 records (visits, relations events), the European Union 1 record.
    const byDefault = doc<CountryDoc>('country', 'KZ').partners;
    expect(byDefault.map((p) => p.partner)).toEqual(['LT', 'US', 'EU']);
    expect(byDefault.map((p) => p.records)).toEqual([...byDefault.map((p) => p.records)].sort((a, b) => b - a));
    expect(doc<CountryDoc>('country', 'KZ', '--sort', 'records')).toEqual(doc<CountryDoc>('country', 'KZ'));
    // By meetings (the API's own default), ties by name: the European Union before the United States.
    expect(doc<CountryDoc>('country', 'KZ', '--sort', 'meetings').partners.map((p) => p.partner)).toEqual(['LT', 'EU', 'US']);
    const table = run('country', 'KZ').stdout.split('\n');
    expect(table[0]).toBe('Kazakhstan (KZ): 3 partners, the most records first');
    expect(table[2]).toMatch(/^PARTNER\s+MEETINGS\s+VISITS\s+AGREEMENTS\s+RELATIONS\s+RECORDS\s+RECORDS \d{4}–\d{4}/);
    expect(table.slice(3, 6).map((line) => line.slice(0, 2))).toEqual(['LT', 'US', 'EU']);
    const byMeetings = run('country', 'KZ', '--sort', 'meetings').stdout.split('\n');
    expect(byMeetings[0]).toBe('Kazakhstan (KZ): 3 partners, the most meetings first');
    expect(byMeetings[2]).toMatch(/\sMEETINGS \d{4}–\d{4}/);
    expect(byMeetings.slice(3, 6).map((line) => line.slice(0, 2))).toEqual(['LT', 'EU', 'US']);
    expect(run('country', 'KZ', '--csv').stdout.split('\n').slice(1, 4).map((line) => line.slice(0, 2))).toEqual(['LT', 'US', 'EU']);
    const help = run('country', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toContain('the most records first unless --sort');
    expect(help).toContain('(default: records)');
    expect(help).not.toContain('default meetings');
    expect(run('country', 'KZ', '--sort', 'code').code).toBe(2);
    // The United States, with no meeting on record (its JSON, every partner's years, is too big to read here; the CSV is not): the United Kingdom first by records; by meetings every partner ties, in name order.
    const usRows = (...args: string[]) => parseCsv(run('country', 'US', '--csv', ...args).stdout, { columns: true }) as Record<string, string>[];
    const usByRecords = usRows();
    expect(usByRecords[0]).toMatchObject({ partner: 'GB', name: 'United Kingdom' });
    const records = usByRecords.map((row) => Number(row.records));
    expect(records).toEqual([...records].sort((a, b) => b - a));
    const usByMeetings = usRows('--sort', 'meetings');
    expect(usByMeetings[0]!.partner).not.toBe('GB');
    expect(usByMeetings.every((row) => row.meetings === '0')).toBe(true);
  });
});
