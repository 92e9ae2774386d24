import { z } from 'zod';
import { sourceSchema, type Source } from './citation.js';
import { compareSpans, eventDateSchema, type EventDate, type RecordKind, type RecordRef } from './common.js';
import { idSchema } from './ids.js';
import { holdingOnDate } from './holdings.js';
import { agreesWithinPrecision, amountAsNumber, compareMoney, moneySchema, subtractMoney } from './money.js';
import { pairSchema, partyCodeSchema, partyInfo, partyInfoSchema, type PartyInfo } from './party.js';
import {
  comparePartialDates,
  dateSortKey,
  firstDay,
  formatDuration,
  lastDay,
  monthsBetween,
  type PartialDate,
} from './partial-date.js';
import { partialDateSchema } from './partial-date-schema.js';
import type { RecordSet } from './record-set.js';
import {
  AGREEMENT_STAGES,
  agreementSchema,
  commitmentSchema,
  disputeSchema,
  indicatorSchema,
  investmentFlowSchema,
  meetingSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  holdingSchema,
  postSchema,
  forEachReference,
  relationSchema,
  seriesSchema,
  statementSchema,
  tradeFlowSchema,
  visitSchema,
  type Agreement,
  type Interaction,
  type Commitment,
  type KindedRecord,
  type Meeting,
  type Holding,
  type Relation,
  type TradeFlow,
} from './records/index.js';

/*
 * The dossier: the whole of a pair's record in one shape, for the API, the web page,
 * the briefing and `bilat dossier --json` alike. Built by a pure function from the
 * records the data layer loaded, optionally as of a date.
 */

export const dossierSeriesSchema = z.object({
  series: seriesSchema,
  /** Meetings of the series in the dossier (as of its date). */
  meetings: z.int(),
  lastRound: z
    .object({ meetingId: idSchema, ordinal: z.int().nullable(), date: eventDateSchema.nullable() })
    .nullable(),
  /** Whole months from the last round to the dossier's date, by first possible day. */
  monthsSinceLast: z.int().nullable(),
  sinceLast: z.string().nullable(),
});

export const dossierPersonSchema = z.object({
  person: personSchema,
  /** The side the person took part for. */
  sides: z.array(partyCodeSchema),
  /**
   * The post held at each meeting, as the meeting records it, and on each visit, from
   * the holdings that cover the visit's date (posts "on the day").
   */
  posts: z.array(
    z.object({
      postId: idSchema,
      title: z.string(),
      organization: z.string().nullable(),
      meetingId: idSchema.nullable(),
      visitId: idSchema.nullable(),
      on: partialDateSchema.nullable(),
    }),
  ),
  meetingIds: z.array(idSchema),
  visitIds: z.array(idSchema),
});

/** One figure cell: a period, a flow, a reporting side, and every figure sources give for it. */
export const tradeRowSchema = z.object({
  period: z.object({ start: partialDateSchema, end: partialDateSchema.optional() }),
  reporter: partyCodeSchema,
  partner: partyCodeSchema,
  flow: z.enum(['export', 'import', 'turnover']),
  figures: z.array(tradeFlowSchema),
  /** True when the figures disagree beyond their stated rounding. */
  disputed: z.boolean(),
  /** The spread between the largest and the smallest figure, when there are several in one currency. */
  gap: moneySchema.nullable(),
});

/**
 * One flow seen from both sides: what the exporter reports exporting and what the
 * importer reports importing (the "mirror"), side by side with the gap and why it exists.
 */
export const tradeMirrorSchema = z.object({
  period: z.object({ start: partialDateSchema, end: partialDateSchema.optional() }),
  exporter: partyCodeSchema,
  importer: partyCodeSchema,
  exported: z.array(tradeFlowSchema),
  imported: z.array(tradeFlowSchema),
  /** Imported minus exported (first figure of each), when in one currency. */
  gap: moneySchema.nullable(),
  /** The gap as a percentage of the exported figure, one decimal. */
  gapPercent: z.string().nullable(),
  reasons: z.array(z.string()),
});

export type TradeMirror = z.infer<typeof tradeMirrorSchema>;

