import {
  foldText,
  queryTerms,
  recordSearchText,
  recordTitle,
  referencesOf,
  refKey,
  searchTerms,
  type KindedRecord,
  type RecordKind,
  type RecordRef,
} from '@bilat/domain';
import { sql } from 'kysely';
import { indexSearchTerms, matchTerms, unindexSearchTerms } from '../dialect.js';
import { RECORD_TABLES, SEARCH_KIND_RANK } from '../record-tables.js';
import type { Scope } from '../scope.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { findRecord } from './records.js';

/**
 * Full-text search over every record. Both backends index the same folded terms
 * (diacritics dropped, other scripts transliterated, spelling skeletons added), so
 * "klaipeda" finds "Klaipėda" and "vasilenko" finds "Vassilenko" on either.
 */

/** Resolves display titles of records, following the references a title names (a holding names its person and post). */
function titleResolver(scope: Scope) {
  const cache = new Map<string, Promise<string | undefined>>();
  const resolve = (ref: RecordRef, depth = 0): Promise<string | undefined> => {
    const key = refKey(ref);
    if (!cache.has(key)) {
      cache.set(
        key,
        (async () => {
          const found = await findRecord(scope, ref.kind, ref.id);
          if (!found) return undefined;
          const item = { kind: ref.kind, record: found.record } as KindedRecord;
          const lookup = depth < 2 ? await lookupFor(item, depth + 1) : () => undefined;
          return recordTitle(item, lookup);
        })(),
      );
    }
    return cache.get(key)!;
  };
  const lookupFor = async (item: KindedRecord, depth = 0) => {
    const titles = new Map<string, string | undefined>();
    for (const reference of referencesOf(item)) {
      if (reference.citation) continue;
      titles.set(refKey(reference.target), await resolve(reference.target, depth));
    }
    return (ref: RecordRef) => titles.get(refKey(ref));
  };
  return { resolve, lookupFor };
}

/** Titles of the posts a person holds, so a search for "Klaipeda" finds its port director. */
async function postsHeldText(scope: Scope, personId: string, resolve: (ref: RecordRef) => Promise<string | undefined>): Promise<string[]> {
  const holdings = await scope.db
    .selectFrom('holdings')
    .select(['id', 'post_id'])
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const titles = await Promise.all(holdings.map((holding) => resolve({ kind: 'post', id: holding.post_id })));
  return titles.filter((title): title is string => Boolean(title));
}

async function removeDocument(scope: Scope, ref: RecordRef): Promise<void> {
  const rows = await scope.db
    .selectFrom('search_documents')
    .select('doc_id')
    .where('kind', '=', ref.kind)
    .where('record_id', '=', ref.id)
    .execute();
  if (rows.length === 0) return;
  const ids = rows.map((row) => Number(row.doc_id));
  await unindexSearchTerms(scope.db, scope.dialect, ids);
  await scope.db.deleteFrom('search_documents').where('doc_id', 'in', ids).execute();
}

/** Rebuilds the search documents of these records (removing those of deleted records). */
export async function refreshSearchDocuments(scope: Scope, refs: Iterable<RecordRef>): Promise<void> {
  const { resolve, lookupFor } = titleResolver(scope);
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = refKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    await removeDocument(scope, ref);
    const found = await findRecord(scope, ref.kind, ref.id);
    if (!found) continue;
    const item = { kind: ref.kind, record: found.record } as KindedRecord;
    const lookup = await lookupFor(item);
    const title = recordTitle(item, lookup);
    const extra = item.kind === 'person' ? await postsHeldText(scope, item.record.id, resolve) : [];
    const body = [recordSearchText(item, lookup), ...extra].join('\n');
    const inserted = await scope.db
      .insertInto('search_documents')
      .values({
        kind: ref.kind,
        record_id: ref.id,
        kind_rank: SEARCH_KIND_RANK[ref.kind],
        title,
        sort_title: foldText(title).slice(0, 200),
        title_terms: searchTerms(title).join(' '),
        body_terms: searchTerms(body).join(' '),
      })
      .returning('doc_id')
      .executeTakeFirstOrThrow();
    await indexSearchTerms(scope.db, scope.dialect, Number(inserted.doc_id), searchTerms(title).join(' '), searchTerms(body).join(' '));
  }
}

/**
 * The records whose search documents a change to these records may have made stale:
 * the records themselves, the people whose holdings changed, and whatever names them
 * (a meeting lists its participants' names; a post names its organization).
 */
