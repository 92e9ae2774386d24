import { listRelations } from '@bilat/db';
import { partyCodeSchema, RELATION_EVENT_KINDS, relationSchema } from '@bilat/domain';
import { z } from 'zod';
import { router } from '../trpc.js';
import { recordProcedures } from './records.js';
import { toListFilter } from './shared.js';

/** Relations events: recognition, diplomatic relations established, severed, resumed, missions opened, raised, moved, closed. */
export const relationsRouter = router(
  recordProcedures(relationSchema, {
    kind: 'relation',
    path: '/relations',
    tag: 'Relations',
    filters: {
      kind: z.enum(RELATION_EVENT_KINDS).optional().describe('What happened, e.g. recognition or embassy-established'),
      actor: partyCodeSchema.optional().describe('The side that acted (recognized, opened or closed its mission)'),
    },
    list: (db, input) => listRelations(db, Object.assign(toListFilter(input), { kind: input.kind, actor: input.actor })),
  }),
);
