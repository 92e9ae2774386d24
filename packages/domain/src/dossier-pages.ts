import { z } from 'zod';
import { sourceSchema, type Source } from './citation.js';
import { compareSpans, type RecordKind } from './common.js';
import {
  dossierChiefSchema,
  dossierPersonSchema,
  dossierSeriesSchema,
  interactionMonthSchema,
  MIRROR_GAP_REASONS,
  forEachMirror,
  groupTradeRows,
  pairTradeFigures,
  tradeMirrors,
  type Dossier,
  type TradeMirror,
  type TradeRow,
} from './dossier.js';
import { idSchema } from './ids.js';
import { pairSchema, partyCodeSchema, partyInfoSchema } from './party.js';
import { comparePartialDates } from './partial-date.js';
import { partialDateSchema } from './partial-date-schema.js';
import {
  AGREEMENT_STAGES,
  agreementSchema,
  commitmentSchema,
  disputeSchema,
  indicatorSchema,
  investmentFlowSchema,
  meetingSchema,
  organizationSchema,
  placeSchema,
  forEachReference,
  relationSchema,
  statementSchema,
  visitSchema,
  type KindedRecord,
  type ReferenceVisitor,
  type TradeFlow,
} from './records/index.js';

/*
 * The dossier as the API sends it: the full dossier (dossier.ts) made compact. Trade goes
 * as series of [period, amount] points with the unit and sources once, and every long
 * section as its first page with a total and a keyset cursor; `dossierSectionPage` pages
 * the rest. `assembleDossier` turns the compact answer and its pages back into the full
 * dossier, for exports that must hold everything.
 */

/** Items a section carries in the dossier unless asked otherwise. */
export const DOSSIER_PAGE_SIZE = 20;
export const DOSSIER_PAGE_MAX = 200;

/** A chief of mission with the side that sent them, so one list can hold both missions. */
export const dossierChiefEntrySchema = dossierChiefSchema.extend({ side: partyCodeSchema, to: partyCodeSchema });
export type DossierChiefEntry = z.infer<typeof dossierChiefEntrySchema>;

const visitEntrySchema = z.object({ visit: visitSchema, meetingIds: z.array(idSchema) });

/** The paged sections, each with the schema of its items. */
export const DOSSIER_SECTION_ITEMS = {
  meetings: meetingSchema,
  visits: visitEntrySchema,
  people: dossierPersonSchema,
  agreements: agreementSchema,
  commitments: commitmentSchema,
  statements: statementSchema,
  relations: relationSchema,
  chiefsOfMission: dossierChiefEntrySchema,
  investment: investmentFlowSchema,
  indicators: indicatorSchema,
  interactions: interactionMonthSchema,
} as const;

export type DossierSection = keyof typeof DOSSIER_SECTION_ITEMS;
export const DOSSIER_SECTIONS = Object.keys(DOSSIER_SECTION_ITEMS) as DossierSection[];
export const dossierSectionSchema = z.enum(DOSSIER_SECTIONS as [DossierSection, ...DossierSection[]]);

type ItemOf<S extends DossierSection> = z.infer<(typeof DOSSIER_SECTION_ITEMS)[S]>;

function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().describe('Items in the section, over every page'),
    nextCursor: z.string().nullable().describe('Give it as `cursor` to the dossier section procedure for the next page; null on the last page'),
  });
}

export type DossierPage<T> = {
  items: T[];
  total: number;
  nextCursor: string | null;
};

/** Names of what the carried items point at, so a page can be shown without the other sections. */
export const dossierRefsSchema = z.object({
  people: z.record(idSchema, z.string()).describe('Person id → name, for every participant, visitor, speaker and chief the items name'),
  posts: z.record(idSchema, z.object({ title: z.string(), organization: z.string().nullable() })).describe('Post id → title and organization, for the posts meeting participants held'),
});
export type DossierRefs = z.infer<typeof dossierRefsSchema>;

const periodText = z.string().describe('A period: its start ("2023", "2024-05"), or start/end for a span ("2022-01/2022-06")');

