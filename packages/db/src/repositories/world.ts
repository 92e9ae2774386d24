import {
  firstDay,
  holdingOnDate,
  type Holding,
  type Measure,
  type PartialDate,
  type Person,
  type Post,
  type RecordOf,
} from '@bilat/domain';
import type { Scope } from '../scope.js';
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
  // By the pairs just read (at most a few hundred), so each is one seek of the primary key.
  const yearRows = [];
  for (let offset = 0; offset < rows.length; offset += 500) {
    const pairs = rows.slice(offset, offset + 500).map((row) => row.pair);
    yearRows.push(
      ...(await scope.db
        .selectFrom('pair_year_summaries')
        .select(['pair', 'year', 'meetings', 'visits', 'agreements', 'relations'])
        .where('pair', 'in', pairs)
        .orderBy('pair')
        .orderBy('year')
        .execute()),
    );
  }
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