/** Why the two sides' figures for one flow differ, as statisticians explain mirror gaps. */
export const MIRROR_GAP_REASONS: readonly string[] = [
  'Imports are usually valued CIF (including freight and insurance to the importer’s border) and exports FOB (at the exporter’s border), so the importer’s figure tends to be larger.',
  'Timing: goods shipped near the end of a period can be counted by the exporter in one period and by the importer in the next.',
  'Reporting systems differ: partner by origin or by consignment, general or special trade, and re-exports or transit through third countries move figures between partners.',
];

export const interactionMonthSchema = z.object({ month: z.string(), count: z.int(), codes: z.array(z.string()) });

/** One chief of mission: who held the post to the other side, and the dated steps of the tenure as sources give them. */
export const dossierChiefSchema = z.object({
  holding: holdingSchema,
  person: personSchema,
  post: postSchema,
  appointed: partialDateSchema.nullable(),
  /** When credentials were presented (or, for a chargé d'affaires, charge assumed): the tenure's start. */
  credentials: partialDateSchema.nullable(),
  /** Null when no source says: unknown, not "still in post". */
  left: partialDateSchema.nullable(),
});

/** The chiefs of mission one side sent to the other, earliest first. */
export const dossierMissionSchema = z.object({ side: partyCodeSchema, to: partyCodeSchema, chiefs: z.array(dossierChiefSchema) });

export type DossierChief = z.infer<typeof dossierChiefSchema>;
export type DossierMission = z.infer<typeof dossierMissionSchema>;

export const dossierSchema = z.object({
  pair: pairSchema,
  asOf: partialDateSchema.nullable(),
  /** The day "time since" is counted to when there is no `asOf`. */
  today: partialDateSchema,
  countries: z.array(partyInfoSchema),
  series: z.array(dossierSeriesSchema),
  meetings: z.array(meetingSchema),
  visits: z.array(z.object({ visit: visitSchema, meetingIds: z.array(idSchema) })),
  people: z.array(dossierPersonSchema),
  agreements: z.object(Object.fromEntries(AGREEMENT_STAGES.map((stage) => [stage, z.array(agreementSchema)])) as Record<(typeof AGREEMENT_STAGES)[number], z.ZodArray<typeof agreementSchema>>),
  commitments: z.array(commitmentSchema),
  statements: z.array(statementSchema),
  trade: z.array(tradeRowSchema),
  /** Flows known from both sides (exports as reported by one, imports by the other). */
  tradeMirrors: z.array(tradeMirrorSchema),
  investment: z.array(investmentFlowSchema),
  indicators: z.array(indicatorSchema),
  interactions: z.array(interactionMonthSchema),
  /** The relationship's milestones (recognition, relations established, missions opened…), oldest first. */
  relations: z.array(relationSchema),
  /** Each side's chiefs of mission to the other (ambassadors, ministers, chargés), earliest first. */
  chiefsOfMission: z.array(dossierMissionSchema),
  disputes: z.array(disputeSchema),
  places: z.array(placeSchema),
  organizations: z.array(organizationSchema),
  sources: z.array(sourceSchema),
  status: z.object({ verified: z.int(), draft: z.int() }),
});

export type Dossier = z.infer<typeof dossierSchema>;
export type TradeRow = z.infer<typeof tradeRowSchema>;
export type DossierSeries = z.infer<typeof dossierSeriesSchema>;

export interface DossierInput {
  pair: string;
  /** Everything the pair's records are and point at (people, posts, sources…). */
  records: RecordSet;
  asOf?: PartialDate;
  today: PartialDate;
  /**
   * Pair the flows known from both sides into `tradeMirrors` (default true). The API's
   * compact answer writes its mirror series from the trade rows (mirrorSeriesOfRows), so its
   * dossier leaves them out (an empty list).
   */
  mirrors?: boolean;
}

const FLOW_ORDER = { export: 0, import: 1, turnover: 2 } as const;

/** Newest first by the partial-date rule; undated last; then by id for a stable order. */
function byDateDesc<T extends { id: string }>(date: (item: T) => PartialDate | undefined) {
  return (a: T, b: T) => {
    const left = date(a);
    const right = date(b);
    if (left && right) return comparePartialDates(right, left) || (a.id < b.id ? -1 : 1);
    if (left || right) return left ? -1 : 1;
    return a.id < b.id ? -1 : 1;
  };
}

