import { RECORD_KINDS, type RecordKind } from '@bilat/domain/kinds';
import type { RecordTableName } from './schema.js';

/*
 * Where each kind of record lives and how its list is ordered, without the domain's
 * schemas: the quick read path (`@bilat/db/summaries`, the meetings list of a cold
 * `bilat meetings --json`) lists records with this table alone. record-tables.ts adds
 * the projection of records onto rows.
 */

/** How a kind's list is ordered: newest first by date, alphabetically by name, or by id. */
export type ListOrder = 'date-desc' | 'name-asc' | 'id-asc';

/** What the data layer needs to know of a kind's rows besides its projection (record-tables.ts). */
interface RecordRowShape {
  table: RecordTableName;
  /** The row carries `date_sort`, `date_first` and `date_last` (date filters apply). */
  dated: boolean;
  /** The row carries `pair` (the record's pair, see the domain's recordPair). */
  pair: boolean;
  order: ListOrder;
}

/**
 * Where each kind of record lives, which shared columns its rows carry and how its list
 * is ordered. With `projectRecord` (record-tables.ts), the one place that maps domain
 * objects onto rows; reads parse `body` back. A test holds `dated` and `pair` to the
 * migrated tables.
 */
export const RECORD_ROWS = {
  source: { table: 'sources', dated: true, pair: false, order: 'date-desc' },
  place: { table: 'places', dated: false, pair: false, order: 'name-asc' },
  organization: { table: 'organizations', dated: false, pair: false, order: 'name-asc' },
  post: { table: 'posts', dated: false, pair: false, order: 'name-asc' },
  person: { table: 'people', dated: false, pair: false, order: 'name-asc' },
  holding: { table: 'holdings', dated: false, pair: false, order: 'id-asc' },
  series: { table: 'series', dated: false, pair: true, order: 'name-asc' },
  visit: { table: 'visits', dated: true, pair: true, order: 'date-desc' },
  meeting: { table: 'meetings', dated: true, pair: true, order: 'date-desc' },
  agreement: { table: 'agreements', dated: true, pair: true, order: 'date-desc' },
  statement: { table: 'statements', dated: true, pair: false, order: 'date-desc' },
  commitment: { table: 'commitments', dated: false, pair: false, order: 'id-asc' },
  trade: { table: 'trade_flows', dated: true, pair: true, order: 'date-desc' },
  investment: { table: 'investment_flows', dated: true, pair: true, order: 'date-desc' },
  indicator: { table: 'indicators', dated: true, pair: true, order: 'date-desc' },
  dispute: { table: 'disputes', dated: false, pair: false, order: 'id-asc' },
  interaction: { table: 'interactions', dated: true, pair: true, order: 'date-desc' },
  relation: { table: 'relations', dated: true, pair: true, order: 'date-desc' },
} as const satisfies Record<RecordKind, RecordRowShape>;

export const RECORD_TABLES: { readonly [K in RecordKind]: (typeof RECORD_ROWS)[K]['table'] } = Object.fromEntries(
  RECORD_KINDS.map((kind) => [kind, RECORD_ROWS[kind].table]),
) as never;

const kindsWhere = (test: (shape: RecordRowShape) => boolean): ReadonlySet<RecordKind> => new Set(RECORD_KINDS.filter((kind) => test(RECORD_ROWS[kind])));

/** Kinds whose rows carry the date columns. */
export const DATED_KINDS = kindsWhere((shape) => shape.dated);
/** Kinds whose rows carry the pair column. */
export const PAIR_KINDS = kindsWhere((shape) => shape.pair);
