import {
  foldText,
  pairOf,
  type Agreement,
  type Citation,
  type Commitment,
  type EventDate,
  type Indicator,
  type InvestmentFlow,
  type KindedRecord,
  type Location,
  type Meeting,
  type Organization,
  type Person,
  type Place,
  type Post,
  type RecordKind,
  type RecordRef,
  type Series,
  type Source,
  type Statement,
  type TradeFlow,
  type Visit,
} from '@bilat/domain';
import { otherSide, type Context } from './context.js';
import type { DraftAgreement } from './documents.js';
import type { DraftDate, DraftLocation, DraftMeeting, DraftVisit, Events } from './events.js';
import type { Figures } from './figures.js';
import { countryAdjective, countryName, partyByStateWord } from './gazetteer.js';
import type { IdMaker } from './ids.js';
import { matchKnownPerson, type KnownRecords, type PersonMatch } from './known.js';
import type { DraftOrganization } from './organizations.js';
import type { TextPerson } from './registry.js';
import type { Span } from './segment.js';
import type { DraftCommitment, DraftStatement } from './speech.js';
import { credentialsHost } from './russian-people.js';
import { canonicalTitle, titleRank } from './titles.js';
import { topicsOf } from './topics.js';

/** How a drafted fact is known: said in the text, reasoned from it, or only dated by the report. */
export type Basis = 'stated' | 'inferred' | 'reported';

/** One drafted record with the words that support it and how sure the extractor is. */
export interface DraftFact {
  kind: RecordKind;
  id: string;
  /** A short description for people reviewing the draft. */
  label: string;
  /** 0–1: higher for what the text states than for what was inferred. */
  confidence: number;
  basis: Basis;
  /** Character spans of the text, as in the citations' `c<start>-<end>` locators. */
  spans: Span[];
  /** A record already held, which the draft only cites again (this report is another source for it). */
  held?: boolean;
}

export interface Parts {
  context: Context;
  events: Events;
  agreements: DraftAgreement[];
  figures: Figures;
  statements: DraftStatement[];
  commitments: DraftCommitment[];
  organizations: DraftOrganization[];
}

export interface BuildOptions {
  ids: IdMaker;
  source: Source;
  known: KnownRecords;
}

export interface Built {
  records: KindedRecord[];
  facts: DraftFact[];
  people: PersonMatch[];
}