/** Whether something dated `start` could have happened by `asOf` (it is known not to have otherwise). */
function happenedBy(start: PartialDate | undefined, asOf: PartialDate | undefined): boolean {
  return !asOf || !start || firstDay(start) <= lastDay(asOf);
}

function agreementAsOf(agreement: Agreement, asOf: PartialDate | undefined): Agreement | undefined {
  if (!asOf) return agreement;
  const steps = agreement.steps.filter((step) => happenedBy(step.date?.start, asOf));
  if (steps.length === 0) return undefined;
  return { ...agreement, steps, stage: steps.at(-1)!.stage };
}

function commitmentAsOf(commitment: Commitment, set: RecordSet, asOf: PartialDate | undefined): Commitment {
  if (!asOf || commitment.state === 'open' || !commitment.fulfilledBy) return commitment;
  const by = commitment.fulfilledBy;
  const date = by.kind === 'meeting' ? set.get('meeting', by.id)?.date : by.kind === 'visit' ? set.get('visit', by.id)?.date : undefined;
  return date && !happenedBy(date.start, asOf) ? { ...commitment, state: 'open', fulfilledBy: undefined } : commitment;
}

/** Whether two figures belong in one row: the same period, flow, reporter and partner. */
function sameRow(a: TradeFlow, b: TradeFlow): boolean {
  return a.period.start === b.period.start && (a.period.end ?? '') === (b.period.end ?? '') && a.flow === b.flow && a.reporter === b.reporter && a.partner === b.partner;
}

/** Groups trade figures into rows (period, flow, reporter), several sources side by side. */
export function groupTradeRows(flows: readonly TradeFlow[]): TradeRow[] {
  // Found under the period's start (a string the figure holds, hashed once), then among the
  // few rows of that start, rather than under a key joined from five strings for every figure.
  const byStart = new Map<string, TradeFlow[][]>();
  for (const flow of flows) {
    let started = byStart.get(flow.period.start);
    if (!started) byStart.set(flow.period.start, (started = []));
    const group = started.find((figures) => sameRow(figures[0]!, flow));
    if (group) group.push(flow);
    else started.push([flow]);
  }
  // Sorted by date (start, then end), flow and reporter: the starts first (a pair's few dozen
  // periods, most of them in order already), then the few rows of each start among themselves,
  // rather than every row against every other (a start's date key is its own: partial dates
  // are strict, so no two starts tie and the rows of one never mix with another's).
  const starts = [...byStart.keys()].map((start) => ({ start, key: dateSortKey(start) })).sort((x, y) => order(x.key, y.key));
  const rows: TradeRow[] = [];
  for (const { start, key } of starts) {
    // Each row's end key found once, not on every comparison.
    const keyed: { row: TradeRow; end: string }[] = [];
    for (const figures of byStart.get(start)!) {
      const first = figures[0]!;
      // A lone figure agrees with itself (most rows have one: skip the decimal arithmetic).
      const disputed =
        figures.length > 1 &&
        figures.some((figure) => figure.value.currency !== first.value.currency || !agreesWithinPrecision(figure.value, first.value));
      const row: TradeRow = { period: first.period, reporter: first.reporter, partner: first.partner, flow: first.flow, figures, disputed, gap: spread(figures) };
      keyed.push({ row, end: first.period.end === undefined ? key : dateSortKey(first.period.end) });
    }
    if (keyed.length > 1) {
      keyed.sort((a, b) => order(a.end, b.end) || FLOW_ORDER[a.row.flow] - FLOW_ORDER[b.row.flow] || order(a.row.reporter, b.row.reporter));
    }
    for (const { row } of keyed) rows.push(row);
  }
  return rows;
}

