import { parentPort, workerData } from 'node:worker_threads';
import { connect, sharedBodies, type DatabaseConfig, type QueryLogEntry } from '@bilat/db';
import { createInnerContext } from './context.js';
import { PARSED_CHARS_BESIDE_WORKERS, type DossierJob, type DossierReply } from './dossier-workers.js';
import { pairsRouter } from './routers/overview.js';
import { recordsAnswerBytes } from './trpc-answer.js';
import { createCallerFactory, router } from './trpc.js';

/*
 * A worker thread of the API server that computes dossier answers (dossier-workers.ts):
 * its own connection to the same database, the same procedures (input checks, output
 * checks under test, the caller's rights) and the answer as the bytes the server sends. It loads the pairs router alone, not the whole API, to keep its heap small.
 */

sharedBodies.limit(PARSED_CHARS_BESIDE_WORKERS);

const { config, logQueries } = workerData as { config: DatabaseConfig; logQueries: boolean };
// The statements run since the last answer, when the server asks for them (the bench replays them).
const statements: QueryLogEntry[] | undefined = logQueries ? [] : undefined;
const onQuery = statements && ((entry: QueryLogEntry) => statements.push({ sql: entry.sql, parameters: entry.parameters, durationMs: entry.durationMs }));
/** PostgreSQL connections the worker opens at most: it computes a few dossiers at a time (dossier-slots.ts). */
const WORKER_POOL_SIZE = 4;
// Read only on SQLite: a dossier never writes, and the server's own connection does every write.
const database = connect(config.kind === 'sqlite' ? { ...config, readonly: true } : { ...config, poolSize: Math.min(config.poolSize ?? WORKER_POOL_SIZE, WORKER_POOL_SIZE) }, { onQuery });
const callerOf = createCallerFactory(router({ pairs: pairsRouter }));

parentPort!.on('message', (job: DossierJob) => {
  // The answer's bytes are handed over, not copied.
  void answer(job).then((reply) => parentPort!.postMessage(reply, reply.body ? [reply.body.buffer as ArrayBuffer] : []));
});

async function answer(job: DossierJob): Promise<DossierReply> {
  const reply = await compute(job);
  if (!statements) return reply;
  // Run since the last answer; kept for this one only when the server asked for them.
  const ran = statements.splice(0);
  return job.logQueries ? { ...reply, statements: ran } : reply;
}

async function compute(job: DossierJob): Promise<DossierReply> {
  try {
    const caller = callerOf(createInnerContext({ database, caller: job.caller, options: { private: job.private, today: () => job.today } }));
    const data = job.procedure === 'pairs.dossier' ? await caller.pairs.dossier(job.input as never) : await caller.pairs.dossierSection(job.input as never);
    return { id: job.id, body: recordsAnswerBytes(data, true) };
  } catch {
    // The server answers this one itself, with tRPC's error shape and status.
    return { id: job.id, body: null };
  }
}
