/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must not depend on the application's table types, which change after them. */
import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

/*
 * The first schema. Frozen once released: later changes go in new migrations.
 * Migrations take Kysely<any> and import nothing from the application.
 */

type Table = CreateTableBuilder<string, string>;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Ids, dates and sort keys compare byte by byte on both backends (PostgreSQL's default
  // collation would order "kz-lt" and "kzlt" differently from SQLite).
  const key = postgres ? sql`text collate "C"` : sql`text`;
  const serial = postgres ? sql`bigint generated always as identity` : sql`integer`;

  const recordTable = (name: string): Table =>
    db.schema
      .createTable(name)
      .addColumn('id', key, (column) => column.primaryKey())
      .addColumn('body', 'text', (column) => column.notNull())
      .addColumn('status', key, (column) => column.notNull())
      .addColumn('created_at', key, (column) => column.notNull())
      .addColumn('updated_at', key, (column) => column.notNull())
      .addColumn('deleted_at', key);

  const withPair = (table: Table) => table.addColumn('pair', key);
  const withDates = (table: Table) =>
    table
      .addColumn('date_sort', key, (column) => column.notNull())
      .addColumn('date_first', key)
      .addColumn('date_last', key);
  // Deferred so a bundle may list records in any order within one transaction.
  const withForeignKeys = (table: Table, name: string, keys: [column: string, target: string][]) =>
    keys.reduce(
      (builder, [column, target]) =>
        builder.addForeignKeyConstraint(`${name}_${column}_fk`, [column], target, ['id'], (fk) =>
          fk.onDelete('restrict').deferrable().initiallyDeferred(),
        ),
      table,
    );

  await withDates(recordTable('sources')).addColumn('publisher', 'text', (c) => c.notNull()).execute();
  await recordTable('places').addColumn('country', key, (c) => c.notNull()).addColumn('sort_name', key, (c) => c.notNull()).execute();
  await recordTable('organizations')
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('country', key)
    .addColumn('sort_name', key, (c) => c.notNull())
    .execute();
  await withForeignKeys(
    recordTable('posts')
      .addColumn('organization_id', key, (c) => c.notNull())
      .addColumn('country', key)
      .addColumn('sort_name', key, (c) => c.notNull()),
    'posts',
    [['organization_id', 'organizations']],
  ).execute();
  await recordTable('people').addColumn('country', key).addColumn('sort_name', key, (c) => c.notNull()).execute();
  await withForeignKeys(
    recordTable('holdings')
      .addColumn('person_id', key, (c) => c.notNull())
      .addColumn('post_id', key, (c) => c.notNull())
      .addColumn('start_first', key)
      .addColumn('end_last', key),
    'holdings',
    [['person_id', 'people'], ['post_id', 'posts']],
  ).execute();
  await withForeignKeys(
    withPair(recordTable('series'))
      .addColumn('kind', key, (c) => c.notNull())
      .addColumn('organization_id', key)
      .addColumn('sort_name', key, (c) => c.notNull()),
    'series',
    [['organization_id', 'organizations']],
  ).execute();
  await withDates(withPair(recordTable('visits')))
    .addColumn('from_party', key, (c) => c.notNull())
    .addColumn('to_party', key, (c) => c.notNull())
    .addColumn('kind', key, (c) => c.notNull())
    .execute();
  await withForeignKeys(
    withDates(withPair(recordTable('meetings')))
      .addColumn('kind', key, (c) => c.notNull())
      .addColumn('stage', key, (c) => c.notNull())
      .addColumn('series_id', key)
      .addColumn('ordinal', 'integer')
      .addColumn('visit_id', key),
    'meetings',
    [['series_id', 'series'], ['visit_id', 'visits']],
  ).execute();
  await withForeignKeys(
    db.schema
      .createTable('meeting_participants')
      .addColumn('meeting_id', key, (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('person_id', key, (c) => c.notNull())
      .addColumn('post_id', key)
      .addColumn('side', key, (c) => c.notNull())
      .addColumn('role', key, (c) => c.notNull())
      .addPrimaryKeyConstraint('meeting_participants_pk', ['meeting_id', 'position']),
    'meeting_participants',
    [['meeting_id', 'meetings'], ['person_id', 'people'], ['post_id', 'posts']],
  ).execute();
  await withDates(withPair(recordTable('agreements')))
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('stage', key, (c) => c.notNull())
    .execute();
  await withForeignKeys(withDates(recordTable('statements')).addColumn('speaker_id', key, (c) => c.notNull()), 'statements', [
    ['speaker_id', 'people'],
  ]).execute();
  await recordTable('commitments')
    .addColumn('state', key, (c) => c.notNull())
    .addColumn('made_at_kind', key, (c) => c.notNull())
    .addColumn('made_at_id', key, (c) => c.notNull())
    .execute();
  await withDates(withPair(recordTable('trade_flows')))
    .addColumn('reporter', key, (c) => c.notNull())
    .addColumn('partner', key, (c) => c.notNull())
    .addColumn('flow', key, (c) => c.notNull())
    .addColumn('classification_system', key, (c) => c.notNull())
    .addColumn('classification_code', key, (c) => c.notNull())
    .addColumn('currency', key, (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .execute();
  await withDates(withPair(recordTable('investment_flows')))
    .addColumn('from_party', key, (c) => c.notNull())
    .addColumn('to_party', key, (c) => c.notNull())
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('currency', key, (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .execute();
  await withDates(withPair(recordTable('indicators')))
    .addColumn('subject', key, (c) => c.notNull())
    .addColumn('partner', key)
    .addColumn('measure', key, (c) => c.notNull())
    .execute();
  await recordTable('disputes')
    .addColumn('field', key, (c) => c.notNull())
    .addColumn('subject_kind', key)
    .addColumn('subject_id', key)
    .execute();

  await db.schema
    .createTable('record_parties')
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('record_id', key, (c) => c.notNull())
    .addColumn('party', key, (c) => c.notNull())
    .addPrimaryKeyConstraint('record_parties_pk', ['kind', 'record_id', 'party'])
    .execute();
  await db.schema
    .createTable('record_links')
    .addColumn('from_kind', key, (c) => c.notNull())
    .addColumn('from_id', key, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('relation', key, (c) => c.notNull())
    .addColumn('to_kind', key, (c) => c.notNull())
    .addColumn('to_id', key, (c) => c.notNull())
    .addColumn('locator', key)
    .addPrimaryKeyConstraint('record_links_pk', ['from_kind', 'from_id', 'position'])
    .execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', serial, (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('batch_id', key)
    .addColumn('at', key, (c) => c.notNull())
    .addColumn('actor', key, (c) => c.notNull())
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('record_id', key, (c) => c.notNull())
    .addColumn('action', key, (c) => c.notNull())
    .addColumn('before_body', 'text')
    .addColumn('after_body', 'text')
    .execute();
  await db.schema
    .createTable('batches')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('actor', key, (c) => c.notNull())
    .addColumn('at', key, (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('redirects')
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('from_id', key, (c) => c.notNull())
    .addColumn('to_id', key, (c) => c.notNull())
    .addColumn('at', key, (c) => c.notNull())
    .addPrimaryKeyConstraint('redirects_pk', ['kind', 'from_id'])
    .execute();

  await createSearchTables(db, postgres, key);
  await createIndexes(db);
}

async function createSearchTables(db: Kysely<any>, postgres: boolean, key: ReturnType<typeof sql>): Promise<void> {
  let table = db.schema
    .createTable('search_documents')
    .addColumn('doc_id', postgres ? sql`bigint generated always as identity` : sql`integer`, (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('kind', key, (c) => c.notNull())
    .addColumn('record_id', key, (c) => c.notNull())
    .addColumn('kind_rank', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_title', key, (c) => c.notNull())
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_record', ['kind', 'record_id']);
  if (postgres) {
    // Terms are folded by the application; 'simple' only splits them into lexemes.
    table = table
      .addColumn('title_vector', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`to_tsvector('simple', title_terms)`).stored())
      .addColumn('all_vector', sql`tsvector`, (c) =>
        c.generatedAlwaysAs(sql`to_tsvector('simple', title_terms || ' ' || body_terms)`).stored(),
      );
  }
  await table.execute();
  if (postgres) {
    await sql`create index search_documents_all_vector on search_documents using gin (all_vector)`.execute(db);
    await sql`create index search_documents_title_vector on search_documents using gin (title_vector)`.execute(db);
  } else {
    // A contentless index over the folded terms; rows are deleted by rowid (= doc_id).
    await sql`create virtual table search_fts using fts5(title_terms, body_terms, content='', contentless_delete=1, tokenize='unicode61', prefix='2 3')`.execute(db);
  }
}

async function createIndexes(db: Kysely<any>): Promise<void> {
  const indexes: [string, string, string[]][] = [
    ['posts_organization', 'posts', ['organization_id']],
    ['holdings_person', 'holdings', ['person_id']],
    ['holdings_post', 'holdings', ['post_id']],
    ['series_pair', 'series', ['pair']],
    ['visits_pair_date', 'visits', ['pair', 'date_sort']],
    ['meetings_pair_date', 'meetings', ['pair', 'date_sort']],
    ['meetings_date', 'meetings', ['date_sort']],
    ['meetings_series', 'meetings', ['series_id', 'ordinal']],
    ['meetings_visit', 'meetings', ['visit_id']],
    ['meeting_participants_person', 'meeting_participants', ['person_id']],
    ['agreements_pair', 'agreements', ['pair', 'date_sort']],
    ['statements_speaker', 'statements', ['speaker_id']],
    ['commitments_made_at', 'commitments', ['made_at_kind', 'made_at_id']],
    ['trade_flows_pair', 'trade_flows', ['pair', 'date_sort']],
    ['investment_flows_pair', 'investment_flows', ['pair', 'date_sort']],
    ['indicators_pair', 'indicators', ['pair', 'date_sort']],
    ['record_parties_party', 'record_parties', ['party', 'kind']],
    ['record_links_target', 'record_links', ['to_kind', 'to_id']],
    ['revisions_at', 'revisions', ['at']],
    ['revisions_record', 'revisions', ['kind', 'record_id']],
    ['revisions_batch', 'revisions', ['batch_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
  // Ordinals are unique within a series among records not deleted.
  await db.schema
    .createIndex('meetings_series_ordinal_unique')
    .on('meetings')
    .columns(['series_id', 'ordinal'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .where(sql.ref('ordinal'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'search_fts', 'search_documents', 'redirects', 'batches', 'revisions', 'record_links', 'record_parties',
    'disputes', 'indicators', 'investment_flows', 'trade_flows', 'commitments', 'statements', 'agreements',
    'meeting_participants', 'meetings', 'visits', 'series', 'holdings', 'people', 'posts', 'organizations',
    'places', 'sources',
  ];
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
}
