import { extractDraft } from '@bilat/extract';
import { pairOf, partyNameInText, slugify, type Agreement, type Citation, type EventDate, type Holding, type KindedRecord, type Meeting, type Person, type Visit } from '@bilat/domain';
import type { PeopleRegistry } from './people.js';
import { governmentOf, leaderPost } from './records.js';

/*
 * A trip's remarks ("Met with President Nazarbayev and signed taxation and economic
 * assistance agreements") drafted into records through @bilat/extract: the people met,
 * their posts on the day, the meeting and the agreements, every one `draft`, citing the
 * remark. Multilateral gatherings are noted on the visit and never become bilateral
 * meetings.
 *
 * What the extractor cannot read from a remark alone is worked around here, without
 * changing it: a remark has no subject (the traveller is known from the trip, and is
 * added as the U.S. side), it often names people by title and surname only (the
 * extractor drops a lone surname it has not met in full, so the full name of a person
 * already read for that country is put before the remark), and it drafts a meeting only
 * between two parties it can name (so the meeting is built here from the people it found).
 * Agreements it does not draft from "signed … agreements" are read with one pattern.
 */

/** Words that say the traveller met someone: a remark without them drafts nothing. */
const MEETING_WORDS = /\b(?:met|meets|meeting|meetings|discussed|discussions|talks|conferred|consulted|audience|signed|called on|negotiated|negotiations)\b/i;

/** A gathering of many parties: noted on the visit, never a bilateral meeting. */
const MULTILATERAL = /\b(?:summit|conference|ministerial|NATO|OSCE|CSCE|APEC|ASEAN|SEATO|CENTO|OECD|OAS|G-?7|G-?8|G-?20|United Nations|General Assembly|Council of (?:Foreign )?Ministers)\b/i;
const GATHERING = /\b(?:attended|attending|attend|led the U\.S\. delegation to|participated in|addressed|at|to|for)\s+(?:the\s+|a\s+|an\s+)?((?:[^.;,]*?)\b(?:Summit|Conference|Ministerial|Meeting|Council|Assembly|Session|Talks|Forum)(?:\s+(?:Summit|Conference|Ministerial|Meeting|Council|Assembly|Session|Talks|Forum))*\b(?:\s+(?:of|on)\s+[^.;,]+)?)/i;

const AGREEMENT = /\bsign(?:ed|ing)\s+(?:of\s+)?(?:an?\s+|the\s+)?([^.;]{2,140}?\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)(?: of understanding)?|accords?|conventions?|protocols?|declarations?|charter))\b/gi;

/** The multilateral gathering a remark says was attended, in the remark's words, or undefined. */
export function multilateralGathering(remark: string): string | undefined {
  if (!MULTILATERAL.test(remark)) return undefined;
  const named = GATHERING.exec(remark)?.[1]?.trim();
  if (!named || !MULTILATERAL.test(named)) return 'a multilateral meeting';
  // Its name, not the Office's sentence around it: at most the last eight words.
  const words = named.split(/\s+/);
  return words.length > 8 ? words.slice(-8).join(' ') : named;
}

function agreementKind(words: string): Agreement['kind'] {
  if (/treat/i.test(words)) return 'treaty';
  if (/memorand/i.test(words)) return 'memorandum';
  if (/protocol/i.test(words)) return 'protocol';
  if (/declaration|charter/i.test(words)) return 'declaration';
  if (/agreement|accord|convention/i.test(words)) return 'agreement';
  return 'other';
}

export interface RemarkInput {
  remark: string;
  citations: Citation[];
  visit: Visit;
  travellerId: string;
  travellerName: string;
  travellerPostId: string;
  /** The visited party. */
  party: string;
  people: PeopleRegistry;
}

export interface RemarkDraft {
  records: KindedRecord[];
  /** People met, by bilat id. */
  met: string[];
}

