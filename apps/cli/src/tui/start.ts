import type { GlobalOptions } from '../config.js';
import { createDataSource } from '../data/source.js';
import { initialState, current } from './router.js';
import { preloadScreen } from './screens.js';

/**
 * `bilat` on a terminal. The first screen's data (the countries, from the kept summaries)
 * starts loading before the UI's code (Ink and React, a chunk of its own): both come
 * from disk at once, and the screen is drawn with its data rather than a spinner first.
 */
export async function startInteractive(options: GlobalOptions): Promise<number> {
  // Bad flags (--api with --db, a malformed URL) are reported before the screen changes.
  const source = createDataSource(options);
  preloadScreen(source, current(initialState()).route);
  const { runInteractive } = await import('./run.js');
  return runInteractive(source);
}
