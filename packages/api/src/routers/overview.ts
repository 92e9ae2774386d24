import {
  countryPartners,
  countryRelations,
  countryYears,
  createApiKey,
  getDossier,
  getRecords,
  inReadSnapshot,
  peopleInPostNow,
  KEY_SCOPES,
  listApiKeys,
  listCountries,
  listPairs,
  listRevisions,
  resolveTitles,
  revokeApiKey,
  searchRecords,
  type Scope,
} from '@bilat/db';
import {
  allRegions,
  compactDossier,
  compactDossierSourceIds,
  DOSSIER_PAGE_MAX,
  DOSSIER_PAGE_SIZE,
  DossierCursorError,
  dossierSectionPage,
  dossierSectionPageSchema,
  dossierSectionSchema,
  sectionPageSourceIds,
  type Source,
  pairDossierSchema,
  type Dossier,
  findRegion,
  holdingSchema,
  measureSchema,
  pairSortSchema,
  partyCodeSchema,
  postSchema,
  relationSchema,
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
import { inDossierSlot } from '../dossier-slots.js';
import { keptDossier } from '../kept-dossiers.js';
import { adminProcedure, builtAnswer, readProcedure, router } from '../trpc.js';

const pairSummarySchema = z.object({
  pair: z.string(),
  a: z.string().describe("The pair's first party (the pair is written in alphabetical order)"),
  b: z.string().describe("The pair's second party"),
  meetings: z.int(),
  visits: z.int(),
  agreements: z.int(),
  relations: z.int().describe('Relations events: recognition, relations established or severed, missions opened…'),
  records: z.int().describe('Every record of the pair, of any kind'),
  tradeYears: z.int(),
  lastMeetingFirstDay: z.string().nullable(),
  lastMeetingDate: z.string().nullable(),
});

const pairYearSchema = z.object({ year: z.int(), meetings: z.int(), visits: z.int(), agreements: z.int(), relations: z.int() });

/** A region by M49 code or name, as the party codes of its countries; an unknown one is a 400 naming it. */
function regionCountries(input: string | undefined): string[] | undefined {
  if (input === undefined) return undefined;
  const region = findRegion(input);
  if (!region) throw new TRPCError({ code: 'BAD_REQUEST', message: `Unknown region "${input}": give a UN M49 region or sub-region name (Central Asia) or code (143); see /api/v1/regions` });
  return region.countries;
}

const regionInput = z.string().min(1).max(60).describe('A UN M49 region, sub-region or intermediate region, by name ("Central Asia") or code ("143")');

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

const pairInput = z.string().min(3).max(20).describe('KZ-LT (any order or case)');
const pageLimit = z.coerce.number<number>().int().min(1).max(DOSSIER_PAGE_MAX).optional();

export const pairsRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/pairs', tags: ['Pairs'], summary: 'Country pairs with counts of meetings, visits, agreements, relations events, records and trade years; filtered, sorted and paged' } })
    .input(
      z
        .object({
          country: partyCodeSchema.optional().describe('Pairs with this party'),
          region: regionInput.optional().describe('Pairs with a party in this UN M49 region (with country: pairs whose partner is in it), by name or code'),
          sort: pairSortSchema.optional().describe('meetings (default), visits, agreements, relations, records, trade (years of trade), latest (latest meeting) or pair'),
          limit: z.coerce.number<number>().int().min(1).max(500).optional().describe('Page size (default 50, at most 500)'),
          cursor: z.string().max(2000).optional().describe('The nextCursor of the previous page'),
        })
        .optional(),
    )
    .output(builtAnswer(z.object({ items: z.array(pairSummarySchema), nextCursor: z.string().nullable(), total: z.int().describe('Pairs matching the filter, over every page') })))
    .query(({ ctx, input }) => listPairs(ctx.db, { country: input?.country, among: regionCountries(input?.region), sort: input?.sort, limit: input?.limit, cursor: input?.cursor })),
  dossier: readProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/pairs/{pair}/dossier',
        tags: ['Pairs'],
        summary: 'Everything about one pair, optionally as of a date: trade as series, each long section as its first page (GET /pairs/{pair}/dossier/{section} pages the rest)',
      },
    })
    .input(
      z.object({
        pair: pairInput,
        asOf: partialDateSchema.optional(),
        limit: pageLimit.describe(`Items each paged section carries (default ${DOSSIER_PAGE_SIZE}, at most ${DOSSIER_PAGE_MAX})`),
      }),
    )
    .output(builtAnswer(pairDossierSchema))
    .query(async ({ ctx, input }) => {
      const pair = canonicalPair(input.pair);
      const compute = () => cutFromDossier(ctx, pair, input.asOf, (dossier) => compactDossier(dossier, { limit: input.limit }), compactDossierSourceIds);
      return ctx.options.keepDossiers ? keptDossier(ctx.database, `compact ${today(ctx)} ${pair} ${input.asOf ?? ''} ${input.limit ?? ''}`, compute) : compute();
    }),
  dossierSection: readProcedure
    .meta({ openapi: { method: 'GET', path: '/pairs/{pair}/dossier/{section}', tags: ['Pairs'], summary: "A page of one section of a pair's dossier, after the cursor the previous page gave" } })
    .input(
      z.object({
        pair: pairInput,
        section: dossierSectionSchema,
        asOf: partialDateSchema.optional(),
        cursor: z.string().max(2000).optional().describe('The nextCursor of the dossier section or of the previous page'),
        limit: pageLimit.describe(`Page size (default ${DOSSIER_PAGE_SIZE}, at most ${DOSSIER_PAGE_MAX})`),
      }),
    )
    .output(builtAnswer(dossierSectionPageSchema))
    .query(async ({ ctx, input }) => {
      const pair = canonicalPair(input.pair);
      try {
        return await cutFromDossier(ctx, pair, input.asOf, (dossier) => dossierSectionPage(dossier, input.section, { cursor: input.cursor, limit: input.limit }), sectionPageSourceIds);
      } catch (error) {
        if (error instanceof DossierCursorError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
        throw error;
      }
    }),
});

