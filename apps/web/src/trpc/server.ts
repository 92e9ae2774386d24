import 'server-only';
import { createCaller, createInnerContext } from '@bilat/api';
import { cache } from 'react';
import { getDatabase } from '~/server/database';
import { currentCaller } from '~/server/session';

/** The context of this request: the shared database and the signed-in caller. */
const context = cache(async () => createInnerContext({ database: await getDatabase(), caller: await currentCaller() }));

/** Server components read through this caller: the same procedures, in-process. */
export const api = cache(async () => createCaller(await context()));
