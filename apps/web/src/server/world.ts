import 'server-only';
import { scopeOf } from '@bilat/db';
import { allParties, partyInfo, type PartyInfo, type Relation } from '@bilat/domain';
import { cache } from 'react';
import type { Measure } from '~/lib/measures';
import { api } from '~/trpc/server';
import { getDatabase } from './database';

/*
 * The world views' one door to the data: pairs, countries and regions in the shape the
 * summaries API gives them (world-api.md: pairs.list with filters, sorts and cursors,
 * countries.list/get with counts by measure, regions.list).
 *
 * TODO(world): until branch `world` lands, this answers from today's procedures
 * (pairs.list, countries.list/get, relations.list) and counts per year with one grouped
 * query, filtering, sorting and paging in memory; then each function becomes one call.
 */

export type PairSort = Measure | 'trade' | 'latest' | 'pair';
export const PAIR_SORTS: readonly PairSort[] = ['meetings', 'visits', 'agreements', 'relations', 'records', 'trade', 'latest', 'pair'];

export interface PairSummary {
  pair: string;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  records: number;
  tradeYears: number;
  lastMeetingFirstDay: string | null;
  lastMeetingDate: string | null;
}

export interface PairPage {
  items: PairSummary[];
  nextCursor: string | null;
  total: number;
}

export interface CountrySummary extends PartyInfo {
  records: number;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  partners: number;
}

export interface YearCounts {
  year: number;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
}

export interface Partner extends PairSummary {
  partner: string;
  years: YearCounts[];
}

export interface PersonInPost {
  person: { id: string; name: string; status?: string };
  post: { id: string; title: string } | null;
}

export interface CountryDetail {
  country: PartyInfo;
  partners: Partner[];
  meetingsPerYear: Array<{ year: number; meetings: number }>;
  relations: Relation[];
  people: PersonInPost[];
}

export interface Region {
  code: string;
  name: string;
  countries: string[];
}

/** The value of a measure or sort on a pair (larger first, except by name). */
export function pairValue(pair: PairSummary, sort: PairSort): number {
  if (sort === 'trade') return pair.tradeYears;
  if (sort === 'latest' || sort === 'pair') return 0;
  return pair[sort];
}

function comparePairs(sort: PairSort) {
  return (a: PairSummary, b: PairSummary): number => {
    if (sort === 'latest') {
      const x = a.lastMeetingFirstDay ?? '';
      const y = b.lastMeetingFirstDay ?? '';
      if (x !== y) return x < y ? 1 : -1;
    } else if (sort !== 'pair') {
      const difference = pairValue(b, sort) - pairValue(a, sort);
      if (difference !== 0) return difference;
    }
    return a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0;
  };
}

/** Every pair with its counts, once per request. */
const allPairs = cache(async (): Promise<PairSummary[]> => {
  const caller = await api();
  const pairs = await caller.pairs.list();
  // Today's summaries have no count of all records; the four kinds counted stand in for it.
  return pairs.map((pair) => ({ ...pair, records: pair.meetings + pair.visits + pair.agreements + pair.relations }));
});

export async function listPairs(input: { country?: string; region?: string; sort?: PairSort; limit?: number; cursor?: string }): Promise<PairPage> {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  let pairs = await allPairs();
  if (input.country) pairs = pairs.filter((pair) => pair.pair.split('-').includes(input.country!));
  if (input.region) {
    const region = (await listRegions()).find((candidate) => candidate.code === input.region || candidate.name === input.region);
    const members = new Set(region?.countries ?? []);
    pairs = pairs.filter((pair) => pair.pair.split('-').some((code) => members.has(code)));
  }
  const sorted = [...pairs].sort(comparePairs(input.sort ?? 'meetings'));
  const offset = input.cursor && /^\d+$/.test(input.cursor) ? Number(input.cursor) : 0;
  const items = sorted.slice(offset, offset + limit);
  return { items, nextCursor: offset + limit < sorted.length ? String(offset + limit) : null, total: sorted.length };
}

