/* eslint-disable @typescript-eslint/no-explicit-any -- one list function serves every record table; the table is picked at run time, so its columns are named in code and typed loosely here. */
import type { RecordKind, RecordOf } from '@bilat/domain';
import { firstDay, lastDay, matchRange, type PartialDate } from '@bilat/domain/dates';
import { pairOf } from '@bilat/domain/parties';
import { CompiledQuery, type Kysely, type SelectQueryBuilder } from 'kysely';
import { matchTerms } from '../dialect.js';
import { DATED_KINDS, PAIR_KINDS, RECORD_ROWS, RECORD_TABLES, type ListOrder } from '../record-rows.js';
import type { Scope } from '../scope.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor } from './cursor.js';

/** Filters every list understands. Dates match by overlap (docs/domain.md, "Dates"). */
export interface ListFilter {
  /** Records that concern this party. */
  country?: string;
  /** With `country`: records between the two (the pair). */
  partner?: string;
  from?: PartialDate;
  to?: PartialDate;
  status?: 'verified' | 'draft';
  /** Full-text restriction: every word must match the record's search document. */
  text?: string;
  limit?: number;
  cursor?: string;
}

/** A list's filter as the API and the command line name it: `q` for the text. */
export type ListQuery = Omit<ListFilter, 'text'> & { q?: string };

/** Maps the API's filter names onto the data layer's. */
export function listFilterOf(query: ListQuery): ListFilter {
  return {
    country: query.country,
    partner: query.partner,
    from: query.from,
    to: query.to,
    status: query.status,
    text: query.q,
    limit: query.limit,
    cursor: query.cursor,
  };
}

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  /** Ids of items that only may fall in the date range (a month overlapping the range's edge). */
  approximateIds: string[];
}

// Lists are built over any record table; the shared columns are named in code only.
type AnyQuery = SelectQueryBuilder<any, any, any>;

/** Extra conditions a kind-specific list adds (its own columns, joins). */
export type Refine = (query: AnyQuery) => AnyQuery;

function sortColumn(order: ListOrder): string {
  return order === 'date-desc' ? 'date_sort' : order === 'name-asc' ? 'sort_name' : 'id';
}

/** The words of a `text` filter, folded as search documents are (text folding is loaded only when there are words). */
async function textTerms(text: string | undefined): Promise<string[]> {
  if (!text) return [];
  const { queryTerms } = await import('@bilat/domain/text');
  return queryTerms(text);
}

/**
 * The values a list's SQL binds, derived from its filter: which of them are present decides
 * the statement's text (its shape), their values only its parameters.
 */
interface ListValues {
  status?: string;
  /** Both parties of a pair kind: the records of that pair. */
  pair?: string;
  /** Otherwise each party given: records that concern it. */
  country?: string;
  partner?: string;
  fromDay?: string;
  toDay?: string;
  cursorValue?: string;
  cursorId?: string;
  /** One more than the page holds: whether there is a next page. */
  limit: number;
}
type ListSlot = keyof ListValues;

function listValues(kind: RecordKind, filter: ListFilter, order: ListOrder, limit: number): ListValues {
  const values: ListValues = { limit: limit + 1 };
  if (filter.status) values.status = filter.status;
  if (filter.country && filter.partner && PAIR_KINDS.has(kind) && kind !== 'agreement') values.pair = pairOf(filter.country, filter.partner);
  else {
    if (filter.country) values.country = filter.country;
    if (filter.partner) values.partner = filter.partner;
  }
  if ((filter.from || filter.to) && DATED_KINDS.has(kind)) {
    if (filter.from) values.fromDay = firstDay(filter.from);
    if (filter.to) values.toDay = lastDay(filter.to);
  }
  if (filter.cursor) {
    const [value, id] = decodeCursor(filter.cursor, ['string', 'string']) as [string, string];
    values.cursorId = id;
    if (order !== 'id-asc') values.cursorValue = value;
  }
  return values;
}