/** Text in code-unit order, for sorts (the same under any collation). */
function order(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function spread(figures: readonly TradeFlow[]): TradeRow['gap'] {
  if (figures.length < 2 || new Set(figures.map((figure) => figure.value.currency)).size > 1) return null;
  const sorted = [...figures].sort((x, y) => compareMoney(x.value, y.value));
  return subtractMoney(sorted.at(-1)!.value, sorted[0]!.value);
}

/**
 * Each flow known from both sides, in the rows' order: an exporter's reported exports (a
 * row), the importer's reported imports of the same period (the first such row), the first
 * figure of each, and the gap (imported minus exported, one currency only) with its
 * percentage of the exported figure.
 */
export function forEachMirror(
  rows: readonly TradeRow[],
  visit: (exports: TradeRow, imports: TradeRow, gap: TradeMirror['gap'], gapPercent: string | null) => void,
): void {
  // Each period's import rows, under the period's start: finding the other side is one look-up and a glance at a few rows.
  const importsFrom = new Map<string, TradeRow[]>();
  for (const row of rows) {
    if (row.flow !== 'import') continue;
    const started = importsFrom.get(row.period.start);
    if (started) started.push(row);
    else importsFrom.set(row.period.start, [row]);
  }
  for (const exports of rows) {
    if (exports.flow !== 'export') continue;
    const end = exports.period.end ?? '';
    const imports = importsFrom
      .get(exports.period.start)
      ?.find((row) => row.reporter === exports.partner && row.partner === exports.reporter && (row.period.end ?? '') === end);
    if (!imports) continue;
    const exported = exports.figures[0]!.value;
    const imported = imports.figures[0]!.value;
    const comparable = exported.currency === imported.currency;
    const gap = comparable ? subtractMoney(imported, exported) : null;
    const base = gap ? amountAsNumber(exported.amount) : 0;
    const percent = gap && base !== 0 ? toFixedOne((amountAsNumber(gap.amount) / base) * 100) : null;
    visit(exports, imports, gap, percent);
  }
}

/**
 * `x.toFixed(1)`, the same text, written from an integer: toFixed was most of what finding a
 * mirror cost (a pair has a mirror per period). toFixed rounds the exact value of x to the
 * nearest tenth, the larger on a tie, and writes a minus for any x below zero ("-0.0" too).
 * Ten times |x| is that value rounded once more, which can only carry it across a tie when
 * it lies within a hair of one: those, and numbers too large for exact integer tenths (and
 * NaN), go to toFixed itself.
 */
export function toFixedOne(x: number): string {
  const tenths = (x < 0 ? -x : x) * 10;
  if (!(tenths < 1e15)) return x.toFixed(1);
  const floor = Math.floor(tenths);
  const fromTie = tenths - floor - 0.5;
  if (fromTie < 1e-6 && fromTie > -1e-6) return x.toFixed(1);
  const rounded = fromTie > 0 ? floor + 1 : floor;
  const whole = Math.floor(rounded / 10);
  return `${x < 0 ? '-' : ''}${whole}.${rounded - whole * 10}`;
}

/** Pairs each exporter's reported exports with the importer's reported imports for the same period. */
export function tradeMirrors(rows: readonly TradeRow[]): TradeMirror[] {
  const mirrors: TradeMirror[] = [];
  forEachMirror(rows, (exports, imports, gap, gapPercent) =>
    mirrors.push({
      period: exports.period,
      exporter: exports.reporter,
      importer: imports.reporter,
      exported: exports.figures,
      imported: imports.figures,
      gap,
      gapPercent,
      reasons: [...MIRROR_GAP_REASONS],
    }),
  );
  return mirrors;
}

/** Machine-coded interactions counted by month (events, not records), newest month first. */
function interactionsByMonth(items: readonly Interaction[]): Dossier['interactions'] {
  const months = new Map<string, { count: number; codes: Set<string> }>();
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const entry = months.get(month) ?? { count: 0, codes: new Set<string>() };
    entry.count += item.events.length;
    entry.codes.add(item.code);
    months.set(month, entry);
  }
  return [...months.entries()]
    .sort(([x], [y]) => (x < y ? 1 : -1))
    .map(([month, entry]) => ({ month, count: entry.count, codes: [...entry.codes].sort() }));
}

const eventOn = (holding: Holding, event: NonNullable<Holding['attestations'][number]['event']>) => holding.attestations.find((a) => a.event === event)?.on ?? null;

