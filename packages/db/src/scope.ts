import type { ControlledTransactionBuilder, Kysely } from 'kysely';
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
export function inTransaction<T>(database: BilatDatabase | Scope, work: (scope: Scope) => Promise<T>): Promise<T> {
  return runTransaction(database, (begin) => begin, work);
}

/** Runs `work` in a transaction begun as `configure` sets it up, or in the scope's own when it is one. */
async function runTransaction<T>(
  database: BilatDatabase | Scope,
  configure: (begin: ControlledTransactionBuilder<Database>, dialect: DialectName) => ControlledTransactionBuilder<Database>,
  work: (scope: Scope) => Promise<T>,
): Promise<T> {
  const scope = 'close' in database ? scopeOf(database) : database;
  if (scope.db.isTransaction) return work(scope);
  // A controlled transaction, so that an error at COMMIT is the error reported: SQLite
  // rolls back by itself on some (SQLITE_FULL), and a failing ROLLBACK must not hide it.
  const trx = await configure(scope.db.startTransaction(), scope.dialect).execute();
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

/**
 * Runs the reads of `work` as one snapshot: every statement sees the data as it stood when
 * the first ran, whatever another connection or process commits meanwhile. A read that
 * takes several statements (a dossier takes six) could otherwise mix two states in one
 * answer: a meeting read before an edit beside its participants read after it. On SQLite
 * this is a deferred transaction (no write lock) on the one connection (and saves each statement taking
 * and releasing its own read lock); on PostgreSQL a read-only REPEATABLE READ transaction,
 * at the price of its BEGIN and COMMIT round trips. Inside a transaction, `work` runs in it.
 */
export function inReadSnapshot<T>(database: BilatDatabase | Scope, work: (scope: Scope) => Promise<T>): Promise<T> {
  // Read-only: on SQLite that begins it deferred, without the write lock (connection.ts).
  return runTransaction(database, (begin, dialect) => {
    const readOnly = begin.setAccessMode('read only');
    return dialect === 'postgres' ? readOnly.setIsolationLevel('repeatable read') : readOnly;
  }, work);
}
