import { listFilterOf } from '@bilat/db';
import { factStatusSchema, idSchema, partialDateSchema, partyCodeSchema, sourceSchema, disputeSchema, recordKindSchema } from '@bilat/domain';
import { z } from 'zod';

/** Filters every list takes. Dates match by overlap; `q` restricts by full-text search. */
export const listFilterShape = {
  country: partyCodeSchema.optional().describe('Records about this party (ISO 3166-1 alpha-2, EU, or a former state such as SUHH)'),
  partner: partyCodeSchema.optional().describe('With country: records between the two'),
  from: partialDateSchema.optional().describe('Overlapping this date or later (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: partialDateSchema.optional().describe('Overlapping this date or earlier'),
  status: factStatusSchema.optional(),
  q: z.string().max(200).optional().describe('Words every result must match'),
  // Coerced because REST reads it from the query string; typed as a number for tRPC callers.
  limit: z.coerce.number<number>().int().min(1).max(500).optional().describe('Page size (default 50, at most 500)'),
  cursor: z.string().max(2000).optional().describe('The nextCursor of the previous page'),
};

export const listFilterSchema = z.object(listFilterShape);
export type ListFilterInput = z.infer<typeof listFilterSchema>;

/** Maps the API's filter names onto the data layer's (the one mapping lives in @bilat/db). */
export function toListFilter(input: ListFilterInput) {
  return listFilterOf(input);
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    /** Items that only may fall in the date range (a month overlapping its edge). */
    approximateIds: z.array(z.string()),
  });
}

export const idInput = z.object({ id: idSchema });

export const relatedRecordSchema = z.object({ relation: z.string(), kind: recordKindSchema, id: idSchema, title: z.string() });

/** A record with its revision, what it points at, what points at it, its sources and the disputes about it. */
export function detailOf<T extends z.ZodType>(record: T) {
  return z.object({
    kind: recordKindSchema,
    record,
    /** Beside the record, not in it: records are strict, and a revision is the store's, not the fact's. */
    revision: z.int().nonnegative().describe('The record\'s revision: the revision-log entry that last changed it. Send it as expectedRevision (or If-Match) with a change based on this version.'),
    title: z.string(),
    /** Set when the id asked for was merged into this record. */
    redirectedFrom: idSchema.nullable(),
    references: z.array(relatedRecordSchema),
    dependents: z.array(relatedRecordSchema),
    sources: z.array(sourceSchema),
    disputes: z.array(disputeSchema),
  });
}
