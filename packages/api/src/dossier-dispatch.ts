import type { DossierWorkers } from './dossier-workers.js';

/*
 * Where a dossier is computed. The workers (dossier-workers.ts) exist for concurrency: while
 * the server's thread computes one dossier it reads no other request. A dossier asked for
 * alone gains nothing from them and pays the hand-off (the job posted to the worker, the
 * worker woken, the answer posted back and the server's thread woken again), so it is
 * computed on the server's thread when nothing else is: no worker busy, no dossier being
 * computed on this thread, and no other request arriving in the same turn of the event loop.
 * Under load the workers are busy and every dossier goes to them, as before.
 */

export class DossierDispatch {
  /** Dossiers being computed on the server's thread (more than one at a time only on PostgreSQL, whose statements are awaited). */
  #onThread = 0;
  /** A request waiting out one turn of the event loop to see whether it is alone. */
  #candidate: { contended: boolean } | undefined;

  constructor(private readonly workers: DossierWorkers) {}

  /**
   * Whether this request is computed on the server's thread. A request that finds the
   * workers idle waits one turn of the event loop (setImmediate: the requests already read
   * in this turn come first); if another dossier request came meanwhile, both go to the workers.
   */
  async alone(): Promise<boolean> {
    if (!this.workers.inlineWhenIdle || this.#onThread > 0 || !this.workers.idle) return false;
    if (this.#candidate) {
      this.#candidate.contended = true;
      return false;
    }
    const candidate = { contended: false };
    this.#candidate = candidate;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#candidate = undefined;
    return !candidate.contended && this.#onThread === 0 && this.workers.idle;
  }

  /** Runs `work` on the server's thread, counted (see `alone`). */
  async onThread<T>(work: () => Promise<T>): Promise<T> {
    this.#onThread++;
    try {
      return await work();
    } finally {
      this.#onThread--;
    }
  }
}
