import { listBatches, undoBatch } from '@bilat/db';
import { z } from 'zod';
import { readProcedure, router, writeProcedure } from '../trpc.js';

const batchIdSchema = z.string().min(1).max(200).describe('A batch id, as the import printed it (e.g. import-20261128t101500-abc123)');

const batchSchema = z.object({
  id: z.string(),
  kind: z.string().describe('import, seed, extract or undo'),
  label: z.string(),
  actor: z.string(),
  at: z.string(),
  summary: z.record(z.string(), z.number()),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable().describe('The undo batch that undid this one'),
});

/** Seeds, imports and their undoing, as `bilat import batches` and `bilat import undo` use them. */
export const batchesRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/batches', tags: ['Imports'], summary: 'Import and seed batches, newest first' } })
    .input(z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }))
    .output(z.array(batchSchema))
    .query(({ ctx, input }) => listBatches(ctx.db, input.limit)),

  undo: writeProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/batches/{id}/undo',
        tags: ['Imports'],
        summary: 'Undo a batch: what it created is deleted, what it changed comes back',
        description:
          'One transaction. Refused (409) when records outside the batch point at what it created (data.dependents), or when records of the batch were changed since (data.editedSince, with who changed them): undoing would discard those changes. force=true undoes it anyway; the revision log keeps every version.',
      },
    })
    .input(z.object({ id: batchIdSchema, force: z.boolean().default(false).describe('Undo even if records of the batch were changed since') }))
    .output(z.object({ batchId: z.string(), undoBatchId: z.string(), removed: z.int(), reverted: z.int() }))
    .mutation(({ ctx, input }) => undoBatch(ctx.database, input.id, { actor: ctx.caller.actor, force: input.force })),
});
