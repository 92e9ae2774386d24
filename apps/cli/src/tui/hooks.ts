import { useStdout } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataSource } from '../data/source.js';
import { dataKey, listKey, type Route } from '../views/routes.js';
import { loadScreen, takePreloaded, type ScreenData } from './screens.js';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal's size, following resizes; a fixed size may be given (tests). */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
  const { stdout } = useStdout();
  const read = useCallback(() => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 }), [stdout]);
  const [size, setSize] = useState<TerminalSize>(fixed ?? read());
  useEffect(() => {
    if (fixed) return;
    const update = () => setSize(read());
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  }, [stdout, fixed, read]);
  return fixed ?? size;
}

export type Resource = { status: 'loading' } | { status: 'ready'; data: ScreenData } | { status: 'error'; error: unknown };

/**
 * Loads what routes show through the data source, once each: going back is instant, and
 * a dossier's sections share one load. `reload` drops the current route's copy.
 */
export function useScreenData(source: DataSource, route: Route) {
  // The first screen's data, when it came before the UI was ready: drawn in the first frame.
  const [preloaded] = useState(() => takePreloaded(source, route));
  const cache = useRef(new Map<string, Resource>(preloaded ? [[dataKey(route), { status: 'ready', data: preloaded }]] : []));
  const [, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const key = dataKey(route);

  useEffect(() => {
    if (cache.current.has(key)) return;
    // No render for this: a route without an entry already reads as loading.
    cache.current.set(key, { status: 'loading' });
    loadScreen(source, route)
      .then(
        (data) => cache.current.set(key, { status: 'ready', data }),
        (error: unknown) => cache.current.set(key, { status: 'error', error }),
      )
      .finally(() => setVersion((v) => v + 1));
    // `route` is fully described by `key`; `generation` re-runs this after a reload.
  }, [key, source, generation]);

  const reload = useCallback(() => {
    cache.current.delete(key);
    setGeneration((g) => g + 1);
  }, [key]);

  const peek = useCallback((other: Route): ScreenData | undefined => {
    const entry = cache.current.get(dataKey(other));
    return entry?.status === 'ready' ? entry.data : undefined;
  }, []);

  const resource = cache.current.get(key) ?? ({ status: 'loading' } as Resource);
  // The list last shown, kept on screen while the same list loads again in another order
  // (Ctrl-O) or afresh (r), instead of a blank body until it comes.
  const shown = useRef<{ route: Route; data: ScreenData }>(undefined);
  if (resource.status === 'ready') shown.current = { route, data: resource.data };
  const held = resource.status === 'loading' && shown.current && listKey(shown.current.route) === listKey(route) ? shown.current : undefined;
  return { resource, held, reload, peek };
}

/** True once `active` has stayed true for `ms`: a fast local load shows no spinner at all. */
export function useDelayed(active: boolean, ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return active && shown;
}
