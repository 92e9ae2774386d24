import { addWatchSource, countProposals, listWatchSources, removeWatchSource, WATCH_KINDS, WatchSourceExistsError, PROPOSAL_STATUSES, type WatchSource } from '@bilat/db';
import { pairSchema, partyCodeSchema, recordKindSchema } from '@bilat/domain';
import { formatEvery, parseEvery } from '@bilat/watch/every';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readProcedure, router, writeProcedure } from '../trpc.js';
import { acceptAll, acceptProposal, listProposalViews, proposalView, rejectProposal } from '../watch/inbox.js';
import { runWatch } from '../watch/run.js';

/*
 * Watched sources (`watch.*`) and the review inbox (`inbox.*`): the web /watch and /inbox
 * pages, `bilat watch` and `bilat inbox` all call these. Fetching and deciding are writes
 * (a `write` key); the inbox and the list of sources are reads.
 */

const everySchema = z
  .string()
  .trim()
  .superRefine((value, context) => {
    try {
      parseEvery(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message.replace(/^every: /, '') });
    }
  })
  .describe('How often to fetch: 30m, 1h, 1d (at least a minute, at most a week)');

const sourceSchema = z.object({
  id: z.int(),
  url: z.string(),
  kind: z.enum(WATCH_KINDS).describe('rss, atom, page (a news list whose article links are followed), or auto until the first fetch tells'),
  publisher: z.string(),
  country: z.string().nullable(),
  every: z.string().describe('How often it is fetched (30m, 1h, 1d)'),
  everySeconds: z.int(),
  lastFetchedAt: z.string().nullable(),
  lastStatus: z.int().nullable().describe('The HTTP status of the last fetch of the feed or list (304: unchanged)'),
  lastError: z.string().nullable().describe('What went wrong on the last fetch, if anything'),
  nextDueAt: z.string(),
  createdAt: z.string(),
});

const toSourceOutput = (source: WatchSource) => ({
  id: source.id, url: source.url, kind: source.kind, publisher: source.publisher, country: source.country, every: formatEvery(source.everySeconds),
  everySeconds: source.everySeconds, lastFetchedAt: source.lastFetchedAt, lastStatus: source.lastStatus, lastError: source.lastError, nextDueAt: source.nextDueAt, createdAt: source.createdAt,
});

const idInput = z.object({ id: z.coerce.number<number>().int().positive().describe('The id `list` shows') });

