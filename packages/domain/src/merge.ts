import type { Citation } from './citation.js';
import type { Identifier, NameVariant } from './common.js';
import type { KindedRecord, Person } from './records/index.js';

/**
 * Points every reference to one person at another, in any record: participants,
 * holdings, speakers, visitors, and `{ kind: 'person', id }` references anywhere.
 * Returns a new record; the input is not changed.
 */
export function repointPerson(item: KindedRecord, fromId: string, toId: string): KindedRecord {
  const swap = (id: string) => (id === fromId ? toId : id);
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((entry) => walk(entry, key));
    if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (object.kind === 'person' && typeof object.id === 'string' && Object.keys(object).length === 2) {
        return { kind: 'person', id: swap(object.id) };
      }
      return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value === 'string' && (key === 'personId' || key === 'speakerId' || key === 'visitorIds')) return swap(value);
    return value;
  };
  return { kind: item.kind, record: walk(item.record) } as KindedRecord;
}

const sameName = (a: NameVariant, b: NameVariant) => a.value === b.value && a.kind === b.kind;
const sameCitation = (a: Citation, b: Citation) => a.sourceId === b.sourceId && a.locator === b.locator;

/**
 * The person that remains after merging `from` into `into`: the merged record's name
 * becomes a spelling variant, and names, identifiers and citations are pooled.
 */
export function mergePersonRecords(into: Person, from: Person): Person {
  const names: NameVariant[] = [...into.names];
  const candidates: NameVariant[] = [{ value: from.name, kind: 'spelling' }, ...from.names];
  for (const name of candidates) {
    if (name.value !== into.name && !names.some((known) => sameName(known, name))) names.push(name);
  }
  const identifiers: Identifier[] = [...into.identifiers];
  for (const identifier of from.identifiers) {
    if (!identifiers.some((known) => known.scheme === identifier.scheme && known.value === identifier.value)) identifiers.push(identifier);
  }
  const citations = [...into.citations];
  for (const citation of from.citations) if (!citations.some((known) => sameCitation(known, citation))) citations.push(citation);
  return { ...into, names, identifiers, citations, country: into.country ?? from.country };
}
