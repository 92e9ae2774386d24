import { tryParseLocator } from '../citation.js';
import type { EventDate, RecordRef } from '../common.js';
import { agreesWithinPrecision, sumMoney, type Money } from '../money.js';
import { firstDay, lastDay, precisionOf, precisionRank } from '../partial-date.js';
import type { RecordSet } from '../record-set.js';
import { referencesOf, type KindedRecord, type TradeFlow } from '../records/index.js';

export const CHECK_NAMES = [
  'reference-resolves',
  'citation-resolves',
  'turnover-sum',
  'currency-mix',
  'unique-ordinal',
  'series-matches',
  'participant-side',
  'post-held-at-meeting',
  'precision-not-gained',
  'holding-dates',
  'distinct-parties',
  'agreement-stage',
  'statement-content',
  'dispute-claims',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

/** One broken rule, naming the check and the records involved. */
export interface Violation {
  check: CheckName;
  message: string;
  records: RecordRef[];
}

type Check = (set: RecordSet) => Violation[];

const meetingRef = (id: string): RecordRef => ({ kind: 'meeting', id });

/** Every reference points at a record that exists; citations point at a real passage. */
const referencesResolve: Check = (set) => {
  const violations: Violation[] = [];
  for (const item of set.items()) {
    const self = { kind: item.kind, id: item.record.id };
    for (const reference of referencesOf(item)) {
      const isCitation = reference.citation !== undefined;
      if (!set.has(reference.target)) {
        violations.push({
          check: isCitation ? 'citation-resolves' : 'reference-resolves',
          message: `${self.kind} ${self.id} ${isCitation ? 'cites' : `refers (${reference.relation}) to`} ${reference.target.kind} ${reference.target.id}, which does not exist`,
          records: [self],
        });
        continue;
      }
      const locator = reference.citation?.locator;
      if (locator) {
        const problem = locatorProblem(set, reference.target.id, locator);
        // The source is named too, so a change to the source finds the citations it breaks.
        if (problem) violations.push({ check: 'citation-resolves', message: `${self.kind} ${self.id}: ${problem}`, records: [self, reference.target] });
      }
    }
  }
  return violations;
};

function locatorProblem(set: RecordSet, sourceId: string, text: string): string | undefined {
  const source = set.get('source', sourceId)!;
  const locator = tryParseLocator(text);
  if (!locator) return `locator "${text}" is not p<N> or c<start>-<end>`;
  if (locator.kind === 'paragraph') {
    if (source.paragraphs !== undefined && locator.paragraph > source.paragraphs) {
      return `locator ${text} points past the ${source.paragraphs} paragraphs of source ${sourceId}`;
    }
    return undefined;
  }
  if (source.text === undefined) return `locator ${text} needs the source text, and source ${sourceId} has none stored`;
  if (locator.end > source.text.length) {
    return `locator ${text} points past the ${source.text.length} characters of source ${sourceId}`;
  }
  return undefined;
}

/** Exports + imports = turnover within the stated rounding, for each reporter, period and source. */
const turnoverSums: Check = (set) => {
  const groups = new Map<string, TradeFlow[]>();
  for (const flow of set.all('trade')) {
    const key = [
      flow.reporter, flow.partner, flow.period.start, flow.period.end ?? '',
      flow.classification.system, flow.classification.code, flow.citations[0]!.sourceId,
    ].join('|');
    groups.set(key, [...(groups.get(key) ?? []), flow]);
  }
  const violations: Violation[] = [];
  for (const flows of groups.values()) {
    const pick = (kind: TradeFlow['flow']) => flows.filter((flow) => flow.flow === kind);
    const [turnovers, exports, imports] = [pick('turnover'), pick('export'), pick('import')];
    if (turnovers.length !== 1 || exports.length !== 1 || imports.length !== 1) continue;
    const parts = [turnovers[0]!, exports[0]!, imports[0]!];
    const records = parts.map((flow) => ({ kind: 'trade' as const, id: flow.id }));
    const currencies = new Set(parts.map((flow) => flow.value.currency));
    if (currencies.size > 1) {
      violations.push({
        check: 'currency-mix',
        message: `Turnover and its parts are in different currencies (${[...currencies].join(', ')}); amounts in different currencies are never summed`,
        records,
      });
      continue;
    }
    const sum: Money = sumMoney([exports[0]!.value, imports[0]!.value]);
    if (!agreesWithinPrecision(turnovers[0]!.value, sum)) {
      violations.push({
        check: 'turnover-sum',
        message: `Turnover ${turnovers[0]!.value.amount} ≠ exports ${exports[0]!.value.amount} + imports ${imports[0]!.value.amount} (= ${sum.amount}) within the stated rounding`,
        records,
      });
    }
  }
  return violations;
};

/** A series never has two meetings with the same ordinal. */
const uniqueOrdinals: Check = (set) => {
  const seen = new Map<string, string>();
  const violations: Violation[] = [];
  for (const meeting of set.all('meeting')) {
    if (!meeting.seriesId || meeting.ordinal === undefined) continue;
    const key = `${meeting.seriesId}#${meeting.ordinal}`;
    const other = seen.get(key);
    if (other) {
      violations.push({
        check: 'unique-ordinal',
        message: `Meetings ${other} and ${meeting.id} are both number ${meeting.ordinal} of series ${meeting.seriesId}`,
        records: [meetingRef(other), meetingRef(meeting.id)],
      });
    } else {
      seen.set(key, meeting.id);
    }
  }
  return violations;
};

/** A meeting in a series is between the series' parties; an ordinal needs a series. */
const seriesMatches: Check = (set) => {
  const violations: Violation[] = [];
  for (const meeting of set.all('meeting')) {
    if (meeting.ordinal !== undefined && !meeting.seriesId) {
      violations.push({ check: 'series-matches', message: `Meeting ${meeting.id} has ordinal ${meeting.ordinal} but no series`, records: [meetingRef(meeting.id)] });
    }
    const series = meeting.seriesId ? set.get('series', meeting.seriesId) : undefined;
    if (series && series.pair !== meeting.pair) {
      violations.push({
        check: 'series-matches',
        message: `Meeting ${meeting.id} is between ${meeting.pair} but its series ${series.id} is between ${series.pair}`,
        records: [meetingRef(meeting.id), { kind: 'series', id: series.id }],
      });
    }
  }
  return violations;
};

/** Each participant speaks for one of the two parties that met. */
const participantSides: Check = (set) => {
  const violations: Violation[] = [];
  for (const meeting of set.all('meeting')) {
    const sides = meeting.pair.split('-');
    for (const participant of meeting.participants) {
      if (!sides.includes(participant.side)) {
        violations.push({
          check: 'participant-side',
          message: `Participant ${participant.personId} of meeting ${meeting.id} is on side ${participant.side}, not one of ${meeting.pair}`,
          records: [meetingRef(meeting.id)],
        });
      }
    }
  }
  return violations;
};

/**
 * A participant's post is not known to start after, or end before, the meeting: some
 * holding of that post by that person could cover the meeting's dates.
 */
const postsHeldAtMeetings: Check = (set) => {
  const violations: Violation[] = [];
  const holdings = set.all('holding');
  for (const meeting of set.all('meeting')) {
    if (!meeting.date) continue;
    const meetingFirst = firstDay(meeting.date.start);
    const meetingLast = lastDay(meeting.date.end ?? meeting.date.start);
    for (const participant of meeting.participants) {
      if (!participant.postId) continue;
      const relevant = holdings.filter((h) => h.personId === participant.personId && h.postId === participant.postId);
      if (relevant.length === 0) continue;
      const couldCover = relevant.some(
        (h) => !(h.start && firstDay(h.start) > meetingLast) && !(h.end && lastDay(h.end) < meetingFirst),
      );
      if (!couldCover) {
        violations.push({
          check: 'post-held-at-meeting',
          message: `${participant.personId} is listed at meeting ${meeting.id} as holding ${participant.postId}, but every known holding of it starts after or ends before the meeting`,
          records: [meetingRef(meeting.id), ...relevant.map((h) => ({ kind: 'holding' as const, id: h.id }))],
        });
      }
    }
  }
  return violations;
};

function eventDateOf(set: RecordSet, ref: RecordRef): EventDate | undefined {
  switch (ref.kind) {
    case 'meeting':
      return set.get('meeting', ref.id)?.date ?? undefined;
    case 'visit':
      return set.get('visit', ref.id)?.date;
    case 'statement':
      return set.get('statement', ref.id)?.date;
    case 'agreement':
      return set.get('agreement', ref.id)?.steps.find((step) => step.date)?.date;
    default:
      return undefined;
  }
}

/** A date reasoned from another event is never more precise than that event's date. */
const precisionNotGained: Check = (set) => {
  const violations: Violation[] = [];
  const check = (self: RecordRef, date: EventDate | null | undefined) => {
    if (!date?.derivedFrom) return;
    const origin = eventDateOf(set, date.derivedFrom);
    if (!origin) return;
    if (precisionRank(precisionOf(date.start)) > precisionRank(precisionOf(origin.start))) {
      violations.push({
        check: 'precision-not-gained',
        message: `${self.kind} ${self.id} dates itself ${date.start} from ${date.derivedFrom.kind} ${date.derivedFrom.id}, which is only known as ${origin.start}`,
        records: [self, date.derivedFrom],
      });
    }
  };
  for (const meeting of set.all('meeting')) check({ kind: 'meeting', id: meeting.id }, meeting.date);
  for (const visit of set.all('visit')) check({ kind: 'visit', id: visit.id }, visit.date);
  for (const statement of set.all('statement')) check({ kind: 'statement', id: statement.id }, statement.date);
  for (const agreement of set.all('agreement')) {
    for (const step of agreement.steps) check({ kind: 'agreement', id: agreement.id }, step.date);
  }
  return violations;
};

const holdingDates: Check = (set) =>
  set
    .all('holding')
    .filter((h) => h.start && h.end && lastDay(h.end) < firstDay(h.start))
    .map((h) => ({
      check: 'holding-dates' as const,
      message: `Holding ${h.id} ends (${h.end}) before it starts (${h.start})`,
      records: [{ kind: 'holding' as const, id: h.id }],
    }));

const distinctParties: Check = (set) => {
  const violations: Violation[] = [];
  for (const flow of set.all('trade')) {
    if (flow.reporter === flow.partner) {
      violations.push({ check: 'distinct-parties', message: `Trade ${flow.id} has ${flow.reporter} as both reporter and partner`, records: [{ kind: 'trade', id: flow.id }] });
    }
  }
  for (const flow of set.all('investment')) {
    if (flow.from === flow.to) {
      violations.push({ check: 'distinct-parties', message: `Investment ${flow.id} runs from ${flow.from} to itself`, records: [{ kind: 'investment', id: flow.id }] });
    }
  }
  for (const visit of set.all('visit')) {
    if (visit.from === visit.to) {
      violations.push({ check: 'distinct-parties', message: `Visit ${visit.id} is from ${visit.from} to itself`, records: [{ kind: 'visit', id: visit.id }] });
    }
  }
  return violations;
};

/** An agreement's current stage is one of the steps it records. */
const agreementStages: Check = (set) =>
  set
    .all('agreement')
    .filter((agreement) => !agreement.steps.some((step) => step.stage === agreement.stage))
    .map((agreement) => ({
      check: 'agreement-stage' as const,
      message: `Agreement ${agreement.id} is at stage ${agreement.stage} but no step records it`,
      records: [{ kind: 'agreement' as const, id: agreement.id }],
    }));

const statementContent: Check = (set) =>
  set
    .all('statement')
    .filter((statement) => !statement.paraphrase && !statement.text)
    .map((statement) => ({
      check: 'statement-content' as const,
      message: `Statement ${statement.id} has neither a paraphrase nor text`,
      records: [{ kind: 'statement' as const, id: statement.id }],
    }));

/** A dispute holds claims that really differ. */
const disputeClaims: Check = (set) =>
  set
    .all('dispute')
    .filter((dispute) => new Set(dispute.claims.map((claim) => claim.value)).size < 2)
    .map((dispute) => ({
      check: 'dispute-claims' as const,
      message: `Dispute ${dispute.id} has no two claims with different values`,
      records: [{ kind: 'dispute' as const, id: dispute.id }],
    }));

const CHECKS: Check[] = [
  referencesResolve,
  turnoverSums,
  uniqueOrdinals,
  seriesMatches,
  participantSides,
  postsHeldAtMeetings,
  precisionNotGained,
  holdingDates,
  distinctParties,
  agreementStages,
  statementContent,
  disputeClaims,
];

export interface CheckOptions {
  /** Report only violations that involve one of these records (the records a write touched). */
  focus?: readonly RecordRef[];
}

/** Runs every consistency rule over a set of records; an empty list means all hold. */
export function checkConsistency(set: RecordSet, options: CheckOptions = {}): Violation[] {
  const violations = CHECKS.flatMap((check) => check(set));
  if (!options.focus) return violations;
  const focus = new Set(options.focus.map((ref) => `${ref.kind}:${ref.id}`));
  return violations.filter((violation) => violation.records.some((ref) => focus.has(`${ref.kind}:${ref.id}`)));
}

/** For code that only holds one record: run the checks on it and what it points at. */
export function checkRecord(set: RecordSet, item: KindedRecord): Violation[] {
  return checkConsistency(set, { focus: [{ kind: item.kind, id: item.record.id }] });
}