/** The list's query for these values (real ones, or stand-ins when its shape is compiled once: listShape). */
function listQuery(scope: Scope, kind: RecordKind, values: ListValues, terms: string[], refine: Refine | undefined): AnyQuery {
  const order = RECORD_ROWS[kind].order;
  const column = sortColumn(order);
  const db = scope.db as unknown as Kysely<any>;
  const table = `${RECORD_TABLES[kind]} as r` as string;
  let q: AnyQuery = db.selectFrom(table).select(['r.id', 'r.body', `r.${column} as sort_value`]);
  q = q.where('r.deleted_at', 'is', null);
  if (values.status !== undefined) q = q.where('r.status', '=', values.status);
  if (values.pair !== undefined) {
    q = q.where('r.pair', '=', values.pair);
  } else {
    for (const party of [values.country, values.partner]) {
      if (party === undefined) continue;
      q = q.where('r.id', 'in', (eb: any) =>
        eb.selectFrom('record_parties').select('record_id').where('kind', '=', kind).where('party', '=', party),
      );
    }
  }
  if (values.fromDay !== undefined) q = q.where('r.date_last', '>=', values.fromDay);
  if (values.toDay !== undefined) q = q.where('r.date_first', '<=', values.toDay);
  if (terms.length) {
    q = q.where('r.id', 'in', (eb: any) =>
      eb.selectFrom('search_documents as d').select('d.record_id').where('d.kind', '=', kind).where(matchTerms(scope.dialect, terms, false)),
    );
  }
  if (refine) q = refine(q);
  if (values.cursorId !== undefined) {
    const { cursorValue: value, cursorId: id } = values;
    q =
      order === 'id-asc'
        ? q.where('r.id', '>', id)
        : // The bound on the sort column alone (<= / >=) lets the planner seek the sort index;
          // written only as the OR below, SQLite unions two index scans and sorts everything
          // past the cursor (70 ms instead of 0.2 ms for a deep page of 50,000 meetings).
          q.where(`r.${column}`, order === 'date-desc' ? '<=' : '>=', value).where((eb: any) =>
            eb.or([eb(`r.${column}`, order === 'date-desc' ? '<' : '>', value), eb('r.id', '>', id)]),
          );
  }
  q = q.orderBy(`r.${column}`, order === 'date-desc' ? 'desc' : 'asc');
  if (column !== 'id') q = q.orderBy('r.id', 'asc');
  return q.limit(values.limit);
}

/*
 * A list without text or a kind's own conditions (the meetings list as first opened, and
 * paged on) has one statement per shape: which of its values are present. Building that
 * statement with Kysely's builder and compiling it on every call (a node per condition and
 * value, a visitor over the tree) cost the API server more than the list's SQL for a page
 * of 50 meetings; each shape is compiled once, with stand-ins for its values, and later
 * calls only bind their own. The text is Kysely's own, so it is the same statement as ever.
 */
interface ListShape {
  sql: string;
  /** For each parameter, the value it binds: a slot of ListValues, or a constant of the text. */
  parameters: ({ slot: ListSlot } | { constant: unknown })[];
}
const SLOTS: readonly ListSlot[] = ['status', 'pair', 'country', 'partner', 'fromDay', 'toDay', 'cursorValue', 'cursorId', 'limit'];
const shapes = new Map<string, ListShape>();

function listShape(scope: Scope, kind: RecordKind, values: ListValues): ListShape {
  let present = 0;
  for (let i = 0; i < SLOTS.length; i++) if (values[SLOTS[i]!] !== undefined) present |= 1 << i;
  const key = `${scope.dialect} ${kind} ${present}`;
  let shape = shapes.get(key);
  if (shape) return shape;
  const standIns = new Map<unknown, ListSlot>();
  const stood = { ...values } as Record<ListSlot, unknown>;
  for (const slot of SLOTS) {
    if (values[slot] === undefined) continue;
    const standIn = `\u0000bilat list value: ${slot}`;
    standIns.set(standIn, slot);
    stood[slot] = standIn;
  }
  const compiled = listQuery(scope, kind, stood as unknown as ListValues, [], undefined).compile();
  shape = {
    sql: compiled.sql,
    parameters: compiled.parameters.map((parameter) => {
      const slot = standIns.get(parameter);
      return slot === undefined ? { constant: parameter } : { slot };
    }),
  };
  shapes.set(key, shape);
  return shape;
}

