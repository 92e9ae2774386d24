import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BilatDatabase, DatabaseConfig, QueryLogEntry } from '@bilat/db';
import type { Caller } from './context.js';

/*
 * Dossiers computed in worker threads. Computing one afresh (after a write) is a few
 * milliseconds of CPU — statements, building, cutting the answer, writing its JSON — and
 * the server is one thread: at fifty connections it topped out near 150 answers a second
 * at world scale while the machine's second core sat mostly idle, and requests queued
 * behind whole dossiers before the server even read them. Here the server's thread reads
 * requests and sends answers; workers, each with its own connection to the same database,
 * run the same procedures and hand back the answer's bytes as the server sends them. Every answer is still
 * computed for its request: nothing is kept between requests beyond what the workers'
 * connections and parsed records keep anyway (parsed-bodies.ts, keyed by stored text).
 *
 * A worker that fails, or an answer that is an error, goes back to the server's own
 * thread, which runs the procedure as it would without workers (and so answers errors in
 * tRPC's shape). A database in memory cannot be shared with another thread: no workers.
 */

/** The procedures workers answer (queries over GET, through query-fast-path.ts). */
export const WORKER_PROCEDURES = ['pairs.dossier', 'pairs.dossierSection'] as const;
export type WorkerProcedure = (typeof WORKER_PROCEDURES)[number];

export interface DossierJob {
  id: number;
  procedure: WorkerProcedure;
  input: unknown;
  caller: Caller;
  /** The day the answer is computed for (the server's `today` option, evaluated for this request). */
  today: string;
  private?: boolean;
  /** Send back the statements run for it (DossierReply.statements). */
  logQueries?: boolean;
}

/** The answer as sent (`{"result":{"data":…}}`, UTF-8), or null when the server's own thread must answer (an error). */
export interface DossierReply {
  id: number;
  body: Uint8Array | null;
  /** The statements the worker ran for it, when the server logs them (`onQuery`). */
  statements?: QueryLogEntry[];
}

export interface DossierWorkersOptions {
  /** How many (default: defaultWorkerCount()); 0 for none. */
  count?: number;
  /** The worker's entry file (default: the built one beside this module). */
  script?: URL;
  /** Called with each statement the workers run, as connect's `onQuery` is (the bench captures a call's SQL this way). */
  onQuery?: (entry: QueryLogEntry) => void;
  /**
   * Whether `onQuery` wants the statements of the job being sent now (default: always). The
   * statements travel back with each answer, copied between threads: a caller that records
   * them only now and then (the bench, around the one request whose SQL it replays) says so
   * here, and the answers in between cost what they cost a server that logs nothing.
   */
  logging?: () => boolean;
  /**
   * Compute a dossier asked for while nothing else is being computed on the server's own
   * thread, without the hand-off to a worker (dossier-dispatch.ts). Default true; false
   * sends every dossier to the workers (their tests).
   */
  inlineWhenIdle?: boolean;
}

/**
 * Body text whose parses a thread computing dossiers beside the server's keeps
 * (parsed-bodies.ts), in characters: a dozen of the busiest world pairs' dossiers. A
 * quarter of the server thread's default budget: each worker is a heap of its own, and
 * with workers the server's thread computes only dossiers asked for alone, under the same
 * memory target as the server.
 */
export const PARSED_CHARS_BESIDE_WORKERS = 512 * 1024;

/**
 * One worker: on the two cores this was measured on, the server's thread and one worker keep
 * both busy; each more worker is another heap (the bench's soak of many pairs took the
 * server from 210 to 344 MB with two, 242 MB with one), for little more throughput.
 */
const WORKERS_BY_DEFAULT = 1;

/** The built worker's entry file, next to this module once built (absent when running from source). */
const DEFAULT_SCRIPT = new URL('./dossier-worker.js', import.meta.url);

/**
 * Workers by default: BILAT_DOSSIER_WORKERS when set (0 for none), else WORKERS_BY_DEFAULT
 * on a machine with more than one core.
 */
