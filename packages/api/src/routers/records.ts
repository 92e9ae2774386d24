import {
  bringBackRecord,
  findLinkers,
  findRecord,
  getRecords,
  removeRecord,
  resolveRedirect,
  resolveTitles,
  saveRecord,
  type ListPage,
  type Scope,
} from '@bilat/db';
import {
  idSchema,
  newId,
  recordSchemas,
  recordTitle,
  referencesOf,
  refKey,
  type KindedRecord,
  type RecordKind,
  type RecordOf,
} from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { answerRevision, expectedRevisionOf, expectedRevisionShape, revisionSchema } from '../revisions.js';
import { builtAnswer, readProcedure, writeProcedure } from '../trpc.js';
import { detailOf, idInput, listFilterShape, pageOf, type ListFilterInput } from './shared.js';

export interface RecordRouterOptions<K extends RecordKind, F extends z.ZodRawShape> {
  kind: K;
  /** The REST collection, e.g. `/meetings`. */
  path: `/${string}`;
  /** What the collection is called in the OpenAPI document. */
  tag: string;
  /** Filters beyond the common ones. */
  filters: F;
  list: (db: Scope, input: ListFilterInput & z.infer<z.ZodObject<F>>) => Promise<ListPage<RecordOf<K>>>;
}

/** A record of this kind by id with its revision, following the redirect a merge left; NOT_FOUND otherwise. */
export async function getOrRedirect<K extends RecordKind>(db: Scope, kind: K, id: string): Promise<{ record: RecordOf<K>; revision: number; redirectedFrom: string | null }> {
  const found = await findRecord(db, kind, id);
  if (found) return { record: found.record, revision: found.revision, redirectedFrom: null };
  const target = await resolveRedirect(db, kind, id);
  const redirected = target ? await findRecord(db, kind, target) : undefined;
  if (redirected) return { record: redirected.record, revision: redirected.revision, redirectedFrom: id };
  throw new TRPCError({ code: 'NOT_FOUND', message: `No ${kind} with id "${id}"` });
}

