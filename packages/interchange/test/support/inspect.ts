import { RECORD_TABLES, type BilatDatabase } from '@bilat/db';

export { tableCounts } from '@bilat/db/testing';

/** Every live record, table by table, as `id|body`: equal dumps mean identical records. */
export async function liveRecords(database: BilatDatabase): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of new Set(Object.values(RECORD_TABLES))) {
    const rows = await database.db.selectFrom(table as 'sources').select(['id', 'body']).where('deleted_at', 'is', null).orderBy('id').execute();
    if (rows.length) dump[table] = rows.map((row) => `${row.id}|${row.body}`);
  }
  return dump;
}