export const watchRouter = router({
  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/watch/sources', tags: ['Watch'], summary: 'Watched feeds and news pages, with the outcome of their last fetch' } })
    .input(z.object({}).optional())
    .output(z.array(sourceSchema))
    .query(async ({ ctx }) => (await listWatchSources(ctx.db)).map(toSourceOutput)),

  add: writeProcedure
    .meta({ openapi: { method: 'POST', path: '/watch/sources', tags: ['Watch'], summary: 'Watch an RSS or Atom feed, or a news page whose article links are followed (write scope)' } })
    .input(
      z.object({
        url: z.url({ protocol: /^https?$/, message: 'Expected an http(s) address' }).max(2000),
        publisher: z.string().trim().min(1).max(300).optional().describe("Who publishes the reports (default: the address's host)"),
        country: partyCodeSchema.optional().describe("The publisher's country, kept with the source"),
        every: everySchema.optional().describe('How often to fetch (default 1h)'),
        kind: z.enum(WATCH_KINDS).optional().describe('Default auto: read from the first answer'),
      }),
    )
    .output(sourceSchema)
    .mutation(async ({ ctx, input }) => {
      try {
        const source = await addWatchSource(ctx.db, {
          url: input.url,
          kind: input.kind ?? 'auto',
          publisher: input.publisher ?? new URL(input.url).hostname.replace(/^www\./, ''),
          country: input.country ?? null,
          everySeconds: parseEvery(input.every ?? '1h'),
        });
        return toSourceOutput(source);
      } catch (error) {
        if (error instanceof WatchSourceExistsError) throw new TRPCError({ code: 'CONFLICT', message: error.message });
        throw error;
      }
    }),

  remove: writeProcedure
    .meta({ openapi: { method: 'DELETE', path: '/watch/sources/{id}', tags: ['Watch'], summary: 'Stop watching a source (its reports and proposals stay) (write scope)' } })
    .input(idInput)
    .output(z.object({ removed: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (!(await removeWatchSource(ctx.db, input.id))) throw new TRPCError({ code: 'NOT_FOUND', message: `id: no watched source ${input.id}` });
      return { removed: true };
    }),

  run: writeProcedure
    .meta({ openapi: { method: 'POST', path: '/watch/run', tags: ['Watch'], summary: 'Fetch watched sources now: new reports are drafted into the inbox (write scope)' } })
    .input(
      z.object({
        id: z.int().positive().optional().describe('One source (default: every source)'),
        due: z.boolean().optional().describe('Only the sources whose next fetch is due'),
      }),
    )
    .output(
      z.object({
        sources: z.array(
          z.object({
            id: z.int(),
            fetched: z.int().describe('Reports fetched'),
            newItems: z.int().describe('New reports stored'),
            joined: z.int().describe('Of those, reports that joined a waiting proposal of the same event'),
            notModified: z.boolean().describe('The feed or list was unchanged (304)'),
            error: z.string().optional(),
          }),
        ),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.id !== undefined && !(await listWatchSources(ctx.db)).some((s) => s.id === input.id)) throw new TRPCError({ code: 'NOT_FOUND', message: `id: no watched source ${input.id}` });
      const sources = await runWatch(ctx.database, { ...(input.id !== undefined ? { id: input.id } : {}), dueOnly: Boolean(input.due), actor: ctx.caller.actor });
      return { sources };
    }),
});

const proposalSchema = z.object({
  id: z.int(),
  kind: recordKindSchema.describe('What is proposed: a meeting, visit, agreement, person…'),
  pair: z.string().nullable(),
  date: z.string().nullable().describe('The date as the report gives it (YYYY, YYYY-MM or YYYY-MM-DD)'),
  title: z.string(),
  confidence: z.number().min(0).max(1),
  status: z.enum(PROPOSAL_STATUSES),
  matchedRecordId: z.string().nullable().describe('A record already held that the reports cite again (accepting adds their citations to it)'),
  origin: z.string().describe('watch, or the importer whose drafts these are (hsg)'),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  batchId: z.string().nullable().describe('The import batch of an accepted proposal (`bilat import undo` takes it back)'),
  reason: z.string().nullable().describe("A rejection's reason"),
  record: z.record(z.string(), z.unknown()).describe('The proposed record, as its drafts give it'),
  sources: z.array(z.object({ documentId: z.string(), url: z.string().nullable(), publisher: z.string(), title: z.string(), publishedAt: z.string().nullable() })),
  facts: z.array(
    z.object({
      field: recordKindSchema,
      value: z.string(),
      words: z.string().describe("The report's own words the fact was read from"),
      confidence: z.number(),
      recordId: z.string(),
      documentId: z.string(),
      held: z.boolean().describe('A record already held, cited again'),
    }),
  ),
});

const proposalId = z.object({ id: z.coerce.number<number>().int().positive().describe('The proposal id (`bilat inbox` shows it)') });

export const inboxRouter = router({
  count: readProcedure
    .meta({ openapi: { method: 'GET', path: '/inbox/count', tags: ['Inbox'], summary: 'How many proposals wait for review' } })
    .input(z.object({}).optional())
    .output(z.object({ waiting: z.int() }))
    .query(async ({ ctx }) => ({ waiting: await countProposals(ctx.db, 'waiting') })),

  list: readProcedure
    .meta({ openapi: { method: 'GET', path: '/inbox', tags: ['Inbox'], summary: 'Proposed records with their sources and the words of each fact, oldest first' } })
    .input(
      z.object({
        status: z.enum(PROPOSAL_STATUSES).optional().describe('Default waiting'),
        pair: pairSchema.optional(),
        limit: z.coerce.number<number>().int().min(1).max(500).optional(),
        cursor: z.string().max(2000).optional(),
      }),
    )
    .output(z.object({ items: z.array(proposalSchema), nextCursor: z.string().nullable() }))
    .query(async ({ ctx, input }) => listProposalViews(ctx.db, { status: input.status ?? 'waiting', ...(input.pair ? { pair: input.pair } : {}), ...(input.limit ? { limit: input.limit } : {}), ...(input.cursor ? { cursor: input.cursor } : {}) }) as never),

  get: readProcedure
    .meta({ openapi: { method: 'GET', path: '/inbox/{id}', tags: ['Inbox'], summary: 'One proposal with its sources and facts' } })
    .input(proposalId)
    .output(proposalSchema)
    .query(async ({ ctx, input }) => (await proposalView(ctx.db, input.id)) as never),

  accept: writeProcedure
    .meta({ openapi: { method: 'POST', path: '/inbox/{id}/accept', tags: ['Inbox'], summary: 'Accept a proposal, edited or not: its records are imported in one batch (write scope)' } })
    .input(proposalId.extend({ edits: z.record(z.string(), z.unknown()).optional().describe('Fields of the proposed record to change first (e.g. { "title": "…" })') }))
    .output(z.object({ batchId: z.string().nullable().describe('Null when every record was already held as proposed'), recordIds: z.array(z.string()) }))
    .mutation(({ ctx, input }) => acceptProposal(ctx.database, input.id, { actor: ctx.caller.actor, ...(input.edits ? { edits: input.edits } : {}) })),

  reject: writeProcedure
    .meta({ openapi: { method: 'POST', path: '/inbox/{id}/reject', tags: ['Inbox'], summary: 'Reject a proposal: its reports are remembered and not drafted again (write scope)' } })
    .input(proposalId.extend({ reason: z.string().trim().min(1).max(1000).optional() }))
    .output(z.object({ rejected: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await rejectProposal(ctx.database, input.id, input.reason, ctx.caller.actor);
      return { rejected: true };
    }),

  acceptAll: writeProcedure
    .meta({ openapi: { method: 'POST', path: '/inbox/accept-all', tags: ['Inbox'], summary: 'Accept every waiting proposal at or above a confidence, leaving out its less certain facts; one batch each (write scope)' } })
    .input(z.object({ minConfidence: z.number().min(0).max(1).describe('0–1; facts below it are left out, proposals below it wait') }))
    .output(z.object({ accepted: z.int(), batchIds: z.array(z.string()), failed: z.array(z.object({ id: z.int(), error: z.string() })) }))
    .mutation(({ ctx, input }) => acceptAll(ctx.database, input.minConfidence, ctx.caller.actor)),
});