/**
 * The full dossier, which the compact answer and every section page are cut from. It is
 * built without sources: an answer carries only the sources its items cite (a first page of
 * each section), which withSources loads, where the whole dossier cites three times as many
 * (the series name trade's sources by id), and without trade mirrors: the compact answer
 * writes its mirror series from the trade rows, and no section page shows them. Shared
 * parses: a dossier and what is cut from it are only read, never changed (frozen under test).
 */
function readDossier(scope: Scope, pair: string, asOf: string | undefined, day: string): Promise<Dossier> {
  return getDossier(scope, pair, { asOf, today: day, tradeSources: false, sources: false, shared: true, mirrors: false });
}

/**
 * An answer cut from the full dossier (`cut`), with the sources it cites (`ids` names them).
 * Computed afresh, the dossier and those sources are read as one snapshot, in a dossier slot
 * (taken first: on SQLite a snapshot holds the one connection). When the server keeps
 * dossiers, the full one is kept (and shared, since answers only read it) while the data is
 * unchanged, and only the sources are read for each answer.
 */
function cutFromDossier<T extends { sources: Source[] }>(ctx: ApiContext, pair: string, asOf: string | undefined, cut: (dossier: Dossier) => T, ids: (answer: T) => string[]): Promise<T> {
  const day = today(ctx);
  if (ctx.options.keepDossiers) {
    const compute = () => inDossierSlot(ctx.database, () => readDossier(ctx.db, pair, asOf, day));
    const key = `full ${day} ${pair} ${asOf ?? ''}`;
    return keptDossier(ctx.database, key, compute, { shared: true }).then((dossier) => withSources(ctx.db, cut(dossier), ids));
  }
  return inDossierSlot(ctx.database, () => inReadSnapshot(ctx.db, async (scope) => withSources(scope, cut(await readDossier(scope, pair, asOf, day)), ids)));
}

/** The answer with the sources it cites (`ids` names them, in order), read in one statement. */
async function withSources<T extends { sources: Source[] }>(scope: Scope, answer: T, ids: (answer: T) => string[]): Promise<T> {
  answer.sources = await getRecords(scope, 'source', ids(answer), { shared: true });
  return answer;
}

const countrySummarySchema = partyInfoSchema.extend({
  records: z.int().describe('Records of its pairs, of any kind'),
  meetings: z.int(),
  visits: z.int(),
  agreements: z.int(),
  relations: z.int(),
  partners: z.int().describe('Parties it has at least one record with'),
});

const partnerSchema = pairSummarySchema.extend({ partner: z.string().describe('The other party'), years: z.array(pairYearSchema).describe('Counts by year, oldest first') });

const personInPostSchema = z.object({ person: personSchema, post: postSchema, holding: holdingSchema });

/** Booleans from a query string: "?withRecords=false" must read as false (z.coerce.boolean() would make it true). */
const queryBoolean = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((value) => value === true || value === 'true');

