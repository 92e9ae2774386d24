import type { BilatDatabase } from './connection.js';

/**
 * The data's current version: an opaque token that changes with every committed write,
 * import or undo, whichever process made it. Equal tokens mean the records are as they
 * were, so an answer computed at one token can be served again while it holds.
 */
export async function dataVersion(database: BilatDatabase): Promise<string> {
  const row = await database.db.selectFrom('data_version').select('token').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.token;
}