export async function listCountries(input: { region?: string; sort?: Measure; withRecords?: boolean } = {}): Promise<CountrySummary[]> {
  const caller = await api();
  const [parties, pairs] = await Promise.all([caller.countries.list(), allPairs()]);
  const totals = new Map<string, Omit<CountrySummary, keyof PartyInfo | 'records'>>();
  for (const pair of pairs) {
    for (const code of pair.pair.split('-')) {
      const entry = totals.get(code) ?? { meetings: 0, visits: 0, agreements: 0, relations: 0, partners: 0 };
      entry.meetings += pair.meetings;
      entry.visits += pair.visits;
      entry.agreements += pair.agreements;
      entry.relations += pair.relations;
      entry.partners += 1;
      totals.set(code, entry);
    }
  }
  const members = input.region ? new Set((await listRegions()).find((region) => region.code === input.region || region.name === input.region)?.countries ?? []) : undefined;
  const countries = parties
    .map((party) => ({ ...party, meetings: 0, visits: 0, agreements: 0, relations: 0, partners: 0, ...totals.get(party.code) }))
    .filter((country) => (!input.withRecords || country.records > 0) && (!members || members.has(country.code)));
  const sort = input.sort;
  return sort ? countries.sort((a, b) => b[sort] - a[sort] || a.name.localeCompare(b.name, 'en')) : countries;
}

export async function getCountry(input: { code: string; sort?: Measure }): Promise<CountryDetail> {
  const caller = await api();
  const { country, people } = await caller.countries.get({ code: input.code });
  const code = country.code;
  const pairs = (await allPairs()).filter((pair) => pair.pair.split('-').includes(code));
  const years = await yearCounts(pairs.map((pair) => pair.pair));
  const partners = pairs
    .map((pair) => ({ ...pair, partner: pair.pair.split('-').find((party) => party !== code) ?? code, years: years.get(pair.pair) ?? [] }))
    .sort(comparePairs(input.sort ?? 'meetings'));
  const perYear = new Map<number, number>();
  for (const partner of partners) for (const year of partner.years) perYear.set(year.year, (perYear.get(year.year) ?? 0) + year.meetings);
  const meetingsPerYear = [...perYear].filter(([, meetings]) => meetings > 0).map(([year, meetings]) => ({ year, meetings })).sort((a, b) => a.year - b.year);

  const relations: Relation[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.relations.list({ country: code, limit: 500, cursor });
    relations.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return {
    country,
    partners,
    meetingsPerYear,
    relations,
    people: people.map((person) => ({ person: { id: person.id, name: person.name, status: person.status }, post: null })),
  };
}

/** Regions to filter by. TODO(world): regions.list() from the UN M49 module; none until then. */
export async function listRegions(): Promise<Region[]> {
  return [];
}

/** Every party, for filters: today's countries, then organizations and former states. */
export function partyChoices(): PartyInfo[] {
  return allParties();
}

export function isKnownParty(code: string): boolean {
  return partyInfo(code) !== undefined;
}

/** Per pair and year, counts of the four kinds (stand-in for pair_year_summaries). */
async function yearCounts(pairs: string[]): Promise<Map<string, YearCounts[]>> {
  const result = new Map<string, Map<number, YearCounts>>();
  if (pairs.length === 0) return new Map();
  const { db } = scopeOf(await getDatabase());
  for (const [table, field] of [['meetings', 'meetings'], ['visits', 'visits'], ['agreements', 'agreements'], ['relations', 'relations']] as const) {
    // Dates only, grouped here: a stand-in small enough for today's data sets.
    const rows = await db.selectFrom(table).select(['pair', 'date_first']).where('deleted_at', 'is', null).where('pair', 'in', pairs).where('date_first', 'is not', null).execute();
    for (const row of rows) {
      const byYear = result.get(row.pair!) ?? new Map<number, YearCounts>();
      const year = Number(String(row.date_first).slice(0, 4));
      const entry = byYear.get(year) ?? { year, meetings: 0, visits: 0, agreements: 0, relations: 0 };
      entry[field] += 1;
      byYear.set(year, entry);
      result.set(row.pair!, byYear);
    }
  }
  return new Map([...result].map(([pair, byYear]) => [pair, [...byYear.values()].sort((a, b) => a.year - b.year)]));
}
