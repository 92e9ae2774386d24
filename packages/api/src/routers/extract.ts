import { getRecords, importBundle, listAgreements, listHoldings, listMeetings, listRecords, listTrade, searchRecords, type ListPage, type Scope } from '@bilat/db';
import {
  disputeSchema,
  idSchema,
  partialDateSchema,
  recordKindSchema,
  sourceSchema,
  type Holding,
  type Person,
  type RecordKind,
} from '@bilat/domain';
import { bundleRecords, bundleSchema, validateBundle } from '@bilat/domain/bundle';
import type { DraftResult, KnownPerson, KnownRecords } from '@bilat/extract';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { readProcedure, router, writeProcedure } from '../trpc.js';

/*
 * From a report to records: `extract.draft` reads a text (or a saved page) and drafts
 * records, matching the people it names with those already held and marking where it
 * disagrees with what is held; `extract.save` imports the reviewed draft in one batch.
 * The web review screen and `bilat extract` (local or --api) both call these two.
 */

const MAX_TEXT = 1_000_000;

const draftInput = z
  .object({
    text: z.string().max(MAX_TEXT).optional().describe('The report as plain text'),
    html: z.string().max(MAX_TEXT).optional().describe('Or the report as a saved HTML page (navigation and boilerplate are stripped)'),
    published: partialDateSchema.optional().describe("The report's own date (YYYY, YYYY-MM or YYYY-MM-DD); relative dates resolve against it. Left out, it is read from the page (metadata, a date line, a dateline, the address), else today"),
    publishedFrom: z.enum(['options', 'front matter', 'page metadata']).optional().describe('Where the caller took `published` from, shown with the draft (default: options)'),
    publisher: z.string().trim().min(1).max(300).optional().describe('Who published the report'),
    url: z.url({ protocol: /^https?$/, message: 'Expected an http(s) address' }).optional().describe("The report's address, if it has one"),
    title: z.string().trim().min(1).max(500).optional().describe('The headline (read from the text when left out)'),
  })
  .superRefine((input, context) => {
    if (input.text === undefined && input.html === undefined) {
      context.addIssue({ code: 'custom', path: ['text'], message: 'Give the report as text (or html)' });
      return;
    }
    if (input.text !== undefined && input.html !== undefined) context.addIssue({ code: 'custom', path: ['html'], message: 'Give text or html, not both' });
    const body = input.text ?? input.html ?? '';
    if (body.includes('\u0000')) context.addIssue({ code: 'custom', path: [input.text !== undefined ? 'text' : 'html'], message: 'Text may not contain the NUL character (U+0000)' });
    else if (body.trim().length === 0) context.addIssue({ code: 'custom', path: [input.text !== undefined ? 'text' : 'html'], message: 'The report is empty' });
  });

export type DraftInput = z.infer<typeof draftInput>;

const spanSchema = z.object({ start: z.int().min(0), end: z.int().min(0) });

const draftOutput = z.object({
  bundle: bundleSchema,
  text: z.string(),
  source: sourceSchema,
  facts: z.array(
    z.object({
      kind: recordKindSchema,
      id: idSchema,
      label: z.string(),
      confidence: z.number().min(0).max(1),
      basis: z.enum(['stated', 'inferred', 'reported']),
      spans: z.array(spanSchema),
      held: z.boolean().optional().describe('A record already held that this report is cited for too (not a new record)'),
    }),
  ),
  people: z.array(
    z.object({
      name: z.string(),
      known: z.object({ id: idSchema, name: z.string() }).optional(),
      how: z.enum(['exact', 'variant', 'transliteration']).optional(),
      proposedId: idSchema.optional(),
    }),
  ),
  disputes: z.array(disputeSchema),
  publishedFrom: z.enum(['options', 'front matter', 'page metadata', 'date line', 'dateline', 'address', 'text', 'today']).describe("Where the report's date came from"),
  language: z.object({ code: z.string(), name: z.string() }).describe('The language the report is written in (English and Russian are read)'),
  warnings: z.array(z.string()),
});

const countsSchema = z.object({ created: z.int(), updated: z.int(), restored: z.int(), unchanged: z.int() });

const applyOutput = z.object({
  batchId: z.string().nullable().describe('The batch to undo with `bilat import undo`; null when nothing changed'),
  total: countsSchema,
  byKind: z.record(z.string(), countsSchema),
  sourceId: idSchema.nullable(),
  pairs: z.array(z.string()).describe('The country pairs the saved records concern (their dossiers show them)'),
});

/** Every page of a list, up to a bound: enough to compare a report with, never the whole database. */
async function pages<T>(fetch: (cursor?: string) => Promise<ListPage<T>>, max = 2000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return items;
}

function asKnownPerson(person: Person): KnownPerson {
  return { id: person.id, name: person.name, names: person.names, ...(person.country ? { country: person.country } : {}), record: person };
}

/**
 * What the database holds that a first, unmatched draft touches: people whose names may be
 * the ones in the text (the search index folds transliterations, so "Karabaev" finds
 * Karabayev), their holdings, the posts, bodies and places of the countries concerned,
 * and the trade figures of the pairs the report gives figures for.
 */
