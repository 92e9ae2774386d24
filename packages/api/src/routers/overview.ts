import {
  createApiKey,
  getDossier,
  KEY_SCOPES,
  listApiKeys,
  listPairs,
  listRevisions,
  resolveTitles,
  revokeApiKey,
  searchRecords,
} from '@bilat/db';
import {
  allParties,
  dossierSchema,
  idSchema,
  isPartyCode,
  parsePair,
  partialDateFromDate,
  partialDateSchema,
  partyInfo,
  partyInfoSchema,
  personSchema,
  RECORD_KINDS,
  recordKindSchema,
  recordTitle,
  type KindedRecord,
  type RecordKind,
} from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { ApiContext } from '../context.js';
import { adminProcedure, readProcedure, router } from '../trpc.js';

const pairSummarySchema = z.object({
  pair: z.string(),
  meetings: z.int(),
  visits: z.int(),
  agreements: z.int(),
  relations: z.int(),
  tradeYears: z.int(),
  lastMeetingFirstDay: z.string().nullable(),
  lastMeetingDate: z.string().nullable(),
});

function today(ctx: ApiContext): string {
  return ctx.options.today?.() ?? partialDateFromDate(new Date());
}

/** A pair in any spelling (`lt-kz`, `KZ/LT`) as `KZ-LT`; a bad one is a 400 naming it. */
function canonicalPair(input: string): string {
  try {
    return parsePair(input).pair;
  } catch (error) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: (error as Error).message });
  }
}

export const pairsRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/pairs', tags: ['Pairs'], summary: 'Country pairs with counts of meetings, visits, agreements, relations events and trade years' } })
    .input(z.object({}).optional())
    .output(z.array(pairSummarySchema))
    .query(({ ctx }) => listPairs(ctx.db)),
  dossier: readProcedure
    .meta({ openapi: { method: 'GET', path: '/pairs/{pair}/dossier', tags: ['Pairs'], summary: "Everything about one pair, optionally as of a date" } })
    .input(z.object({ pair: z.string().min(3).max(20).describe('KZ-LT (any order or case)'), asOf: partialDateSchema.optional() }))
    .output(dossierSchema)
    .query(({ ctx, input }) => getDossier(ctx.db, canonicalPair(input.pair), { asOf: input.asOf, today: today(ctx) })),
});

export const countriesRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/countries', tags: ['Countries'], summary: 'Every party (ISO 3166-1 countries, XK, the EU, former and historical states) with how many records concern it' } })
    .input(
      z
        .object({
          // Not z.coerce.boolean(), nor a plain boolean (the REST adapter coerces it): both read "?withRecords=false" as true.
          withRecords: z
            .union([z.boolean(), z.enum(['true', 'false'])])
            .transform((value) => value === true || value === 'true')
            .optional()
            .describe('Only parties some record concerns'),
        })
        .optional(),
    )
    .output(z.array(partyInfoSchema.extend({ records: z.int() })))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.db
        .selectFrom('record_parties')
        .select(['party', (eb) => eb.fn.countAll<string | number>().as('count')])
        .groupBy('party')
        .execute();
      const counts = new Map(rows.map((row) => [row.party, Number(row.count)]));
      return allParties()
        .map((party) => ({ ...party, records: counts.get(party.code) ?? 0 }))
        .filter((party) => !input?.withRecords || party.records > 0);
    }),
  get: readProcedure
    .meta({ openapi: { method: 'GET', path: '/countries/{code}', tags: ['Countries'], summary: "A country's pairs and its people" } })
    .input(z.object({ code: z.string().min(2).max(4).describe('A party code: KZ, EU, SUHH, XHAW') }))
    .output(z.object({ country: partyInfoSchema, pairs: z.array(pairSummarySchema), people: z.array(personSchema) }))
    .query(async ({ ctx, input }) => {
      const code = input.code.toUpperCase();
      if (!isPartyCode(code)) throw new TRPCError({ code: 'NOT_FOUND', message: `No country or party with code "${input.code}"` });
      const pairs = (await listPairs(ctx.db)).filter((pair) => pair.pair.split('-').includes(code));
      const people = await ctx.db.db
        .selectFrom('people')
        .select('body')
        .where('country', '=', code)
        .where('deleted_at', 'is', null)
        .orderBy('sort_name')
        .limit(500)
        .execute();
      return { country: partyInfo(code)!, pairs, people: people.map((row) => JSON.parse(row.body)) };
    }),
});

const searchHitSchema = z.object({ kind: recordKindSchema, id: idSchema, title: z.string(), titleMatch: z.boolean() });