/** One flow as one reporter gives it, in one currency: the figures of every period as points. */
export const tradeSeriesSchema = z.object({
  reporter: partyCodeSchema,
  partner: partyCodeSchema,
  flow: z.enum(['export', 'import', 'turnover']),
  currency: z.string().describe('ISO 4217: the unit of every amount in the series'),
  precision: z.string().nullable().describe('The stated precision every point shares; null when they differ, and then each point gives its own as a third element'),
  points: z
    .array(z.array(z.string()).min(2).max(3))
    .describe('[period, amount] or [period, amount, precision], oldest first; a period repeats when sources give several figures for it'),
  disputed: z.array(periodText).describe('Periods whose figures disagree beyond their stated rounding'),
  figures: z.int().describe('Trade records behind the points: list them with trade.list (country = reporter, partner, reporter, flow, commodity TOTAL)'),
  sourceIds: z.array(idSchema).describe('Every source the figures cite, once (sources.get gives each)'),
});
export type TradeSeries = z.infer<typeof tradeSeriesSchema>;

/** One flow seen from both sides, every period as a point. */
export const tradeMirrorSeriesSchema = z.object({
  exporter: partyCodeSchema,
  importer: partyCodeSchema,
  exportedCurrency: z.string(),
  importedCurrency: z.string(),
  points: z
    .array(z.array(z.string().nullable()).length(5))
    .describe('[period, exported, imported, gap, gapPercent]: the first figure of each side; the gap (imported minus exported) and its percentage of the exported figure are null across currencies'),
});
export type TradeMirrorSeries = z.infer<typeof tradeMirrorSeriesSchema>;

export const pairDossierSchema = z.object({
  pair: pairSchema,
  asOf: partialDateSchema.nullable(),
  today: partialDateSchema,
  countries: z.array(partyInfoSchema),
  series: z.array(dossierSeriesSchema),
  meetings: pageSchema(meetingSchema),
  visits: pageSchema(visitEntrySchema),
  people: pageSchema(dossierPersonSchema).describe('People who took part, the most active first'),
  agreements: pageSchema(agreementSchema).describe('By stage (planned, signed, in force…), then newest first'),
  agreementStages: z.record(z.string(), z.int()).describe('Agreements per stage, over every page'),
  commitments: pageSchema(commitmentSchema),
  statements: pageSchema(statementSchema),
  trade: z.array(tradeSeriesSchema).describe("The pair's total trade, as series by reporter, flow and currency"),
  tradeMirrors: z.array(tradeMirrorSeriesSchema).describe('Flows known from both sides (exports as reported by one, imports by the other)'),
  tradeMirrorReasons: z.array(z.string()).describe('Why the two sides of a flow differ'),
  investment: pageSchema(investmentFlowSchema),
  indicators: pageSchema(indicatorSchema),
  interactions: pageSchema(interactionMonthSchema).describe('Machine-coded events by month, newest first'),
  relations: pageSchema(relationSchema).describe('Milestones of the relationship, oldest first'),
  chiefsOfMission: pageSchema(dossierChiefEntrySchema).describe("The first side's chiefs to the second, then the second's, earliest first"),
  disputes: z.array(disputeSchema),
  places: z.array(placeSchema),
  organizations: z.array(organizationSchema),
  sources: z.array(sourceSchema).describe('Sources cited by the carried items, series, disputes and organizations (trade series name theirs by id)'),
  sourcesTotal: z
    .int()
    .describe('Sources cited over every page of every section, the series, disputes and organizations: as many as `sources` holds once every page is read (what a full dossier lists)'),
  refs: dossierRefsSchema,
  status: z.object({ verified: z.int(), draft: z.int() }),
});
export type PairDossier = z.infer<typeof pairDossierSchema>;

