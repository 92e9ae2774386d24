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
import { RECORD_TABLES, SEARCH_KIND_RANK, UNSEARCHED_KINDS } from '../record-tables.js';
import type { Scope } from '../scope.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { getRecords } from './records.js';

/**
 * Full-text search over every record. Both backends index the same folded terms
 * (diacritics dropped, other scripts transliterated, spelling skeletons added), so
 * "klaipeda" finds "Klaipėda" and "vasilenko" finds "Vassilenko" on either.
 */

const CHUNK = 400;

function chunked<T>(items: readonly T[], size = CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let offset = 0; offset < items.length; offset += size) chunks.push(items.slice(offset, offset + size));
  return chunks;
}

function uniqueRefs(refs: Iterable<RecordRef>): RecordRef[] {
  const byKey = new Map<string, RecordRef>();
  for (const ref of refs) byKey.set(refKey(ref), ref);
  return [...byKey.values()];
}

/** Loads live records by reference, a query per kind (in chunks), keyed by `kind:id`. */
async function loadRecords(scope: Scope, refs: readonly RecordRef[]): Promise<Map<string, KindedRecord>> {
  const loaded = new Map<string, KindedRecord>();
  const byKind = new Map<RecordKind, string[]>();
  for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
  for (const [kind, ids] of byKind) {
    for (const record of await getRecords(scope, kind, ids)) loaded.set(refKey({ kind, id: record.id }), { kind, record } as KindedRecord);
  }
  return loaded;
}

const namedTargets = (item: KindedRecord) => referencesOf(item).filter((reference) => !reference.citation).map((reference) => reference.target);

/**
 * Display titles of records, keyed by `kind:id`, loaded in bulk. A title may name what
 * its record points at (a holding names its person and post, a post its organization),
 * so referenced records are loaded two levels deep.
 */
export async function resolveTitles(scope: Scope, refs: Iterable<RecordRef>): Promise<Map<string, string>> {
  const levels: Map<string, KindedRecord>[] = [await loadRecords(scope, uniqueRefs(refs))];
  for (let depth = 0; depth < 2; depth++) {
    const known = new Set(levels.flatMap((level) => [...level.keys()]));
    const next = uniqueRefs([...levels[depth]!.values()].flatMap(namedTargets)).filter((ref) => !known.has(refKey(ref)));
    levels.push(await loadRecords(scope, next));
  }
  const titles = new Map<string, string>();
  // Deepest first, so each level's titles can name the level below.
  for (const level of [...levels].reverse()) {
    for (const [key, item] of level) titles.set(key, recordTitle(item, (ref) => titles.get(refKey(ref))));
  }
  return titles;
}

/** Titles of the posts each person holds, so a search for "Klaipeda" finds its port director. */
async function postsHeld(scope: Scope, personIds: readonly string[]): Promise<Map<string, string[]>> {
  const held = new Map<string, string[]>();
  if (personIds.length === 0) return held;
  const rows: { person_id: string; post_id: string }[] = [];
  for (const ids of chunked(personIds)) {
    rows.push(
      ...(await scope.db
        .selectFrom('holdings')
        .select(['person_id', 'post_id'])
        .where('person_id', 'in', ids)
        .where('deleted_at', 'is', null)
        .orderBy('id')
        .execute()),
    );
  }
  const titles = await resolveTitles(scope, rows.map((row) => ({ kind: 'post' as const, id: row.post_id })));
  for (const row of rows) {
    const title = titles.get(refKey({ kind: 'post', id: row.post_id }));
    if (title) held.set(row.person_id, [...(held.get(row.person_id) ?? []), title]);
  }
  return held;
}

async function removeDocuments(scope: Scope, refs: readonly RecordRef[]): Promise<void> {
  const byKind = new Map<RecordKind, string[]>();
  for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id]);
  for (const [kind, ids] of byKind) {
    for (const slice of chunked(ids)) {
      const rows = await scope.db.selectFrom('search_documents').select('doc_id').where('kind', '=', kind).where('record_id', 'in', slice).execute();
      if (rows.length === 0) continue;
      const docIds = rows.map((row) => Number(row.doc_id));
      await unindexSearchTerms(scope.db, scope.dialect, docIds);
      await scope.db.deleteFrom('search_documents').where('doc_id', 'in', docIds).execute();
    }
  }
}

/** Rebuilds the search documents of these records (removing those of deleted records), in bulk. */
export async function refreshSearchDocuments(scope: Scope, refs: Iterable<RecordRef>): Promise<void> {
  const all = uniqueRefs(refs).filter((ref) => !UNSEARCHED_KINDS.has(ref.kind));
  for (const slice of chunked(all)) {
    await removeDocuments(scope, slice);
    const items = [...(await loadRecords(scope, slice)).values()];
    if (items.length === 0) continue;
    const titles = await resolveTitles(scope, [...items.map((item) => ({ kind: item.kind, id: item.record.id })), ...items.flatMap(namedTargets)]);
    const lookup = (ref: RecordRef) => titles.get(refKey(ref));
    const posts = await postsHeld(scope, items.filter((item) => item.kind === 'person').map((item) => item.record.id));
    const documents = items.map((item) => {
      const title = recordTitle(item, lookup);
      const body = [recordSearchText(item, lookup), ...(posts.get(item.record.id) ?? [])].join('\n');
      return {
        kind: item.kind,
        record_id: item.record.id,
        kind_rank: SEARCH_KIND_RANK[item.kind],
        title,
        sort_title: foldText(title).slice(0, 200),
        title_terms: searchTerms(title).join(' '),
        body_terms: searchTerms(body).join(' '),
      };
    });
    for (const rows of chunked(documents, 100)) {
      const inserted = await scope.db.insertInto('search_documents').values(rows).returning(['doc_id', 'title_terms', 'body_terms']).execute();
      await indexSearchTerms(
        scope.db,
        scope.dialect,
        inserted.map((row) => ({ docId: Number(row.doc_id), titleTerms: row.title_terms, bodyTerms: row.body_terms })),
      );
    }
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