export const searchProcedure = readProcedure
  .meta({ openapi: { method: 'GET', path: '/search', tags: ['Search'], summary: 'Full-text search over every record and its citations' } })
  .input(
    z.object({
      q: z.string().max(500).describe('Words; case, diacritics and transliteration variants are folded'),
      kinds: z
        .string()
        .max(300)
        .optional()
        .describe('Comma-separated record kinds, e.g. "person,meeting"'),
      limit: z.coerce.number<number>().int().min(1).max(200).optional(),
      cursor: z.string().max(2000).optional(),
    }),
  )
  .output(z.object({ items: z.array(searchHitSchema), nextCursor: z.string().nullable() }))
  .query(({ ctx, input }) => {
    const kinds = input.kinds?.split(',').map((kind) => kind.trim()).filter(Boolean);
    const unknown = kinds?.filter((kind) => !(RECORD_KINDS as readonly string[]).includes(kind));
    if (unknown?.length) throw new TRPCError({ code: 'BAD_REQUEST', message: `Unknown record kind(s): ${unknown.join(', ')}` });
    return searchRecords(ctx.db, input.q, { kinds: kinds as RecordKind[] | undefined, limit: input.limit, cursor: input.cursor });
  });

const changeSchema = z.object({
  revision: z.int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'merge']),
  kind: recordKindSchema,
  id: idSchema,
  title: z.string(),
  batchId: z.string().nullable(),
});

/** When a date alone is given, "since 2024-06-20" means from the start of that day (UTC). */
function sinceInstant(since: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(since) ? since : new Date(since).toISOString();
}

export const changesProcedure = readProcedure
  .meta({ openapi: { method: 'GET', path: '/changes', tags: ['Changes'], summary: 'What was added or edited since a date, oldest first (or newest first)' } })
  .input(
    z.object({
      since: z
        .string()
        .max(40)
        .refine((value) => partialDateSchema.safeParse(value).success || !Number.isNaN(Date.parse(value)), { message: 'Expected a date (YYYY-MM-DD) or an ISO 8601 instant' })
        .describe('A date (YYYY-MM-DD) or an ISO 8601 instant'),
      kind: recordKindSchema.optional(),
      pair: z.string().min(3).max(20).optional().describe("Only changes to that pair's records: KZ-LT (any order or case)"),
      limit: z.coerce.number<number>().int().min(1).max(1000).optional(),
      cursor: z.string().regex(/^\d{1,15}$/).optional().describe('The nextCursor of the previous page'),
      order: z.enum(['asc', 'desc']).optional().describe('asc (default): oldest first; desc: newest first'),
    }),
  )
  .output(z.object({ items: z.array(changeSchema), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const limit = input.limit ?? 100;
    const revisions = await listRevisions(ctx.db, {
      since: sinceInstant(input.since),
      kind: input.kind,
      pair: input.pair === undefined ? undefined : canonicalPair(input.pair),
      afterId: input.cursor && input.order !== 'desc' ? Number(input.cursor) : undefined,
      beforeId: input.cursor && input.order === 'desc' ? Number(input.cursor) : undefined,
      order: input.order,
      limit: limit + 1,
    });
    const page = revisions.slice(0, limit);
    // Imports keep no body in a creation's revision (the record itself holds it): name those from the record.
    const bodiless = page.filter((revision) => !revision.after && !revision.before).map((revision) => ({ kind: revision.kind, id: revision.recordId }));
    const current = bodiless.length ? await resolveTitles(ctx.db, bodiless) : new Map<string, string>();
    return {
      items: page.map((revision) => {
        const body = (revision.after ?? revision.before) as Record<string, unknown> | null;
        const record = body && 'mergedInto' in body ? revision.before : body;
        let title = current.get(`${revision.kind}:${revision.recordId}`) ?? revision.recordId;
        try {
          if (record) title = recordTitle({ kind: revision.kind, record } as KindedRecord);
        } catch {
          // A title needs fields an old revision may lack; the id will do.
        }
        return {
          revision: revision.id,
          at: revision.at,
          actor: revision.actor,
          action: revision.action,
          kind: revision.kind,
          id: revision.recordId,
          title,
          batchId: revision.batchId,
        };
      }),
      nextCursor: revisions.length > limit ? String(page.at(-1)!.id) : null,
    };
  });

const keyInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(KEY_SCOPES),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
});

export const keysRouter = router({
  create: adminProcedure
    .meta({ openapi: { method: 'POST', path: '/keys', tags: ['Keys'], summary: 'Create an API key (the secret is shown once)' } })
    .input(z.object({ name: z.string().min(1).max(200), scope: z.enum(KEY_SCOPES) }))
    .output(keyInfoSchema.extend({ secret: z.string() }))
    .mutation(({ ctx, input }) => createApiKey(ctx.db, { ...input, createdBy: ctx.caller.actor })),
  list: adminProcedure
    .meta({ openapi: { method: 'GET', path: '/keys', tags: ['Keys'], summary: 'API keys (never their secrets)' } })
    .input(z.object({}).optional())
    .output(z.array(keyInfoSchema))
    .query(({ ctx }) => listApiKeys(ctx.db)),
  revoke: adminProcedure
    .meta({ openapi: { method: 'DELETE', path: '/keys/{id}', tags: ['Keys'], summary: 'Revoke an API key at once' } })
    .input(z.object({ id: z.string().regex(/^[a-z0-9]{10}$/) }))
    .output(z.object({ id: z.string(), revoked: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await revokeApiKey(ctx.db, input.id))) throw new TRPCError({ code: 'NOT_FOUND', message: `No active key with id "${input.id}"` });
      return { id: input.id, revoked: true as const };
    }),
});

