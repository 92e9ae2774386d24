import type { BilatDatabase } from '@bilat/db';

/*
 * Dossiers computed at once, per database. Computing one awaits its statements several
 * times, so fifty requests at once each held their records, half-built, side by side:
 * at world scale the server's heap grew past 300 MB under the soak's fifty connections.
 * The work is CPU-bound on one thread, so running a few at a time finishes them no later
 * on the whole; the others wait their turn holding nothing but their request.
 */

/** Enough to overlap one dossier's round trips to PostgreSQL with another's work. */
export const DOSSIER_SLOTS = 4;

interface Slots {
  running: number;
  waiting: (() => void)[];
}

const byDatabase = new WeakMap<BilatDatabase, Slots>();

/** Runs `work` when fewer than `slots` dossiers are being computed on this database; first come, first served. */
export async function inDossierSlot<T>(database: BilatDatabase, work: () => Promise<T>, slots = DOSSIER_SLOTS): Promise<T> {
  let state = byDatabase.get(database);
  if (!state) byDatabase.set(database, (state = { running: 0, waiting: [] }));
  if (state.running >= slots) await new Promise<void>((resolve) => state.waiting.push(resolve));
  else state.running++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, or is given back.
    const next = state.waiting.shift();
    if (next) next();
    else state.running--;
  }
}