/** A page of one section, with the sources and names its items need. */
export type DossierSectionPage = { [S in DossierSection]: DossierPage<ItemOf<S>> & { section: S; sources: Source[]; refs: DossierRefs } }[DossierSection];
// Built from the list of sections, so typed by hand: one member per section, told apart by `section`.
export const dossierSectionPageSchema = z.discriminatedUnion(
  'section',
  DOSSIER_SECTIONS.map((section) =>
    pageSchema(DOSSIER_SECTION_ITEMS[section]).extend({ section: z.literal(section), sources: z.array(sourceSchema), refs: dossierRefsSchema }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<DossierSectionPage>;

/*
 * Ordering and cursors. Each section orders its items by a small key (the fields its
 * order reads, and the id last), and a cursor is the last key shown: the next page starts
 * after it, so a record added or removed meanwhile neither repeats nor hides another.
 */

type Key = { d?: string | null; e?: string | null; n?: number; s?: string; id: string };

/** Newest first by the partial-date rule, undated last, then by id. */
function dateDesc(x: Key, y: Key): number {
  if (x.d && y.d) return comparePartialDates(y.d, x.d) || compareText(x.id, y.id);
  if (x.d || y.d) return x.d ? -1 : 1;
  return compareText(x.id, y.id);
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

const STAGE_INDEX = new Map<string, number>(AGREEMENT_STAGES.map((stage, index) => [stage, index]));
const STATE_INDEX: Record<string, number> = { open: 0, fulfilled: 1, abandoned: 2 };

interface SectionOrder<S extends DossierSection> {
  items(full: Dossier): ItemOf<S>[];
  key(item: ItemOf<S>): Key;
  compare(x: Key, y: Key): number;
}

const ORDERS: { [S in DossierSection]: SectionOrder<S> } = {
  meetings: { items: (full) => full.meetings, key: (m) => ({ d: m.date?.start ?? null, id: m.id }), compare: dateDesc },
  visits: { items: (full) => full.visits, key: (v) => ({ d: v.visit.date.start, id: v.visit.id }), compare: dateDesc },
  people: {
    items: (full) => full.people,
    key: (p) => ({ n: p.meetingIds.length + p.visitIds.length, s: p.person.name, id: p.person.id }),
    compare: (x, y) => (y.n ?? 0) - (x.n ?? 0) || compareText(x.s ?? '', y.s ?? '') || compareText(x.id, y.id),
  },
  agreements: {
    items: (full) => AGREEMENT_STAGES.flatMap((stage) => full.agreements[stage]),
    key: (a) => ({ n: STAGE_INDEX.get(a.stage) ?? 0, d: a.steps.find((step) => step.date)?.date?.start ?? null, id: a.id }),
    compare: (x, y) => (x.n ?? 0) - (y.n ?? 0) || dateDesc(x, y),
  },
  commitments: {
    items: (full) => full.commitments,
    key: (c) => ({ n: STATE_INDEX[c.state] ?? 0, id: c.id }),
    compare: (x, y) => (x.n ?? 0) - (y.n ?? 0) || compareText(x.id, y.id),
  },
  statements: { items: (full) => full.statements, key: (s) => ({ d: s.date.start, id: s.id }), compare: dateDesc },
  relations: {
    items: (full) => full.relations,
    key: (r) => ({ d: r.date.start, e: r.date.end ?? null, id: r.id }),
    compare: (x, y) => compareSpans({ start: x.d!, end: x.e ?? undefined }, { start: y.d!, end: y.e ?? undefined }) || compareText(x.id, y.id),
  },
  chiefsOfMission: {
    items: (full) => full.chiefsOfMission.flatMap((mission) => mission.chiefs.map((chief) => ({ ...chief, side: mission.side, to: mission.to }))),
    key: (c) => ({ s: c.side, d: c.credentials ?? c.appointed, id: c.holding.id }),
    // The pair's first party's mission first; within one, earliest first, undated last.
    compare: (x, y) => compareText(x.s ?? '', y.s ?? '') || (x.d && y.d ? comparePartialDates(x.d, y.d) || compareText(x.id, y.id) : x.d ? -1 : y.d ? 1 : compareText(x.id, y.id)),
  },
  investment: { items: (full) => full.investment, key: (f) => ({ d: f.span.end ?? f.span.start, id: f.id }), compare: dateDesc },
  indicators: { items: (full) => full.indicators, key: (i) => ({ d: i.asOf, id: i.id }), compare: dateDesc },
  interactions: { items: (full) => full.interactions, key: (m) => ({ id: m.month }), compare: (x, y) => compareText(y.id, x.id) },
};

const keySchema = z.object({
  d: z.string().nullable().optional(),
  e: z.string().nullable().optional(),
  n: z.number().optional(),
  s: z.string().optional(),
  id: z.string(),
});

/** Thrown for a cursor that is not one this module wrote (the API answers 400 naming it). */
export class DossierCursorError extends Error {}

function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): Key {
  try {
    return keySchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))) as Key;
  } catch {
    throw new DossierCursorError(`Invalid cursor "${cursor.slice(0, 40)}": give the nextCursor of the previous page`);
  }
}

type Keyed<T> = { item: T; key: Key };

