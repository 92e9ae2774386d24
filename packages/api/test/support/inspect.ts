import { countRevisions, RECORD_TABLES, scopeOf, type BilatDatabase } from '@bilat/db';

const CHILD_TABLES = ['api_keys', 'meeting_participants', 'record_parties', 'record_links', 'search_documents', 'revisions', 'batches', 'redirects'] as const;

/** Row counts of every table, to show a refused write left the database as it was. */
export async function tableCounts(database: BilatDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...new Set(Object.values(RECORD_TABLES)), ...CHILD_TABLES]) {
    const row = await database.db
      .selectFrom(table as 'sources')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

/** Every record row's id, body and deletion mark, table by table: equal dumps mean equal data. */
export async function dumpRecords(database: BilatDatabase): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of new Set(Object.values(RECORD_TABLES))) {
    const rows = await database.db
      .selectFrom(table as 'sources')
      .select(['id', 'body', 'deleted_at', 'updated_at'])
      .orderBy('id')
      .execute();
    dump[table] = rows.map((row) => `${row.id}|${row.deleted_at ?? ''}|${row.updated_at}|${row.body}`);
  }
  return dump;
}

/** Everything a refused write must leave alone: the records, every table's row count and the revision log's length. */
export async function snapshot(database: BilatDatabase) {
  return { records: await dumpRecords(database), counts: await tableCounts(database), revisions: await countRevisions(scopeOf(database)) };
}
