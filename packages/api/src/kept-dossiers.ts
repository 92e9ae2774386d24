import { dataVersion, type BilatDatabase } from '@bilat/db';

/*
 * Dossiers kept in the server's memory while the data has not changed, for servers that
 * answer through the in-process caller (the web viewer's pages and its /trpc and /api/v1
 * routes), where the byte cache of answer-cache.ts (a Fastify hook) does not reach. The
 * same data version decides: one indexed read per request, and every write, import or
 * undo, by any process, drops what was kept. A few dossiers at most: each can be large.
 */

const MAX_KEPT = 24;

interface Kept {
  version: string;
  answers: Map<string, Promise<unknown>>;
}

const byDatabase = new WeakMap<BilatDatabase, Kept>();

/**
 * The dossier for `key` as computed at the current data version, computing it once. Each
 * caller gets its own copy: a page may sort or trim what it is given.
 */
export async function keptDossier<T>(database: BilatDatabase, key: string, compute: () => Promise<T>, options: { shared?: boolean } = {}): Promise<T> {
  // `shared`: the caller only reads the answer (to page or compact it), so it needs no copy of its own.
  const copy = (answer: T) => (options.shared ? answer : structuredClone(answer));
  const version = await dataVersion(database);
  let kept = byDatabase.get(database);
  if (!kept || kept.version !== version) {
    kept = { version, answers: new Map() };
    byDatabase.set(database, kept);
  }
  const found = kept.answers.get(key) as Promise<T> | undefined;
  if (found) {
    // Most recently used last, so the oldest goes first.
    kept.answers.delete(key);
    kept.answers.set(key, found);
    return copy(await found);
  }
  const answer = compute();
  kept.answers.set(key, answer);
  // A failed computation is not kept: the next request tries again.
  answer.catch(() => kept.answers.get(key) === answer && kept.answers.delete(key));
  for (const oldest of kept.answers.keys()) {
    if (kept.answers.size <= MAX_KEPT) break;
    kept.answers.delete(oldest);
  }
  return copy(await answer);
}
