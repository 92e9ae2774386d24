/* eslint-disable @typescript-eslint/no-explicit-any -- the sort column is picked at run time from a fixed list. */
import {
  firstDay,
  holdingOnDate,
  type Holding,
  type Measure,
  type PairSort,
  type PartialDate,
  type PartyInfo,
  type Person,
  type Post,
  type RecordOf,
} from '@bilat/domain';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Scope } from '../scope.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './lists.js';
import { getRecords } from './records.js';

/*
 * The world views (the map, countries, a country's partners, the pairs index) read the
 * summaries that triggers keep (migration 2026-12-02T0009-summaries), never the records.
 */

export interface PairSummary {
  pair: string;
  /** The pair's two parties, in the pair's (alphabetical) order. */
  a: string;
  b: string;
  meetings: number;
  /** Visits either way between the two. */
  visits: number;
  agreements: number;
  /** Relations events (recognition, relations established, missions opened…). */
  relations: number;
  /** Every live record of the pair, of any kind (trade figures and machine-coded events included). */
  records: number;
  /** Distinct calendar years with a trade figure. */
  tradeYears: number;
  /** The newest dated meeting's first possible day, YYYY-MM-DD. */
  lastMeetingFirstDay: string | null;
  /** The newest dated meeting's date as recorded, at its own precision ("2024-05", "2024-06-20"). */
  lastMeetingDate: string | null;
}

export interface PairYear {
  year: number;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
}

/** The summary column each sort reads, besides the pair itself. */
const SORT_COLUMNS: Record<Exclude<PairSort, 'pair'>, string> = {
  meetings: 'meetings',
  visits: 'visits',
  agreements: 'agreements',
  relations: 'relations',
  records: 'records',
  trade: 'trade_years',
  latest: 'last_meeting_sort_key',
};

interface SummaryRow {
  pair: string;
  a: string;
  b: string;
  meetings: number | string;
  visits: number | string;
  agreements: number | string;
  relations: number | string;
  records: number | string;
  trade_years: number | string;
  last_meeting_sort_key: string | null;
  last_meeting_date: string | null;
}

function toSummary(row: SummaryRow): PairSummary {
  const key = row.last_meeting_sort_key;
  return {
    pair: row.pair,
    a: row.a,
    b: row.b,
    meetings: Number(row.meetings),
    visits: Number(row.visits),
    agreements: Number(row.agreements),
    relations: Number(row.relations),
    records: Number(row.records),
    tradeYears: Number(row.trade_years),
    lastMeetingFirstDay: key ? `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}` : null,
    lastMeetingDate: row.last_meeting_date,
  };
}

export interface PairListFilter {
  /** Pairs with this party. */
  country?: string;
  /** Pairs with a party among these (a region's countries); with `country`, pairs whose partner is among them. */
  among?: readonly string[];
  /** Default `meetings`: the busiest first, then by pair. */
  sort?: PairSort;
  limit?: number;
  cursor?: string;
}

export interface PairPage {
  items: PairSummary[];
  nextCursor: string | null;
  /** How many pairs the filter matches, over every page. */
  total: number;
}

const SUMMARY_COLUMNS = ['pair', 'a', 'b', 'meetings', 'visits', 'agreements', 'relations', 'records', 'trade_years', 'last_meeting_sort_key', 'last_meeting_date'] as const;

