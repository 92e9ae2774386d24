import { setTimeout as delay } from 'node:timers/promises';
import type { GlobalOptions } from '../config.js';
import { createDataSource } from '../data/source.js';
import { initialState, current } from './router.js';
import { preloadScreen } from './screens.js';

/**
 * How long the UI, once loaded, waits for the first screen's data before drawing without
 * it. A local file answers well within this, and its list is then the first frame drawn
 * (an empty frame first would cost a whole render before the list); a server, or a new
 * database being seeded, takes longer, and the screen shows its spinner meanwhile.
 */
const FIRST_DATA_WAIT_MS = 200;

/**
 * `bilat` on a terminal. The first screen's data (the countries, from the kept summaries)
 * starts loading before the UI's code (Ink and React, a chunk of its own): both come
 * from disk at once, and the screen is drawn with its data rather than a spinner first.
 */
export async function startInteractive(options: GlobalOptions): Promise<number> {
  // Bad flags (--api with --db, a malformed URL) are reported before the screen changes.
  const source = createDataSource(options);
  const first = preloadScreen(source, current(initialState()).route);
  const { runInteractive } = await import('./run.js');
  await Promise.race([first, delay(FIRST_DATA_WAIT_MS, undefined, { ref: false })]);
  return runInteractive(source);
}
