import { dateSortKey, firstDay, foldText, isPartyCode, lastDay, recordPair, type KindedRecord, type RecordKind } from '@bilat/domain';

export { DATED_KINDS, PAIR_KINDS, RECORD_ROWS, RECORD_TABLES, type ListOrder } from './record-rows.js';

/**
 * The kinds whose rows carry a `pair` column (set when the record concerns exactly two
 * parties): what "the changes to a pair's records" reads.
 */
export const PAIRED_KINDS: readonly RecordKind[] = ['series', 'visit', 'meeting', 'agreement', 'trade', 'investment', 'indicator', 'interaction', 'relation'];

/** The key that puts undated records after every dated one in a newest-first list. */
export const UNDATED_SORT_KEY = '000000000';

type Projection = Record<string, string | number | null>;

function dated(start: string | undefined | null, end?: string | null): Projection {
  if (!start) return { date_sort: UNDATED_SORT_KEY, date_first: null, date_last: null };
  return { date_sort: dateSortKey(start), date_first: firstDay(start), date_last: lastDay(end ?? start) };
}

/** The columns a record's row carries besides id, body, status and timestamps. */
export function projectRecord(item: KindedRecord): Projection {
  switch (item.kind) {
    case 'source': {
      const r = item.record;
      return { publisher: r.publisher, ...dated(r.published) };
    }
    case 'place':
      return { country: item.record.country, sort_name: foldText(item.record.name) };
    case 'organization': {
      const r = item.record;
      return { kind: r.kind, country: r.country ?? null, sort_name: foldText(r.name) };
    }
    case 'post': {
      const r = item.record;
      return { organization_id: r.organizationId, country: r.country ?? null, sort_name: foldText(r.title) };
    }
    case 'person':
      return { country: item.record.country ?? null, sort_name: foldText(item.record.name) };
    case 'holding': {
      const r = item.record;
      return {
        person_id: r.personId,
        post_id: r.postId,
        start_first: r.start ? firstDay(r.start) : null,
        end_last: r.end ? lastDay(r.end) : null,
      };
    }
    case 'series': {
      const r = item.record;
      return { pair: recordPair(item), kind: r.kind, organization_id: r.organizationId ?? null, sort_name: foldText(r.name) };
    }
    case 'visit': {
      const r = item.record;
      return { pair: recordPair(item), from_party: r.from, to_party: r.to, kind: r.kind, ...dated(r.date.start, r.date.end) };
    }
    case 'meeting': {
      const r = item.record;
      return {
        pair: recordPair(item),
        kind: r.kind,
        stage: r.stage,
        series_id: r.seriesId ?? null,
        ordinal: r.ordinal ?? null,
        visit_id: r.visitId ?? null,
        ...dated(r.date?.start, r.date?.end),
      };
    }
    case 'agreement': {
      const r = item.record;
      const signing = r.steps.find((step) => step.stage === 'signed' && step.date) ?? r.steps.find((step) => step.date);
      return { pair: recordPair(item), kind: r.kind, stage: r.stage, ...dated(signing?.date?.start, signing?.date?.end) };
    }
    case 'statement':
      return { speaker_id: item.record.speakerId, ...dated(item.record.date.start, item.record.date.end) };
    case 'commitment': {
      const r = item.record;
      return { state: r.state, made_at_kind: r.madeAt.kind, made_at_id: r.madeAt.id };
    }
    case 'trade': {
      const r = item.record;
      return {
        pair: recordPair(item),
        reporter: r.reporter,
        partner: r.partner,
        flow: r.flow,
        classification_system: r.classification.system,
        classification_code: r.classification.code,
        currency: r.value.currency,
        amount: r.value.amount,
        ...dated(r.period.start, r.period.end),
      };
    }
    case 'investment': {
      const r = item.record;
      return {
        pair: recordPair(item),
        from_party: r.from,
        to_party: r.to,
        kind: r.kind,
        currency: r.value.currency,
        amount: r.value.amount,
        ...dated(r.span.start, r.span.end),
      };
    }
    case 'indicator': {
      const r = item.record;
      return {
        pair: recordPair(item),
        subject: r.subject,
        partner: r.partner ?? null,
        measure: r.measure,
        ...dated(r.asOf),
      };
    }
    case 'dispute': {
      const r = item.record;
      return { field: r.field, subject_kind: r.subject?.kind ?? null, subject_id: r.subject?.id ?? null };
    }
    case 'interaction': {
      const r = item.record;
      return { pair: recordPair(item), code: r.code, events: r.events.length, ...dated(r.date) };
    }
    case 'relation': {
      const r = item.record;
      return { pair: recordPair(item), kind: r.kind, actor: r.actor ?? null, ...dated(r.date.start, r.date.end) };
    }
  }
}

/** Every party a record concerns, for "everything about KZ" across kinds. */
export function partiesOf(item: KindedRecord): string[] {
  const parties: (string | undefined)[] = (() => {
    switch (item.kind) {
      case 'place':
        return [item.record.country];
      case 'organization':
        return [item.record.country, ...item.record.members];
      case 'post':
        // A mission's post concerns both sides: "Ambassador of the United States to Kazakhstan".
        return [item.record.country, item.record.accreditedTo];
      case 'person':
        return [item.record.country];
      case 'series':
      case 'meeting':
      case 'interaction':
      case 'relation':
        return item.record.pair.split('-');
      case 'visit':
        return [item.record.from, item.record.to];
      case 'agreement':
        return item.record.parties;
      case 'trade':
        return [item.record.reporter, item.record.partner];
      case 'investment':
        return [item.record.from, item.record.to];
      case 'indicator':
        return [item.record.subject, item.record.partner];
      default:
        return [];
    }
  })();
  // `WORLD` (a reporter's totals) is not a party.
  return [...new Set(parties.filter((party): party is string => Boolean(party) && isPartyCode(party!)))];
}

/** Search results list people and meetings before figures and sources. */
export const SEARCH_KIND_RANK: Record<RecordKind, number> = {
  person: 1,
  meeting: 2,
  series: 3,
  visit: 4,
  agreement: 5,
  organization: 6,
  post: 7,
  place: 8,
  commitment: 9,
  statement: 10,
  holding: 11,
  indicator: 12,
  investment: 13,
  trade: 14,
  dispute: 15,
  source: 16,
  interaction: 17,
  relation: 5,
};

/**
 * Kinds left out of full-text search: machine-coded events (noisy) and trade figures
 * (millions of them, with no words of their own: they are found through their pair).
 */
export const UNSEARCHED_KINDS: ReadonlySet<RecordKind> = new Set(['interaction', 'trade']);