/** Pairs with something recorded, filtered, sorted and paged by a keyset cursor (the sort value and the pair). */
export async function listPairs(scope: Scope, filter: PairListFilter = {}): Promise<PairPage> {
  const sort = filter.sort ?? 'meetings';
  const limit = Math.max(1, Math.min(filter.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
  let query = scope.db.selectFrom('pair_summaries');
  const { country, among } = filter;
  if (country) query = query.where((eb) => eb.or([eb('a', '=', country), eb('b', '=', country)]));
  if (among) {
    if (among.length === 0) return { items: [], nextCursor: null, total: 0 };
    const party = country;
    query = party
      ? query.where((eb) => eb.or([eb.and([eb('a', '=', party), eb('b', 'in', among)]), eb.and([eb('b', '=', party), eb('a', 'in', among)])]))
      : query.where((eb) => eb.or([eb('a', 'in', among), eb('b', 'in', among)]));
  }
  const counted = await query.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  // The latest meeting's key is NULL for pairs with no dated meeting: as '' they sort last on both backends.
  const value = sort === 'pair' ? undefined : sort === 'latest' ? sql<string>`coalesce(last_meeting_sort_key, '')` : sql<number>`${sql.ref(SORT_COLUMNS[sort])}`;
  let page = query.select([...SUMMARY_COLUMNS]);
  if (filter.cursor) {
    if (value) {
      const [last, pair] = decodeCursor(filter.cursor, [sort === 'latest' ? 'string' : 'number', 'string']) as [string | number, string];
      page = page.where(sql<SqlBool>`(${value} < ${last} or (${value} = ${last} and pair > ${pair}))` as Expression<SqlBool>);
    } else {
      const [pair] = decodeCursor(filter.cursor, ['string']) as [string];
      page = page.where('pair', '>', pair);
    }
  }
  if (value) page = page.orderBy(value, 'desc');
  const rows = (await page.orderBy('pair', 'asc').limit(limit + 1).execute()) as SummaryRow[];
  const items = rows.slice(0, limit).map(toSummary);
  const last = rows.length > limit ? rows[limit - 1]! : undefined;
  const cursorValue = (row: SummaryRow): (string | number)[] =>
    sort === 'pair' ? [row.pair] : sort === 'latest' ? [row.last_meeting_sort_key ?? '', row.pair] : [Number(row[SORT_COLUMNS[sort] as keyof SummaryRow]), row.pair];
  return { items, nextCursor: last ? encodeCursor(cursorValue(last)) : null, total: Number(counted.total) };
}

/** Every pair's summary, busiest first (for callers that want them all, such as exports). */
export async function allPairSummaries(scope: Scope): Promise<PairSummary[]> {
  const rows = (await scope.db.selectFrom('pair_summaries').select([...SUMMARY_COLUMNS]).orderBy('meetings', 'desc').orderBy('pair').execute()) as SummaryRow[];
  return rows.map(toSummary);
}

export interface CountrySummary extends PartyInfo {
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  /** Every live record of its pairs. */
  records: number;
  /** Parties it has at least one record with. */
  partners: number;
}

/**
 * Each party's totals over its pairs, for every party with at least one pair. One grouped
 * read of the pair summaries (a few thousand rows at most: one per pair).
 */
export async function countrySummaries(scope: Scope): Promise<Map<string, Omit<CountrySummary, keyof PartyInfo>>> {
  const sums = ['meetings', 'visits', 'agreements', 'relations', 'records'].map((c) => `sum(${c}) as ${c}`).join(', ');
  const { rows } = await sql<{ party: string; meetings: string | number; visits: string | number; agreements: string | number; relations: string | number; records: string | number; partners: string | number }>`
    select party, ${sql.raw(sums)}, count(*) as partners from (
      select a as party, meetings, visits, agreements, relations, records from pair_summaries
      union all
      select b as party, meetings, visits, agreements, relations, records from pair_summaries
    ) sides group by party`.execute(scope.db);
  return new Map(
    rows.map((row) => [
      row.party,
      {
        meetings: Number(row.meetings),
        visits: Number(row.visits),
        agreements: Number(row.agreements),
        relations: Number(row.relations),
        records: Number(row.records),
        partners: Number(row.partners),
      },
    ]),
  );
}

export interface Partner extends PairSummary {
  /** The other party of the pair. */
  partner: string;
  /** The pair's counts by year, oldest first (years with nothing dated are left out). */
  years: PairYear[];
}

export interface CountryPartners {
  partners: Partner[];
  /** The country's meetings with every partner, by year, oldest first. */
  meetingsPerYear: { year: number; meetings: number }[];
}

/** A party's partners with their pair summaries and yearly counts, ranked by a measure (most first, then by partner). */
export async function countryPartners(scope: Scope, code: string, sort: Measure = 'meetings'): Promise<CountryPartners> {
  const rows = (await scope.db
    .selectFrom('pair_summaries')
    .select([...SUMMARY_COLUMNS])
    .where((eb) => eb.or([eb('a', '=', code), eb('b', '=', code)]))
    .execute()) as SummaryRow[];
  const yearRows = await scope.db
    .selectFrom('pair_year_summaries')
    .select(['pair', 'year', 'meetings', 'visits', 'agreements', 'relations'])
    .where('pair', 'in', (eb) => eb.selectFrom('pair_summaries').select('pair').where((w) => w.or([w('a', '=', code), w('b', '=', code)])))
    .orderBy('pair')
    .orderBy('year')
    .execute();
  const years = new Map<string, PairYear[]>();
  const perYear = new Map<number, number>();
  for (const row of yearRows) {
    const entry = { year: Number(row.year), meetings: Number(row.meetings), visits: Number(row.visits), agreements: Number(row.agreements), relations: Number(row.relations) };
    // Years with trade figures alone have nothing to show here.
    if (entry.meetings + entry.visits + entry.agreements + entry.relations === 0) continue;
    const list = years.get(row.pair) ?? [];
    list.push(entry);
    years.set(row.pair, list);
    if (entry.meetings) perYear.set(entry.year, (perYear.get(entry.year) ?? 0) + entry.meetings);
  }
  const partners = rows.map((row) => ({ ...toSummary(row), partner: row.a === code ? row.b : row.a, years: years.get(row.pair) ?? [] }));
  partners.sort((x, y) => (y[sort] as number) - (x[sort] as number) || (x.partner < y.partner ? -1 : x.partner > y.partner ? 1 : 0));
  const meetingsPerYear = [...perYear].map(([year, meetings]) => ({ year, meetings })).sort((x, y) => x.year - y.year);
  return { partners, meetingsPerYear };
}

/** Relations events the party is part of, oldest first (at most `limit`). */
export async function countryRelations(scope: Scope, code: string, limit = 1000): Promise<RecordOf<'relation'>[]> {
  const rows = await scope.db
    .selectFrom('relations')
    .select('body')
    .where('deleted_at', 'is', null)
    .where('id', 'in', (eb) => eb.selectFrom('record_parties').select('record_id').where('kind', '=', 'relation').where('party', '=', code))
    .orderBy('date_sort')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => JSON.parse(row.body) as RecordOf<'relation'>);
}

export interface PostHolderNow {
  person: Person;
  post: Post;
  holding: Holding;
}

/**
 * People holding one of the party's posts on `today`: holdings that cover the day (by
 * their bounds or an attestation), without those a later holding of the same post by
 * someone else has replaced. Ordered by post title, then person.
 */
export async function peopleInPostNow(scope: Scope, code: string, today: PartialDate, limit = 500): Promise<PostHolderNow[]> {
  const rows = await scope.db
    .selectFrom('holdings')
    .select('body')
    .where('deleted_at', 'is', null)
    .where('post_id', 'in', (eb) => eb.selectFrom('posts').select('id').where('country', '=', code).where('deleted_at', 'is', null))
    .where((eb) => eb.or([eb('end_last', 'is', null), eb('end_last', '>=', firstDay(today))]))
    .execute();
  const holdings = rows.map((row) => JSON.parse(row.body) as Holding);
  const starts = new Map<string, Holding[]>();
  for (const holding of holdings) starts.set(holding.postId, [...(starts.get(holding.postId) ?? []), holding]);
  const current = holdings.filter((holding) => {
    if (holdingOnDate(holding, today) === 'none') return false;
    if (holding.end || !holding.start) return true;
    // An open-ended holding ends when someone else's holding of the post starts later, on or before today.
    const start = firstDay(holding.start);
    return !(starts.get(holding.postId) ?? []).some(
      (other) => other.personId !== holding.personId && other.start && firstDay(other.start) > start && firstDay(other.start) <= firstDay(today),
    );
  });
  const people = new Map((await getRecords(scope, 'person', current.map((h) => h.personId))).map((p) => [p.id, p]));
  const posts = new Map((await getRecords(scope, 'post', current.map((h) => h.postId))).map((p) => [p.id, p]));
  // One line per person and post: sources may record the same holding separately.
  const seen = new Set<string>();
  return current
    .filter((holding) => {
      const key = `${holding.personId} ${holding.postId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .flatMap((holding) => {
      const person = people.get(holding.personId);
      const post = posts.get(holding.postId);
      return person && post ? [{ person, post, holding }] : [];
    })
    .sort((x, y) => x.post.title.localeCompare(y.post.title) || x.person.name.localeCompare(y.person.name) || (x.holding.id < y.holding.id ? -1 : 1))
    .slice(0, limit);
}