export async function searchRefreshSet(scope: Scope, changed: readonly RecordRef[]): Promise<RecordRef[]> {
  const result = new Map<string, RecordRef>();
  const add = (ref: RecordRef) => result.set(refKey(ref), ref);
  let frontier = [...changed];
  changed.forEach(add);
  for (let depth = 0; depth < 2 && frontier.length; depth++) {
    const next: RecordRef[] = [];
    for (const ref of frontier) {
      if (ref.kind === 'source') continue;
      const linkers = await scope.db
        .selectFrom('record_links')
        .select(['from_kind', 'from_id'])
        .distinct()
        .where('to_kind', '=', ref.kind)
        .where('to_id', '=', ref.id)
        .execute();
      for (const link of linkers) {
        const linker = { kind: link.from_kind as RecordKind, id: link.from_id };
        if (!result.has(refKey(linker))) next.push(linker);
        add(linker);
      }
      if (ref.kind === 'holding') {
        const holding = await scope.db.selectFrom('holdings').select('person_id').where('id', '=', ref.id).executeTakeFirst();
        if (holding) add({ kind: 'person', id: holding.person_id });
      }
    }
    frontier = next;
  }
  return [...result.values()];
}

export interface SearchHit {
  kind: RecordKind;
  id: string;
  title: string;
  /** True when every word matched the title, not only other names or text. */
  titleMatch: boolean;
}

export interface SearchOptions {
  kinds?: readonly RecordKind[];
  limit?: number;
  cursor?: string;
}

export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
}

interface SearchRow {
  kind: string;
  record_id: string;
  title: string;
  kind_rank: number;
  sort_title: string;
  tier: number;
}

/**
 * Finds records whose words start with every word of the query. Results come in one
 * order on both backends: title matches first, then by kind (people, meetings, …),
 * then alphabetically; the cursor continues that order.
 */
export async function searchRecords(scope: Scope, query: string, options: SearchOptions = {}): Promise<SearchPage> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { items: [], nextCursor: null };
  const limit = Math.max(1, Math.min(options.limit ?? 20, 200));
  const kinds = options.kinds?.length ? sql`and d.kind in (${sql.join([...options.kinds])})` : sql``;
  const after = options.cursor ? decodeCursor(options.cursor, ['number', 'number', 'string', 'string', 'string']) : undefined;
  const keyset = after
    ? sql`where (s.tier, s.kind_rank, s.sort_title, s.kind, s.record_id) > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]}, ${after[4]})`
    : sql``;
  const result = await sql<SearchRow>`
    select * from (
      select d.kind, d.record_id, d.title, d.kind_rank, d.sort_title,
             case when ${matchTerms(scope.dialect, terms, true)} then 0 else 1 end as tier
      from search_documents d
      where ${matchTerms(scope.dialect, terms, false)} ${kinds}
    ) s
    ${keyset}
    order by s.tier, s.kind_rank, s.sort_title, s.kind, s.record_id
    limit ${limit + 1}
  `.execute(scope.db);
  const rows = result.rows.slice(0, limit);
  const last = rows.at(-1);
  return {
    items: rows.map((row) => ({ kind: row.kind as RecordKind, id: row.record_id, title: row.title, titleMatch: Number(row.tier) === 0 })),
    nextCursor:
      result.rows.length > limit && last
        ? encodeCursor([Number(last.tier), Number(last.kind_rank), last.sort_title, last.kind, last.record_id])
        : null,
  };
}

/** Rebuilds every search document, after a change to how text is folded. */
export async function rebuildSearchIndex(scope: Scope): Promise<number> {
  const refs: RecordRef[] = [];
  for (const [kind, table] of Object.entries(RECORD_TABLES)) {
    const rows = await scope.db.selectFrom(table as 'sources').select('id').where('deleted_at', 'is', null).execute();
    refs.push(...rows.map((row) => ({ kind: kind as RecordKind, id: row.id })));
  }
  await refreshSearchDocuments(scope, refs);
  return refs.length;
}

/** Display titles of records (a holding's names its person and post), keyed by `kind:id`; missing records are left out. */
export async function resolveTitles(scope: Scope, refs: Iterable<RecordRef>): Promise<Map<string, string>> {
  const { resolve } = titleResolver(scope);
  const titles = new Map<string, string>();
  for (const ref of refs) {
    const title = await resolve(ref);
    if (title !== undefined) titles.set(refKey(ref), title);
  }
  return titles;
}
