import type { BilatDatabase } from '@bilat/db';
import { apiPager, assembleDossier, type Dossier } from '@bilat/domain';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { appRouter, createCaller, createInnerContext, type ApiOptions, type AppRouter, type Caller } from '../../src/index.js';

/** The day the suites pretend it is, so "time since" in a dossier does not drift. */
export const TODAY = '2026-11-28';
export const OPTIONS: ApiOptions = { today: () => TODAY };

/** The founding report of the curated dataset, and a second curated source. */
export const SEED_SOURCE = 'kazinform-2024-06-20-kz-lt-consultations';
export const OTHER_SEED_SOURCE = 'kazakhstan-today-vassilenko-navikas-meeting';

export type ApiCaller = ReturnType<typeof createCaller>;

export function callerFor(database: BilatDatabase, caller: Caller, options: ApiOptions = OPTIONS): ApiCaller {
  return createCaller(createInnerContext({ database, caller, options }));
}

/**
 * A plain tRPC client of a running server, typed with the server's own router: the
 * server's suites call it over HTTP as any program would. (The published client,
 * @bilat/client, has its own suite; this package cannot depend on it, as it is built
 * from this one.)
 */
export function httpClient(url: string, apiKey?: string, fetch?: typeof globalThis.fetch) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, fetch, headers: () => (apiKey ? { authorization: `Bearer ${apiKey}` } : {}) })],
  });
}

/** Every procedure path of the router: `meetings.list`, `search`, `keys.revoke`, … */
export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

/** Whether a procedure is a query or a mutation. */
export function procedureType(path: string): 'query' | 'mutation' | 'subscription' {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' | 'subscription' } }>;
  return procedures[path]!._def.type;
}

/**
 * Wraps a caller so that every procedure it calls is noted in `seen`; a suite then shows
 * it called every procedure of the router, not only the ones someone remembered.
 */
export function tracked<T extends object>(target: T, seen: Set<string>, path: string[] = []): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property) as unknown;
      if (typeof property !== 'string' || (typeof value !== 'function' && (typeof value !== 'object' || value === null))) return value;
      return tracked(value as object, seen, [...path, property]);
    },
    apply(fn, thisArg, args) {
      seen.add(path.join('.'));
      return Reflect.apply(fn as (...a: unknown[]) => unknown, thisArg, args);
    },
  });
}

/** Awaits a call that must fail with a tRPC error of this code, and returns the error. */
export async function refused(call: Promise<unknown>, code: TRPCError['code']): Promise<TRPCError> {
  let caught: unknown;
  try {
    await call;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  const error = caught as TRPCError;
  expect(error.code, error.message).toBe(code);
  return error;
}

/**
 * fetch, with the body read to the end: an unread response would keep its connection
 * busy, and a server's close() waiting for it.
 */
export async function request(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: async () => JSON.parse(text) as unknown };
}

/** The whole dossier through the API: the compact answer, then every page of every section and the trade records behind the series. */
export async function fullDossier(caller: ApiCaller, input: { pair: string; asOf?: string }): Promise<Dossier> {
  const compact = await caller.pairs.dossier(input);
  return assembleDossier(compact, apiPager(caller, compact.pair, input.asOf));
}