/** Each side's chiefs of mission to the other: holdings of posts accredited to the other party. */
function missionsOf(set: RecordSet, a: string, b: string, asOf: PartialDate | undefined): DossierMission[] {
  return [
    [a, b],
    [b, a],
  ].map(([side, to]) => {
    const posts = new Map(set.all('post').filter((post) => post.country === side && post.accreditedTo === to).map((post) => [post.id, post]));
    const chiefs = set
      .all('holding')
      .filter((holding) => posts.has(holding.postId))
      .map((holding) => ({
        holding,
        person: set.get('person', holding.personId),
        post: posts.get(holding.postId)!,
        appointed: eventOn(holding, 'appointed'),
        credentials: eventOn(holding, 'credentials-presented') ?? eventOn(holding, 'assumed-charge') ?? holding.start ?? null,
        left: eventOn(holding, 'left-post') ?? holding.end ?? null,
      }))
      .filter((chief): chief is DossierChief => chief.person !== undefined && happenedBy(chief.appointed ?? chief.credentials ?? undefined, asOf))
      .sort((x, y) => {
        const first = (chief: DossierChief) => chief.credentials ?? chief.appointed;
        const [p, q] = [first(x), first(y)];
        if (p && q) return comparePartialDates(p, q) || (x.holding.id < y.holding.id ? -1 : 1);
        return p ? -1 : q ? 1 : x.holding.id < y.holding.id ? -1 : 1;
      });
    return { side: side!, to: to!, chiefs };
  });
}

/** Every source cited by the given records, in the order first cited. */
function citedSources(items: KindedRecord[], set: RecordSet): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  const cite = (_relation: string, kind: RecordKind, id: string) => {
    if (kind !== 'source' || seen.has(id)) return;
    seen.add(id);
    const source = set.get('source', id);
    if (source) sources.push(source);
  };
  for (const item of items) forEachReference(item, cite);
  return sources;
}

/**
 * The trade figures a pair's dossier shows: the pair's totals between the two parties, as
 * of `asOf`. Figures for single commodities (imported from Comtrade) are stored, not summed in here.
 */
export function pairTradeFigures(flows: readonly TradeFlow[], pair: string, asOf: PartialDate | undefined): TradeFlow[] {
  const [a, b] = pair.split('-') as [string, string];
  return flows.filter(
    (flow) =>
      flow.partner !== 'WORLD' &&
      flow.classification.system === 'total' &&
      ((flow.reporter === a && flow.partner === b) || (flow.reporter === b && flow.partner === a)) &&
      happenedBy(flow.period.start, asOf),
  );
}

