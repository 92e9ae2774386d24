import { sql } from 'kysely';
import { CHANGES_TABLE } from './migrations/2026-12-03T0012-deferred-summaries.js';
import type { Scope } from './scope.js';

/**
 * Runs a large change (an import, an undo) with PostgreSQL's pair summaries settled once at
 * its end instead of after every statement (migration 0012 says why). `scope` must be a
 * transaction: the counts are settled before `work`'s result is returned, so they are right
 * by the time it commits, and a change that fails takes its notes with it. Inside a change
 * that already defers, `work` just runs (the outer one settles). SQLite runs `work` as is.
 */
export async function withSummariesDeferred<T>(scope: Scope, work: () => Promise<T>): Promise<T> {
  if (scope.dialect !== 'postgres') return work();
  const { rows } = await sql<{ mode: string | null }>`select current_setting('bilat.summaries', true) as mode`.execute(scope.db);
  if (rows[0]?.mode === 'deferred') return work();
  await sql
    .raw(`create temp table if not exists ${CHANGES_TABLE} (tbl text not null, pair text collate "C" not null, date_sort text collate "C" not null, d integer not null) on commit drop`)
    .execute(scope.db);
  await sql`select set_config('bilat.summaries', 'deferred', true)`.execute(scope.db);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // What the failed change wrote may still commit (a caller can catch and go on in its
    // transaction): settle it where the transaction can still run statements; where it
    // cannot, the rollback takes the notes with everything else.
    await settle(scope).catch(() => {});
    throw error;
  }
  await settle(scope);
  return result;
}

async function settle(scope: Scope): Promise<void> {
  await sql`select set_config('bilat.summaries', '', true)`.execute(scope.db);
  await sql`select bilat_settle_summaries()`.execute(scope.db);
}
