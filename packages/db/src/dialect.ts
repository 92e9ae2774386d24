import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DialectName } from './connection.js';
import type { Database } from './schema.js';

/*
 * The few places where SQLite and PostgreSQL need different SQL. Everything else is
 * written once with Kysely; the shared test suite finds any difference that slips by.
 */

type Executor = Kysely<Database>;

/** Adds search documents' terms to the full-text index (PostgreSQL indexes them by generated columns). */
export async function indexSearchTerms(
  db: Executor,
  dialect: DialectName,
  documents: readonly { docId: number; titleTerms: string; bodyTerms: string }[],
): Promise<void> {
  if (dialect !== 'sqlite' || documents.length === 0) return;
  const rows = documents.map((doc) => sql`(${doc.docId}, ${doc.titleTerms}, ${doc.bodyTerms})`);
  await sql`insert into search_fts (rowid, title_terms, body_terms) values ${sql.join(rows)}`.execute(db);
}

export async function unindexSearchTerms(db: Executor, dialect: DialectName, docIds: number[]): Promise<void> {
  if (dialect === 'sqlite' && docIds.length) {
    await sql`delete from search_fts where rowid in (${sql.join(docIds)})`.execute(db);
  }
}

/**
 * Merges SQLite's full-text index into one segment. A bulk load leaves it in many small
 * segments, and FTS5 merges them incrementally on later writes: without this, the first
 * ordinary write after seeding rewrote a third of the index (81 new pages and 105 freed on
 * the shipped data), a one-off cost a user's first edit should not pay. PostgreSQL keeps no
 * such segments.
 */
export async function compactSearchIndex(db: Executor, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
}

/**
 * Gives a just-built SQLite file back the pages its bulk load freed (merging the search index
 * frees the small segments it replaced: about 600 pages on the shipped data), so that the file
 * is no larger than its data and a full disk is met by the writes that fill it. It rewrites the
 * whole file (about a second for the shipped data), so it runs once, on a new file.
 */
export async function reclaimFreePages(db: Executor, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql`vacuum`.execute(db);
}

/**
 * A condition on `search_documents` (aliased `d`) that every term matches as a word
 * prefix; `titleOnly` restricts it to the title. Terms are already [a-z0-9]+, so nothing
 * a user types reaches the query syntax.
 */
export function matchTerms(dialect: DialectName, terms: string[], titleOnly: boolean): RawBuilder<boolean> {
  if (dialect === 'sqlite') {
    const expression = terms.map((term) => `"${term}"*`).join(' AND ');
    const query = titleOnly ? `{title_terms} : (${expression})` : expression;
    return sql<boolean>`d.doc_id in (select rowid from search_fts where search_fts match ${query})`;
  }
  const query = terms.map((term) => `${term}:*`).join(' & ');
  const column = titleOnly ? sql.ref('d.title_vector') : sql.ref('d.all_vector');
  return sql<boolean>`${column} @@ to_tsquery('simple', ${query})`;
}