interface Met {
  id: string;
  name: string;
  country: string;
  title?: string;
  isNew: boolean;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Drafts the meeting, the people met and the agreements a trip's remark names. */
export function draftFromRemark(input: RemarkInput): RemarkDraft {
  const { remark, visit, party, people, citations } = input;
  if (!MEETING_WORDS.test(remark)) return { records: [], met: [] };
  // Full names of people the remark names by surname alone, when one such person of that country is known.
  const introduced: string[] = [];
  for (const word of remark.match(/\b\p{Lu}[\p{L}'’-]{2,}\b/gu) ?? []) {
    const known = people.fullName(word, party);
    if (known && !remark.includes(known.name) && !introduced.includes(known.name)) introduced.push(known.name);
  }
  const prefix = introduced.map((name) => `Mr ${name}.`).join(' ');
  const text = prefix ? `${prefix} ${remark}` : remark;
  // No publisher: the extractor would take the Office's country (the United States) as the
  // side of every untitled "President" in the remark, and the people met are the host's.
  const draft = extractDraft({ text, published: visit.date.start, knownPeople: people.knownIn(party) });

  const bundlePeople = new Map((draft.bundle.people ?? []).map((person) => [person.id, person]));
  const posts = new Map((draft.bundle.posts ?? []).map((post) => [post.id, post]));
  const titles = new Map<string, { title: string; country?: string }>();
  for (const holding of draft.bundle.holdings ?? []) {
    const post = posts.get(holding.postId);
    if (post) titles.set(holding.personId, { title: post.title, country: post.country });
  }
  const met: Met[] = [];
  for (const match of draft.people) {
    const draftedId = match.known?.id ?? match.proposedId;
    if (!draftedId) continue;
    const drafted = bundlePeople.get(draftedId);
    const title = titles.get(draftedId);
    const stated = drafted?.country ?? title?.country;
    // A full name without a country may be someone already read for another country (a president met abroad).
    const elsewhere = !match.known && !stated ? people.anywhere(match.name) : undefined;
    const country = stated ?? elsewhere?.country ?? party;
    if (country === 'US') continue;
    const id = match.known ? match.known.id : elsewhere ? elsewhere.id : people.namedPerson(match.name, country);
    if (id === input.travellerId || met.some((m) => m.id === id)) continue;
    met.push({ id, name: match.known?.name ?? match.name, country, title: title?.title, isNew: !match.known });
  }

  const records: KindedRecord[] = [];
  const derived: EventDate = {
    start: visit.date.start,
    ...(visit.date.end ? { end: visit.date.end } : {}),
    qualifier: 'inferred',
    note: 'During the visit; the remark does not give the day.',
    derivedFrom: { kind: 'visit', id: visit.id },
  };
  const postOf = new Map<string, string>();
  for (const person of met) {
    const record: Person = { id: person.id, status: 'draft', citations, name: person.name, names: [], country: person.country, identifiers: [] };
    records.push({ kind: 'person', record });
    if (!person.title) continue;
    const government = governmentOf(person.country, citations);
    const post = leaderPost(person.country, person.title, citations);
    postOf.set(person.id, post.id);
    const holding: Holding = {
      id: `${person.id}-${slugify(person.title, 60)}`,
      status: 'draft',
      citations,
      personId: person.id,
      postId: post.id,
      attestations: [{ on: visit.date.start, sourceId: citations[0]!.sourceId, ...(citations[0]!.locator ? { locator: citations[0]!.locator } : {}) }],
      identifiers: [],
    };
    records.push({ kind: 'organization', record: government }, { kind: 'post', record: post }, { kind: 'holding', record: holding });
  }

  // One bilateral meeting per country of the people met: a foreign minister of a third country met in Paris is a meeting with that country.
  const countries = [...new Set(met.map((person) => person.country))];
  for (const country of countries) {
    const side = met.filter((person) => person.country === country);
    const meeting: Meeting = {
      id: countries.length > 1 ? `${visit.id}-meeting-${country.toLowerCase()}` : `${visit.id}-meeting`,
      status: 'draft',
      citations,
      title: `${input.travellerName} meets ${side.map((person) => person.name).join(', ')}`.slice(0, 300),
      kind: 'working-meeting',
      stage: 'held',
      pair: pairOf('US', country),
      date: derived,
      location: { ...(visit.location.country ? { country: visit.location.country } : {}), ...(visit.location.placeId ? { placeId: visit.location.placeId } : {}), qualifier: 'inferred', note: 'Where the visit was.' },
      participants: [
        { personId: input.travellerId, side: 'US', role: 'head', postId: input.travellerPostId },
        ...side.map((person) => ({ personId: person.id, side: country, role: 'participant' as const, ...(postOf.has(person.id) ? { postId: postOf.get(person.id)! } : {}) })),
      ],
      topics: [],
      visitId: visit.id,
      links: [],
    };
    records.push({ kind: 'meeting', record: meeting });
  }

  const agreements = (draft.bundle.agreements ?? []).map((agreement) => agreement.title);
  if (agreements.length === 0) for (const match of remark.matchAll(AGREEMENT)) agreements.push(capitalized(match[1]!.trim()));
  agreements.forEach((title, index) => {
    const agreement: Agreement = {
      id: `${visit.id}-agreement-${index + 1}`,
      status: 'draft',
      citations,
      title: title.slice(0, 500),
      kind: agreementKind(title),
      parties: ['US', party],
      signatoryOrganizationIds: [],
      stage: 'signed',
      steps: [{ stage: 'signed', date: derived }],
      ...(visit.location.placeId ? { placeId: visit.location.placeId } : {}),
      relatedEvent: { kind: 'visit', id: visit.id },
      ratifications: [],
      summary: `Signed during the visit of ${input.travellerName} to ${partyNameInText(party)}.`,
    };
    records.push({ kind: 'agreement', record: agreement });
  });
  return { records, met: met.map((person) => person.id) };
}
