import type { RecordKind } from '@bilat/domain';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createCallerFactory, router } from './trpc.js';
import { peopleRouter, organizationsRouter, postsRouter, holdingsRouter, placesRouter, sourcesRouter } from './routers/entities.js';
import { agreementsRouter, commitmentsRouter, meetingsRouter, seriesRouter, statementsRouter, visitsRouter } from './routers/events.js';
import { disputesRouter, indicatorsRouter, interactionsRouter, investmentRouter, tradeRouter } from './routers/figures.js';
import { extractRouter } from './routers/extract.js';
import { changesProcedure, countriesRouter, keysRouter, pairsRouter, searchProcedure } from './routers/overview.js';

/** The one router every client shares: the web viewer, the terminal and other programs. */
export const appRouter = router({
  countries: countriesRouter,
  pairs: pairsRouter,
  meetings: meetingsRouter,
  series: seriesRouter,
  visits: visitsRouter,
  people: peopleRouter,
  organizations: organizationsRouter,
  posts: postsRouter,
  holdings: holdingsRouter,
  places: placesRouter,
  agreements: agreementsRouter,
  statements: statementsRouter,
  commitments: commitmentsRouter,
  trade: tradeRouter,
  investment: investmentRouter,
  indicators: indicatorsRouter,
  disputes: disputesRouter,
  interactions: interactionsRouter,
  sources: sourcesRouter,
  search: searchProcedure,
  changes: changesProcedure,
  keys: keysRouter,
  extract: extractRouter,
});

export type AppRouter = typeof appRouter;

/** The router that holds each record kind's procedures (get, list, detail, create…). */
export const RECORD_ROUTERS = {
  source: 'sources',
  place: 'places',
  organization: 'organizations',
  post: 'posts',
  person: 'people',
  holding: 'holdings',
  series: 'series',
  visit: 'visits',
  meeting: 'meetings',
  agreement: 'agreements',
  statement: 'statements',
  commitment: 'commitments',
  trade: 'trade',
  investment: 'investment',
  indicator: 'indicators',
  dispute: 'disputes',
  interaction: 'interactions',
} as const satisfies Record<RecordKind, keyof AppRouter['_def']['record']>;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls procedures in-process (tests, the command line on a local database, server components). */
export const createCaller = createCallerFactory(appRouter);