/** Every item of a section with its key, in the section's order. */
function sortedSection<S extends DossierSection>(full: Dossier, section: S): Keyed<ItemOf<S>>[] {
  const order = ORDERS[section] as SectionOrder<S>;
  return order
    .items(full)
    .map((item) => ({ item, key: order.key(item) }))
    .sort((x, y) => order.compare(x.key, y.key));
}

/** One page of a section of a full dossier, after `cursor` when given. */
export function pageOf<S extends DossierSection>(full: Dossier, section: S, options: { cursor?: string; limit?: number } = {}): DossierPage<ItemOf<S>> {
  return pageOfSorted(section, sortedSection(full, section), options);
}

/** pageOf from the section's items as sortedSection gives them. */
function pageOfSorted<S extends DossierSection>(section: S, keyed: Keyed<ItemOf<S>>[], options: { cursor?: string; limit?: number }): DossierPage<ItemOf<S>> {
  const order = ORDERS[section] as SectionOrder<S>;
  const limit = Math.min(Math.max(1, options.limit ?? DOSSIER_PAGE_SIZE), DOSSIER_PAGE_MAX);
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rest = after ? keyed.filter((entry) => order.compare(entry.key, after) > 0) : keyed;
  const page = rest.slice(0, limit);
  return {
    items: page.map((entry) => entry.item),
    total: keyed.length,
    nextCursor: rest.length > limit ? encodeCursor(page.at(-1)!.key) : null,
  };
}

/*
 * Trade as series.
 */

const periodOf = (period: { start: string; end?: string }) => (period.end ? `${period.start}/${period.end}` : period.start);

/** The full dossier's trade rows as series: one per reporter, partner, flow and currency, in the rows' order. */
export function tradeSeriesOf(rows: readonly TradeRow[]): TradeSeries[] {
  // A pair has a handful of series (two reporters, two or three flows, a currency or two):
  // each figure's is found by comparing those, not under a key joined for every figure.
  const series: (TradeSeries & { precisions: string[]; cited: Set<string> })[] = [];
  for (const row of rows) {
    const period = periodOf(row.period);
    for (const figure of row.figures) {
      const { currency } = figure.value;
      let entry = series.find((one) => one.flow === figure.flow && one.currency === currency && one.reporter === figure.reporter && one.partner === figure.partner);
      if (!entry) {
        entry = { reporter: row.reporter, partner: row.partner as string, flow: row.flow, currency, precision: null, points: [], disputed: [], figures: 0, sourceIds: [], precisions: [], cited: new Set() };
        series.push(entry);
      }
      entry.points.push([period, figure.value.amount]);
      entry.precisions.push(figure.value.precision ?? '');
      entry.figures += 1;
      if (row.disputed && !entry.disputed.includes(period)) entry.disputed.push(period);
      for (const citation of figure.citations) {
        if (entry.cited.has(citation.sourceId)) continue;
        entry.cited.add(citation.sourceId);
        entry.sourceIds.push(citation.sourceId);
      }
    }
  }
  const out: TradeSeries[] = [];
  for (const entry of series) {
    const { precisions } = entry;
    const first = precisions[0];
    const shared = precisions.every((precision) => precision === first);
    // Written key by key, in the entry's order (as a spread of it would be).
    out.push({
      reporter: entry.reporter,
      partner: entry.partner,
      flow: entry.flow,
      currency: entry.currency,
      precision: shared ? first || null : entry.precision,
      points: shared ? entry.points : entry.points.map((point, index) => (precisions[index] ? [...point, precisions[index]!] : point)),
      disputed: entry.disputed,
      figures: entry.figures,
      sourceIds: entry.sourceIds,
    });
  }
  return out;
}

