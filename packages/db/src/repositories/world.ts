import {
  firstDay,
  holdingOnDate,
  type Holding,
  partyName,
  type PairSort,
  type PartialDate,
  type PartyInfo,
  type Person,
  type Post,
  type RecordOf,
} from '@bilat/domain';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
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

/** Each party's totals over its pairs, for every party with at least one pair: the country summaries (migration 0011), a few hundred rows. */
export async function countrySummaries(scope: Scope): Promise<Map<string, Omit<CountrySummary, keyof PartyInfo>>> {
  const rows = await scope.db.selectFrom('country_summaries').select(['party', 'meetings', 'visits', 'agreements', 'relations', 'records', 'partners']).execute();
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

export interface PartnerPageOptions {
  /** Default `meetings`. Measures, trade and latest: most (newest) first, then by partner; `pair`: by the partner's English name. */
  sort?: PairSort;
  /** Partners per page; every partner when absent (a party has a few hundred at most). */
  limit?: number;
  cursor?: string;
}

/** A partner's counts alone (no years): enough to shade a map by any measure. */
export interface PartnerCounts {
  partner: string;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  records: number;
}

export interface CountryPartners {
  /** One page of partners, in the order asked for. */
  partners: Partner[];
  /** Every partner's counts, on every page, in partner code order (a map shows them all). */
  counts: PartnerCounts[];
  /** Partners over every page. */
  total: number;
  nextCursor: string | null;
}

const byName = new Intl.Collator('en');

/** How partners rank under a sort: a primary value (greater first, or for names in alphabetical order), then the partner code. */
function partnerKey(sort: PairSort): (partner: PairSummary & { partner: string }) => string | number {
  if (sort === 'pair') return (row) => partyName(row.partner);
  if (sort === 'trade') return (row) => row.tradeYears;
  if (sort === 'latest') return (row) => row.lastMeetingFirstDay ?? '';
  return (row) => row[sort];
}

/** Compares two partners' (key, partner) pairs in a sort's order. */
function comparePartners(sort: PairSort, [xKey, xPartner]: [string | number, string], [yKey, yPartner]: [string | number, string]): number {
  const primary = sort === 'pair' ? byName.compare(xKey as string, yKey as string) : xKey < yKey ? 1 : xKey > yKey ? -1 : 0;
  return primary || (xPartner < yPartner ? -1 : xPartner > yPartner ? 1 : 0);
}

/**
 * A party's partners with their pair summaries, ranked and paged by a keyset cursor (the
 * sort value and partner of a page's last row), with yearly counts for that page's
 * partners only. A party has a few hundred pairs at most: they are read and ranked here,
 * so every sort (names included) pages the same way.
 */
export async function countryPartners(scope: Scope, code: string, options: PartnerPageOptions = {}): Promise<CountryPartners> {
  const sort = options.sort ?? 'meetings';
  const rows = (await scope.db
    .selectFrom('pair_summaries')
    .select([...SUMMARY_COLUMNS])
    .where((eb) => eb.or([eb('a', '=', code), eb('b', '=', code)]))
    .execute()) as SummaryRow[];
  const key = partnerKey(sort);
  const ranked = rows
    .map((row) => {
      const summary = { ...toSummary(row), partner: row.a === code ? row.b : row.a };
      return { summary, key: [key(summary), summary.partner] as [string | number, string] };
    })
    .sort((x, y) => comparePartners(sort, x.key, y.key));
  let from = 0;
  if (options.cursor) {
    const after = decodeCursor(options.cursor, [sort === 'pair' || sort === 'latest' ? 'string' : 'number', 'string']) as [string | number, string];
    from = ranked.findIndex((row) => comparePartners(sort, row.key, after) > 0);
    if (from < 0) from = ranked.length;
  }
  const limit = options.limit === undefined ? ranked.length : Math.max(1, options.limit);
  const page = ranked.slice(from, from + limit);
  const years = await pairYears(scope, page.map((row) => row.summary.pair));
  const counts = ranked
    .map(({ summary: { partner, meetings, visits, agreements, relations, records } }) => ({ partner, meetings, visits, agreements, relations, records }))
    .sort((x, y) => (x.partner < y.partner ? -1 : 1));
  return {
    partners: page.map(({ summary }) => ({ ...summary, years: years.get(summary.pair) ?? [] })),
    counts,
    total: ranked.length,
    nextCursor: from + limit < ranked.length && page.length ? encodeCursor(page.at(-1)!.key) : null,
  };
}

/** Yearly counts of some pairs, oldest first; years with trade figures alone are left out (there is nothing of theirs to show). */
async function pairYears(scope: Scope, pairs: string[]): Promise<Map<string, PairYear[]>> {
  const years = new Map<string, PairYear[]>();
  // In slices, each one seek of the primary key per pair.
  for (let offset = 0; offset < pairs.length; offset += 500) {
    const rows = await scope.db
      .selectFrom('pair_year_summaries')
      .select(['pair', 'year', 'meetings', 'visits', 'agreements', 'relations'])
      .where('pair', 'in', pairs.slice(offset, offset + 500))
      .orderBy('pair')
      .orderBy('year')
      .execute();
    for (const row of rows) {
      const entry = { year: Number(row.year), meetings: Number(row.meetings), visits: Number(row.visits), agreements: Number(row.agreements), relations: Number(row.relations) };
      if (entry.meetings + entry.visits + entry.agreements + entry.relations === 0) continue;
      const list = years.get(row.pair) ?? [];
      list.push(entry);
      years.set(row.pair, list);
    }
  }
  return years;
}

/** A party's counts by year over all its pairs, oldest first: the country-year summaries (years of trade alone are not there). */
export async function countryYears(scope: Scope, code: string): Promise<PairYear[]> {
  const rows = await scope.db
    .selectFrom('country_year_summaries')
    .select(['year', 'meetings', 'visits', 'agreements', 'relations'])
    .where('party', '=', code)
    .orderBy('year')
    .execute();
  return rows.map((row) => ({ year: Number(row.year), meetings: Number(row.meetings), visits: Number(row.visits), agreements: Number(row.agreements), relations: Number(row.relations) }));
}

/** Relations events the party is part of, oldest first (at most `limit`), and how many there are. */
export async function countryRelations(scope: Scope, code: string, limit = 1000): Promise<{ items: RecordOf<'relation'>[]; total: number }> {
  const ids = (eb: ExpressionBuilder<Database, 'relations'>) => eb.selectFrom('record_parties').select('record_id').where('kind', '=', 'relation').where('party', '=', code);
  const rows = await scope.db.selectFrom('relations').select('body').where('deleted_at', 'is', null).where('id', 'in', ids).orderBy('date_sort').orderBy('id').limit(limit).execute();
  const items = rows.map((row) => JSON.parse(row.body) as RecordOf<'relation'>);
  // Counted only when the list was cut short.
  if (items.length < limit) return { items, total: items.length };
  const counted = await scope.db
    .selectFrom('relations')
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .where('deleted_at', 'is', null)
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return { items, total: Number(counted.total) };
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
export async function peopleInPostNow(scope: Scope, code: string, today: PartialDate, limit = 500): Promise<{ items: PostHolderNow[]; total: number }> {
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
  const all = current
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
    .sort((x, y) => x.post.title.localeCompare(y.post.title) || x.person.name.localeCompare(y.person.name) || (x.holding.id < y.holding.id ? -1 : 1));
  return { items: all.slice(0, limit), total: all.length };
}