/** The record with its neighbours named, its sources and the disputes about it. */
export async function recordDetail<K extends RecordKind>(db: Scope, kind: K, id: string) {
  const { record, revision, redirectedFrom } = await getOrRedirect(db, kind, id);
  const item = { kind, record } as KindedRecord;
  const references = referencesOf(item).filter((reference) => reference.target.kind !== 'source');
  const dependents = await findLinkers(db, { kind, id: record.id });
  const titles = await resolveTitles(db, [{ kind, id: record.id }, ...references.map((r) => r.target), ...dependents]);
  const named = <T extends { kind: RecordKind; id: string }>(ref: T) => titles.get(refKey(ref)) ?? ref.id;
  const sourceIds = referencesOf(item).filter((r) => r.target.kind === 'source').map((r) => r.target.id);
  const disputeIds = dependents.filter((d) => d.kind === 'dispute').map((d) => d.id);
  return {
    kind,
    record,
    revision,
    title: named({ kind, id: record.id }),
    redirectedFrom,
    references: references.map((r) => ({ relation: r.relation, kind: r.target.kind, id: r.target.id, title: named(r.target) })),
    dependents: dependents.map((d) => ({ ...d, title: named(d) })),
    sources: kind === 'source' ? [] : await getRecords(db, 'source', sourceIds),
    disputes: await getRecords(db, 'dispute', disputeIds),
  };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The procedures every record kind has: list, get, detail, create, update, delete and
 * restore, each also a REST route under the kind's collection path.
 */
/*
 * Resolvers below return `as never`: the kind is generic here, so TypeScript cannot
 * match the data layer's record type to the schema's; the `.output()` schema both types
 * the procedure for clients and checks the value at run time.
 */
// Generic over the shape, not the schema: `schema.extend()` on a bare `z.ZodObject` would
// type the create input as any object, and clients would lose its fields.
export function recordProcedures<K extends RecordKind, Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig, F extends z.ZodRawShape>(
  schema: z.ZodObject<Shape, Config>,
  options: RecordRouterOptions<K, F>,
) {
  const { kind, path, tag } = options;
  const tags = [tag];
  const createInput = schema.extend({ id: idSchema.optional().describe('Leave out to have one made from the title') });
  const label = capitalized(kind);
  return {
    list: readProcedure
      .meta({ openapi: { method: 'GET', path, tags, summary: `List ${tag.toLowerCase()}` } })
      .input(z.object({ ...listFilterShape, ...options.filters }))
      .output(builtAnswer(pageOf(schema)))
      .query(async ({ ctx, input }) => (await options.list(ctx.db, input as ListFilterInput & z.infer<z.ZodObject<F>>)) as never),

    get: readProcedure
      .meta({ openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: `${label} by id`, description: 'The ETag header is the record\'s revision: send it back as If-Match with a change.' } })
      .input(idInput)
      .output(builtAnswer(schema))
      .query(async ({ ctx, input }) => {
        const found = await getOrRedirect(ctx.db, kind, input.id);
        answerRevision(ctx, found.revision);
        return found.record as never;
      }),

    detail: readProcedure
      .meta({ openapi: { method: 'GET', path: `${path}/{id}/detail`, tags, summary: `${label} with its revision, relations, sources and disputes` } })
      .input(idInput)
      .output(builtAnswer(detailOf(schema)))
      .query(async ({ ctx, input }) => {
        const detail = await recordDetail(ctx.db, kind, input.id);
        answerRevision(ctx, detail.revision);
        return detail as never;
      }),

    create: writeProcedure
      .meta({ openapi: { method: 'POST', path, tags, summary: `Create a ${kind}`, successDescription: 'The record as stored (its revision in the ETag header)' } })
      .input(createInput)
      .output(schema)
      .mutation(async ({ ctx, input }) => {
        const draft = input as Record<string, unknown>;
        const id = (draft.id as string | undefined) ?? newId(recordTitle({ kind, record: { ...draft, id: 'new' } } as KindedRecord));
        const saved = await saveRecord(ctx.database, kind, { ...draft, id }, { actor: ctx.caller.actor }, 'create');
        answerRevision(ctx, saved.revision);
        return saved.record as never;
      }),

    update: writeProcedure
      .meta({
        openapi: {
          method: 'PUT',
          path: `${path}/{id}`,
          tags,
          summary: `Replace a ${kind}`,
          description: `Send the ETag of the version the change is based on as If-Match: if the ${kind} has changed since, nothing is written and the answer is 412 with the current version (in data.current). Without If-Match the change applies to whatever is current.`,
          successDescription: 'The record as stored (its new revision in the ETag header)',
        },
      })
      .input(schema.extend(expectedRevisionShape))
      .output(schema)
      .mutation(async ({ ctx, input }) => {
        const { expectedRevision, ...record } = input as Record<string, unknown> & { expectedRevision?: number };
        const saved = await saveRecord(ctx.database, kind, record, { actor: ctx.caller.actor }, 'update', { expectedRevision: expectedRevisionOf(ctx, expectedRevision) });
        answerRevision(ctx, saved.revision);
        return saved.record as never;
      }),

    delete: writeProcedure
      .meta({
        openapi: {
          method: 'DELETE',
          path: `${path}/{id}`,
          tags,
          summary: `Delete a ${kind} (recoverable; refused while others point at it)`,
          description: 'With If-Match, refused (412, the current version in data.current) when the record has changed since that revision.',
        },
      })
      .input(idInput.extend(expectedRevisionShape))
      .output(z.object({ kind: z.literal(kind), id: idSchema, deleted: z.literal(true), revision: revisionSchema.describe('The revision the deletion made: what a restore is based on') }))
      .mutation(async ({ ctx, input }) => {
        const revision = await removeRecord(ctx.database, { kind, id: input.id }, { actor: ctx.caller.actor }, { expectedRevision: expectedRevisionOf(ctx, input.expectedRevision) });
        return { kind, id: input.id, deleted: true as const, revision };
      }),

    restore: writeProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: `${path}/{id}/restore`,
          tags,
          summary: `Restore a deleted ${kind}`,
          description: 'With If-Match (the revision the deletion answered), refused (412) when the record has changed since, e.g. someone restored it already.',
          successDescription: 'The record as restored (its new revision in the ETag header)',
        },
      })
      .input(idInput.extend(expectedRevisionShape))
      .output(schema)
      .mutation(async ({ ctx, input }) => {
        const restored = await bringBackRecord(ctx.database, { kind, id: input.id }, { actor: ctx.caller.actor }, { expectedRevision: expectedRevisionOf(ctx, input.expectedRevision) });
        answerRevision(ctx, restored.revision);
        return restored.record as never;
      }),
  };
}

export { recordSchemas };