/** The mirrors as series, one per exporter, importer and pair of currencies. */
export function mirrorSeriesOf(mirrors: readonly TradeMirror[]): TradeMirrorSeries[] {
  const series = new Map<string, TradeMirrorSeries>();
  for (const mirror of mirrors) {
    const exported = mirror.exported[0]!.value;
    const imported = mirror.imported[0]!.value;
    const key = `${mirror.exporter}|${mirror.importer}|${exported.currency}|${imported.currency}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { exporter: mirror.exporter, importer: mirror.importer, exportedCurrency: exported.currency, importedCurrency: imported.currency, points: [] };
      series.set(key, entry);
    }
    entry.points.push([periodOf(mirror.period), exported.amount, imported.amount, mirror.gap?.amount ?? null, mirror.gapPercent]);
  }
  return [...series.values()];
}

/** mirrorSeriesOf(tradeMirrors(rows)), without the mirrors between: the compact answer's series from the full dossier's trade rows. */
export function mirrorSeriesOfRows(rows: readonly TradeRow[]): TradeMirrorSeries[] {
  // A few series (two exporters, a currency or two): found by comparing, not under a joined key.
  const series: TradeMirrorSeries[] = [];
  forEachMirror(rows, (exports, imports, gap, gapPercent) => {
    const exported = exports.figures[0]!.value;
    const imported = imports.figures[0]!.value;
    let entry = series.find(
      (one) => one.exporter === exports.reporter && one.importer === imports.reporter && one.exportedCurrency === exported.currency && one.importedCurrency === imported.currency,
    );
    if (!entry) {
      entry = { exporter: exports.reporter, importer: imports.reporter, exportedCurrency: exported.currency, importedCurrency: imported.currency, points: [] };
      series.push(entry);
    }
    entry.points.push([periodOf(exports.period), exported.amount, imported.amount, gap?.amount ?? null, gapPercent]);
  });
  return series;
}

/*
 * Compacting.
 */

/**
 * The sources records cite, each once, in the order first cited (a set keeps that order).
 * Records are handed over one by one, with one visitor for all of them: a compact answer
 * walks a few hundred, and gathering them into lists of kinded records first (one per
 * section, then one of all) cost more than the walk.
 */
class CitedSources {
  readonly ids = new Set<string>();
  private readonly cite: ReferenceVisitor = (_relation, kind, id) => {
    if (kind === 'source') this.ids.add(id);
  };

  record(kind: RecordKind, record: unknown): void {
    forEachReference({ kind, record } as KindedRecord, this.cite);
  }

  /** The records a section's items are: a chief of mission is a holding and a person, an interaction month none. */
  section(section: DossierSection, items: readonly unknown[]): void {
    switch (section) {
      case 'visits':
        for (const item of items as ItemOf<'visits'>[]) this.record('visit', item.visit);
        return;
      case 'people':
        for (const item of items as ItemOf<'people'>[]) this.record('person', item.person);
        return;
      case 'chiefsOfMission':
        for (const item of items as DossierChiefEntry[]) {
          this.record('holding', item.holding);
          this.record('person', item.person);
        }
        return;
      case 'interactions':
        return;
      default:
        for (const item of items) this.record(SECTION_KINDS[section], item);
    }
  }
}

/** The kind of record each item is, for the sections whose items are records. */
const SECTION_KINDS = {
  meetings: 'meeting',
  agreements: 'agreement',
  commitments: 'commitment',
  statements: 'statement',
  relations: 'relation',
  investment: 'investment',
  indicators: 'indicator',
} as const satisfies Partial<Record<DossierSection, RecordKind>>;

/** The sources of `ids` the full dossier holds, in that order. */
function sourcesOf(ids: Iterable<string>, full: Dossier): Source[] {
  const byId = new Map(full.sources.map((source) => [source.id, source]));
  const sources: Source[] = [];
  for (const id of ids) {
    const source = byId.get(id);
    if (source) sources.push(source);
  }
  return sources;
}

/** The full dossier's people by id. */
function peopleById(full: Dossier): Map<string, Dossier['people'][number]> {
  return new Map(full.people.map((entry) => [entry.person.id, entry]));
}

/** Names of the people and posts the items refer to, from the full dossier's people (`people`: peopleById, made once for several calls). */
function refsOf(section: DossierSection, items: readonly unknown[], full: Dossier, into: DossierRefs = { people: {}, posts: {} }, people = peopleById(full)): DossierRefs {
  const person = (id: string) => {
    const entry = people.get(id);
    if (entry) into.people[id] = entry.person.name;
  };
  if (section === 'meetings') {
    for (const meeting of items as ItemOf<'meetings'>[]) {
      for (const participant of meeting.participants) {
        person(participant.personId);
        const post = people.get(participant.personId)?.posts.find((line) => line.meetingId === meeting.id && line.postId === participant.postId);
        if (post) into.posts[post.postId] = { title: post.title, organization: post.organization };
      }
    }
  } else if (section === 'visits') {
    for (const { visit } of items as ItemOf<'visits'>[]) {
      for (const id of visit.visitorIds) {
        person(id);
        for (const post of people.get(id)?.posts.filter((line) => line.visitId === visit.id) ?? []) into.posts[post.postId] = { title: post.title, organization: post.organization };
      }
    }
  } else if (section === 'statements') {
    for (const statement of items as ItemOf<'statements'>[]) person(statement.speakerId);
  }
  return into;
}

/*
 * Sources. A compact answer or a page carries the sources its items cite, and only those:
 * `…SourceIds` name them (in the order the answer lists them), so a caller that built the
 * full dossier without sources (the API: loading every source the whole dossier cites
 * cost more than the rest of the answer) can load just these and set them.
 */

/** Ids of the sources a section page carries, in order. */
export function sectionPageSourceIds(page: DossierSectionPage): string[] {
  const cited = new CitedSources();
  cited.section(page.section, page.items);
  return [...cited.ids];
}

/** Ids of the sources a compact dossier carries, in order: those its pages, series, disputes and organizations cite. */
export function compactDossierSourceIds(compact: PairDossier): string[] {
  return [...citedByCompact(compact).ids];
}

/** What compactDossierSourceIds lists, as the set to add more to. */
function citedByCompact(compact: PairDossier): CitedSources {
  const cited = new CitedSources();
  for (const section of DOSSIER_SECTIONS) cited.section(section, compact[section].items);
  for (const { series } of compact.series) cited.record('series', series);
  for (const record of compact.disputes) cited.record('dispute', record);
  for (const record of compact.organizations) cited.record('organization', record);
  return cited;
}

/** A page of one section of a full dossier, with the sources and names its items need. */
export function dossierSectionPage(full: Dossier, section: DossierSection, options: { cursor?: string; limit?: number } = {}): DossierSectionPage {
  const found = pageOf(full, section, options);
  const page = { section, ...found, sources: [] as Source[], refs: refsOf(section, found.items, full) } as DossierSectionPage;
  page.sources = sourcesOf(sectionPageSourceIds(page), full);
  return page;
}

/** The compact dossier: trade as series, each long section as its first page. */
export function compactDossier(full: Dossier, options: { limit?: number } = {}): PairDossier {
  // Each section sorted once: its first page is cut from it, and the items after that page are cited below.
  // (The objects by section, and the counts by stage, are written in loops: Object.fromEntries of pairs
  // made for it took a few microseconds each, more than filling them.)
  const sorted = {} as { [S in DossierSection]: Keyed<ItemOf<S>>[] };
  const pages = {} as { [S in DossierSection]: DossierPage<ItemOf<S>> };
  for (const section of DOSSIER_SECTIONS) {
    const keyed = sortedSection(full, section);
    (sorted as Record<DossierSection, unknown>)[section] = keyed;
    (pages as Record<DossierSection, unknown>)[section] = pageOfSorted(section, keyed, { limit: options.limit });
  }
  const agreementStages: Record<string, number> = {};
  for (const stage of AGREEMENT_STAGES) agreementStages[stage] = full.agreements[stage].length;
  const refs: DossierRefs = { people: {}, posts: {} };
  const people = peopleById(full);
  for (const section of DOSSIER_SECTIONS) refsOf(section, pages[section].items, full, refs, people);
  const compact: PairDossier = {
    pair: full.pair,
    asOf: full.asOf,
    today: full.today,
    countries: full.countries,
    series: full.series,
    ...pages,
    agreementStages,
    trade: tradeSeriesOf(full.trade),
    // From the trade rows: a dossier built for this answer leaves its mirrors out (DossierInput.mirrors).
    tradeMirrors: mirrorSeriesOfRows(full.trade),
    tradeMirrorReasons: [...MIRROR_GAP_REASONS],
    disputes: full.disputes,
    places: full.places,
    organizations: full.organizations,
    sources: [],
    sourcesTotal: 0,
    refs,
    status: full.status,
  };
  const cited = citedByCompact(compact);
  compact.sources = sourcesOf(cited.ids, full);
  // Every page's sources counted, so a view showing the first pages can say how many the whole dossier cites:
  // the items after each first page added to those the answer cites (the ids listed once, each record walked once).
  for (const section of DOSSIER_SECTIONS) {
    cited.section(
      section,
      sorted[section].slice(pages[section].items.length).map((entry) => entry.item),
    );
  }
  compact.sourcesTotal = cited.ids.size;
  return compact;
}

/*
 * Back to the full dossier, for exports: every page of every section, and the trade
 * records behind the series.
 */

export interface DossierPager {
  /** The next page of a section after `cursor`. */
  section(section: DossierSection, cursor: string): Promise<DossierSectionPage>;
  /** The trade records between the two parties (at least every total; the dossier's own rule picks from them). */
  trade(): Promise<TradeFlow[]>;
}

/** Every item of a section: the page the dossier carries and the pages after it. */
async function allOf<S extends DossierSection>(compact: PairDossier, section: S, pager: DossierPager, sources: Map<string, Source>): Promise<ItemOf<S>[]> {
  const first = compact[section] as DossierPage<ItemOf<S>>;
  const items = [...first.items];
  for (let cursor = first.nextCursor; cursor; ) {
    const page = await pager.section(section, cursor);
    items.push(...(page.items as ItemOf<S>[]));
    for (const source of page.sources) sources.set(source.id, source);
    cursor = page.nextCursor;
  }
  return items;
}

/**
 * The full dossier from the compact one, paging through every section and listing the
 * trade records: what an export or a briefing reads, nothing left out. Sources cited by
 * trade figures only are not fetched (their ids are on the figures).
 */
export async function assembleDossier(compact: PairDossier, pager: DossierPager): Promise<Dossier> {
  const sources = new Map(compact.sources.map((source) => [source.id, source]));
  const [meetings, visits, people, agreements, commitments, statements, relations, chiefs, investment, indicators, interactions] = [
    await allOf(compact, 'meetings', pager, sources),
    await allOf(compact, 'visits', pager, sources),
    await allOf(compact, 'people', pager, sources),
    await allOf(compact, 'agreements', pager, sources),
    await allOf(compact, 'commitments', pager, sources),
    await allOf(compact, 'statements', pager, sources),
    await allOf(compact, 'relations', pager, sources),
    await allOf(compact, 'chiefsOfMission', pager, sources),
    await allOf(compact, 'investment', pager, sources),
    await allOf(compact, 'indicators', pager, sources),
    await allOf(compact, 'interactions', pager, sources),
  ];
  const trade = groupTradeRows(pairTradeFigures(await pager.trade(), compact.pair, compact.asOf ?? undefined));
  const [a, b] = compact.pair.split('-') as [string, string];
  return {
    pair: compact.pair,
    asOf: compact.asOf,
    today: compact.today,
    countries: compact.countries,
    series: compact.series,
    meetings,
    visits,
    people,
    agreements: Object.fromEntries(AGREEMENT_STAGES.map((stage) => [stage, agreements.filter((agreement) => agreement.stage === stage)])) as Dossier['agreements'],
    commitments,
    statements,
    trade,
    tradeMirrors: tradeMirrors(trade),
    investment,
    indicators,
    interactions,
    relations,
    chiefsOfMission: [
      [a, b],
      [b, a],
    ].map(([side, to]) => ({ side: side!, to: to!, chiefs: chiefs.filter((chief) => chief.side === side).map(({ side: _side, to: _to, ...chief }) => chief) })),
    disputes: compact.disputes,
    places: compact.places,
    organizations: compact.organizations,
    sources: [...sources.values()],
    status: compact.status,
  };
}

/** The two procedures a pager needs, as a tRPC caller or client offers them. */
export interface DossierApi {
  pairs: {
    dossierSection(input: { pair: string; section: DossierSection; asOf?: string; cursor?: string; limit?: number }): Promise<DossierSectionPage>;
  };
  trade: {
    list(input: { country: string; partner: string; commodity: string; limit: number; cursor?: string }): Promise<{ items: TradeFlow[]; nextCursor: string | null }>;
  };
}

/** A pager over the API: section pages of the largest size, and the pair's total-trade records page by page. */
export function apiPager(api: DossierApi, pair: string, asOf?: string | null): DossierPager {
  const [a, b] = pair.split('-') as [string, string];
  return {
    section: (section, cursor) => api.pairs.dossierSection({ pair, section, asOf: asOf ?? undefined, cursor, limit: DOSSIER_PAGE_MAX }),
    trade: async () => {
      const flows: TradeFlow[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.trade.list({ country: a, partner: b, commodity: 'TOTAL', limit: 500, cursor });
        flows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return flows;
    },
  };
}
