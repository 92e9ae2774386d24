import { topicLabel, type RecordRef } from './common.js';
import { formatMoney, type Money } from './money.js';
import { isPartyCode, pairOf, partyName, partyNameInText } from './party.js';
import { formatDateSpan } from './partial-date.js';
import { interactionCodeLabel, relationEventLabel, type KindedRecord } from './records/index.js';

/** Looks up the display title of another record, for titles that name what they join. */
export type TitleLookup = (ref: RecordRef) => string | undefined;

const FLOW_WORDS = { export: 'exports to', import: 'imports from', turnover: 'trade with' } as const;

/** A one-line title for any record, as lists, search results and links show it (a figure's sum by `money`: exact unless told). */
export function recordTitle(item: KindedRecord, lookup: TitleLookup = () => undefined, money: (value: Money) => string = formatMoney): string {
  const { kind, record } = item;
  switch (kind) {
    case 'source':
      return record.title;
    case 'place':
    case 'organization':
    case 'person':
      return record.name;
    case 'post': {
      const organization = lookup({ kind: 'organization', id: record.organizationId });
      return organization && !record.title.includes(organization) ? `${record.title}, ${organization}` : record.title;
    }
    case 'holding': {
      const person = lookup({ kind: 'person', id: record.personId }) ?? record.personId;
      const post = lookup({ kind: 'post', id: record.postId }) ?? record.postId;
      return `${person} — ${post}`;
    }
    case 'series':
      return record.name;
    case 'visit':
    case 'meeting':
    case 'agreement':
      return record.title;
    case 'statement': {
      const speaker = lookup({ kind: 'person', id: record.speakerId }) ?? record.speakerId;
      return `Statement by ${speaker}`;
    }
    case 'commitment':
      return record.description;
    case 'trade': {
      const words = FLOW_WORDS[record.flow];
      const period = formatDateSpan(record.period.start, record.period.end, { style: 'short' });
      const partner = record.partner === 'WORLD' ? 'the world' : partyName(record.partner);
      return `${partyName(record.reporter)} ${words} ${partner}, ${period}: ${money(record.value)}`;
    }
    case 'investment': {
      const span = formatDateSpan(record.span.start, record.span.end, { style: 'short' });
      return `Investment ${record.kind.replace('-', ' ')} from ${partyNameInText(record.from)} to ${partyNameInText(record.to)}, ${span}: ${money(record.value)}`;
    }
    case 'indicator':
      return record.label;
    case 'dispute': {
      const subject = record.subject ? lookup(record.subject) : undefined;
      return subject ? `Disputed ${record.field} of ${subject}` : `Disputed ${record.field}`;
    }
    case 'interaction': {
      const [a, b] = record.pair.split('-') as [string, string];
      const events = `${record.events.length} news event${record.events.length === 1 ? '' : 's'}`;
      return `${partyName(a)}–${partyName(b)}: ${interactionCodeLabel(record.code)}, ${formatDateSpan(record.date)} (${events}, machine-coded)`;
    }
    case 'relation':
      return relationTitle(record);
  }
}

/** "Embassy established: United States in Kazakhstan (Alma-Ata), 1992"; "Recognition of Kazakhstan by United States, 25 Dec 1991". */
export function relationTitle(record: { kind: Parameters<typeof relationEventLabel>[0]; pair: string; actor?: string; city?: string; date: { start: string; end?: string } }): string {
  const [a, b] = record.pair.split('-') as [string, string];
  const other = record.actor === a ? b : a;
  const when = formatDateSpan(record.date.start, record.date.end, { style: 'short' });
  if (record.kind === 'recognition' && record.actor) return `Recognition of ${partyNameInText(other)} by ${partyNameInText(record.actor)}, ${when}`;
  const sides = record.actor ? `${partyName(record.actor)} in ${partyName(other)}` : `${partyName(a)}–${partyName(b)}`;
  const city = record.city ? ` (${record.city})` : '';
  return `${relationEventLabel(record.kind)}: ${sides}${city}, ${when}`;
}

/**
 * Words a record should be found by beyond its title: other names, summaries, topics,
 * the people and places it joins, the notes on its citations.
 */
export function recordSearchText(item: KindedRecord, lookup: TitleLookup = () => undefined): string {
  const { kind, record } = item;
  const parts: (string | undefined)[] = [];
  if ('names' in record) parts.push(...record.names.map((name) => name.value));
  if ('citations' in record) parts.push(...record.citations.map((citation) => citation.note));
  if ('notes' in record) parts.push(record.notes);
  switch (kind) {
    case 'source':
      parts.push(record.publisher, record.via);
      break;
    case 'organization':
      parts.push(record.country && partyName(record.country), ...record.members.map(partyName));
      break;
    case 'post':
      parts.push(lookup({ kind: 'organization', id: record.organizationId }));
      break;
    case 'holding':
      parts.push(...record.attestations.map((attestation) => attestation.titleAsReported));
      break;
    case 'meeting':
      parts.push(record.summary, ...record.topics.map(topicLabel));
      parts.push(...record.participants.map((participant) => lookup({ kind: 'person', id: participant.personId })));
      if (record.location.placeId) parts.push(lookup({ kind: 'place', id: record.location.placeId }));
      break;
    case 'visit':
      parts.push(record.purpose, ...record.visitorIds.map((id) => lookup({ kind: 'person', id })));
      if (record.location.placeId) parts.push(lookup({ kind: 'place', id: record.location.placeId }));
      break;
    case 'agreement':
      parts.push(record.summary, ...record.parties.map(partyName));
      break;
    case 'statement':
      parts.push(record.paraphrase, record.text);
      break;
    case 'dispute':
      parts.push(...record.claims.map((claim) => claim.value));
      break;
    case 'relation':
      parts.push(record.city, ...record.pair.split('-').map(partyName));
      break;
    default:
      break;
  }
  return parts.filter((part): part is string => Boolean(part)).join('\n');
}

const pairIfTwo = (parties: readonly (string | undefined)[]): string | null =>
  parties.length === 2 && parties[0] !== parties[1] && parties.every((party) => party !== undefined && isPartyCode(party)) ? pairOf(parties[0]!, parties[1]!) : null;

/**
 * The pair a record is about (`KZ-LT`), or null when it is not between two parties: a
 * multilateral agreement, a country's trade with the world, an indicator of one country.
 * The one rule the database's pair column, the pages' links and the exports follow.
 */
export function recordPair(item: KindedRecord): string | null {
  switch (item.kind) {
    case 'series':
    case 'meeting':
    case 'interaction':
    case 'relation':
      return item.record.pair;
    case 'visit':
      return pairIfTwo([item.record.from, item.record.to]);
    case 'agreement':
      return pairIfTwo(item.record.parties);
    case 'trade':
      return pairIfTwo([item.record.reporter, item.record.partner]);
    case 'investment':
      return pairIfTwo([item.record.from, item.record.to]);
    case 'indicator':
      return pairIfTwo([item.record.subject, item.record.partner]);
    default:
      return null;
  }
}