/** A held post's title names its country ("Minister of Transport of Kazakhstan"); the text's may not. */
function samePostTitle(held: string, read: string, country: string | undefined): boolean {
  if (foldText(held) === foldText(read)) return true;
  if (!country) return false;
  const names = [countryName(country), countryAdjective(country)].filter((n): n is string => Boolean(n))    .map((n) => foldText(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const bare = (title: string) => {
    let folded = foldText(title);
    for (const name of names) folded = folded.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?(?:republic\\s+of\\s+)?${name}$`), '').replace(new RegExp(`^${name}\\s+`), '');
    return folded;
  };
  return bare(held) === bare(read);
}

const ORDINAL_SUFFIX = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
const ordinalWord = (n: number) => `${n}${ORDINAL_SUFFIX(n)}`;
const clamp = (value: number) => Math.round(Math.max(0.3, Math.min(0.99, value)) * 100) / 100;

/** Turns what was read into domain records, each citing the source by character spans, step by step. */
export function buildRecords(parts: Parts, options: BuildOptions): Built {
  const builder = new DraftBuilder(parts, options);
  builder.places();
  builder.organizations();
  builder.people();
  builder.visits();
  builder.meetings();
  builder.agreements();
  builder.statements();
  builder.commitments();
  builder.figures();
  return { records: builder.records, facts: builder.facts, people: builder.matches };
}

/** The records drafted so far and the ids each part of the text was given, shared by the steps. */
class DraftBuilder {
  readonly records: KindedRecord[];
  readonly facts: DraftFact[] = [];
  readonly placeIds = new Map<string, string>();
  readonly organizationIds = new Map<string, string>();
  readonly personIds = new Map<TextPerson, string>();
  readonly postIds = new Map<TextPerson, string>();
  readonly matches: PersonMatch[] = [];
  readonly postKeys = new Map<string, string>();
  readonly visitIds = new Map<DraftVisit, string>();
  readonly seriesIds = new Map<string, string>();
  readonly meetingIds = new Map<DraftMeeting, string>();
  readonly meetingRefs: { meeting: DraftMeeting; ref: RecordRef }[] = [];
  /** The report's main held meeting (else its visit): where its statements and commitments were made. */
  mainEvent: RecordRef | undefined;

  constructor(readonly parts: Parts, readonly options: BuildOptions) {
    this.records = [{ kind: 'source', record: options.source }];
  }

  readonly cite = (spans: Span[]): Citation[] => citations(this.options.source.id, spans);

  readonly add = <K extends RecordKind>(kind: K, record: KindedRecord['record'] & { id: string }, fact: Omit<DraftFact, 'kind' | 'id'>) => {
    this.records.push({ kind, record } as KindedRecord);
    this.facts.push({ kind, id: record.id, ...fact, confidence: clamp(fact.confidence), spans: mergeSpans(fact.spans) });
  };

  readonly placeId = (location: DraftLocation | undefined) => (location?.place ? this.placeIds.get(foldText(location.place.name)) : undefined);

  readonly meetingRecord = (ref: RecordRef) => this.records.find((r) => r.kind === 'meeting' && r.record.id === ref.id)?.record as Meeting | undefined;

  /** A body by name: one held, one drafted already, or a new draft. */
  readonly organization = (name: string, kind: Organization['kind'], country: string | undefined, members: string[], spans: Span[], named: boolean): string => {
    const key = foldText(name);
    const have = this.organizationIds.get(key);
    if (have) return have;
    const existing = this.options.known.organizations?.find((o) => [o.name, ...o.names.map((n) => n.value)].some((n) => foldText(n) === key));
    if (existing) {
      this.organizationIds.set(key, existing.id);
      return existing.id;
    }
    const id = this.options.ids.make(name);
    this.organizationIds.set(key, id);
    const record: Organization = { id, status: 'draft', citations: this.cite(spans), name, kind, members: members.length >= 2 ? members : [], names: [], identifiers: [] };
    if (country && members.length < 2) record.country = country;
    if (!named) record.notes = 'Drafted as the body a post in the text belongs to; the text does not name it as such.';
    this.add('organization', record, { label: name, confidence: named ? 0.8 : 0.6, basis: named ? 'stated' : 'inferred', spans });
    return id;
  };

  /** Places: every city the text names (known ones are referred to, not drafted again). */
  places(): void {
    const { placeIds, cite, add } = this;
    const { ids, known } = this.options;
    const { context } = this.parts;
    // (Each name folded once: a long text names its cities many times.)
    const named = context.cities.flat().map((city) => ({ city, key: foldText(city.name) }));
    for (const { city, key } of named) {
      if (placeIds.has(key)) continue;
      const existing = known.places?.find((p) => [p.name, ...p.names.map((n) => n.value)].some((n) => foldText(n) === key));
      if (existing) {
        placeIds.set(key, existing.id);
        continue;
      }
      const id = ids.make(city.name);
      placeIds.set(key, id);
      const spans = named.filter((c) => c.key === key).map(({ city: c }) => ({ start: c.start, end: c.end }));
      const place: Place = { id, status: 'draft', citations: cite(spans), name: city.name, kind: 'city', country: city.country, names: [] };
      add('place', place, { label: `${city.name} (${city.country})`, confidence: 0.85, basis: 'stated', spans });
    }
  }

  /** Organizations named in the text, and those the posts belong to. */
  organizations(): void {
    const { organization } = this;
    const { parts } = this;
    for (const body of parts.organizations) organization(body.name, body.kind, body.country, body.members, body.spans, true);
  }

  /** People: matched to known people first, else proposed; posts and holdings from their titles. */
  people(): void {
    const { personIds, postIds, matches, postKeys, cite, add, organization } = this;
    const { ids, source, known } = this.options;
    const { context } = this.parts;
    for (const person of context.people.people) {
      const spans = person.mentions.map((m) => ({ start: m.start, end: m.end }));
      const match = matchKnownPerson([person.name, ...person.variants], person.country, known.people ?? []);
      if (match) {
        personIds.set(person, match.person.id);
        matches.push({ name: person.name, known: { id: match.person.id, name: match.person.name }, how: match.how });
        const record = match.person.record;
        if (record) {
          add('person', { ...record, citations: withCitations(record.citations, cite(spans)) }, {
            label: `${record.name}${record.country ? ` (${record.country})` : ''}: already held; this report is cited for them too`, confidence: 0.85, basis: 'stated', spans, held: true,
          });
        }
        if (!person.country && match.person.country) {
          person.country = match.person.country;
          person.countryFrom = 'known';
        }
      } else {
        const id = ids.make(person.name);
        personIds.set(person, id);
        matches.push({ name: person.name, proposedId: id });
        const record: Person = {
          id, status: 'draft', citations: cite(spans), name: person.name,
          names: person.variants.map((value) => ({ value, kind: /\p{Script=Cyrillic}/u.test(value) ? ('script' as const) : ('spelling' as const) })), identifiers: [],
        };
        if (person.country) record.country = person.country;
        add('person', record, {
          label: `${person.name}${person.country ? ` (${person.country})` : ''}`,
          confidence: person.titles.length ? 0.85 : 0.65, basis: 'stated', spans,
        });
      }
      // "Lithuanian Ambassador Gintautas Vasiulis" in a report on Kazakhstan and Lithuania: an
      // ambassador named without a host serves in the other party of the text's pair.
      // (In a report of credentials presented to a head of state, an ambassador is that state's: "Верительные грамоты
      // вручили посол <Country> <Name>, посол <Country> <Name> …" after "президенту <Host>", ru-491.)
      const credentials = credentialsHost(context.text);
      const host = credentials && credentials !== person.country ? credentials : otherSide(context, person.country);
      if (host) person.titles = person.titles.map((t) => (t.title === 'Ambassador' ? { ...t, title: canonicalTitle(`Ambassador to ${countryName(host)}`) } : t));
      // "Ambassador to the Sultanate" in a report on Oman and Somalia: the party of the pair so named.
      if (context.pair) {
        const pair = context.pair;
        person.titles = person.titles.map((t) => {
          const word = /^Ambassador to the (Sultanate|Kingdom)$/.exec(t.title)?.[1];
          const code = word ? partyByStateWord(word, pair.filter((c) => c !== person.country)) : undefined;
          return code ? { ...t, title: canonicalTitle(`Ambassador to ${countryName(code)}`) } : t;
        });
      }
      for (const title of person.titles) {
        const country = person.country;
        const postKey = `${country ?? ''}|${foldText(title.title)}`;
        let postId = postKeys.get(postKey) ?? known.posts?.find((p) => p.country === country && [p.title, ...p.names.map((n) => n.value)].some((t) => samePostTitle(t, title.title, country)))?.id;
        if (!postId) {
          const org = postOrganization(title.title, country);
          const organizationId = organization(org.name, org.kind, country, [], [title.span], false);
          postId = ids.make(`${country ?? ''} ${title.title}`);
          const post: Post = { id: postId, status: 'draft', citations: cite([title.span]), title: title.title, organizationId, names: [] };
          if (country) post.country = country;
          const rank = postRank(title.title);
          if (rank) post.rank = rank;
          add('post', post, { label: `${title.title}${country ? ` (${country})` : ''}`, confidence: 0.8, basis: 'stated', spans: [title.span] });
        }
        postKeys.set(postKey, postId);
        if (!postIds.has(person)) postIds.set(person, postId);
        const mention = person.mentions.find((m) => m.titleSpan === title.span) ?? person.mentions[0]!;
        const span = { start: title.span.start, end: Math.max(title.span.end, mention.end) };
        const holdingId = ids.make(`${person.name} ${title.title}`);
        const confidence = { title: 0.92, modifier: 0.9, known: 0.9, delegation: 0.85, meeting: 0.75, sentence: 0.72, publisher: 0.7 }[person.countryFrom ?? 'publisher'] ?? 0.7;
        add('holding', {
          id: holdingId, status: 'draft', citations: cite([span]), personId: personIds.get(person)!, postId, identifiers: [],
          attestations: [{ on: context.published, sourceId: source.id, locator: locator(span), ...(title.raw !== title.title ? { titleAsReported: title.raw } : {}) }],
        }, { label: `${person.name} — ${title.title}${country ? ` (${country})` : ''}`, confidence, basis: person.countryFrom === 'meeting' || person.countryFrom === 'sentence' || person.countryFrom === 'publisher' ? 'inferred' : 'stated', spans: [span] });
      }
    }
  }

  /** Visits. */
  visits(): void {
    const { personIds, visitIds, cite, add, placeId } = this;
    const { ids } = this.options;
    const { parts } = this;
    for (const visit of parts.events.visits) {
      if (!visit.from || !visit.to || visit.from === visit.to) continue;
      const id = ids.make(`${visit.visitor.name} visit ${countryName(visit.to)} ${visit.date.start}`);
      visitIds.set(visit, id);
      const record: Visit = {
        id, status: 'draft', citations: cite([...visit.spans, ...dateSpans(visit.date)]),
        title: `${visit.visitor.name}'s ${visit.kind === 'other' ? '' : `${visit.kind} `}visit to ${countryName(visit.to)}`,
        kind: visit.kind, from: visit.from, to: visit.to, visitorIds: [personIds.get(visit.visitor)!],
        date: eventDate(visit.date), location: location(visit.location, placeId(visit.location)),
      };
      if (visit.planned) record.notes = 'Announced as planned; the report was written before it.';
      add('visit', record, {
        label: record.title + ` (${visit.date.start}${visit.date.end ? `–${visit.date.end}` : ''})`,
        confidence: (visit.implied ? 0.7 : 0.9) - (visit.date.qualifier === 'reported' ? 0.1 : 0),
        basis: visit.implied ? 'inferred' : visit.date.qualifier === 'reported' ? 'reported' : 'stated', spans: [...visit.spans, ...dateSpans(visit.date)],
      });
    }
  }

  /** Series and meetings. */
  meetings(): void {
    const { personIds, postIds, visitIds, seriesIds, meetingIds, meetingRefs, cite, add, placeId, organization } = this;
    const { ids } = this.options;
    const { context } = this.parts;
    const { parts } = this;
    for (const meeting of parts.events.meetings) {
      if (!meeting.parties || meeting.parties[0] === meeting.parties[1]) continue;
      const pair = pairOf(meeting.parties[0], meeting.parties[1]);
      const [a, b] = pair.split('-') as [string, string];
      // The same event from another outlet: cite the held meeting again rather than draft a second one.
      const held = heldMeeting(this.options.known.meetings ?? [], meeting, pair, context.published, meeting.participants.map((p) => this.personIds.get(p.person)!));
      if (held) {
        const spans = [...meeting.spans, ...meeting.participants.flatMap((p) => p.person.mentions.filter((m) => m.sentence === meeting.sentence).map((m) => ({ start: m.start, end: m.end })))];
        meetingIds.set(meeting, held.id);
        add('meeting', { ...held, citations: withCitations(held.citations, cite(spans)) }, {
          label: `${held.title} (${pair}, held${held.date ? `, ${held.date.start}` : ''}): already held; this report is cited for it too`,
          confidence: 0.85, basis: 'stated', spans, held: true,
        });
        meetingRefs.push({ meeting, ref: { kind: 'meeting', id: held.id } });
        continue;
      }
      let seriesId: string | undefined;
      if (meeting.series && meeting.kind !== 'other' || meeting.series?.body) {
        const series = meeting.series!;
        const key = `${meeting.kind}|${pair}`;
        seriesId = seriesIds.get(key);
        if (!seriesId) {
          const body = series.body?.replace(/^the\s+/i, '');
          const bodyId = body && /Commission|Committee|Council/.test(body)
            ? organization(body, 'commission', undefined, [a, b], [series.bodySpan ?? series], true)
            : undefined;
          const name = body ? `Sessions of the ${body}` : `${countryAdjective(a) ?? countryName(a)}–${countryAdjective(b) ?? countryName(b)} ${seriesLabel(meeting.kind)}`;
          seriesId = ids.make(`${pair} ${meeting.kind}`);
          seriesIds.set(key, seriesId);
          const record: Series = { id: seriesId, status: 'draft', citations: cite([series]), name, kind: meeting.kind === 'other' ? 'other' : (meeting.kind as Series['kind']), pair, unit: series.unit || 'round' };
          if (bodyId) record.organizationId = bodyId;
          add('series', record, { label: name, confidence: 0.8, basis: 'stated', spans: [series] });
        }
      }
      const participants = meeting.participants.flatMap((p) => {
        const side = p.person.country && meeting.parties!.includes(p.person.country) ? p.person.country : undefined;
        if (!side) return [];
        const postId = postIds.get(p.person);
        return [{ personId: personIds.get(p.person)!, side, role: p.role, ...(postId ? { postId } : {}) }];
      });
      const names = meeting.participants.map((p) => p.person.name);
      // (Talks of a pair whose people the text does not name: "the heads of state … during their meeting in <City>".)
      const sides = `${countryName(a)} and ${countryName(b)}`;
      const title = meeting.talks && names.length === 0
        ? `${meeting.phone ? 'Telephone conversation' : 'Talks'} between ${sides}`
        : meeting.talks && names.length === 1
          ? `${names[0]} meets officials of ${meeting.parties!.includes(meeting.participants[0]!.person.country ?? '') ? countryName(meeting.parties!.find((c) => c !== meeting.participants[0]!.person.country)!) : sides}`
          : meeting.talks
        ? meeting.phone
          ? `Telephone conversation between ${names.join(' and ')}`
          : `${names[0]} meets ${names.slice(1).join(' and ')}`
        : `${meeting.ordinal ? `${ordinalWord(meeting.ordinal)} ` : meeting.stage === 'planned' ? 'Next ' : ''}${meeting.series?.unit ?? 'meeting'} of ${seriesTitle(meeting, a, b)}`;
      const id = ids.make(`${pair} ${meeting.talks ? names.join(' ') : `${meeting.kind} ${meeting.ordinal ?? ''}`} ${meeting.date?.start ?? ''}`);
      meetingIds.set(meeting, id);
      const spans = [...meeting.spans, ...meeting.participants.flatMap((p) => p.person.mentions.filter((m) => Math.abs(m.sentence - meeting.sentence) <= 1).map((m) => ({ start: m.start, end: m.end })))];
      const record: Meeting = {
        id, status: 'draft', citations: cite(spans), title: capitalise(title), kind: meeting.kind, stage: meeting.stage, pair,
        date: meeting.date ? eventDate(meeting.date, meeting.date.fromVisit ? visitIds.get(meeting.date.fromVisit) : undefined) : null,
        location: location(meeting.location, placeId(meeting.location)), participants, topics: topicsOf(meetingText(context, meeting)), links: [],
      };
      if (seriesId) record.seriesId = seriesId;
      if (meeting.ordinal && seriesId) record.ordinal = meeting.ordinal;
      if (meeting.visit && visitIds.has(meeting.visit)) record.visitId = visitIds.get(meeting.visit);
      const basis: Basis = meeting.date?.qualifier === 'reported' ? 'reported' : meeting.date?.qualifier === 'inferred' ? 'inferred' : 'stated';
      let confidence = 0.92;
      if (basis === 'reported') confidence -= 0.15;
      if (basis === 'inferred') confidence -= 0.1;
      if (meeting.location.qualifier === 'inferred') confidence -= 0.05;
      if (participants.length === 0 && meeting.stage === 'held' && !meeting.talks) confidence -= 0.05;
      add('meeting', record, { label: `${record.title} (${pair}, ${meeting.stage}${meeting.date ? `, ${meeting.date.start}` : ''})`, confidence, basis, spans });
      meetingRefs.push({ meeting, ref: { kind: 'meeting', id } });
    }
    const primary = meetingRefs.find((m) => m.meeting.stage === 'held' && m.meeting.date?.qualifier !== 'stated' || m.meeting.stage === 'held') ?? meetingRefs[0];
    this.mainEvent = primary?.ref ?? (visitIds.size ? { kind: 'visit', id: [...visitIds.values()][0]! } : undefined);
  }

  /** Agreements. */
  agreements(): void {
    const { visitIds, meetingRefs, cite, add } = this;
    const { ids } = this.options;
    const { context } = this.parts;
    const { parts } = this;
    for (const agreement of parts.agreements) {
      const sentenceMeeting = meetingRefs.find((m) => m.meeting.sentence === agreement.sentence);
      const visit = parts.events.visits.find((v) => v.sentence === agreement.sentence && visitIds.has(v))
        ?? (agreement.sentence >= (parts.events.visits[0]?.sentence ?? Infinity) && parts.events.visits.length === 1 && visitIds.has(parts.events.visits[0]!) && !sentenceMeeting ? parts.events.visits[0] : undefined);
      let date: EventDate | undefined = agreement.date ? eventDate(agreement.date) : undefined;
      let basis: Basis = 'stated';
      if (!date && sentenceMeeting?.meeting.date && agreement.stage !== 'planned') {
        date = { start: sentenceMeeting.meeting.date.start, ...(sentenceMeeting.meeting.date.end ? { end: sentenceMeeting.meeting.date.end } : {}), qualifier: 'inferred', note: 'Signed at the meeting the same sentence reports.', derivedFrom: sentenceMeeting.ref };
        basis = 'inferred';
      } else if (!date && visit && agreement.stage !== 'planned' && visit.date.qualifier === 'stated') {
        date = { start: visit.date.start, ...(visit.date.end ? { end: visit.date.end } : {}), qualifier: 'inferred', note: 'The report names the signing together with the visit; taken to be signed then.', derivedFrom: { kind: 'visit', id: visitIds.get(visit)! } };
        basis = 'inferred';
      }
      const parties = sentenceMeeting?.meeting.parties ?? context.pair;
      if (!parties || parties[0] === parties[1]) continue;
      const sortedParties = [...parties].sort();
      const heldAgreement = (this.options.known.agreements ?? []).filter((h) => h.kind === agreement.kind && h.parties.join() === sortedParties.join() && titlesAgree(h.title, agreement.title));
      if (heldAgreement.length === 1) {
        const held = heldAgreement[0]!;
        add('agreement', { ...held, citations: withCitations(held.citations, cite(agreement.spans)) }, {
          label: `${held.title} (${held.stage}): already held; this report is cited for it too`, confidence: 0.8, basis: 'stated', spans: agreement.spans, held: true,
        });
        continue;
      }
      const id = ids.make(agreement.title);
      const record: Agreement = {
        id, status: 'draft', citations: cite(agreement.spans), title: capitalise(agreement.title), kind: agreement.kind, parties: [...parties].sort(),
        signatoryOrganizationIds: [], stage: agreement.stage, steps: [{ stage: agreement.stage, ...(date ? { date } : {}) }], ratifications: [],
      };
      const related = sentenceMeeting?.ref ?? (visit ? { kind: 'visit' as const, id: visitIds.get(visit)! } : undefined);
      if (related) record.relatedEvent = related;
      add('agreement', record, { label: `${record.title} (${agreement.stage})`, confidence: basis === 'stated' ? 0.85 : 0.75, basis, spans: agreement.spans });
    }
  }

  /** Statements. */
  statements(): void {
    const { personIds, mainEvent, cite, add } = this;
    const { ids } = this.options;
    const { context } = this.parts;
    const { parts } = this;
    for (const statement of parts.statements) {
      const speakerId = personIds.get(statement.speaker);
      if (!speakerId) continue;
      const id = ids.make(`${statement.speaker.name} statement ${context.published}`);
      const record: Statement = {
        id, status: 'draft', citations: cite([statement.textSpan]), speakerId,
        date: { start: context.published, qualifier: 'reported', note: 'Reported on this date; the report does not say when it was said.' },
        text: statement.text, topics: topicsOf(statement.text), about: [],
      };
      if (mainEvent) record.event = mainEvent;
      add('statement', record, { label: `${statement.speaker.name}: “${statement.text.slice(0, 60)}${statement.text.length > 60 ? '…' : ''}”`, confidence: statement.quoted ? 0.9 : 0.75, basis: 'stated', spans: [statement.textSpan] });
    }
  }

  /** Commitments: made at the report's main held meeting, concerning the meetings their sentence names. */
  commitments(): void {
    const { meetingRefs, mainEvent, cite, add, meetingRecord } = this;
    const { ids } = this.options;
    const { parts } = this;
    for (const commitment of parts.commitments) {
      if (!mainEvent) break;
      const concerns = meetingRefs.filter((m) => m.meeting.sentence === commitment.sentence && m.ref.id !== mainEvent.id).map((m) => m.ref);
      const id = ids.make(`commitment ${commitment.description.slice(0, 60)}`);
      const record: Commitment = {
        id, status: 'draft', citations: cite(commitment.spans), madeAt: mainEvent, description: capitalise(commitment.description), concerns, state: 'open',
      };
      if (commitment.dueBy) record.dueBy = commitment.dueBy;
      add('commitment', record, { label: record.description.slice(0, 120), confidence: 0.7, basis: 'stated', spans: commitment.spans });
      const made = mainEvent.kind === 'meeting' ? meetingRecord(mainEvent) : undefined;
      const heldMade = this.facts.some((f) => f.kind === 'meeting' && f.id === made?.id && f.held);
      for (const target of concerns) if (made && !heldMade && !made.links.some((l) => l.target.id === target.id)) made.links.push({ relation: 'references', target });
    }
  }

  /** Figures. */
  figures(): void {
    const { cite, add } = this;
    const { ids } = this.options;
    const { parts } = this;
    const seenTrade = new Set<string>();
    for (const trade of parts.figures.trade) {
      const key = [trade.reporter, trade.partner, trade.period.start, trade.period.end ?? '', trade.flow].join('|');
      if (seenTrade.has(key)) continue;
      seenTrade.add(key);
      const id = ids.make(`${trade.reporter} ${trade.partner} trade ${trade.period.start} ${trade.flow}`);
      const record: TradeFlow = {
        id, status: 'draft', citations: cite(trade.spans), reporter: trade.reporter, partner: trade.partner,
        period: trade.period.end ? { start: trade.period.start, end: trade.period.end } : { start: trade.period.start },
        flow: trade.flow, value: trade.value, classification: { system: 'total', code: 'TOTAL' },
      };
      const confidence = { statistics: 0.9, possessive: 0.88, publisher: 0.82, text: 0.65 }[trade.reporterFrom];
      add('trade', record, { label: `${trade.reporter}→${trade.partner} ${trade.flow} ${trade.period.start}${trade.period.end ? `–${trade.period.end}` : ''}: ${trade.value.amount} ${trade.value.currency}`, confidence, basis: trade.reporterFrom === 'text' ? 'inferred' : 'stated', spans: trade.spans });
    }
    for (const flow of parts.figures.investment) {
      const id = ids.make(`${flow.from} ${flow.to} investment ${flow.span.start} ${flow.span.end ?? ''}`);
      const record: InvestmentFlow = {
        id, status: 'draft', citations: cite(flow.spans), from: flow.from, to: flow.to, kind: flow.kind, category: 'direct',
        span: flow.span.end ? { start: flow.span.start, end: flow.span.end } : { start: flow.span.start }, cumulative: flow.cumulative, value: flow.value,
      };
      if (flow.reporter) record.reporter = flow.reporter;
      add('investment', record, { label: `Investment ${flow.from}→${flow.to} ${flow.span.start}${flow.span.end ? `–${flow.span.end}` : ''}: ${flow.value.amount} ${flow.value.currency}`, confidence: flow.directionStated ? 0.85 : 0.7, basis: flow.directionStated ? 'stated' : 'inferred', spans: flow.spans });
    }
    for (const indicator of parts.figures.indicators) {
      const id = ids.make(`${indicator.subject} ${indicator.measure} ${indicator.asOf}`);
      const record: Indicator = {
        id, status: 'draft', citations: cite(indicator.spans), measure: indicator.measure, label: indicator.label, subject: indicator.subject,
        value: indicator.value, unit: indicator.unit, asOf: indicator.asOf, asOfQualifier: indicator.asOfQualifier,
      };
      if (indicator.partner) record.partner = indicator.partner;
      add('indicator', record, { label: `${indicator.label}: ${indicator.value} (as of ${indicator.asOf})`, confidence: indicator.asOfQualifier === 'stated' ? 0.9 : 0.75, basis: indicator.asOfQualifier === 'stated' ? 'stated' : 'reported', spans: indicator.spans });
    }
  }
}