export async function knownRecordsFor(db: Scope, first: DraftResult): Promise<KnownRecords> {
  const surnames = new Set(first.people.map((person) => person.name.trim().split(/\s+/).at(-1)!).filter((word) => word.length > 1));
  const personIds = new Set<string>();
  for (const surname of surnames) for (const hit of (await searchRecords(db, surname, { kinds: ['person'], limit: 20 })).items) personIds.add(hit.id);
  const people = await getRecords(db, 'person', [...personIds]);
  const holdings: Holding[] = [];
  for (const person of people) holdings.push(...(await pages((cursor) => listHoldings(db, { personId: person.id, limit: 500, cursor }), 500)));

  const countries = new Set<string>();
  const tradePairs = new Set<string>();
  for (const item of bundleRecords(first.bundle)) {
    const record = item.record as { country?: string; pair?: string; reporter?: string; partner?: string };
    if (record.country) countries.add(record.country);
    if (record.pair) for (const code of record.pair.split('-')) countries.add(code);
    if (item.kind === 'trade' && record.reporter && record.partner) tradePairs.add(`${record.reporter}|${record.partner}`);
  }
  for (const person of people) if (person.country) countries.add(person.country);
  const posts = [];
  const organizations = [];
  const places = [];
  for (const country of countries) {
    posts.push(...(await pages((cursor) => listRecords(db, 'post', { country, limit: 500, cursor }))));
    organizations.push(...(await pages((cursor) => listRecords(db, 'organization', { country, limit: 500, cursor }))));
    places.push(...(await pages((cursor) => listRecords(db, 'place', { country, limit: 500, cursor }))));
  }
  const havePosts = new Set(posts.map((post) => post.id));
  posts.push(...(await getRecords(db, 'post', holdings.map((h) => h.postId).filter((id) => !havePosts.has(id)))));
  // The meetings and agreements of the pairs the report speaks of: a second report of one is cited for it.
  const meetings = [];
  const agreements = [];
  const pairs = new Set<string>();
  for (const item of bundleRecords(first.bundle)) {
    if (item.kind === 'meeting') pairs.add(item.record.pair);
    if (item.kind === 'agreement' && item.record.parties.length === 2) pairs.add(item.record.parties.join('-'));
  }
  for (const pair of pairs) {
    const [country, partner] = pair.split('-') as [string, string];
    meetings.push(...(await pages((cursor) => listMeetings(db, { country, partner, limit: 500, cursor }))));
    agreements.push(...(await pages((cursor) => listAgreements(db, { country, partner, limit: 500, cursor }))));
  }
  const trade = [];
  for (const pair of tradePairs) {
    const [reporter, partner] = pair.split('|') as [string, string];
    trade.push(...(await pages((cursor) => listTrade(db, { country: reporter, partner, reporter, limit: 500, cursor }))));
  }
  return { people: people.map(asKnownPerson), holdings, posts, organizations, places, trade, meetings, agreements };
}

/** Drafts records from a report, matched against the database (a pure first pass finds what to look up). */
export async function draftFromDatabase(db: Scope, input: DraftInput): Promise<DraftResult> {
  const extractInput = {
    ...(input.text !== undefined ? { text: input.text } : { html: input.html! }),
    ...(input.published ? { published: input.published, publishedFrom: input.publishedFrom ?? ('options' as const) } : {}),
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.title ? { title: input.title } : {}),
  };
  // The extractor (its country data, stemmer and romaniser) loads when a report is drafted, not with every command.
  const { extractDraft } = await import('@bilat/extract');
  const first = extractDraft(extractInput);
  if (first.text.trim().length === 0) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'html: the page holds no text once navigation and boilerplate are stripped' });
  }
  const known = await knownRecordsFor(db, first);
  // The second pass keeps the first's date (read from the page, or today's) so both agree.
  return extractDraft({ ...extractInput, published: first.source.published!, publishedFrom: first.publishedFrom, known });
}

/** The pairs a set of records is about, for linking to their dossiers. */
function pairsOf(items: ReturnType<typeof bundleRecords>): string[] {
  const pairs = new Set<string>();
  for (const item of items) {
    const pair = (item.record as { pair?: string }).pair;
    if (pair) pairs.add(pair);
  }
  return [...pairs].sort();
}

export const extractRouter = router({
  // A read, sent by POST (mutation) because its input is a whole report, too long for a URL.
  draft: readProcedure
    .meta({ openapi: { method: 'POST', path: '/extract/draft', tags: ['Extract'], summary: 'Draft records from a report (text or HTML), each fact citing its words; nothing is written' } })
    .input(draftInput)
    .output(draftOutput)
    .mutation(async ({ ctx, input }) => (await draftFromDatabase(ctx.db, input)) as never),

  save: writeProcedure
    .meta({ openapi: { method: 'POST', path: '/extract/save', tags: ['Extract'], summary: 'Save a reviewed draft in one import batch (write scope)', successDescription: 'The import summary with the batch id' } })
    .input(z.object({ bundle: bundleSchema.describe('The draft as extract.draft returned it, after review: facts edited or left out'), label: z.string().trim().min(1).max(300).optional() }))
    .output(applyOutput)
    .mutation(async ({ ctx, input }) => {
      const bundle = validateBundle(input.bundle, 'bundle');
      const items = bundleRecords(bundle);
      const sources = items.filter((item) => item.kind === 'source');
      if (items.length === sources.length) throw new TRPCError({ code: 'BAD_REQUEST', message: 'bundle: the draft holds no facts to save (every fact was left out)' });
      const source = sources[0]?.record as { id: string; title: string } | undefined;
      const summary = await importBundle(ctx.database, bundle, {
        actor: ctx.caller.actor,
        label: (input.label ?? `extract: ${source?.title ?? 'a report'}`).slice(0, 300),
      });
      return {
        batchId: summary.batchId,
        total: summary.total,
        byKind: summary.byKind as Partial<Record<RecordKind, z.infer<typeof countsSchema>>> as Record<string, z.infer<typeof countsSchema>>,
        sourceId: source?.id ?? null,
        pairs: pairsOf(items),
      };
    }),
});
