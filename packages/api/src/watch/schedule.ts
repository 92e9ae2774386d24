import type { BilatDatabase } from '@bilat/db';
import { runWatch, type SourceRun } from './run.js';

/*
 * Fetching on schedule (`bilat serve --watch`, `npm start` with BILAT_WATCH=1): every tick,
 * the sources whose next fetch is due are run. A tick never overlaps the one before, so
 * a slow source delays the schedule rather than piling runs on top of each other.
 */

export interface WatchSchedule {
  stop(): Promise<void>;
}

export function startWatchSchedule(
  database: BilatDatabase,
  options: {
    tickMs?: number;
    actor?: string;
    onRun?: (sources: SourceRun[]) => void;
    onError?: (error: unknown) => void;
    /** Keep the process alive for the schedule alone (a watcher with no server beside it). */
    keepAlive?: boolean;
  } = {},
): WatchSchedule {
  const tickMs = options.tickMs ?? 60_000;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runWatch(database, { dueOnly: true, actor: options.actor ?? 'local:watch' })
      .then((sources) => {
        if (sources.length) options.onRun?.(sources);
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, tickMs);
  if (!options.keepAlive) timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