function seriesLabel(kind: string): string {
  return kind === 'political-consultations' ? 'political consultations' : kind === 'foreign-policy-planning-consultations' ? 'consultations on foreign policy planning' : kind.replaceAll('-', ' ');
}

function seriesTitle(meeting: DraftMeeting, a: string, b: string): string {
  const body = meeting.series?.body?.replace(/^the\s+/i, '');
  if (body) return `the ${body}`;
  return `${countryAdjective(a) ?? countryName(a)}–${countryAdjective(b) ?? countryName(b)} ${seriesLabel(meeting.kind)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The sentences that speak of a meeting: its own and those after it in which no other
 * event starts (a visit, figures), so the topics of a round come from its whole account.
 */
function meetingText(context: Context, meeting: DraftMeeting): string {
  const start = meeting.sentence;
  let end = start + 1;
  while (end < context.sentences.length && end - start < 8 && !/^During the visit\b|\bvisit\b|\b(?:met|received|phone|telephone)\b/i.test(context.sentences[end]!.text) && !context.money[end]!.length) end++;
  return context.sentences.slice(start, end).map((s) => s.text).join(' ');
}

function eventDate(date: DraftDate, derivedFromVisit?: string): EventDate {
  const result: EventDate = { start: date.start, qualifier: date.qualifier };
  if (date.end && date.end !== date.start) result.end = date.end;
  if (date.note) result.note = date.note;
  if (derivedFromVisit) result.derivedFrom = { kind: 'visit', id: derivedFromVisit };
  return result;
}

function location(draft: DraftLocation, placeId: string | undefined): Location {
  const result: Location = { qualifier: draft.qualifier };
  if (draft.country) result.country = draft.country;
  if (placeId) result.placeId = placeId;
  if (draft.note) result.note = draft.note;
  if (!draft.country && draft.qualifier !== 'unknown') result.qualifier = 'unknown';
  return result;
}

function dateSpans(date: DraftDate): Span[] {
  return date.span ? [date.span] : [];
}

function postRank(title: string): Post['rank'] | undefined {
  const rank = titleRank(title);
  switch (rank) {
    case 'head-of-state':
    case 'head-of-government':
    case 'minister':
    case 'deputy-minister':
    case 'ambassador':
    case 'director':
    case 'mayor':
    case 'speaker':
      return rank;
    case 'parliament':
      return 'member';
    default:
      return 'other';
  }
}

/** The body a post belongs to, read from its title: "Deputy Minister of Foreign Affairs" → the country's foreign ministry. */
function postOrganization(title: string, country: string | undefined): { name: string; kind: Organization['kind'] } {
  const of = country ? ` of ${countryName(country)}` : '';
  const rank = titleRank(title);
  const ministry = /\b(?:Minister|Ministry)\s+((?:of|for)\s+.+?)(?:\s+–.*)?$/.exec(title.replace(/^.*– /, ''));
  if (country === 'EU') return { name: 'European Union', kind: 'international-organization' };
  if (/^Ambassador to (.+)$/.test(title)) return { name: `Embassy${of} in ${/^Ambassador to (.+)$/.exec(title)![1]}`, kind: 'embassy' };
  if (/^(?:Deputy )?Mayor of (.+)$/.test(title)) return { name: `${/^(?:Deputy )?Mayor of (.+)$/.exec(title)![1]} City Municipality`, kind: 'city' };
  const ofThe = / of the (.+)$/.exec(title);
  if (ofThe && /Port|Seaport|Authority/.test(ofThe[1]!)) return { name: ofThe[1]!, kind: 'port' };
  if (rank === 'head-of-state') return { name: `Office of the President${of}`, kind: 'head-of-state' };
  if (rank === 'head-of-government' || /^Deputy Prime Minister$/.test(title)) return { name: `Government${of}`, kind: 'government' };
  if (ministry && !/Ministry/.test(title.replace(/^.*\bof the /, ''))) return { name: `Ministry ${ministry[1]}${of}`, kind: 'ministry' };
  if (ofThe) {
    const body = ofThe[1]!;
    const kind: Organization['kind'] = /Ministry/.test(body) ? 'ministry' : /Senate|Chamber|Parliament|Saeima|Seimas|Riigikogu|Mazhilis|Committee of the/.test(body) ? 'parliament' : 'agency';
    return { name: /\bof\b/.test(body) || !of ? body : `${body}${of}`, kind };
  }
  if (/^Speaker of (.+)$/.test(title)) return { name: `${/^Speaker of (.+)$/.exec(title)![1]}${/Parliament$/.test(title) ? of : ''}`, kind: 'parliament' };
  if (/ of (.+)$/.test(title)) return { name: `${/ of (.+)$/.exec(title)![1]}${of}`, kind: 'agency' };
  return { name: `Government${of}`, kind: 'government' };
}

export function locator(span: Span): string {
  return `c${span.start}-${span.end}`;
}

/** Merges overlapping spans, in order (neighbouring words stay apart, so each is highlighted as itself). */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function citations(sourceId: string, spans: Span[]): Citation[] {
  const merged = mergeSpans(spans).slice(0, 8);
  return merged.length ? merged.map((span) => ({ sourceId, locator: locator(span) })) : [{ sourceId }];
}

/** A record's citations with this report's added (once: the same locator twice is one citation). */
function withCitations(held: Citation[], added: Citation[]): Citation[] {
  const key = (c: Citation) => `${c.sourceId}|${c.locator ?? ''}`;
  const seen = new Set(held.map(key));
  return [...held, ...added.filter((c) => !seen.has(key(c)))];
}

const DAY = 86_400_000;

/**
 * The held meeting a drafted one is: the same pair and stage, the same kind (and number,
 * when both have one), and a date that agrees within the report's precision — a report
 * dated only by its own date matches a meeting up to two weeks before it. Two candidates
 * match neither: a meeting is never merged by guess.
 */
function heldMeeting(held: Meeting[], meeting: DraftMeeting, pair: string, published: string, personIds: string[]): Meeting | undefined {
  const candidates = held.filter((h) => {
    if (h.pair !== pair || h.stage !== meeting.stage || h.kind !== meeting.kind) return false;
    if (h.ordinal !== undefined && meeting.ordinal !== undefined && h.ordinal !== meeting.ordinal) return false;
    const numbered = h.ordinal !== undefined && h.ordinal === meeting.ordinal;
    // Talks are told apart by who met: one of the people must be the same.
    if (meeting.talks && !h.participants.some((p) => personIds.includes(p.personId))) return false;
    if (!h.date || !meeting.date) return numbered;
    // A held date vaguer than a month cannot say it is the same day, unless the number does.
    if (!numbered && h.date.start.length < 7 && meeting.date.start.length >= 7) return false;
    if (meeting.date.qualifier === 'reported') {
      const report = Date.parse(firstDayOf(published));
      const start = Date.parse(firstDayOf(h.date.start));
      return start <= report + DAY && start >= report - 14 * DAY;
    }
    return datesOverlap(h.date.start, h.date.end ?? h.date.start, meeting.date.start, meeting.date.end ?? meeting.date.start);
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Whether two date ranges, each end at its own precision, can be the same days. */
function datesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  const cut = (x: string, y: string) => Math.min(x.length, y.length);
  return aStart.slice(0, cut(aStart, bEnd)) <= bEnd.slice(0, cut(aStart, bEnd)) && bStart.slice(0, cut(bStart, aEnd)) <= aEnd.slice(0, cut(bStart, aEnd));
}

/** Two titles of one document: most of the shorter one's words are in the longer one. */
function titlesAgree(a: string, b: string): boolean {
  const words = (t: string) => new Set(foldText(t).split(' ').filter((w) => w.length > 3));
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.7;
}