/** Assembles the dossier of a pair from its records, as of `asOf` when given. */
export function buildDossier(input: DossierInput): Dossier {
  const { pair, records: set, asOf, today } = input;
  const [a, b] = pair.split('-') as [string, string];
  const concernsPair = (parties: string[]) => parties.includes(a) && parties.includes(b);
  const until = (date: EventDate | null | undefined) => happenedBy(date?.start, asOf);

  const meetings = set
    .all('meeting')
    .filter((meeting) => meeting.pair === pair && until(meeting.date))
    .sort(byDateDesc<Meeting>((meeting) => meeting.date?.start));
  const meetingIds = new Set(meetings.map((meeting) => meeting.id));
  const visits = set
    .all('visit')
    .filter((visit) => concernsPair([visit.from, visit.to]) && until(visit.date))
    .sort(byDateDesc((visit) => visit.date.start))
    .map((visit) => ({ visit, meetingIds: meetings.filter((meeting) => meeting.visitId === visit.id).map((meeting) => meeting.id) }));

  const series = set
    .all('series')
    .filter((s) => s.pair === pair)
    .sort((x, y) => (x.name < y.name ? -1 : 1))
    .map((s) => {
      const rounds = meetings.filter((meeting) => meeting.seriesId === s.id && meeting.stage === 'held');
      const last = rounds.find((meeting) => meeting.date) ?? rounds[0];
      const months = last?.date ? monthsBetween(last.date.end ?? last.date.start, asOf ?? today) : null;
      return {
        series: s,
        meetings: rounds.length,
        lastRound: last ? { meetingId: last.id, ordinal: last.ordinal ?? null, date: last.date } : null,
        monthsSinceLast: months,
        sinceLast: months === null ? null : formatDuration(Math.max(0, months)),
      };
    });

  const people = new Map<string, Dossier['people'][number]>();
  const personEntry = (personId: string, side: string) => {
    const person = set.get('person', personId);
    if (!person) return undefined;
    const entry = people.get(person.id) ?? { person, sides: [], posts: [], meetingIds: [], visitIds: [] };
    if (!entry.sides.includes(side)) entry.sides.push(side);
    people.set(person.id, entry);
    return entry;
  };
  const postLine = (postId: string, on: PartialDate | null, meetingId: string | null, visitId: string | null) => {
    const post = set.get('post', postId);
    if (!post) return undefined;
    const organization = set.get('organization', post.organizationId);
    return { postId: post.id, title: post.title, organization: organization?.name ?? null, meetingId, visitId, on };
  };
  for (const meeting of meetings) {
    for (const participant of meeting.participants) {
      const entry = personEntry(participant.personId, participant.side);
      if (!entry) continue;
      if (!entry.meetingIds.includes(meeting.id)) entry.meetingIds.push(meeting.id);
      const line = participant.postId ? postLine(participant.postId, meeting.date?.start ?? null, meeting.id, null) : undefined;
      if (line) entry.posts.push(line);
    }
  }
  // Visitors appear too, with the posts their holdings show on the visit's date.
  const holdings = set.all('holding');
  for (const { visit } of visits) {
    for (const visitorId of visit.visitorIds) {
      const entry = personEntry(visitorId, visit.from);
      if (!entry || entry.visitIds.includes(visit.id)) continue;
      entry.visitIds.push(visit.id);
      const held = holdings.filter((holding) => holding.personId === visitorId && holdingOnDate(holding, visit.date.start) !== 'none');
      for (const postId of new Set(held.map((holding) => holding.postId))) {
        const line = postLine(postId, visit.date.start, null, visit.id);
        if (line) entry.posts.push(line);
      }
    }
  }

  // An empty list per stage, in the stages' order: a loop, not Object.fromEntries of pairs made for it.
  const agreements = {} as Dossier['agreements'];
  for (const stage of AGREEMENT_STAGES) agreements[stage] = [];
  for (const agreement of set.all('agreement').filter((item) => concernsPair(item.parties))) {
    const shown = agreementAsOf(agreement, asOf);
    if (shown) agreements[shown.stage].push(shown);
  }
  for (const stage of AGREEMENT_STAGES) agreements[stage].sort(byDateDesc((item) => item.steps.find((step) => step.date)?.date?.start));

  const stateOrder = { open: 0, fulfilled: 1, abandoned: 2 } as const;
  const commitments = set
    .all('commitment')
    .filter((commitment) => commitment.madeAt.kind === 'meeting' && meetingIds.has(commitment.madeAt.id))
    .map((commitment) => commitmentAsOf(commitment, set, asOf))
    .sort((x, y) => stateOrder[x.state] - stateOrder[y.state] || (x.id < y.id ? -1 : 1));

  const statements = set
    .all('statement')
    .filter((statement) => until(statement.date) && (!statement.event || set.has(statement.event)))
    .filter((statement) => people.has(statement.speakerId) || (statement.event?.kind === 'meeting' && meetingIds.has(statement.event.id)) || (statement.event?.kind === 'visit' && visits.some((v) => v.visit.id === statement.event!.id)))
    .sort(byDateDesc((statement) => statement.date.start));

  const trade = groupTradeRows(pairTradeFigures(set.all('trade'), pair, asOf));
  const interactions = interactionsByMonth(set.all('interaction').filter((item) => item.pair === pair && happenedBy(item.date, asOf)));
  const relations = set
    .all('relation')
    .filter((relation) => relation.pair === pair && until(relation.date))
    .sort((x: Relation, y: Relation) => compareSpans(x.date, y.date) || (x.id < y.id ? -1 : 1));
  const chiefsOfMission = missionsOf(set, a, b, asOf);
  const investment = set
    .all('investment')
    .filter((flow) => concernsPair([flow.from, flow.to]) && happenedBy(flow.span.start, asOf))
    .sort(byDateDesc((flow) => flow.span.end ?? flow.span.start));
  const indicators = set
    .all('indicator')
    .filter((indicator) => indicator.partner && concernsPair([indicator.subject, indicator.partner]) && happenedBy(indicator.asOf, asOf))
    .sort(byDateDesc((indicator) => indicator.asOf));

  // The records shown, by kind, visited in one order (the order the sources are first cited in).
  const forEachShown = (visit: (kind: RecordKind, record: KindedRecord['record']) => void) => {
    for (const record of meetings) visit('meeting', record);
    for (const { visit: record } of visits) visit('visit', record);
    for (const { series: record } of series) visit('series', record);
    for (const stage of AGREEMENT_STAGES) for (const record of agreements[stage]) visit('agreement', record);
    for (const record of commitments) visit('commitment', record);
    for (const record of statements) visit('statement', record);
    for (const row of trade) for (const record of row.figures) visit('trade', record);
    for (const record of investment) visit('investment', record);
    for (const record of indicators) visit('indicator', record);
    for (const record of relations) visit('relation', record);
    for (const mission of chiefsOfMission) for (const { holding } of mission.chiefs) visit('holding', holding);
    for (const { person } of people.values()) visit('person', person);
  };
  // Ids shown, by kind (no key text built for each of a few hundred records), to find the
  // disputes that touch them: gathered only when there are disputes to match (most pairs have none).
  const anyDisputes = set.count('dispute') > 0;
  const shownIds = new Map<RecordKind, Set<string>>();
  const showId = (kind: RecordKind, id: string) => (shownIds.get(kind) ?? shownIds.set(kind, new Set()).get(kind)!).add(id);
  const status = { verified: 0, draft: 0 };
  forEachShown((kind, record) => {
    if (anyDisputes) showId(kind, record.id);
    if (kind === 'person' || !('status' in record)) return;
    if (record.status === 'verified') status.verified++;
    else if (record.status === 'draft') status.draft++;
  });
  // Holdings behind the posts shown are facts too: their disputes and sources belong here.
  if (anyDisputes) {
    for (const holding of set.all('holding')) {
      if (people.has(holding.personId)) showId('holding', holding.id);
    }
  }
  const touches = (ref: RecordRef | undefined) => ref !== undefined && shownIds.get(ref.kind)?.has(ref.id) === true;
  const disputes = set
    .all('dispute')
    .filter((dispute) => touches(dispute.subject) || dispute.claims.some((claim) => touches(claim.record)))
    .sort((x, y) => (x.id < y.id ? -1 : 1));

  const placeIds = new Set<string>();
  for (const meeting of meetings) if (meeting.location.placeId) placeIds.add(meeting.location.placeId);
  for (const { visit } of visits) if (visit.location.placeId) placeIds.add(visit.location.placeId);
  const organizationIds = new Set<string>();
  for (const s of series) if (s.series.organizationId) organizationIds.add(s.series.organizationId);
  // Joint bodies of the two (a commission, a friendship group) belong to the pair's story.
  for (const organization of set.all('organization')) if (concernsPair(organization.members)) organizationIds.add(organization.id);
  for (const person of people.values()) {
    for (const post of person.posts) {
      const organizationId = set.get('post', post.postId)?.organizationId;
      if (organizationId) organizationIds.add(organizationId);
    }
  }

  const organizations = [...organizationIds].map((id) => set.get('organization', id)).filter((org) => org !== undefined);
  // Without sources loaded (the API loads only those its answer cites) there is nothing to cite.
  const sources: Source[] = [];
  if (set.count('source') > 0) {
    const cited: KindedRecord[] = [];
    forEachShown((kind, record) => cited.push({ kind, record } as KindedRecord));
    // Chiefs of mission are shown with their person records, whose citations belong here too
    // (the compact answer carries them, and cites from the same list).
    for (const mission of chiefsOfMission) for (const { person } of mission.chiefs) cited.push({ kind: 'person', record: person });
    for (const record of disputes) cited.push({ kind: 'dispute', record });
    for (const record of organizations) cited.push({ kind: 'organization', record });
    sources.push(...citedSources(cited, set));
  }
  return {
    pair,
    asOf: asOf ?? null,
    today,
    countries: [a, b].map((code) => partyInfo(code)).filter((info): info is PartyInfo => Boolean(info)),
    series,
    meetings,
    visits,
    people: [...people.values()].sort(
      (x, y) => y.meetingIds.length + y.visitIds.length - (x.meetingIds.length + x.visitIds.length) || (x.person.name < y.person.name ? -1 : 1),
    ),
    agreements,
    commitments,
    statements,
    trade,
    tradeMirrors: input.mirrors === false ? [] : tradeMirrors(trade),
    investment,
    indicators,
    interactions,
    relations,
    chiefsOfMission,
    disputes,
    places: [...placeIds].map((id) => set.get('place', id)).filter((place) => place !== undefined),
    organizations,
    sources,
    status,
  };
}
