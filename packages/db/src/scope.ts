import type { Kysely } from 'kysely';
import type { BilatDatabase, DialectName } from './connection.js';
import type { Database } from './schema.js';

/** What repository functions run against: a connection or a transaction, and its dialect. */
export interface Scope {
  db: Kysely<Database>;
  dialect: DialectName;
}

/** Who made a change and as part of what, for the revision log. */
export interface WriteContext {
  /** A key id, or `local:<user>` for the command line. */
  actor: string;
  /** Set for seeds and imports, so a whole batch can be listed (and later undone). */
  batchId?: string | null;
  /** The time of the change; defaults to now. */
  at?: string;
  /**
   * Large imports leave out the body of a record they create from its revision: it is
   * the record itself until an edit, and an edit's revision keeps it as "before".
   */
  leanCreates?: boolean;
}

export function scopeOf(database: BilatDatabase): Scope {
  return { db: database.db, dialect: database.dialect };
}

/** Runs `work` in one transaction: everything it writes lands together or not at all. */
export async function inTransaction<T>(database: BilatDatabase | Scope, work: (scope: Scope) => Promise<T>): Promise<T> {
  const scope = 'close' in database ? scopeOf(database) : database;
  if (scope.db.isTransaction) return work(scope);
  // A controlled transaction, so that an error at COMMIT is the error reported: SQLite
  // rolls back by itself on some (SQLITE_FULL), and a failing ROLLBACK must not hide it.
  const trx = await scope.db.startTransaction().execute();
  let result: T;
  try {
    result = await work({ db: trx, dialect: scope.dialect });
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute().catch(() => {});
    throw error;
  }
  return result;
}
