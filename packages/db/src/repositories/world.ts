import {
  comparePartiesByName,
  firstDay,
  nameForSorting,
  holdingOnDate,
  type Holding,
  partyName,
  type PairSort,
  type PartialDate,
  type Person,
  type Post,
  type RecordOf,
} from '@bilat/domain';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../schema.js';
import type { Scope } from '../scope.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { getRecords } from './records.js';
import { SUMMARY_COLUMNS, toSummary, type PairSummary, type PairYear, type SummaryRow } from './summaries.js';

// The pairs index and the countries' totals live beside, in a file that loads no zod.
export * from './summaries.js';

/*
 * The world views (the map, countries, a country's partners, the pairs index) read the
 * summaries that triggers keep (migration 2026-12-02T0009-summaries), never the records.
 */

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

/** How partners rank under a sort: a primary value (greater first, or for names in alphabetical order), then the partner's name. */
function partnerKey(sort: PairSort): (partner: PairSummary & { partner: string }) => string | number {
  if (sort === 'pair') return (row) => nameForSorting(partyName(row.partner));
  if (sort === 'trade') return (row) => row.tradeYears;
  if (sort === 'latest') return (row) => row.lastMeetingFirstDay ?? '';
  return (row) => row[sort];
}

/** Compares two partners' (key, partner) pairs in a sort's order. */
function comparePartners(sort: PairSort, [xKey, xPartner]: [string | number, string], [yKey, yPartner]: [string | number, string]): number {
  const primary = sort === 'pair' ? byName.compare(xKey as string, yKey as string) : xKey < yKey ? 1 : xKey > yKey ? -1 : 0;
  return primary || comparePartiesByName(xPartner, yPartner);
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