/**
 * One page of a kind's records, filtered and in the kind's order, continued by a keyset
 * cursor: rows inserted between pages never cause duplicates or gaps.
 */
export async function listRecords<K extends RecordKind>(
  scope: Scope,
  kind: K,
  filter: ListFilter = {},
  refine?: Refine,
): Promise<ListPage<RecordOf<K>>> {
  const order = RECORD_ROWS[kind].order;
  const limit = Math.max(1, Math.min(filter.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
  const values = listValues(kind, filter, order, limit);
  // Awaited only with words to fold: a list without text goes on in the same turn.
  const terms = filter.text ? await textTerms(filter.text) : [];
  type Row = { id: string; body: string; sort_value: string };
  let rows: Row[];
  if (terms.length === 0 && refine === undefined) {
    const shape = listShape(scope, kind, values);
    const parameters = shape.parameters.map((parameter) => ('slot' in parameter ? values[parameter.slot] : parameter.constant));
    rows = (await scope.db.executeQuery<Row>(CompiledQuery.raw(shape.sql, parameters))).rows;
  } else {
    rows = (await listQuery(scope, kind, values, terms, refine).execute()) as Row[];
  }
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const bodies = page.map((row) => row.body);
  const nextCursor = rows.length > limit && last ? encodeCursor([String(last.sort_value), last.id]) : null;
  // Parsed only when read: a page that is only sent on goes out as its stored bodies (pageJson).
  const result = Object.defineProperty({}, 'items', ITEMS) as ListPage<RecordOf<K>>;
  result.nextCursor = nextCursor;
  result.approximateIds = [];
  // Not enumerable: a spread copy or JSON.stringify of the page leaves it out.
  Object.defineProperty(result, STORED, { value: { bodies, items: undefined } satisfies Stored });
  // Only a date range needs the items themselves.
  if (filter.from || filter.to) result.approximateIds = approximateIds(kind, result.items, filter);
  return result;
}

/*
 * Pages sent as they are stored. Every body is the JSON.stringify of the validated record
 * (records.ts writes it, undo writes back what it wrote), so parsing a page's bodies only to
 * stringify them again changes no byte: for a page of 50 meetings that was half of the API's
 * own time beside its SQL. A page whose items nobody has read is written with its bodies
 * spliced in; reading (or replacing) the items drops that, and the page is serialised as any object.
 */
const STORED = Symbol('bodies as stored');

/** A page's records: the bodies as stored until someone reads (or replaces) the items. */
interface Stored {
  bodies: string[] | undefined;
  items: unknown[] | undefined;
}
type WithStored = { [STORED]?: Stored };

/*
 * `items` is an accessor that every page shares, reading its state from the page. A getter
 * written in each page's object literal made each page a hidden class of its own, kept
 * outside the young generation and pointing at the page's closure: every page's records
 * then outlived the next young-generation collection and were promoted (about 1 MB per
 * collection at 50 meetings a page, so a full collection every few hundred milliseconds).
 */
function readItems(this: WithStored): unknown[] {
  const stored = this[STORED]!;
  if (stored.items === undefined) stored.items = stored.bodies!.map((body) => JSON.parse(body) as unknown);
  stored.bodies = undefined;
  return stored.items;
}

function replaceItems(this: WithStored, value: unknown[]): void {
  const stored = this[STORED]!;
  stored.items = value;
  stored.bodies = undefined;
}

const ITEMS: PropertyDescriptor = { get: readItems, set: replaceItems, enumerable: true, configurable: true };

/** The page as JSON, bodies spliced in as stored, when it is a page listRecords made and nobody has read its items; otherwise undefined. */
export function pageJson(page: unknown): string | undefined {
  return pageParts(page)?.join('');
}

/**
 * pageJson's bytes inside `before` and `after` (an API's envelope), written straight into
 * one buffer: the server sends bytes, and joining the bodies, wrapping them and encoding
 * the result made three copies of a page (about a third of what a 50-meeting answer allocated).
 */
export function pageJsonBytes(page: unknown, before: string, after: string): Buffer | undefined {
  const parts = pageParts(page);
  if (!parts) return undefined;
  parts.unshift(before);
  parts.push(after);
  let size = 0;
  for (const part of parts) size += Buffer.byteLength(part, 'utf8');
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const part of parts) offset += bytes.write(part, offset, 'utf8');
  return bytes;
}

/** The pieces of pageJson's text, in order (commas between bodies included); undefined as for pageJson. */
function pageParts(page: unknown): string[] | undefined {
  if (typeof page !== 'object' || page === null) return undefined;
  const bodies = (page as WithStored)[STORED]?.bodies;
  if (!bodies) return undefined;
  const { nextCursor, approximateIds } = page as ListPage<unknown>;
  // Exactly what JSON.stringify(page) writes: the same keys, in the same order.
  const keys = Object.keys(page);
  if (keys.length !== 3 || keys[0] !== 'items' || keys[1] !== 'nextCursor' || keys[2] !== 'approximateIds') return undefined;
  const parts: string[] = ['{"items":['];
  // Commas as pieces of their own: a body glued to one would be copied to be encoded.
  bodies.forEach((body, i) => (i === 0 ? parts.push(body) : parts.push(',', body)));
  parts.push(`],"nextCursor":${JSON.stringify(nextCursor)},"approximateIds":${JSON.stringify(approximateIds)}}`);
  return parts;
}

/** The date span a dated record covers, for telling exact from approximate range matches. */
function spanOf(kind: RecordKind, record: any): { start: string; end?: string } | undefined {
  switch (kind) {
    case 'meeting':
    case 'visit':
    case 'statement':
    case 'relation':
      return record.date ?? undefined;
    case 'trade':
      return record.period;
    case 'investment':
      return record.span;
    case 'indicator':
      return { start: record.asOf };
    case 'interaction':
      return { start: record.date };
    case 'source':
      return record.published ? { start: record.published } : undefined;
    case 'agreement': {
      const step = record.steps.find((s: any) => s.stage === 'signed' && s.date) ?? record.steps.find((s: any) => s.date);
      return step?.date;
    }
    default:
      return undefined;
  }
}

function approximateIds(kind: RecordKind, items: readonly { id: string }[], filter: ListFilter): string[] {
  if (!filter.from && !filter.to) return [];
  return items
    .filter((item) => {
      const span = spanOf(kind, item);
      return span && matchRange({ from: filter.from, to: filter.to }, span.start, span.end) === 'approximate';
    })
    .map((item) => item.id);
}

/** Column equality for the kind-specific filters below (column names come from code, values are bound). */
export function whereColumns(values: Record<string, string | number | undefined>): Refine | undefined {
  // None given: no refinement at all, so that the list keeps its compiled shape (listShape).
  if (Object.values(values).every((value) => value === undefined)) return undefined;
  return (query) => {
    let q = query;
    for (const [column, value] of Object.entries(values)) {
      if (value !== undefined) q = q.where(`r.${column}`, '=', value);
    }
    return q;
  };
}

/** The refinements given, in order; undefined when none is. */
export function combine(...refines: (Refine | undefined)[]): Refine | undefined {
  const given = refines.filter((refine) => refine !== undefined);
  if (given.length === 0) return undefined;
  return (query) => given.reduce((q, refine) => refine(q), query);
}

