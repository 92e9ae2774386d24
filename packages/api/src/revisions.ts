import type { ExpectedRevision } from '@bilat/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { ApiContext } from './context.js';

/*
 * Revisions over the API. A record's revision is the id of the revision-log entry that
 * last changed it. REST sends it as the ETag of a record and takes it back in If-Match;
 * tRPC takes it as `expectedRevision` and answers it beside the record (`detail`). A
 * write based on a revision that is no longer current is refused: 412 over REST,
 * CONFLICT over tRPC, with the current record in the error's data.
 */

export const revisionSchema = z.int().nonnegative();

export const expectedRevisionShape = {
  expectedRevision: revisionSchema
    .optional()
    .describe('The revision this write is based on (from `detail`, or a REST ETag); refused if the record has changed since. Left out, the write applies to whatever is current. Over REST, If-Match does the same.'),
};

/** An ETag names a revision as a quoted number. */
export const etagOf = (revision: number): string => `"${revision}"`;

/**
 * The revisions an If-Match header names (`"12"`, `W/"12"`, a list of them), `'*'` for
 * any, or undefined when there is none. Anything else is a bad request, named.
 */
export function parseIfMatch(header: string | undefined): number[] | '*' | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const tags = header.split(',').map((tag) => tag.trim()).filter(Boolean);
  if (tags.includes('*')) return '*';
  return tags.map((tag) => {
    const match = /^(?:W\/)?"(\d{1,15})"$/.exec(tag);
    if (!match) throw new TRPCError({ code: 'BAD_REQUEST', message: `If-Match: ${JSON.stringify(tag)} is not a revision of a record (an ETag such as "1234", as GET answers it)` });
    return Number(match[1]);
  });
}

/**
 * The revisions a write must find current: If-Match (REST) and `expectedRevision`. Both
 * given, they must agree.
 */
export function expectedRevisionOf(ctx: ApiContext, expectedRevision: number | undefined): ExpectedRevision | undefined {
  const ifMatch = parseIfMatch(ctx.rest?.ifMatch);
  if (ifMatch === undefined || ifMatch === '*') return expectedRevision;
  if (expectedRevision !== undefined && !ifMatch.includes(expectedRevision)) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `If-Match (${ctx.rest!.ifMatch}) and expectedRevision (${expectedRevision}) name different revisions` });
  }
  return expectedRevision ?? ifMatch;
}

/** Notes the revision of the record a REST request is answered with: it goes out as the ETag. */
export function answerRevision(ctx: ApiContext, revision: number): void {
  if (ctx.rest) ctx.rest.etag = revision;
}

/** The REST handlers' response headers: the ETag a procedure noted, for a record or a 412 alike. */
export function restResponseMeta({ ctx }: { ctx?: ApiContext }): { headers?: Record<string, string> } {
  const etag = ctx?.rest?.etag;
  return etag === undefined ? {} : { headers: { etag: etagOf(etag) } };
}
