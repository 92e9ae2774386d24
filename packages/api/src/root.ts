import { RECORD_COLLECTIONS, type RecordKind } from '@bilat/domain';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createCallerFactory, router } from './trpc.js';
import { peopleRouter, organizationsRouter, postsRouter, holdingsRouter, placesRouter, sourcesRouter } from './routers/entities.js';
import { agreementsRouter, commitmentsRouter, meetingsRouter, seriesRouter, statementsRouter, visitsRouter } from './routers/events.js';
import { disputesRouter, indicatorsRouter, interactionsRouter, investmentRouter, tradeRouter } from './routers/figures.js';
import { batchesRouter } from './routers/batches.js';
import { extractRouter } from './routers/extract.js';
import { relationsRouter } from './routers/relations.js';
import { inboxRouter, watchRouter } from './routers/watch.js';
import { changesProcedure, countriesRouter, keysRouter, pairsRouter, regionsRouter, searchProcedure } from './routers/overview.js';

/** The one router every client shares: the web viewer, the terminal and other programs. */
export const appRouter = router({
  countries: countriesRouter,
  pairs: pairsRouter,
  regions: regionsRouter,
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
  relations: relationsRouter,
  sources: sourcesRouter,
  search: searchProcedure,
  changes: changesProcedure,
  keys: keysRouter,
  extract: extractRouter,
  batches: batchesRouter,
  watch: watchRouter,
  inbox: inboxRouter,
});

export type AppRouter = typeof appRouter;

/** The router that holds each record kind's procedures (get, list, detail, create…): named as its collection. */
export const RECORD_ROUTERS = RECORD_COLLECTIONS satisfies Record<RecordKind, keyof AppRouter['_def']['record']>;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls procedures in-process (tests, the command line on a local database, server components). */
export const createCaller = createCallerFactory(appRouter);
