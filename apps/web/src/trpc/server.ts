import 'server-only';
import { appRouter, createCaller, createInnerContext } from '@bilat/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { cache } from 'react';
import { getDatabase } from '~/server/database';
import { currentCaller } from '~/server/session';
import { makeQueryClient } from './query-client';

/** The context of this request: the shared database and the signed-in caller. */
const context = cache(async () => createInnerContext({ database: await getDatabase(), caller: await currentCaller(), options: { keepDossiers: true } }));

/** Server components read through this caller: the same procedures, in-process. */
export const api = cache(async () => createCaller(await context()));

export const getQueryClient = cache(makeQueryClient);

/** For prefetching queries that client components then read from the hydrated cache. */
export const trpc = createTRPCOptionsProxy({ ctx: context, router: appRouter, queryClient: getQueryClient });
