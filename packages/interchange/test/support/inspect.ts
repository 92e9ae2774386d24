import { RECORD_TABLES, type BilatDatabase } from '@bilat/db';

const CHILD_TABLES = ['record_parties', 'record_links', 'search_documents', 'revisions', 'batches'] as const;

/** Row counts of every record table and the tables beside them: equal counts, nothing written. */
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

/** Every live record, table by table, as `id|body`: equal dumps mean identical records. */
export async function liveRecords(database: BilatDatabase): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of new Set(Object.values(RECORD_TABLES))) {
    const rows = await database.db.selectFrom(table as 'sources').select(['id', 'body']).where('deleted_at', 'is', null).orderBy('id').execute();
    if (rows.length) dump[table] = rows.map((row) => `${row.id}|${row.body}`);
  }
  return dump;
}
