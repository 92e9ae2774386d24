import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Watched sources and the review inbox. A source is a feed or news page fetched on a
 * schedule; each item it lists is remembered (so it is never fetched again) with the
 * source document its report became. A proposal is one event proposed from one or more
 * reports (two outlets on one round: one proposal, two drafts), waiting for a person to
 * accept or reject it. Ids are integers so people can type them (`bilat inbox accept 12`).
 * Frozen once released.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the application's table types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const key = postgres ? sql`text collate "C"` : sql`text`;
  const serial = postgres ? sql`bigserial primary key` : sql`integer primary key autoincrement`;
  const integer = postgres ? 'bigint' : 'integer';

  await db.schema
    .createTable('watch_sources')
    .addColumn('id', serial)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('country', key)
    .addColumn('every_seconds', 'integer', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_fetched_at', key)
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('next_due_at', key, (c) => c.notNull())
    .addColumn('created_at', key, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('watch_items')
    .addColumn('source_id', integer, (c) => c.notNull().references('watch_sources.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('fetched_at', key, (c) => c.notNull())
    .addColumn('status', key, (c) => c.notNull())
    .addColumn('document_id', key)
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('watch_items_pk', ['source_id', 'item_key'])
    .execute();
  await db.schema.createIndex('watch_items_document').on('watch_items').column('document_id').execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', serial)
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('pair', key)
    .addColumn('date', key)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', key, (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    // The id the proposed record has in the drafts (the meeting drafted, or the held one cited again).
    .addColumn('record_id', key, (c) => c.notNull())
    .addColumn('matched_record_id', key)
    .addColumn('origin', key, (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', key, (c) => c.notNull())
    .addColumn('decided_at', key)
    .addColumn('batch_id', key)
    .execute();
  await db.schema.createIndex('proposals_status').on('proposals').columns(['status', 'id']).execute();
  await db.schema.createIndex('proposals_record').on('proposals').columns(['kind', 'record_id']).execute();

  await db.schema
    .createTable('proposal_drafts')
    .addColumn('proposal_id', integer, (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('document_id', key, (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('created_at', key, (c) => c.notNull())
    .addPrimaryKeyConstraint('proposal_drafts_pk', ['proposal_id', 'document_id'])
    .execute();
  await db.schema.createIndex('proposal_drafts_document').on('proposal_drafts').column('document_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['proposal_drafts', 'proposals', 'watch_items', 'watch_sources']) await db.schema.dropTable(table).ifExists().execute();
}