export function defaultWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.BILAT_DOSSIER_WORKERS;
  if (given !== undefined && /^\d+$/.test(given.trim())) return Number(given);
  return availableParallelism() > 1 ? WORKERS_BY_DEFAULT : 0;
}

/** Whether a database can be opened again from another thread (a file or a server, not memory). */
export function shareable(config: DatabaseConfig): boolean {
  return config.kind === 'postgres' || (config.path !== ':memory:' && config.path !== '');
}

interface Slot {
  worker: Worker;
  running: number;
}

export class DossierWorkers {
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, { slot: Slot; resolve: (body: Buffer | null) => void }>();
  #nextId = 0;
  #closed = false;

  readonly #script: URL;
  readonly #onQuery: DossierWorkersOptions['onQuery'];
  readonly #logging: () => boolean;
  readonly inlineWhenIdle: boolean;

  constructor(
    private readonly config: DatabaseConfig,
    options: DossierWorkersOptions = {},
  ) {
    this.#script = options.script ?? DEFAULT_SCRIPT;
    this.#onQuery = options.onQuery;
    this.#logging = options.logging ?? (() => true);
    this.inlineWhenIdle = options.inlineWhenIdle ?? true;
    const count = options.count ?? defaultWorkerCount();
    for (let i = 0; i < count; i++) this.#slots.push(this.#start());
  }

  #start(): Slot {
    const worker = new Worker(this.#script, {
      workerData: { config: this.config, logQueries: this.#onQuery !== undefined },
      // A dossier's records and answer are a few MB: a small heap, so that the server with its
      // worker stays within the memory it is measured against (250 MB in the bench's soak).
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 },
    });
    const slot: Slot = { worker, running: 0 };
    worker.on('message', (reply: DossierReply) => {
      const entry = this.#pending.get(reply.id);
      if (!entry) return;
      this.#pending.delete(reply.id);
      entry.slot.running--;
      if (this.#onQuery) for (const statement of reply.statements ?? []) this.#onQuery(statement);
      entry.resolve(reply.body ? Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength) : null);
    });
    const fail = () => {
      // Its jobs go back to the server's thread; a new worker takes its place.
      for (const [id, entry] of this.#pending) {
        if (entry.slot !== slot) continue;
        this.#pending.delete(id);
        entry.resolve(null);
      }
      const index = this.#slots.indexOf(slot);
      if (index >= 0 && !this.#closed) this.#slots[index] = this.#start();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    // Idle workers must not keep a finished process alive.
    worker.unref();
    return slot;
  }

  /** Whether no worker is computing anything (nor has jobs waiting). */
  get idle(): boolean {
    return this.#pending.size === 0;
  }

  /** The answer's bytes from the least busy worker, or null for the caller to answer itself. */
  run(job: Omit<DossierJob, 'id'>): Promise<Buffer | null> {
    if (this.#closed || this.#slots.length === 0) return Promise.resolve(null);
    const slot = this.#slots.reduce((best, candidate) => (candidate.running < best.running ? candidate : best));
    const id = ++this.#nextId;
    slot.running++;
    return new Promise((resolve) => {
      this.#pending.set(id, { slot, resolve });
      slot.worker.postMessage({ ...job, id, logQueries: this.#onQuery !== undefined && this.#logging() } satisfies DossierJob);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
    for (const entry of this.#pending.values()) entry.resolve(null);
    this.#pending.clear();
  }
}

/**
 * Workers for a server on `database`; none for a database in memory or when the worker's
 * built entry file is missing (tests run the server from source; they pass `script`).
 */
export function startDossierWorkers(database: BilatDatabase, options: DossierWorkersOptions = {}): DossierWorkers | undefined {
  const count = options.count ?? defaultWorkerCount();
  if (count <= 0 || !shareable(database.config) || !existsSync(fileURLToPath(options.script ?? DEFAULT_SCRIPT))) return undefined;
  return new DossierWorkers(database.config, { ...options, count });
}