export const countriesRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/countries', tags: ['Countries'], summary: 'Every party (ISO 3166-1 countries, XK, the EU, former and historical states) with its totals over its pairs' } })
    .input(
      z
        .object({
          region: regionInput.optional().describe('Only the countries of this UN M49 region, by name or code'),
          sort: measureSchema.optional().describe('Most first by this measure (default: by code)'),
          withRecords: queryBoolean.optional().describe('Only parties some record of a pair concerns'),
        })
        .optional(),
    )
    .output(builtAnswer(z.array(countrySummarySchema)))
    .query(({ ctx, input }) => listCountries(ctx.db, { among: regionCountries(input?.region), sort: input?.sort, withRecords: input?.withRecords })),
  get: readProcedure
    .meta({ openapi: { method: 'GET', path: '/countries/{code}', tags: ['Countries'], summary: "A country's partners ranked (paged when asked), its counts per year, its relations events and the latest known holders of its posts" } })
    .input(
      z.object({
        code: z.string().min(2).max(4).describe('A party code: KZ, EU, SUHH, XHAW'),
        sort: pairSortSchema.optional().describe('Rank partners by meetings (default), visits, agreements, relations, records, trade (years of trade), latest (latest meeting) or pair (partner name)'),
        limit: z.coerce.number<number>().int().min(1).max(500).optional().describe('Partners per page (default: every partner)'),
        cursor: z.string().max(2000).optional().describe('The nextCursor of the previous page'),
        relationsLimit: z.coerce.number<number>().int().min(1).max(1000).optional().describe('Relations events at most (default 1,000)'),
        peopleLimit: z.coerce.number<number>().int().min(1).max(500).optional().describe('Latest known holders at most (default 500)'),
      }),
    )
    .output(
      builtAnswer(z.object({
        country: partyInfoSchema,
        partners: z.array(partnerSchema),
        partnersTotal: z.int().describe('Partners over every page'),
        partnerCounts: z
          .array(z.object({ partner: z.string(), meetings: z.int(), visits: z.int(), agreements: z.int(), relations: z.int(), records: z.int() }))
          .describe("Every partner's counts, whatever the page, by partner code (for a map)"),
        nextCursor: z.string().nullable().describe('Where the next page of partners starts; null on the last'),
        years: z.array(pairYearSchema).describe('Its counts over every partner by year, oldest first (years with none of the four left out)'),
        meetingsPerYear: z.array(z.object({ year: z.int(), meetings: z.int() })),
        relations: z.array(relationSchema).describe('Relations events with any partner, oldest first (at most relationsLimit)'),
        relationsTotal: z.int().describe('Relations events with any partner, over all'),
        people: z.array(personInPostSchema).describe('The latest known holders of its posts (a holding with no end recorded counts until someone else takes the post), with the post and the holding (at most peopleLimit)'),
        peopleTotal: z.int().describe('Latest known holders of its posts, over all'),
      })),
    )
    .query(async ({ ctx, input }) => {
      const code = input.code.toUpperCase();
      if (!isPartyCode(code)) throw new TRPCError({ code: 'NOT_FOUND', message: `No country or party with code "${input.code}"` });
      const { partners, counts, total, nextCursor } = await countryPartners(ctx.db, code, { sort: input.sort, limit: input.limit, cursor: input.cursor });
      const years = await countryYears(ctx.db, code);
      const relations = await countryRelations(ctx.db, code, input.relationsLimit ?? 1000);
      const people = await peopleInPostNow(ctx.db, code, today(ctx), input.peopleLimit ?? 500);
      return {
        country: partyInfo(code)!,
        partners,
        partnersTotal: total,
        partnerCounts: counts,
        nextCursor,
        years,
        meetingsPerYear: years.filter((year) => year.meetings > 0).map(({ year, meetings }) => ({ year, meetings })),
        relations: relations.items,
        relationsTotal: relations.total,
        people: people.items,
        peopleTotal: people.total,
      };
    }),
});

export const regionsRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/regions', tags: ['Countries'], summary: 'UN M49 regions, sub-regions and intermediate regions with their countries' } })
    .input(z.object({}).optional())
    .output(z.array(z.object({ code: z.string(), name: z.string(), level: z.int().describe('1 region, 2 sub-region, 3 intermediate region'), parent: z.string().optional(), countries: z.array(z.string()) })))
    .query(() => allRegions()),
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
  .output(builtAnswer(z.object({ items: z.array(searchHitSchema), nextCursor: z.string().nullable() })))
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

