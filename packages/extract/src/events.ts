import type { MeetingKind, PartialDate } from '@bilat/domain';
import { otherSide, type Context } from './context.js';
import { afterReport, type DateMention } from './dates.js';
import { countryName, findParties, type CityMention, type PartyMention } from './gazetteer.js';
import { GROUP_TALKS, LIST_OPENING } from './listed-people.js';
import type { TextPerson } from './registry.js';
import type { Sentence, Span } from './segment.js';
import { acronymSessions, nextBodySessions, seriesAcronyms } from './acronyms.js';
import { mayMatch, prechecked } from './prechecks.js';
import { definiteHolder } from './references.js';
import { findSeries, type SeriesMention } from './series.js';
import { canonicalTitle, titleRank } from './titles.js';
import { REGION_WORDS, RU_FUTURE } from './words.js';

export interface DraftDate {
  start: PartialDate;
  end?: PartialDate;
  qualifier: 'stated' | 'reported' | 'inferred';
  note?: string;
  span?: Span;
  /** The visit the date was reasoned from. */
  fromVisit?: DraftVisit;
}

export interface DraftLocation {
  country?: string;
  place?: CityMention;
  qualifier: 'stated' | 'inferred' | 'unknown';
  note?: string;
  span?: Span;
}

export interface DraftParticipant {
  person: TextPerson;
  role: 'head' | 'participant';
}

export interface DraftVisit {
  visitor: TextPerson;
  from?: string;
  to?: string;
  kind: 'state' | 'official' | 'working' | 'private' | 'other';
  date: DraftDate;
  location: DraftLocation;
  planned: boolean;
  /** Read from "during the visit" and the people met, not from "a visit to …". */
  implied: boolean;
  spans: Span[];
  sentence: number;
}

export interface DraftMeeting {
  kind: MeetingKind;
  stage: 'held' | 'planned';
  series?: SeriesMention;
  ordinal?: number;
  parties?: [string, string];
  date: DraftDate | null;
  location: DraftLocation;
  participants: DraftParticipant[];
  visit?: DraftVisit;
  spans: Span[];
  sentence: number;
  /** Talks between two people rather than a session of a series. */
  talks: boolean;
  phone: boolean;
}

export interface Events {
  visits: DraftVisit[];
  meetings: DraftMeeting[];
}

const FUTURE = /\b(?:will|shall|scheduled|(?:is|are)\s+set\s+to|is to be|are to be|to be held|to take place|expected|upcoming|forthcoming|next|preparations?\s+(?:for|of)|agreed\s+to\s+(?:hold|convene)|plans?\s+to|intends?\s+to)\b/i;
const PAST = /\b(?:was held|were held|took place|has been held|previous|last)\b/i;
// "during a meeting in expanded format with", "In his meeting with", "is going to Poland to meet with": talks named by a
// noun (or an infinitive) before the person met.
const TALKS = /\b(?:met(?:\s+with)?|meets(?:\s+with)?|meet(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts?|peers?)\b)|(?<=\bto\s)meet(?=\s+(?:the\s+)?[\w'’-]+['’]s\s+(?:president|prime\s+minister|king|emir|foreign\s+minister|minister)\b)|meet\s+with|meetings?\s+(?:in\s+(?:an?\s+)?[\w-]+\s+format\s+)?with|(?:held|had|holds|has|holding|hold)\s+(?:\w+\s+){0,4}?(?:meeting|meetings|talks|summit|negotiations|discussions|audience|conversation|phone call|telephone call|video call|videoconference|video conference|call)|paid\s+(?:a\s+)?(?:courtesy\s+|farewell\s+)?(?:call|visit)\s+on|called\s+on|conferred\s+with|bade\s+farewell\s+to|bid\s+farewell\s+to|granted\s+(?:an\s+)?audience\s+to|welcomed(?=\s+(?:the\s+)?(?:visiting\s+)?(?:[\w-]+\s+){0,2}(?:minister|president|prime|ambassador|secretary|king|emir|envoy|counterpart)s?\b)|hosted\s+(?:an?\s+)?(?:working\s+|official\s+|state\s+)?(?:lunch|luncheon|dinner|breakfast|meeting)\s+(?:with|for)|hosted\s+(?:an?\s+)?(?:official\s+)?reception\s+(?:[^.,;]{0,40}?\s)?for|(?:was|were)\s+(?:[a-z]+ly\s+)?(?:welcomed|received|hosted|greeted)\s+by|(?:spoke|talked)\s+(?:by|on the|over the)\s+(?:phone|telephone)|(?:spoke|talked)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?with|(?:phone|telephone|telephonic|video)\s+(?:call|conversation|talks?)\s+with|(?:courtesy|introductory|farewell)\s+(?:call|visit|meeting)\s+(?:from|by|with)|received|receiv(?:es|ing)(?![^.]{0,40}\b(?:letters?|messages?|invitations?|awards?|prizes?|medals?|honou?rs?|support|aid|assistance|funding|loans?|reports?|copy|copies|news|calls?|phone|delivery|deliveries|shipments?|vaccines?|doses)\b)|talks\s+with|(?<!\b(?:be|been|was|were|being|is|are)\s)discussed\s+with|(?<!\b(?:be|been|was|were|being|is|are)\s)(?:discussed|discusses)\s+[^.;]{1,120}?\s+with(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:counterparts?|peers?)\b)|discussions?\s+held\s+with|held\s+was\s+with|(?:joint\s+)?press\s+conference\s+with|signed|co-chaired(?!\s+by\b)|(?:were|was)\s+discussed\s+by)\b/i;
/** "during the Tuesday meeting", "during talks in Cairo", "during their meeting": talks named by a noun after "during". */
const DURING_TALKS = /\b[Dd]uring\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b/;
/** Between two people who met together: "A and B", "A and his Saudi counterpart B", "A, and her counterpart, B". */
const JOINED_PAIR = /^\s*,?\s+and\s+(?:(?:his|her|their)\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:counterpart,?\s+)?$/u;
const PASSIVE_TALKS = /\b[Tt]alks\b[^.]*?\b(?:were|was) held\b/;
// "a telephone conversation was held between <Title> A and <Title> B" (agency English, often translated): the
// talk is the subject, the two people come after "between", with the place or day between the verb and them at
// times ("negotiations were held in <City> between …").
const PASSIVE_BETWEEN = /\b(?:conversation|meeting|talks|negotiations|call)\s+(?:(?:(?:was|were)\s+held|took\s+place)(?:\s+(?:in|at|on)\s+[^.,;]{1,40}?)?\s+)?between\b/i;
const GROUP = /\b[Tt]he\s+(?:two\s+)?(?:ministers|presidents|speakers|leaders|heads of (?:government|state)|prime ministers|diplomats|interlocutors|co-chairs)\s+(?:also\s+)?(?:discussed|held talks|met|exchanged|signed|agreed|reviewed|noted)\b/;
const HEAD_VERBS = /\b(?:led|headed|chaired|co-chaired|represented|opened|attended by|participation of|participated|took part)\b/;
/** Words that report a meeting taking place (or to take place), not only speaking of one. */
const HELD_VERBS = /\b(?:held|hold|holds|holding|took place|take place|takes place|conducted|convened|started|began|opened|organized|organised|was launched|kicked off|to be held|will be held|scheduled)\b/i;
const PRONOUN = /\b(?:[Hh]e|[Ss]he|the \p{L}+ (?:leader|minister|president|guest))\b/u;
const PHONE = /\b(?:phone|telephone|telephonic|video call|videoconference|video conference|video teleconference|by video)\b/i;
/** "Top diplomats from South Korea and China met": two parties meeting, their people named later or not at all. */
/** "bilateral meetings between <A> and <B>", "talks between …": a meeting of the pair named after "between". */
const BETWEEN_MET = /\b(?:bilateral\s+)?(?:meetings?|talks)\s+between\b/i;
const PARTIES_MET = /\b(?:met|held\s+(?:[\w-]+\s+){0,2}?(?:talks|a meeting|a phone call|a telephone conversation)|(?<=\b(?:will|to|shall)\s+)hold\b[^.;,]{0,100}?\b(?:summit|meeting|talks|consultations)\b|spoke\s+by\s+(?:phone|telephone)|(?<!\b(?:was|were|been|be)\s)discussed)\b/i;
// "paid an official visit to …"; "led an official delegation to Bogor for discussions with …" (a trip too, of no stated kind).
const VISIT = /\b(?:(state|official|working|private)\s+)?(?:visit|trip)(?:\s+of\b[^.]*?)?\s+to\s+(?:the\s+)?|\b(?:led|headed)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}?delegation\s+to\s+(?:the\s+)?/giu;

function isHeadline(context: Context, sentence: Sentence): boolean {
  return sentence.paragraph === 1 && !/[.!?"”]$/.test(sentence.text) && context.sentences.length > 1;
}

function dateFrom(mention: DateMention, qualifier: DraftDate['qualifier'] = 'stated'): DraftDate {
  return {
    start: mention.kind === 'part' ? mention.from.slice(0, 4) : mention.from,
    end: mention.kind === 'part' ? undefined : mention.to,
    qualifier,
    span: { start: mention.start, end: mention.end },
  };
}

/**
 * "agreed to hold meetings of the 9th JTC and 21st JEC in August and September 2020, respectively" (en-301): two sessions
 * and, after both, two dates or a span of two (read as "August to September"), "respectively" giving each its own.
 */
function respectiveDates(context: Context, index: number, series: SeriesMention[]): DraftDate[] | undefined {
  const sentence = context.sentences[index]!;
  if (series.length !== 2 || !/\brespectively\b/.test(context.text.slice(series[1]!.end, sentence.end))) return undefined;
  const after = context.dates[index]!.filter((d) => d.start >= series[1]!.end && !d.deadline && !d.document && !context.claimed.has(d));
  const [first, second] = after;
  if (after.length === 1 && first!.kind === 'span' && first!.to && first!.from.length === first!.to.length && first!.from.length >= 7) {
    context.claimed.add(first!);
    const span = { start: first!.start, end: first!.end };
    return [{ start: first!.from, qualifier: 'stated', span }, { start: first!.to, qualifier: 'stated', span }];
  }
  if (after.length === 2 && first!.kind !== 'span' && second!.kind !== 'span') {
    context.claimed.add(first!);
    context.claimed.add(second!);
    return [dateFrom(first!), dateFrom(second!)];
  }
  return undefined;
}

function reportedDate(context: Context): DraftDate {
  return { start: context.published, qualifier: 'reported', note: 'Only the report\'s own date is known; the event took place on or shortly before it.' };
}

function peopleIn(context: Context, index: number, from = -Infinity, to = Infinity): { person: TextPerson; span: Span }[] {
  return context.personMentions[index]!.filter((m) => m.span.start >= from && m.span.start < to);
}

/** The first date of a stretch of a sentence that no other fact has taken (deadlines are not event dates). */
/**
 * A date after "since" in its clause is the time of another event the meeting is measured from: "their first meeting
 * since he took office last month" (en-345) is of the report's days, not of last month.
 */
function sinceClause(context: Context, index: number, date: DateMention): boolean {
  const before = context.text.slice(context.sentences[index]!.start, date.start);
  return /\bsince\b[^,;:()]*$/i.test(before) && !/\bsince\s+$/i.test(before);
}

/**
 * A run of months from January ("за 10 месяцев прошлого года", "January–September 2024"), or the date a figure is compared
 * with ("по сравнению с аналогичным периодом 2007 г.", "compared to the same period of 2018"): a figure's period, not an
 * event's date.
 */
function figurePeriod(context: Context, d: DateMention): boolean {
  if (d.kind === 'span' && d.from.length === 7 && d.from.endsWith('-01') && d.to?.length === 7) return true;
  const before = context.text.slice(Math.max(0, d.start - 45), d.start);
  return /\b(?:compared\s+(?:to|with)|same\s+period)\s+(?:of\s+|in\s+)?(?:the\s+)?$/i.test(before)
    || /(?:по\s+сравнению\s+с|аналогичн\p{L}*\s+период\p{L}*)\s+(?:в\s+)?$/iu.test(before);
}

function takeDate(context: Context, index: number, from: number, to: number, skip?: (d: DateMention) => boolean): DateMention | undefined {
  const mention = context.dates[index]!.find(
    (d) => d.start >= from && d.end <= to && !d.deadline && !d.document && !context.claimed.has(d) && !(d.kind === 'span' && d.from.length === 4)
      && !figurePeriod(context, d)
      && !sinceClause(context, index, d)
      && !skip?.(d),
  );
  if (mention) context.claimed.add(mention);
  return mention;
}

/**
 * A date in brackets straight after another event's name, further on than a session told at `from`: "… the 21st session
 * of the Council, held in <City>, under a plan an Extraordinary Summit adopted (<Month> <D>, <YYYY> in <City>)"
 * dates the summit, not the session (unless the session sat on its sidelines, during it).
 */
function otherEventsDate(context: Context, from: number): (d: DateMention) => boolean {
  return (d) => {
    const open = context.text.lastIndexOf('(', d.start);
    if (open < from + 15 || context.text.lastIndexOf(')', d.start) > open) return false;
    const before = context.text.slice(from, open);
    return /\b(?:Summit|Conference|Forum|Congress|Assembly)\s*$/.test(before) && !/\b(?:sidelines|margins|during|on the occasion)\b/i.test(before);
  };
}

function placeIn(context: Context, index: number, from: number, to: number): DraftLocation | undefined {
  const titles = context.personMentions[index]!.flatMap((m) => m.person.titles.map((t) => t.span));
  // "in Riga", "at Riga Castle"; not "a visit to Tallinn", which is where the visit went, not a venue.
  const city = context.cities[index]!.find((c) => c.start >= from && c.end <= to && !titles.some((t) => c.start >= t.start && c.end <= t.end)
    && /\b(?:in|at|to)\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, c.start - 12), c.start))
    && !/\b(?:visit|trip)\s+to\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, c.start - 20), c.start)));
  const hosted = context.cities[index]!.find((c) => c.start >= from && c.end <= to && /^\s+hosted\b/.test(context.text.slice(c.end, c.end + 10)));
  const found = city ?? hosted;
  return found ? { country: found.country, place: found, qualifier: 'stated', span: { start: found.start, end: found.end } } : undefined;
}

function stageOf(context: Context, sentence: Sentence, start: number, end: number, date?: DraftDate | null): 'held' | 'planned' {
  const before = context.text.slice(Math.max(sentence.start, start - 45), start);
  const after = context.text.slice(start, end);
  if (date?.qualifier === 'stated' && afterReport(date.start, context.published)) return 'planned';
  // "will hold their first round … in line with an agreement made last month": the verb before the meeting decides.
  if (FUTURE.test(before) && !PAST.test(before)) return 'planned';
  if (PAST.test(before + after) && !/\bnext\b/i.test(before + after)) return 'held';
  return FUTURE.test(before) || FUTURE.test(after) ? 'planned' : 'held';
}

/** Finds the visits of a text: "paid an official visit to Latvia on 11–13 April", "during the visit to Tallinn". */
function findVisits(context: Context): DraftVisit[] {
  const visits: DraftVisit[] = [];
  context.sentences.forEach((sentence, index) => {
    if (isHeadline(context, sentence)) return;
    for (const match of sentence.text.matchAll(VISIT)) {
      const at = sentence.start + match.index;
      const destination = context.text.slice(at + match[0].length, sentence.end);
      const party = findParties(destination, at + match[0].length)[0];
      const city = context.cities[index]!.find((c) => c.start === at + match[0].length);
      const to = party && party.start === at + match[0].length ? party.code : city?.country;
      if (!to) continue;
      const people = peopleIn(context, index);
      // The visitor: "the visit of Minister … Karabayev", else the person nearest before the word.
      const of = /(?:visit|trip)\s+of\b/i.test(match[0]) ? people.find((p) => p.span.start > at && p.span.start < at + match[0].length) : undefined;
      const before = people.filter((p) => p.span.start < at);
      const after = people.filter((p) => p.span.start > at);
      // (A visit "of the President" names its visitor by post alone: not the person named before — "Ms <Name> praised …
      // the state visit of the President to <Country>" was no visit of hers; visitOfPost reads it.)
      const byPost = /(?:visit|trip)\s+of\s+(?:the|their|our)\s+\p{Lu}/u.test(match[0]) && !of;
      // ("He recalled that during his visit to Kyiv on <date> …, the Minister … of <Country>, <Name>, brought …": a clause
      // opening with "during his visit" names its visitor after it, someone not of the country visited.)
      const during = /^During\b/i.test(sentence.text)
        || (/\b(?:that|when)\s+during\s+(?:his|her)\s+$/i.test(sentence.text.slice(0, match.index)) && !!after[0]?.person.country && after[0].person.country !== to);
      const visitor = of?.person ?? (byPost ? undefined : before.at(-1)?.person) ?? (during ? after[0]?.person : undefined);
      if (!visitor) continue;
      const dates = context.dates[index]!.filter((d) => !d.deadline && !d.document && !context.claimed.has(d));
      const near = dates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
      if (near) context.claimed.add(near);
      const date = near ? dateFrom(near) : reportedDate(context);
      const planned = FUTURE.test(sentence.text.slice(0, match.index + match[0].length)) || afterReport(date.start, context.published);
      visits.push({
        visitor, from: visitor.country, to, kind: (match[1]?.toLowerCase() as DraftVisit['kind']) ?? 'other', date,
        location: { country: to, place: city, qualifier: 'stated', span: { start: at + match[0].length, end: (party ?? city)!.end } },
        planned, implied: false, spans: [{ start: at, end: (party ?? city)!.end }], sentence: index,
      });
    }
    // "During the visit, X also held meetings with …": a visit the text takes for granted.
    if (/^During the visit\b(?!\s+to\b)/i.test(sentence.text) && visits.length === 0) {
      const people = peopleIn(context, index);
      const visitor = people[0]?.person;
      const hosts = people.slice(1).map((p) => p.person.country).filter(Boolean);
      const cities = context.cities[index]!.map((c) => c.country);
      const to = hosts[0] ?? cities[0];
      if (visitor && to && to !== visitor.country) {
        visits.push({
          visitor, from: visitor.country, to, kind: 'other', date: reportedDate(context),
          location: { country: to, qualifier: 'inferred', note: 'The report does not name the country visited; the people met there place the visit in it.' },
          planned: false, implied: true, spans: [{ start: sentence.start, end: sentence.start + 'During the visit'.length }], sentence: index,
        });
      }
    }
  });
  readRussianVisits(context, visits);
  return visits;
}

// A visit named ("с рабочим визитом") or only told by its verb ("посетит Россию в апреле").
const RU_VISIT = /(?<![\p{L}])(?:(?:(государственн|официальн|рабоч|частн)\p{L}*\s+)?визит\p{L}*|посет(?:ит|ят|ил|ила|или)(?![\p{L}]))/iu;
const RU_VISIT_VERB = /(?<![\p{L}])(?:посетил\p{L}*|посетит|посетят|прибыл\p{L}*\s+в|прибуд\p{L}*\s+в|находится\s+в|отбыл\p{L}*\s+в|в)\s+$/iu;

/** Russian visits: "с рабочим визитом посетил Республику Беларусь", "посетит Узбекистан с государственным визитом". */
function readRussianVisits(context: Context, visits: DraftVisit[]): void {
  context.sentences.forEach((sentence, index) => {
    if (!CYRILLIC.test(sentence.text) || isHeadline(context, sentence)) return;
    const word = RU_VISIT.exec(sentence.text);
    if (!word) return;
    // A verb alone needs its subject before it: "Президент … Мирзиёев посетит Россию, сообщил Козак" is Mirziyoyev's trip.
    const verbOnly = /^посет/iu.test(word[0]);
    const visitor = peopleIn(context, index, -Infinity, verbOnly ? sentence.start + word.index : Infinity)[0]?.person;
    if (!visitor) return;
    // The destination: a party named right after a verb of going, or after "в".
    const party = context.parties[index]!.find((p) => !p.adjective && p.code !== visitor.country && RU_VISIT_VERB.test(context.text.slice(Math.max(sentence.start, p.start - 30), p.start)));
    const city = party ? undefined : context.cities[index]!.find((c) => c.country !== visitor.country && RU_VISIT_VERB.test(context.text.slice(Math.max(sentence.start, c.start - 30), c.start)));
    const to = party?.code ?? city?.country;
    if (!to) return;
    const dates = context.dates[index]!.filter((d) => !d.deadline && !d.document && !context.claimed.has(d));
    const near = dates[0];
    const known = visits.find((v) => v.visitor === visitor && v.to === to);
    if (known) {
      // (The same trip told again with its days — "<Country> с официальным визитом посетит <Name>", then "28–29 июня
      // состоится официальный визит <Name> в <Country>" — takes them, if it had only the report's.)
      if (near && known.date.qualifier === 'reported' && near.kind !== 'year') {
        context.claimed.add(near);
        known.date = dateFrom(near);
        known.spans.push({ start: near.start, end: near.end });
      }
      return;
    }
    if (near) context.claimed.add(near);
    const date = near ? dateFrom(near) : reportedDate(context);
    const at = sentence.start + word.index;
    const kind = ({ государственн: 'state', официальн: 'official', рабоч: 'working', частн: 'private' } as Record<string, DraftVisit['kind']>)[word[1]?.toLowerCase() ?? ''] ?? 'other';
    // "посетил Кубу и Мексику": each country joined to the first by "и" or a comma is visited too, at the same time.
    const targets: (PartyMention | CityMention)[] = [(party ?? city)!];
    if (party) {
      for (const next of context.parties[index]!.filter((p) => p.start > party.start && !p.adjective)) {
        if (!/^\s*(?:,|и)\s*$/u.test(context.text.slice(targets.at(-1)!.end, next.start)) || next.code === visitor.country) break;
        targets.push(next);
      }
    }
    for (const target of targets) {
      const code = 'code' in target ? target.code : target.country;
      if (visits.some((v) => v.visitor === visitor && v.to === code)) continue;
      visits.push({
        visitor, from: visitor.country, to: code, kind, date,
        location: { country: code, ...(city ? { place: city } : {}), qualifier: 'stated', span: { start: target.start, end: target.end } },
        planned: RU_FUTURE.test(sentence.text.toLowerCase()) || afterReport(date.start, context.published), implied: false,
        spans: [{ start: at, end: at + word[0].length }, { start: target.start, end: target.end }], sentence: index,
      });
    }
  });
}

interface Actor {
  person: TextPerson;
  sentence: number;
}

/** Reads the meetings of a text, then fills in what each one leaves unsaid from the others and from the visits. */
export function findEvents(context: Context): Events {
  const visits = findVisits(context);
  const meetings: DraftMeeting[] = [];
  const acronyms = seriesAcronyms(context.text);
  let lastSeries: DraftMeeting | undefined;
  let actor: Actor | undefined;
  context.sentences.forEach((sentence, index) => {
    if (isHeadline(context, sentence)) return;
    if (CYRILLIC.test(sentence.text)) {
      readRussian(context, sentence, index, meetings, visits);
      return;
    }
    const series = findSeries(sentence.text, sentence.start);
    // (And sessions of a commission named by the acronym the text defined for it.)
    for (const mention of [...acronymSessions(sentence.text, sentence.start, acronyms), ...nextBodySessions(sentence.text, sentence.start)]) {
      if (!series.some((m) => m.start < mention.end && m.end > mention.start)) series.push(mention);
    }
    series.sort((a, b) => a.start - b.start);
    const respective = respectiveDates(context, index, series);
    const created: DraftMeeting[] = [];
    series.forEach((mention, i) => {
      if (mention.generic) {
        // "political consultations", "the consultations": the round met before, unless it starts one.
        const parties = mention.parties ?? pairBetween(context, sentence) ?? pairInSentence(context, index);
        const stage = stageOf(context, sentence, mention.start, series[i + 1]?.start ?? sentence.end, null);
        // (Of numbered rounds, the latest: "the 7th round …, with the 6th round held in December 2020. The consultations
        // were co-chaired by …" speaks of the 7th, not of the one recalled in passing.)
        const candidates = [...meetings].reverse().filter((m) => !m.talks && m.kind === mention.kind && m.stage === stage && samePair(m.parties, parties));
        const earlier = candidates.reduce<DraftMeeting | undefined>((best, m) => (best && (m.ordinal ?? 0) <= (best.ordinal ?? 0) ? best : m), undefined);
        if (earlier) {
          earlier.spans.push({ start: mention.start, end: mention.end });
          if (!earlier.date) {
            const dateMention = takeDate(context, index, mention.end, series[i + 1]?.start ?? sentence.end) ?? (i === 0 ? takeDate(context, index, sentence.start, mention.start) : undefined);
            if (dateMention) earlier.date = dateFrom(dateMention);
          }
          lastSeries = earlier;
          return;
        }
        // "During the bilateral political consultations the representatives of the Kazakh and
        // Lithuanian ministries confirmed …": consultations the sentence reports from inside, between
        // the two parties it names, were held.
        const during = /\b(?:during|in the course of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(sentence.text.slice(0, mention.start - sentence.start));
        const named = mention.parties ?? pairBetween(context, sentence) ?? pairInSentence(context, index);
        // ("between" tells whose consultations they are only close after them: "close consultations … following an
        // exchange of fire on <date> between <A> and <B> troops" names the troops, en-379.)
        const between = /^[^.;]{0,60}?\bbetween\b/.test(context.text.slice(mention.end, sentence.end));
        if (!HELD_VERBS.test(sentence.text) && !between && !(during && named)) return;
        // (Nor one meeting "with his counterparts from <A>, <B> and <C>": three countries or more met together, en-341.)
        if (!mention.parties && new Set(context.parties[index]!.map((p) => p.code)).size >= 3) return;
        // ("held 14 bilateral consultative meetings on the sidelines of …", en-341: a count of a digest's meetings, each
        // with another country, is no round of one pair's consultations.)
        // (A count, not the end of a date printed before the sentence: "2024-04-09 Foreign Office Consultations …".)
        if (/(?<![\d./:-])\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|numerous|many)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(context.text.slice(Math.max(sentence.start, mention.start - 40), mention.start))) return;
        if (!parties && !context.pair) return;
      }
      const resolved = resolveSeries(mention, meetings, sentence);
      if (!resolved || regionalBody(resolved)) return;
      const clauseEnd = series[i + 1]?.start ?? sentence.end;
      const clauseStart = i === 0 ? sentence.start : mention.start;
      const own = respective?.[i];
      const dateMention = own ? undefined : takeDate(context, index, mention.end, clauseEnd, otherEventsDate(context, mention.end)) ?? (i === 0 ? takeDate(context, index, clauseStart, mention.start) : undefined);
      const date = own ?? (dateMention ? dateFrom(dateMention) : null);
      const location = placeIn(context, index, mention.end, clauseEnd) ?? (i === 0 ? placeIn(context, index, clauseStart, mention.start) : undefined);
      const stage = stageOf(context, sentence, mention.start, clauseEnd, date);
      const meeting: DraftMeeting = {
        kind: resolved.kind, stage, series: resolved, ordinal: resolved.ordinal, parties: resolved.parties ?? pairBetween(context, sentence) ?? pairInSentence(context, index) ?? context.pair,
        date, location: location ?? { qualifier: 'unknown' }, participants: [], spans: [{ start: mention.start, end: mention.end }],
        sentence: index, talks: false, phone: false,
      };
      if (date?.span) meeting.spans.push(date.span);
      if (location?.span) meeting.spans.push(location.span);
      const duplicate = meetings.find((m) => !m.talks && m.kind === meeting.kind && m.ordinal !== undefined && m.ordinal === meeting.ordinal && samePair(m.parties, meeting.parties));
      if (duplicate) {
        duplicate.spans.push(...meeting.spans);
        lastSeries = duplicate;
        return;
      }
      meetings.push(meeting);
      created.push(meeting);
      lastSeries = meeting;
    });
    // Heads of delegations: "The Kazakh delegation was led by …", "co-chaired by A and B".
    const people = peopleIn(context, index).filter((p) => p.person.titles.length > 0 || p.person.mentions.length > 1);
    // "<Title> A and <Title> B of <Country> held the 12th … consultation": the people the verb follows led the round.
    const opened = created[0];
    if (opened) {
      const subjects = people.filter((p) => p.span.start < opened.spans[0]!.start);
      const last = subjects.at(-1);
      if (last && /^[^.;]{0,40}?\b(?:held|co-chaired|chaired|conducted|opened)\s+(?:the|a|an|their)\b/.test(context.text.slice(last.span.end, opened.spans[0]!.start))) {
        for (const { person } of subjects) if (!opened.participants.some((p) => p.person === person)) opened.participants.push({ person, role: 'head' });
      }
    }
    // "the 36th <Series> held on <date> in <City> between <Name>, <Title> and <Name>, <Title>": the two named straight after
    // "between" (their posts at most before them) led the round the sentence opened.
    if (opened && !HEAD_VERBS.test(sentence.text)) {
      const after = context.text.slice(opened.spans[0]!.end, sentence.end);
      const between = /\bbetween\s+/.exec(after);
      const at = between ? opened.spans[0]!.end + between.index + between[0].length : Infinity;
      const led = people.filter((p) => p.span.start >= at);
      const [first, second] = led;
      if (first && second && led.length === 2 && first.person !== second.person && /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,6}$/u.test(context.text.slice(at, first.span.start))
        && /^\s*(?:,[^,;.]{1,90}?,?)?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,6}$/u.test(context.text.slice(first.span.end, second.span.start))) {
        for (const { person } of led) if (!opened.participants.some((p) => p.person === person)) opened.participants.push({ person, role: 'head' });
      }
    }
    if (HEAD_VERBS.test(sentence.text) && people.length > 0) {
      // (A sentence telling a trip — "led a delegation to Georgia for talks" — names no head of an earlier round.)
      const travels = visits.some((v) => v.sentence === index && !v.implied);
      const target = created.at(-1) ?? (lastSeries && index - lastSeries.sentence <= 3 && !travels ? lastSeries : undefined);
      if (target) {
        for (const { person } of people) if (!target.participants.some((p) => p.person === person)) target.participants.push({ person, role: 'head' });
        if (people[0]) actor = { person: people[0].person, sentence: index };
        return;
      }
    }
    recalledMeeting(context, sentence, index, meetings, visits);
    visitOfPost(context, sentence, index, meetings);
    jointTalks(context, sentence, index, meetings);
    listedTalks(context, sentence, index, meetings, actor);
    const talker = readTalks(context, sentence, index, meetings, visits, actor);
    partiesMet(context, sentence, index, meetings);
    twoOfThem(context, sentence, index, meetings);
    // The one who held the talks goes on holding them ("In his meeting with A, Wang …; Meeting with B, Wang …"),
    // not the first person the sentence names, who may be the one met.
    const subject = peopleIn(context, index)[0];
    if (talker) actor = { person: talker, sentence: index };
    else {
      // (Only someone named before the verb: "During his talks with <Title> A" names the one met, not the one meeting.)
      const verb = TALKS.exec(sentence.text.slice(0, 200));
      if (subject && verb && subject.span.start < sentence.start + verb.index) actor = { person: subject.person, sentence: index };
    }
  });
  neighbourDates(context, meetings);
  completeMeetings(context, meetings, visits);
  listedCounterparts(context, meetings);
  digestDay(context, meetings);
  envoysHosts(meetings);
  return { visits, meetings };
}

/**
 * "In his meeting with Chinese Ambassador <Name>, <Name> conveyed …" in a digest of the envoys one official met at
 * home (en-340): an ambassador or a high commissioner named without a host, who met someone of another country,
 * serves in that country. (In a report on one pair the other side says so too: src/build.ts.)
 */
function envoysHosts(meetings: DraftMeeting[]): void {
  for (const meeting of meetings) {
    if (meeting.stage !== 'held' || !meeting.parties || meeting.phone) continue;
    for (const { person } of meeting.participants) {
      const host = person.country && meeting.parties.includes(person.country) ? meeting.parties.find((c) => c !== person.country) : undefined;
      if (!host) continue;
      // (A bare "envoy" so met is the press's word for the ambassador: "Shringla's meeting with Nepalese envoy <Name>".)
      person.titles = person.titles.map((t) => (/^(?:Ambassador|High Commissioner|Envoy)$/.test(t.title) ? { ...t, title: canonicalTitle(`${t.title === 'Envoy' ? 'Ambassador' : t.title} to ${countryName(host)}`) } : t));
    }
  }
}

/**
 * A meeting of the pair named in passing, with its own date: "as agreed during their meeting in Bali in November 2022",
 * "some 270 days after their meeting at the Cosmodrome in September", "since their last meeting … last September";
 * "followed by a meeting between the foreign ministers in August" (one still to come); "glad to see him again after the
 * meeting in <Country> last November", "came as a follow-up to the <Series> Meeting with <Country> held in <Month>, <YYYY>"; "the last session which was held in <City> on <date>", "the
 * preparatory meeting that took place on <date>", "the inaugural session of <ACRONYM> was held in <City> on <date>"; "the progress of the <Series> Dialogue since its inauguration in <Month> <YYYY>" (its first session).
 */
// (Every form names the meeting: most sentences name none and are passed over.)
const RECALLED = prechecked(/\brecalled\s+that\s+(?:at|during|in)\s+(?:a|the|their)\s+(?:bilateral\s+)?(?:meeting|talks)\b|\b(?:after|following)\s+(?:the\s+)?(?:negotiations|talks)\s+with\b|\b(?:his|her)\s+(?:(?:tele)?phone\s+)?(?:talks|conversation)(?=\s+in\s+\p{Lu}\p{Ll}+\s+\d{4}\b)|\b(?:their|the(?=\s+(?:last|previous|earlier|first)\b))\s+(?:(?:last|previous|earlier|first)\s+)?(?:bilateral\s+)?(?:meeting|summit|talks)\b|\ba\s+meeting\s+between\s+(?:the\s+)?(?:two\s+)?(?:[\p{Ll}-]+\s+)?(?:ministers|secretaries|presidents|leaders|prime\s+ministers|heads\s+of\s+(?:state|government))\b|(?<=\b(?:after|following|follow[- ]up\s+(?:to|of|on))\s+)the\s+(?:[\p{L}’'-]+\s+){0,5}?(?:meeting|summit|talks|gathering)\b(?=\s+(?:with\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+)?(?:held\s+)?in\s)|\bthe\s+(?:[\p{L}’'-]+\s+){0,4}?(?:meeting|session|talks|summit|consultations)\s+(?:that|which)\s+(?:took\s+place|was\s+held|were\s+held)\b|\bthe\s+(?:inaugural|previous|last)\s+(?:[\p{L}-]+\s+){0,3}?(?:session|meeting|round|summit|cabinet)\b(?=(?:,\s+which)?[^.;]{0,60}?\b(?:(?:was|were)\s+held|took\s+place)\b)|(?<=\b(?:[Dd]ialogue|[Cc]ommission|[Cc]ommittee|[Cc]onsultations|[Ff]orum|[Cc]ouncil)\s+since\s+)its\s+(?:inauguration|launch|first\s+(?:session|meeting|round))\b/iu, /meeting|talks|negotiations|conversation|summit|session|consultations|gathering|cabinet|inauguration|launch/iu);

function recalledMeeting(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[], visits: DraftVisit[]): void {
  const match = mayMatch(sentence.text, RECALLED) ? RECALLED.exec(sentence.text) : null;
  if (!match) return;
  const at = sentence.start + match.index;
  const after = at + match[0].length;
  // "their first meeting since he took office in April" is the meeting reported, counted from another event: nothing recalled.
  if (/^\s+since\b/i.test(context.text.slice(after, after + 8))) return;
  // Its date follows within the clause ("… in Bali in November 2022"), at the precision of a month or finer; or, for
  // "after negotiations with <Name>", comes just before it ("It should be recalled that on <date>, after negotiations
  // with …", en-344).
  const usable = (d: DateMention) => !d.deadline && !d.document && !context.claimed.has(d) && d.from.length >= 7;
  // (That form only so: "after talks with <Name> on Tuesday" is more often the meeting the report tells.)
  const mention = /^(?:after|following)\b/i.test(match[0])
    ? context.dates[index]!.find((d) => d.end <= at && /^,?\s*$/.test(context.text.slice(d.end, at)) && d.kind === 'day' && !d.relative && usable(d))
    : context.dates[index]!.find((d) => d.start >= after && d.start - after <= 70 && !/[;,]/.test(context.text.slice(after, d.start).replace(/,\s*\d{4}/, '').replace(/^,\s+(?:which|that)\b/, '')) && usable(d));
  if (!mention) {
    followingTheirMeeting(context, sentence, index, meetings, match);
    return;
  }
  // The pair: two people of two countries in the sentence, else the two parties it names, else the report's.
  const people = peopleIn(context, index).filter((m, i, all) => m.person.country && all.findIndex((o) => o.person === m.person) === i);
  const sides = [...new Set(people.map((m) => m.person.country!))];
  // (A country the meeting was held in is no side: "after the meeting in <Country> last November" of two others.)
  const venue = (p: PartyMention) => /^the\b/i.test(match[0]) && p.start > at && /\b(?:in|at)\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, p.start - 8), p.start));
  const named = [...new Set(context.parties[index]!.filter((p) => !venue(p)).map((p) => p.code))];
  // (A party named on the way is no side: "the official Korean Central News Agency said … since their last meeting".)
  // (The report's pair only when people of both its sides are named, or a visit joins them: a venue counted among the
  // mentions is no side.)
  const peopled = context.pair?.every((code) => context.people.people.some((p) => p.country === code))
    || visits.some((v) => v.from && v.to && samePair([v.from, v.to], context.pair));
  // ("his phone talks … with <Adj> President <Name>" told by the other side: the one person named and the other country there.)
  const his = /^(?:his|her)\b/i.test(match[0]);
  const told: [string, string] | undefined = his && sides.length === 1 && named.length === 2 && named.includes(sides[0]!) ? [named[0]!, named[1]!] : undefined;
  // ("… recalled that at a bilateral meeting in <City> on <date>, the foreign ministers of both countries agreed to uphold
  // the <document> between <A> and <B>": the two countries the sentence names, when it says they are both.)
  const both = named.length === 2 && /\b(?:both|the two)\s+countries\b/.test(sentence.text) ? [named[0]!, named[1]!] as [string, string] : undefined;
  // ("The inaugural session of <ACRONYM> was held in <City> on <date>": a round of the series the report drafted a session
  // of, on its pair, when the sentence names no other.)
  const series = /^(?:the\s+(?:inaugural|previous|last)|its)\s/i.test(match[0]) && named.length === 0 && sides.length === 0
    ? [...meetings].reverse().find((m) => !m.talks && m.series && m.parties) : undefined;
  const parties: [string, string] | undefined = sides.length === 2 ? [sides[0]!, sides[1]!] : told ?? (peopled && named.every((c) => context.pair?.includes(c)) ? context.pair : both ?? series?.parties);
  if (!parties || parties[0] === parties[1]) return;
  const date = dateFrom(mention);
  // "their meeting … in September" in a June report is last September: a meeting recalled as theirs has taken place.
  const past = /^(?:their|the|recalled|its)\b/i.test(match[0]);
  // ("his phone talks in March 2021 with <Name>" in a later month's report: only a month other than the report's.)
  if (his && date.start.slice(0, 7) >= context.published.slice(0, 7)) return;
  // ("The previous <Series> took place in February" in a February report: a session before this month's, a year earlier —
  // one of the same month would be "earlier this month".)
  const before = /^the\s+(?:previous|last)\b/i.test(match[0]) && mention.relative && mention.kind === 'month' && date.start === context.published.slice(0, 7);
  if ((past && mention.relative && mention.kind === 'month' && afterReport(date.start, context.published)) || before) {
    date.start = `${Number(date.start.slice(0, 4)) - 1}${date.start.slice(4)}`;
    delete date.end;
  }
  const month = date.start.slice(0, 7);
  if (meetings.some((m) => samePair(m.parties, parties) && m.date?.start.slice(0, 7) === month)) return;
  context.claimed.add(mention);
  const location = placeIn(context, index, after, mention.start);
  // Whose meeting: the two people of the sentence; else "the heads of state … their meeting"; else those who met in
  // the report's meeting of the pair ("The ministers reviewed …, as agreed during their meeting in …").
  const leaders = /\b(?:heads\s+of\s+state|presidents|leaders)\b/i.test(sentence.text.slice(0, match.index));
  const same = leaders ? undefined : [...meetings].reverse().find((m) => m.talks && samePair(m.parties, parties) && m.participants.length === 2);
  // (A series' first session "since its inauguration" names no one who sat in it: those the sentence names meet now.)
  const inaugural = /^its\b/i.test(match[0]);
  const participants: DraftParticipant[] = inaugural ? [] : sides.length === 2 || told ? people.map(({ person }) => ({ person, role: 'participant' as const }))
    : same ? same.participants.map((p) => ({ ...p })) : [];
  meetings.push({
    kind: leaders ? 'official-talks' : series?.kind ?? 'working-meeting', stage: past ? 'held' : stageOf(context, sentence, at, sentence.end, date), parties, date, location: location ?? { qualifier: 'unknown' },
    participants, spans: [{ start: at, end: after }, { start: mention.start, end: mention.end }, ...(location?.span ? [location.span] : [])],
    sentence: index, talks: true, phone: /phone/i.test(match[0]),
  });
}

/**
 * "the exchange of high-level visits including the two-day working visit of the President to <Country> in <Month> <YYYY>"
 * (en-384): a visit recalled by the post of one who made it, named by no one, between the report's two countries — the
 * visitor of the side that is not the destination. It is a meeting of the pair, in the destination, when the clause dates
 * it (a month or finer); held when that date is not after the report.
 */
const VISIT_OF_POST = /\b(?:(?:one|two|three|four|five)-day\s+)?(?:(state|official|working)\s+)?visit\s+of\s+(?:the|their|our)\s+(?:President|Prime\s+Minister|King|Emir|Vice[\s-]President|Foreign\s+Minister|Minister\s+of\s+Foreign\s+Affairs)\s+to\s+(?:the\s+)?/u;

function visitOfPost(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[]): void {
  const match = VISIT_OF_POST.exec(sentence.text);
  if (!match || !context.pair) return;
  const at = sentence.start + match.index;
  const after = at + match[0].length;
  const party = context.parties[index]!.find((p) => p.start === after && !p.adjective);
  if (!party || !context.pair.includes(party.code)) return;
  const mention = context.dates[index]!.find((d) => d.start >= party.end && d.start - party.end <= 40 && !d.deadline && !d.document && !context.claimed.has(d) && d.from.length >= 7 && !/[;,]/.test(context.text.slice(party.end, d.start)));
  if (!mention) return;
  const date = dateFrom(mention);
  const parties: [string, string] = [context.pair.find((c) => c !== party.code)!, party.code];
  if (meetings.some((m) => samePair(m.parties, parties) && m.date?.start.slice(0, 7) === date.start.slice(0, 7))) return;
  context.claimed.add(mention);
  meetings.push({
    kind: 'other', stage: afterReport(date.start, context.published) ? 'planned' : 'held', parties, date,
    location: { country: party.code, qualifier: 'stated', span: { start: party.start, end: party.end } }, participants: [],
    spans: [{ start: at, end: party.end }, { start: mention.start, end: mention.end }], sentence: index, talks: false, phone: false,
  });
}

/**
 * "<Title> A and <Title> B shake hands following their bilateral meeting in <City>" (a caption, en-178): after their
 * meeting, with no date of its own, two people of two countries named in the sentence met, on or shortly before the
 * report's date.
 */
function followingTheirMeeting(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[], match: RegExpExecArray): void {
  if (!/^their\b/i.test(match[0]) || !/\b(?:following|after)\s+$/i.test(sentence.text.slice(0, match.index))) return;
  const people = peopleIn(context, index).filter((m, i, all) => m.span.start < sentence.start + match.index && all.findIndex((o) => o.person === m.person) === i);
  const [a, b] = people;
  if (people.length !== 2 || !a!.person.country || !b!.person.country || a!.person.country === b!.person.country) return;
  if (meetings.some((m) => m.participants.some((p) => p.person === a!.person) && m.participants.some((p) => p.person === b!.person))) return;
  const at = sentence.start + match.index;
  const location = placeIn(context, index, at, sentence.end);
  meetings.push({
    kind: 'working-meeting', stage: 'held', date: null, location: location ?? { qualifier: 'unknown' },
    participants: [{ person: a!.person, role: 'participant' }, { person: b!.person, role: 'participant' }],
    spans: [{ start: at, end: at + match[0].length }, a!.span, b!.span, ...(location?.span ? [location.span] : [])], sentence: index, talks: true, phone: false,
  });
}

/**
 * What two people joined by "and" did together: "A and <Title> B, on <date>, exchanged views on …", "A and B agreed …";
 * the second may carry a post or a relative clause in commas first ("B, Minister of Foreign Affairs of <Country>,
 * discussed …", "B, who is in <City> on an official visit, held negotiations").
 */
const JOINT_VERB = /^\s*(?:,\s*(?:who\s+)?[^,;.]{1,120},)?\s*,?\s*(?:(?:on|in|at)\s+[^,;.]{1,40},\s*)?(?:also\s+|have\s+|had\s+)?(?:agreed|discussed|exchanged\s+views|reviewed|compared\s+notes|reaffirmed|highlighted|underlined|stressed|emphasi[sz]ed|held\s+(?:talks|negotiations|(?:a\s+)?(?:tele)?phone\s+(?:conversation|call))|had\s+(?:a\s+)?(?:tele)?phone\s+(?:conversation|call)|met|(?:will\s+)?(?:co-)?chair(?:ed)?\s+the)\b(?!\s+with\b)/;
// (Not "A and B met with C" or "held talks with C": A and B are then one side.)
/** Words that make a stretch between two names a clause of its own, not a post in apposition. */
const NOT_APPOSITION = /\b(?:said|says|told|met|with|which|was|were|is|are|has|have|had|will|would)\b/;

/**
 * (Or of chairing something together: "<Title> A and his <Adj> counterpart B will chair the binational cabinet".)
 * Two people of two countries joined by "and" as the subject of a verb of talking together: "<Title> A and the
 * <Country-adj> <Title> B, on <date>, exchanged views on …" (en-039), "A and <Title> B, agreed …" (en-181). They met.
 */
function jointTalks(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[]): void {
  const people = peopleIn(context, index);
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i]!, people[i + 1]!];
    if (a.person === b.person || a.person.country === b.person.country) continue;
    // (One of them may have no country of their own yet, a titled host named only by post — "A, Minister of Foreign
    // Affairs and International Cooperation, and B, Minister of Foreign Affairs of <Country>" — who is of the other side.)
    if (!a.person.country && !b.person.country) continue;
    if (!(a.person.country ? true : a.person.titles.length > 0) || !(b.person.country ? true : b.person.titles.length > 0)) continue;
    // (Abbreviations keep their stops: "A and U.S. Secretary of State B highlighted …".)
    const between = context.text.slice(a.span.end, b.span.start).replace(/\b(?:\p{Lu}\.){2,}/gu, 'XX');
    // (A's post may stand between them in commas: "A, Deputy Prime Minister and Minister of Foreign Affairs, and B".)
    if (between.length > 220 || !/^\s*(?:,\s*[^,;.]{1,120}?)?,?\s*and\s+[^,;.]{0,90}$/.test(between) || NOT_APPOSITION.test(between)) continue;
    // ("During their meeting this morning …, <Title> A and <Title> B acknowledged …": the sentence says they met.)
    const during = /^(?:During|At|In)\s+(?:their|the)\s+(?:bilateral\s+)?(?:meeting|talks)\b/.test(sentence.text.trimStart()) ? /^[^.;]*?\s(?=\p{Ll})/u.exec(context.text.slice(b.span.end, sentence.end)) : null;
    const verb = JOINT_VERB.exec(context.text.slice(b.span.end, sentence.end)) ?? during;
    if (!verb) continue;
    const apposition = /^\s*,([^,;.]*),/.exec(verb[0]);
    if (apposition && !/^\s*who\b/.test(apposition[1]!) && NOT_APPOSITION.test(apposition[1]!)) continue;
    if (meetings.some((m) => m.participants.some((p) => p.person === a.person) && m.participants.some((p) => p.person === b.person))) return;
    // (Told from inside the meeting, its day is the opening's: what follows the verb is what they spoke of.)
    const dateMention = during && !JOINT_VERB.test(context.text.slice(b.span.end, sentence.end)) ? takeDate(context, index, sentence.start, a.span.start) : takeDate(context, index, sentence.start, sentence.end);
    const date = dateMention ? dateFrom(dateMention) : null;
    const phone = PHONE.test(sentence.text);
    const location = phone ? undefined : placeIn(context, index, sentence.start, sentence.end);
    meetings.push({
      kind: 'working-meeting', stage: date?.qualifier === 'stated' && afterReport(date.start, context.published) ? 'planned' : 'held', date,
      location: location ?? { qualifier: 'unknown' }, participants: [{ person: a.person, role: 'participant' }, { person: b.person, role: 'participant' }],
      spans: [a.span, b.span, { start: b.span.end, end: b.span.end + verb[0].length }, ...(date?.span ? [date.span] : []), ...(location?.span ? [location.span] : [])],
      sentence: index, talks: true, phone,
    });
    return;
  }
}

/**
 * "The two ministers discussed …", "The two leaders are expected to discuss …", "the two sides reviewed …": a sentence
 * about "the two" who talked, just after one naming two people of two countries ("A and his <Adj> counterpart B urged
 * …", "A will visit <Country> at the invitation of his counterpart B"). They are the two who met, when nothing drafted
 * yet has them meet.
 */
const THE_TWO = /\b[Tt]he\s+two\s+(?:foreign\s+|prime\s+|defen[cs]e\s+|trade\s+)?(?:ministers|leaders|presidents|heads\s+of\s+state|officials|sides|counterparts|diplomats|premiers)\s+(?:(?:also|further|then|have|had|later|(?:are|were)\s+(?:expected|set|scheduled)\s+to|will|would|shall)\s+)?(?:discussed|discuss|held|hold|met|meet|exchanged|exchange|reviewed|review|talked|talk|spoke|underlined|underline|emphasi[sz]ed|stressed|agreed|noted|expressed)\b/i;

function twoOfThem(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[]): void {
  const the = THE_TWO.exec(sentence.text);
  if (!the) return;
  // (Nobody else named before "the two" in the sentence: "At the meeting with <Name>, the two leaders …" is another's.)
  if (peopleIn(context, index).some((p) => p.span.start < sentence.start + the.index)) return;
  // The sentence just before (or the one before it) that names people: its last two, of two countries.
  let j = index - 1;
  while (j >= 0 && index - j <= 2 && peopleIn(context, j).length === 0) j--;
  if (j < 0 || index - j > 2 || isHeadline(context, context.sentences[j]!)) return;
  const named = peopleIn(context, j).filter((p, i, all) => all.findIndex((q) => q.person === p.person) === i);
  if (named.length !== 2) return;
  const [a, b] = [named[0]!.person, named[1]!.person];
  if (a.country && a.country === b.country) return;
  if (!a.country && !b.country) return;
  if (!(a.country || a.titles.length) || !(b.country || b.titles.length)) return;
  // (Talks already drafted with either of them, or on their pair, are what "the two" speak of.)
  const pair = a.country && b.country ? [a.country, b.country] : undefined;
  if (meetings.some((m) => m.participants.some((p) => p.person === a || p.person === b) || (pair && m.parties && samePair(m.parties, pair as [string, string])))) return;
  // (Not the day a source spoke: "…, the ministry said on Thursday".)
  const untilSaid = (s: Sentence) => { const said = /,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:said|told|announced|stated|reported)\b/u.exec(s.text); return said ? s.start + said.index : s.end; };
  const before = context.sentences[j]!;
  const dateMention = takeDate(context, index, sentence.start, untilSaid(sentence)) ?? takeDate(context, j, before.start, untilSaid(before));
  const date = dateMention ? dateFrom(dateMention) : null;
  const phone = PHONE.test(sentence.text) || PHONE.test(context.sentences[j]!.text);
  const location = phone ? undefined : placeIn(context, index, sentence.start, sentence.end) ?? placeIn(context, j, context.sentences[j]!.start, context.sentences[j]!.end);
  const future = /\b(?:will|would|shall|expected|set|scheduled)\b/.test(the[0]) || (date?.qualifier === 'stated' && afterReport(date.start, context.published));
  meetings.push({
    kind: 'working-meeting', stage: future ? 'planned' : 'held', date, location: location ?? { qualifier: 'unknown' },
    participants: [{ person: a, role: 'participant' }, { person: b, role: 'participant' }],
    spans: [named[0]!.span, named[1]!.span, { start: sentence.start + the.index, end: sentence.start + the.index + the[0].length }, ...(date?.span ? [date.span] : []), ...(location?.span ? [location.span] : [])],
    sentence: index, talks: true, phone,
  });
}

/** A time between a digest's verb and "with": "met this Friday with", "held meetings earlier yesterday with". */
const DIGEST_TIME = String.raw`(?:(?:earlier|later)\s+)?(?:(?:yesterday|today|in\s+the\s+day|(?:on|this|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?`;

/**
 * "held brief meetings with foreign ministers of A, B and C", "met the ambassadors of A and B", "met this Friday with his
 * counterparts from A, B …" (en-305), "held a two-day bilateral meeting with the foreign ministers of A, B …" (en-308):
 * talks with officials of listed countries.
 */
// (Prechecked by the officials' plural: most sentences name none.)
const LISTED_TALKS = prechecked(new RegExp(String.raw`\b(?:met(?:\s+${DIGEST_TIME}with)?|(?:held|had)\s+["“]?(?:[\p{Ll}\d-]+\s+){0,3}?(?:meetings?|talks)\s+${DIGEST_TIME}with|received(?:\s+in\s+audience)?|discussions\s+(?:\p{Ll}+\s+){0,2}?with)\s+(?:(?:my|his|her|our)\s+(?:[\p{Ll}-]+\s+)?(?:colleagues|friends),\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:ministers|counterparts|peers|ambassadors|envoys|heads\s+of\s+(?:state|government|delegations?)|presidents|prime\s+ministers)\s+(?:of|from)\s+(?:the\s+(?:[\p{Ll}\d-]+\s+){0,3}countries\s+of\s+)?`, 'iu'), /ministers|counterparts|peers|ambassadors|envoys|heads|presidents/iu);

/**
 * "met earlier in the day with his Uzbek and Kazakh counterparts", "has also conferred with his Nigerian and Angolan
 * counterparts" (en-307): counterparts listed by their countries' adjectives, two or more joined by commas and "and" (one
 * adjective is one counterpart, whom readTalks reads).
 */
const ADJECTIVE_COUNTERPARTS = prechecked(new RegExp(String.raw`\b(?:met|conferred|(?:held|had)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:meetings|talks))\s+${DIGEST_TIME}with\s+(?:his|her|their)\s+(\p{Lu}[\p{L}-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}-]+)+)\s+(?:counterparts|colleagues|peers)\b`, 'u'), /counterparts|colleagues|peers/u);

/**
 * What ends a list of countries: a clause's words ("to evaluate", "within the framework of", "together with"), a semicolon,
 * or a long stretch. Items that are no country ("the Chairman of the UN General Assembly, the foreign ministers of …",
 * en-181) and names in brackets ("the United Kingdom (UK)", en-519) do not.
 */
const LIST_END = /[;:]|\b(?:to|within|together|with|in|on|at|for|during|after|before|about|under|amid|which|who|where|that|said|says)\b/i;

/**
 * The countries of a list, up to where it ends: "counterparts from Bolivia, Slovenia, Latvia and the Bahamas to evaluate
 * … together with the European Union" lists four; the union named after the list is none of them (en-305).
 */
function listRun(context: Context, mentions: PartyMention[]): PartyMention[] {
  const run = mentions.slice(0, 1);
  for (const mention of mentions.slice(1)) {
    const gap = context.text.slice(run.at(-1)!.end, mention.start);
    if (gap.length > 120 || LIST_END.test(gap)) break;
    run.push(mention);
  }
  return run;
}

/**
 * A digest's list of counterparts named by country alone: "<Name> also held brief meetings with foreign ministers of
 * <A>, <B>, the <long name of C> …": a meeting of the one who held them with each country listed (none named by
 * person). They took place when and where the meetings told just before did, unless the sentence dates them.
 */
function listedTalks(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[], actor: Actor | undefined): void {
  // (Each pattern run once per sentence, and only on sentences holding what it needs.)
  const officials = mayMatch(sentence.text, LISTED_TALKS) ? LISTED_TALKS.exec(sentence.text) : null;
  const adjectives = officials || !mayMatch(sentence.text, ADJECTIVE_COUNTERPARTS) ? null : ADJECTIVE_COUNTERPARTS.exec(sentence.text);
  // ("… today held a series of bilateral meetings with … from seven countries …. The meetings, held at <Place>, involved
  // <A>, <B> … and <Z>": the sentence after a digest's opening lists whom its host met, en-519.)
  const previous = context.sentences[index - 1];
  const involved = !adjectives && !officials && previous && DIGEST_OPENING.test(previous.text)
    ? /^The\s+(?:bilateral\s+)?meetings\b[^.;]{0,80}?\b(?:involved|included|were\s+with)\s+/.exec(sentence.text) : null;
  const trigger = adjectives ?? involved ?? officials;
  if (!trigger) return;
  const at = sentence.start + trigger.index;
  // (Else "The Minister of Foreign Affairs also received …": the one the text named with that post; "He …", "The official
  // met …": the one who held the talks told before.)
  const host = peopleIn(context, index).filter((p) => p.span.start < at).at(-1)?.person
    ?? definiteHolder(context, sentence.start, at)
    ?? (/^(?:He|She|The\s+(?:[\p{Ll}-]+\s+){1,2}(?:also\s+)?(?=met|held|had|received))\b/u.test(sentence.text)
      // (Or a pronoun straight before the verb, after words of a quote's own: "\"In fact, just to mention, he had …".)
      // ("In addition, the Indian foreign minister met …": the one holding the talks, named by post in lower case.)
      || /\b(?:he|she|the\s+(?:[\p{L}-]+\s+){0,2}(?:minister|secretary|chancellor|diplomat))\s+(?:also\s+)?$/iu.test(sentence.text.slice(0, trigger.index)) || involved ? actor?.person : undefined);
  if (!host) return;
  // The countries listed, up to the end of the sentence: names, not adjectives; people named in the list are left to readTalks.
  // (Or the adjectives of the list before "counterparts", the names after it being theirs in turn, or cut off.)
  const listStart = adjectives ? at + adjectives[0].indexOf(adjectives[1]!) : at + trigger[0].length;
  const listEnd = adjectives ? listStart + adjectives[1]!.length : sentence.end;
  const inList = listRun(context, context.parties[index]!.filter((p) => p.start >= listStart && p.end <= listEnd && (adjectives || !p.adjective)));
  // (Whose country may be known only from the publisher yet: "Onyeama" on a Nigerian paper's page; or, with none, from
  // the one country the text names that is no counterpart's: "Argentina" in a digest of an Argentine minister, en-305.)
  const home = host.country || context.publisherCountry || context.dateline ? undefined : digestHome(context, new Set(inList.map((p) => p.code)));
  if (home) {
    host.country = home;
    host.countryFrom = 'sentence';
  }
  const hostCountry = host.country ?? context.publisherCountry ?? context.dateline?.country;
  if (!hostCountry) return;
  const listed = inList.filter((p) => p.code !== hostCountry);
  const codes = [...new Set(listed.map((p) => p.code))];
  if (codes.length === 0 || (adjectives ? codes.length < 2 : peopleIn(context, index).some((p) => p.span.start > at))) return;
  const own = takeDate(context, index, sentence.start, sentence.end);
  const before = [...meetings].reverse().find((m) => m.talks && m.participants.some((p) => p.person === host) && index - m.sentence <= 6);
  const date = own ? dateFrom(own) : before?.date ? { ...before.date } : null;
  const location = placeIn(context, index, sentence.start, sentence.end) ?? (before?.location.qualifier === 'stated' ? { ...before.location } : undefined);
  const ministers = /\b(?:ministers|counterparts|peers)\b/i.test(trigger[0]) && host.titles[0] !== undefined && titleRank(host.titles[0].title) === 'minister';
  for (const code of codes) {
    // (Talks told before may have no pair yet: their people's countries are it.)
    const told = (m: DraftMeeting) => m.parties ?? m.participants.map((p) => p.person.country).filter(Boolean);
    if (meetings.some((m) => told(m).includes(code) && told(m).includes(hostCountry))) continue;
    const mention = listed.find((p) => p.code === code)!;
    meetings.push({
      kind: ministers ? 'ministerial-meeting' : 'working-meeting', stage: 'held', parties: [hostCountry, code], date, location: location ?? { qualifier: 'unknown' },
      participants: [{ person: host, role: 'participant' }],
      spans: [{ start: at, end: at + trigger[0].length }, { start: mention.start, end: mention.end }], sentence: index, talks: true, phone: false,
    });
  }
}

/**
 * "held a string of bilateral meetings in <City> on <weekday>", "on Friday held numerous bilateral meetings", "on
 * Thursday received the envoys of A, B and C": a digest's opening.
 */
const DIGEST_OPENING = /\b(?:(?:held|had)\s+["“]?(?:a\s+(?:string|series|round|number)\s+of\s+|numerous\s+|several\s+|a\s+dozen\s+)(?:bilateral\s+)?meetings|(?:met(?:\s+with)?|received)\s+(?:the\s+)?(?:envoys|ambassadors|heads\s+of\s+mission)\s+of)\b/i;

/**
 * A digest opens with the day and place of a string of meetings, then tells them one by one without a day of their
 * own (en-181): each meeting of the one who held them, told after the opening and dated only by the report, took
 * place on that day and, when it has no place of its own, there.
 */
function digestDay(context: Context, meetings: DraftMeeting[]): void {
  const index = context.sentences.findIndex((s) => DIGEST_OPENING.test(s.text));
  if (index < 0) return;
  const sentence = context.sentences[index]!;
  const at = sentence.start + DIGEST_OPENING.exec(sentence.text)!.index;
  const host = peopleIn(context, index).filter((p) => p.span.start < at).at(-1)?.person;
  // (The day after the verb, "held … meetings in <City> on Wednesday", else one before it; never the dateline's.)
  const days = context.dates[index]!.filter((d) => d.kind === 'day' && !d.deadline && !d.document);
  const day = days.find((d) => d.start > at) ?? days.find((d) => !context.claimed.has(d));
  if (!host || !day) return;
  const place = placeIn(context, index, sentence.start, sentence.end);
  for (const meeting of meetings) {
    if (meeting.sentence <= index || meeting.stage !== 'held' || meeting.date?.qualifier !== 'reported' || !meeting.participants.some((p) => p.person === host)) continue;
    meeting.date = dateFrom(day);
    meeting.spans.push({ start: day.start, end: day.end });
    if (place && meeting.location.qualifier !== 'stated' && !meeting.phone) meeting.location = place;
  }
}

/** A name of two to four capitalised words right before "of <Country>": "Yassine Fall of Senegal". */
const NAME_OF = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+of\s+(?:the\s+)?$/u;

/**
 * Digests of a multilateral event: "<Name> held a series of bilateral meetings on Tuesday with several African
 * foreign ministers …. Among the African dignitaries were A of Kenya, B of Senegal, …". Each country listed met
 * the one who held the meetings, on the day and at the place of that sentence, even when the report tells no
 * more of that meeting (its counterpart then stays unnamed). A meeting the text tells on its own is not repeated;
 * it takes that day and place when it has none of its own.
 */
function listedCounterparts(context: Context, meetings: DraftMeeting[]): void {
  context.sentences.forEach((sentence, index) => {
    if (index === 0 || !LIST_OPENING.test(sentence.text)) return;
    const opening = context.sentences[index - 1]!;
    const trigger = GROUP_TALKS.exec(opening.text);
    if (!trigger) return;
    const host = peopleIn(context, index - 1).find((p) => p.span.start < opening.start + trigger.index)?.person;
    if (!host?.country) return;
    const listed = context.parties[index]!.filter((p) => !p.adjective && p.code !== host.country && NAME_OF.test(context.text.slice(Math.max(sentence.start, p.start - 60), p.start)));
    const codes = [...new Set(listed.map((p) => p.code))];
    // (One name "of" a country is a post or an office, not a list.)
    if (codes.length < 2) return;
    // The day the meetings were held on: the first after the verb ("held … meetings on Tuesday"), not the dateline's.
    const days = context.dates[index - 1]!.filter((d) => !d.deadline && !d.document && d.kind === 'day');
    const dated = days.find((d) => d.start > opening.start + trigger.index) ?? days.find((d) => !context.claimed.has(d));
    const place = placeIn(context, index - 1, opening.start, opening.end);
    const ministers = /\bministers\b/i.test(opening.text) && host.titles[0] && titleRank(host.titles[0].title) === 'minister';
    for (const code of codes) {
      const told = meetings.find((m) => m.parties?.includes(code) && m.parties.includes(host.country!));
      if (told) {
        // Told on its own without a day of its own: it is one of the meetings held on the day the list opens with.
        if (told.date?.qualifier === 'reported' && dated) told.date = dateFrom(dated);
        if (told.location.qualifier !== 'stated' && place && !told.phone) told.location = place;
        continue;
      }
      const mention = listed.find((p) => p.code === code)!;
      meetings.push({
        kind: ministers ? 'ministerial-meeting' : 'working-meeting', stage: 'held', parties: [host.country, code],
        date: dated ? dateFrom(dated) : reportedDate(context), location: place ?? { qualifier: 'unknown' },
        participants: [{ person: host, role: 'participant' }],
        spans: [{ start: opening.start + trigger.index, end: opening.start + trigger.index + trigger[0].length }, { start: mention.start, end: mention.end }],
        sentence: index, talks: false, phone: false,
      });
    }
  });
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
// ("межправкомиссии": the clipped compound for an intergovernmental commission.)
const RU_COMMISSION = /заседани\p{L}*(?:\s+[\p{L}-]+){0,5}?\s+(?:комисси|комитет|межправкомисси)/u;
const RU_CONSULT = /(?<![\p{L}])консультаци/u;
const RU_DIALOGUE = /стратегическ\p{L}*\s+диалог/u;
// ("<A> позвонил <B>", "созвонились": a call told with no word for the telephone.)
const RU_PHONE = /телефонн\p{L}*\s+(?:разговор|бесед|переговор)|по\s+телефону|видеоконференц|видеосвяз|(?<![\p{L}])(?:позвонил[аи]?|созвонил(?:ись|ся|ась))(?![\p{L}])/u;
// "принял" is a host receiving a guest, and so is "был принят Президентом"; "приняли участие" (took part) is not.
const RU_TALKS = /(?<![\p{L}])(?:переговор|встреч|встрет(?:ил|ится|ятся)|бесед|принял(?!\p{L}*\s+участи)|обсудил|обменял(?:ись|ся|ась)\s+мнениями|провел\p{L}*\s+разговор|заседани\p{L}*\s+(?:совместн\p{L}*\s+)?коллеги|вручил\p{L}*\s+(?:копи\p{L}*\s+)?верительн|(?:был|была|были)\s+принят[аы]?\s+(?:президент|премьер|министр|глав|председател|корол|эмир|вице-)\p{L}*)/u;
const RU_PAST = /(?<![\p{L}])(?:состоял|прошл[аиo]|провели|провел|провела|встретил|обсудил|принял|обменял|подписал|отметил|рассмотрел)/u;
const RU_HEADS = /возглав|во\s+главе\s+с|с\s+участием|под\s+председательством|представлял|сопредседател/u;
const RU_ORDINAL = /(?<![\p{L}\d])(?:(\d{1,2})-?(?:й|го|м|ой|е|ее|ое|ий)?|(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат)\p{L}*)\s+(?:раунд|заседани|сесси)/u;
const RU_ORDINALS = ['перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат'];

/**
 * A Russian sentence's meeting: consultations, a commission's session, a strategic
 * dialogue, a telephone conversation, talks or a meeting; with its pair (the parties the
 * sentence names, in any case, or the text's), its number, date, place and the people of
 * the sentence. A meeting met before (the same kind, pair and stage) takes the sentence's
 * words instead of becoming a second one.
 */
function readRussian(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[], visits: DraftVisit[]): void {
  // Read in lower case (offsets hold): case-insensitive Cyrillic patterns are slow to run.
  const text = sentence.text.toLowerCase();
  let people = peopleIn(context, index);
  const trigger = RU_COMMISSION.exec(text) ?? RU_CONSULT.exec(text) ?? RU_DIALOGUE.exec(text) ?? RU_PHONE.exec(text) ?? RU_TALKS.exec(text);
  const last = [...meetings].reverse().find((m) => index - m.sentence <= 3);
  if (!trigger) {
    // "Белорусскую делегацию возглавил …": the heads of the meeting just reported.
    if (RU_HEADS.test(text) && last) for (const { person } of people) if (!last.participants.some((p) => p.person === person)) last.participants.push({ person, role: 'head' });
    return;
  }
  const word = trigger[0].toLowerCase();
  const phone = RU_PHONE.test(word) || (RU_PHONE.test(text) && !/комисси|комитет|консультаци|диалог/.test(word));
  const kind: MeetingKind = /комисси|комитет/.test(word) ? 'intergovernmental-commission' : /консультаци/.test(word) ? 'political-consultations' : /диалог/.test(word) ? 'strategic-dialogue' : 'working-meeting';
  const series = kind !== 'working-meeting';
  const codes = [...new Set(context.parties[index]!.map((p) => p.code))];
  const parties: [string, string] | undefined = codes.length === 2 ? [codes[0]!, codes[1]!]
    : codes.length === 1 && context.pair?.includes(codes[0]!) ? context.pair
      : codes.length > 2 && context.pair && context.pair.every((c) => codes.includes(c)) ? context.pair
        : codes.length === 0 ? context.pair : undefined;
  if (!parties && people.length < 2) return;
  // A meeting in a country the text's pair does not hold ("На Кубе … встретился с главой кубинского МИДа …"): a
  // meeting before, between other parties, is not this one.
  const strangers = !parties && codes.length > 0 && people.some(({ person }) => person.country && codes.includes(person.country) && !context.pair?.includes(person.country));
  // Talks need someone to hold them: "the sides discussed …" continues a meeting, it does not start one.
  // Talks or a meeting the sentence names between two parties stand without people; "discussed" or "received" do not.
  if (!series && !phone && people.length === 0 && !(codes.length >= 2 && /переговор|встреч|встретил|бесед|коллеги/.test(word))) return;
  if (!series && phone && people.length === 0 && codes.length < 2) return;
  // "заявил … в ходе заседания комиссии": what was said at the session is reported from it, so the session was held,
  // whatever plans the words said there name (a date still to come is theirs, not the session's).
  const during = /(?<![\p{L}])(?:в\s+ходе|во\s+время|на\s+полях)\s+$/u.test(text.slice(Math.max(0, trigger.index - 12), trigger.index));
  const dateMention = context.dates[index]!.find((d) => !d.deadline && !d.document && !context.claimed.has(d) && !(d.kind === 'span' && d.from.length === 4)
    && !figurePeriod(context, d) && !(during && afterReport(d.from, context.published)));
  if (dateMention) context.claimed.add(dateMention);
  const date = dateMention ? dateFrom(dateMention) : null;
  // (Whoever the sentence sends on a trip is the trip's, not the session's: "Мирзиёев посетит Россию, сообщил Козак в ходе заседания".)
  const travellers = visits.filter((v) => v.sentence === index && !v.implied).map((v) => v.visitor);
  if (during) people = people.filter((p) => !travellers.includes(p.person));
  const future = !during && RU_FUTURE.test(text) && !(RU_PAST.test(text) && !/следующ/i.test(text));
  const stage: DraftMeeting['stage'] = future || (date?.qualifier === 'stated' && afterReport(date.start, context.published)) ? 'planned' : 'held';
  const ordinalMatch = RU_ORDINAL.exec(text);
  const ordinal = ordinalMatch ? Number(ordinalMatch[1]) || RU_ORDINALS.findIndex((stem) => ordinalMatch[2]!.toLowerCase().replace('ё', 'е').startsWith(stem)) + 1 || undefined : undefined;
  const at = sentence.start + trigger.index;
  // "Последняя встреча министров … прошла в декабре 2019 года": the last (previous) meeting, dated before the report's
  // month, is an earlier one, not the meeting the report tells of.
  const recalled = !series && !!date && /(?<![\p{L}])(?:последн|предыдущ|прошл)\p{L}*\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(0, trigger.index - 30), trigger.index))
    && date.start.slice(0, 7) < context.published.slice(0, 7);
  // "Х. Халафов также встретился с заместителем премьер-министра … <Name>": one met by someone whose country is known,
  // with no country of their own, is of the other side from the one before the verb (not from whoever the meeting this
  // joins named first).
  const subject = !series ? people.filter((p) => p.span.start < at).at(-1)?.person : undefined;
  const side = subject?.country ? otherSide(context, subject.country) : undefined;
  if (side) {
    for (const { person, span } of people) {
      if (span.start > at && !person.country) {
        person.country = side;
        person.countryFrom = 'meeting';
      }
    }
  }
  const earlier = strangers || recalled ? undefined : [...meetings].reverse().find((m) => m.stage === stage && samePair(m.parties, parties) && (series ? m.kind === kind && (!ordinal || !m.ordinal || m.ordinal === ordinal) : m.talks && m.phone === phone));
  if (earlier) {
    earlier.spans.push({ start: at, end: at + trigger[0].length });
    for (const { person } of people) if (!earlier.participants.some((p) => p.person === person)) earlier.participants.push({ person, role: series ? 'head' : 'participant' });
    // A later sentence about the meeting may name a year it reviewed ("итоги сотрудничества в 2023 году"); only a day dates it.
    if (!earlier.date && date && dateMention && (dateMention.kind === 'day' || (dateMention.kind === 'span' && dateMention.from.length === 10))) earlier.date = date;
    return;
  }
  // "В пятницу у него запланирована встреча с <Title> <Name, instr.>", "Он провёл переговоры с …": the pronoun stands for
  // the last person named before, of another country than the one met.
  if (!series && people.length === 1 && /(?<![\p{L}])(?:он|него|его|ему|она|неё|нее|её|ей)(?![\p{L}])/u.test(text.slice(0, trigger.index))) {
    const met = people[0]!.person;
    const before = context.personMentions.slice(Math.max(0, index - 2), index).flat().reverse().find((m) => m.person !== met && m.person.country && m.person.country !== met.country);
    if (before) people = [{ person: before.person, span: { start: sentence.start, end: sentence.start } }, ...people];
  }
  // "<Name> посетил Японию и Южную Корею, где обсудил с коллегами …": talks of the one who travelled, told with the trip
  // and naming no one met, were held in each country visited; they are the visits' meetings, not of the text's pair.
  const trips = visits.filter((v) => v.sentence === index && !v.implied && !v.planned && people.length === 1 && people[0]!.person === v.visitor && v.to && v.visitor.country && v.to !== v.visitor.country);
  if (!series && !phone && trips.length > 0 && stage === 'held') {
    for (const trip of trips) {
      meetings.push({
        kind, stage, parties: [trip.visitor.country!, trip.to!], date: date ?? { ...trip.date, span: undefined }, location: { country: trip.to, qualifier: 'inferred', note: 'Held during the visit, which the report places there.' },
        participants: [{ person: trip.visitor, role: 'participant' }], visit: trip, spans: [{ start: at, end: at + trigger[0].length }, ...trip.spans], sentence: index, talks: true, phone,
      });
    }
    return;
  }
  const city = phone ? undefined : context.cities[index]!.find((c) => /(?<![\p{L}])(?:в|во)\s+$/iu.test(context.text.slice(Math.max(0, c.start - 4), c.start)));
  // "<Host> встретился с главами внешнеполитических ведомств <A> <Name>, <B> <Name> и <C> <Name>": one person before the
  // verb and, after it, people of two countries or more, none the host's: a digest of the host's meetings, one for each
  // country met (each its own pair), not one meeting of them all.
  const host = people.filter((p) => p.span.start < at).at(-1)?.person;
  const met = people.filter((p) => p.span.start > at && p.person !== host);
  const metCountries = [...new Set(met.map((p) => p.person.country))];
  if (!series && !phone && host?.country && met.length === metCountries.length && metCountries.length >= 2 && metCountries.every((c) => c && c !== host.country)) {
    const place: DraftLocation = city ? { country: city.country, place: city, qualifier: 'stated', span: { start: city.start, end: city.end } } : { qualifier: 'unknown' };
    for (const { person, span } of met) {
      meetings.push({
        kind, stage, parties: [host.country, person.country!], date: date ? { ...date } : null, location: { ...place },
        participants: [{ person: host, role: 'participant' }, { person, role: 'participant' }],
        spans: [{ start: at, end: at + trigger[0].length }, span], sentence: index, talks: true, phone,
      });
    }
    return;
  }
  const location: DraftLocation = city ? { country: city.country, place: city, qualifier: 'stated', span: { start: city.start, end: city.end } } : { qualifier: 'unknown' };
  const meeting: DraftMeeting = {
    // ("встреча министров …", "переговоры президентов …" with no one named: the posts give the kind.)
    kind: !series && people.length === 0 && /^\p{L}*\s+министров(?![\p{L}])/u.test(text.slice(trigger.index)) ? 'ministerial-meeting'
      : !series && people.length === 0 && /^\p{L}*\s+(?:президентов|лидеров|глав\s+(?:государств|правительств)|премьер-министров)(?![\p{L}])/u.test(text.slice(trigger.index)) ? 'official-talks' : kind,
    stage, ...(series && ordinal ? { ordinal } : {}), ...(parties ? { parties } : {}), date, location,
    participants: people.map(({ person }) => ({ person, role: series ? ('head' as const) : ('participant' as const) })),
    spans: [{ start: at, end: at + trigger[0].length }], sentence: index, talks: !series, phone,
  };
  if (series) meeting.series = { start: at, end: at + trigger[0].length, kind, anaphoric: false, unit: /комисси|комитет/.test(word) ? 'meeting' : 'round', ...(ordinal ? { ordinal } : {}), ...(parties ? { parties } : {}) };
  if (date?.span) meeting.spans.push(date.span);
  if (location.span) meeting.spans.push(location.span);
  meetings.push(meeting);
}

/** "the Forum on China-Africa Cooperation": a body joining a country to a region meets many countries, not a pair. */
function regionalBody(mention: SeriesMention): boolean {
  if (!mention.body || mention.parties) return false;
  // A regional organisation's own body ("the 40th Ordinary Session of the AU Executive Council", en-341) is no pair's series.
  if (/\b(?:AU|African\s+Union|Arab\s+League)\b/.test(mention.body) || mention.body.split(/\s+/).some((word) => REGION_WORDS.has(word))) return true;
  return [...mention.body.matchAll(/(\p{Lu}[\p{L}]+)[–-](\p{Lu}[\p{L}]+)/gu)].some((m) => {
    const region = [m[1]!, m[2]!].map((word) => REGION_WORDS.has(word));
    return region[0] !== region[1];
  });
}

function samePair(a?: [string, string], b?: [string, string]): boolean {
  return !a || !b || [...a].sort().join() === [...b].sort().join();
}

/** "between the foreign ministries of Azerbaijan and Kazakhstan": the pair a sentence names. */
function pairBetween(context: Context, sentence: Sentence): [string, string] | undefined {
  // (To the sentence's end: a stop inside it is an initial's, "V.Hajiyev", or an abbreviation's.)
  const between = /\bbetween\b(.*)/s.exec(sentence.text);
  if (!between) return undefined;
  const codes = [...new Set(findParties(between[1]!).map((p) => p.code))];
  return codes.length >= 2 ? [codes[0]!, codes[1]!] : undefined;
}

/** "Azerbaijani and Mongolian ministries started …": a sentence that names two parties names the pair. */
function pairInSentence(context: Context, index: number): [string, string] | undefined {
  const codes = [...new Set(context.parties[index]!.map((p) => p.code))];
  if (codes.length === 2) return [codes[0]!, codes[1]!];
  const pair = context.pair;
  if (codes.length > 2 && pair && pair.every((c) => codes.includes(c))) return pair;
  return undefined;
}

/** A mention that names its series by kind alone takes the series met before ("the Commission", "the 3rd round"). */
function resolveSeries(mention: SeriesMention, meetings: DraftMeeting[], sentence: Sentence): SeriesMention | undefined {
  if (!mention.anaphoric) return mention;
  const earlier = [...meetings].reverse().find((m) => m.series && !m.series.anaphoric && (mention.kind === 'other' || m.kind === mention.kind || (mention.body && m.series.body && sameBodyKind(mention.body, m.series.body))));
  if (earlier?.series) {
    return { ...mention, kind: earlier.kind, body: earlier.series.body, parties: earlier.series.parties ?? earlier.parties, unit: mention.unit || earlier.series.unit, anaphoric: true };
  }
  if (mention.kind === 'other') return /consultations/i.test(sentence.text) ? { ...mention, kind: 'political-consultations' } : undefined;
  return mention;
}

function sameBodyKind(a: string, b: string): boolean {
  const word = (s: string) => /(Commission|Committee|Council|Dialogue|Forum)/i.exec(s)?.[1]?.toLowerCase();
  return word(a) !== undefined && word(a) === word(b);
}

/** Talks between people: "X met Y", "X held a telephone conversation with Y", "he also met A and B". */
const SPEAKER_AFTER = /^\s*(?:(?:on|this)\s+\p{Lu}\p{Ll}+day\s+)?(?:said|says|told|stated|noted|added|announced|wrote|tweeted|posted)\b/u;

function readTalks(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[], visits: DraftVisit[], actor: Actor | undefined): TextPerson | undefined {
  const text = sentence.text;
  const trigger = TALKS.exec(text) ?? PASSIVE_TALKS.exec(text) ?? PASSIVE_BETWEEN.exec(text) ?? GROUP.exec(text) ?? DURING_TALKS.exec(text);
  if (!trigger) return;
  const at = sentence.start + trigger.index;
  const people = peopleIn(context, index);
  const before = people.filter((p) => p.span.start < at);
  const after = people.filter((p) => p.span.start > at);
  const visit = [...visits].reverse().find((v) => v.sentence <= index);
  let subject = before.at(-1)?.person;
  // (Not the one the sentence is attributed to: "… held bilateral meetings with his counterparts …, ministry spokesman
  // <Name> said on Thursday" names a speaker after the verb, not someone met.)
  let objects = after.filter((p) => !SPEAKER_AFTER.test(context.text.slice(p.span.end, p.span.end + 40))).map((p) => p.person);
  // "During the Tuesday meeting, A and his <Adj> counterpart B are expected to discuss …", "A and B affirmed, during
  // talks in <City>, that …": the two joined by "and" are the ones who met.
  if (DURING_TALKS.test(trigger[0]) && !TALKS.test(text)) {
    const k = people.findIndex((p, n) => n + 1 < people.length && p.person !== people[n + 1]!.person
      && JOINED_PAIR.test(context.text.slice(p.span.end, people[n + 1]!.span.start)));
    if (k < 0) return;
    subject = people[k]!.person;
    objects = [people[k + 1]!.person];
  }
  const between = PASSIVE_BETWEEN.test(trigger[0]);
  if (between) {
    // Only the two people joined by "and" straight after "between" talked.
    if (after.length < 2 || !/^\s*,?\s*and\b/.test(context.text.slice(after[0]!.span.end, after[1]!.span.start))) return;
    subject = after[0]!.person;
    objects = [after[1]!.person];
  }
  // "The key issues were discussed by <Title> A and <Title> B": the people after the passive verb met.
  if (/\bdiscussed\s+by$/.test(trigger[0]) && after.length >= 2) {
    subject = after[0]!.person;
    objects = after.slice(1).map((p) => p.person);
  }
  // "A and B agreed to … when they met last month": two people joined before a verb with no object.
  if (objects.length === 0 && /^met$/i.test(trigger[0]) && before.length >= 2 && /^\s*and\b[^,;]{0,60}$/.test(context.text.slice(before.at(-2)!.span.end, before.at(-1)!.span.start))) {
    subject = before.at(-2)!.person;
    objects = [before.at(-1)!.person];
  }
  // "A and B signed …", "A and B held talks": the two named just before the verb met each other.
  const joined = before.length >= 2 && /\band\b/.test(context.text.slice(before.at(-2)!.span.end, before.at(-1)!.span.start)) && at - before.at(-1)!.span.end < 4;
  if (/signed/.test(trigger[0]) || joined) {
    if (joined) {
      subject = before.at(-2)!.person;
      const partner = before.at(-1)!.person;
      if (/\bwith$/.test(trigger[0]) && objects.length > 0) {
        // "A and <Title> B met with <Adj> <Title> C and …": A and B are one side, meeting the people after "with".
        if (!partner.country && subject.country) {
          partner.country = subject.country;
          partner.countryFrom = 'delegation';
        }
      } else objects = [partner, ...objects];
    } else if (/signed/.test(trigger[0])) return;
  }
  if (!subject && objects.length > 0) {
    // (Only the people met in the same line: a paragraph left without its full stop runs into the next one.)
    subject = definiteHolder(context, sentence.start, at);
    if (subject) objects = after.filter((p) => !context.text.slice(at, p.span.start).includes('\n')).map((p) => p.person);
  }
  // "During his meeting with <Adj> <Title> A, B said …": "his" looks ahead to the one named after the comma that closes
  // the phrase, when he is of another country than A (en-519).
  // (The teller is often the one who "said" so, not among those met.)
  if (!subject && objects.length > 0 && after.length >= 2 && /^(?:During|In)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|call)\s+with\b/i.test(text)) {
    const [met, teller] = after;
    if (met && teller && /^\s*,\s*$/.test(context.text.slice(met.span.end, teller.span.start)) && teller.person !== met.person && teller.person.country !== met.person.country) {
      subject = teller.person;
      objects = [met.person];
    }
  }
  if (!subject && objects.length > 0) {
    const pronoun = PRONOUN.test(text.slice(0, trigger.index + trigger[0].length)) || /^(?:Talks|During)\b/.test(text);
    subject = pronoun || !actor ? (visit?.visitor ?? actor?.person) : actor.person;
  }
  if (PASSIVE_TALKS.test(text) && !subject && visit) {
    subject = visit.visitor;
    const host = context.personMentions.slice(0, index + 1).flat().map((m) => m.person).reverse().find((p) => p !== visit.visitor && p.country !== visit.visitor.country);
    if (host) objects = [host];
  }
  if (GROUP.test(text) && !subject) {
    const recent = context.personMentions.slice(Math.max(0, index - 3), index + 1).flat().map((m) => m.person);
    const last = recent.at(-1);
    const other = [...recent].reverse().find((p) => p !== last && p.country !== last?.country);
    if (last && other) {
      subject = other;
      objects = [last];
    }
  }
  if (!subject) return;
  // A department's readout, "<Title> A spoke with <Title> B", is of a call when the report calls it one (its headline,
  // "During the call, …"), not of a meeting somewhere.
  const phone = PHONE.test(text) || (/^(?:spoke|talked)\b/i.test(trigger[0]) && /\b(?:call|phone|telephone)\b/i.test(context.text.slice(0, Math.min(context.text.length, sentence.end + 300))));
  let sentenceDate: DateMention | undefined | null = null;
  for (const object of objects) {
    if (object === subject) continue;
    if (object.country && subject.country && object.country === subject.country) continue;
    // People already recorded together (at talks, or as heads of one session) met there — unless the sentence gives these
    // talks a day or month of their own in another month than that meeting's: "the Commission's return was settled at talks
    // between A and B on <Month> <D>, <YYYY>", told after its session of the year after, is another meeting.
    const existing = meetings.find((m) => m.participants.some((p) => p.person === subject) && m.participants.some((p) => p.person === object)
      && !ownMonth(context, index, m));
    if (existing) {
      existing.spans.push({ start: at, end: at + trigger[0].length });
      continue;
    }
    // A meeting a digest listed by country ("met with foreign ministers from <A>, <B> …") is the one told now with its
    // counterpart named ("His meeting with <Adj> <Title> <Name> …"): the counterpart joins it.
    const listed = object.country && meetings.find((m) => m.participants.length === 1 && m.participants[0]!.person === subject && m.parties?.includes(object.country!) && m.stage === 'held');
    if (listed) {
      listed.participants.push({ person: object, role: 'participant' });
      listed.spans.push({ start: at, end: at + trigger[0].length });
      continue;
    }
    const objectMention = after.find((p) => p.person === object) ?? before.find((p) => p.person === object);
    const clauseEnd = sentence.end;
    // (One date for all the people met in the sentence: "met her counterparts A of X and B of Y on Tuesday".)
    if (sentenceDate === null) sentenceDate = takeDate(context, index, sentence.start, clauseEnd);
    const taken = sentenceDate;
    // (A year alone, the report's own, says less of talks told in the past than the report's day does: "this year"
    // and "a highlight of 2023" qualify something else in the sentence.)
    const yearOnly = taken && /^\d{4}$/.test(dateFrom(taken).start) && dateFrom(taken).start === context.published.slice(0, 4) && /^(?:met|held|had|received|paid|called|hosted)\b/i.test(trigger[0]);
    const dateMention = yearOnly ? undefined : taken;
    const date = dateMention ? dateFrom(dateMention) : null;
    const location = phone ? undefined : placeIn(context, index, sentence.start, clauseEnd);
    // A verb in the past ("met", "held talks", "was received") says the talks took place, whatever the sentence adds
    // after it ("… to prepare the next cabinet"), unless the future comes first or the date is still to come.
    // ("… affirmed while receiving B": the clause the reception qualifies is told in the past.)
    // (A caption's present, "A receives B in <City> on October 11", tells of a day already come.)
    const whileReceiving = (/^receiving/i.test(trigger[0]) && /\b[a-z]+ed\s+(?:while|when|upon|on)\s+$/i.test(text.slice(0, trigger.index)))
      || (/^receives/i.test(trigger[0]) && date?.qualifier === 'stated' && date.start.length === 10 && !afterReport(date.start, context.published));
    // (The future said before "affirmed while receiving" is what was affirmed.)
    // ("A and B affirmed, during talks in <City>, that …": the verb the talks qualify is told in the past.)
    const duringPast = DURING_TALKS.test(trigger[0]) && /\b[a-z]{3,}ed,?\s*$/.test(text.slice(0, trigger.index)) && !FUTURE.test(text.slice(0, trigger.index));
    const past = whileReceiving || duringPast || ((between || /^(?:met|held|had|received|spoke|talked|signed|discussed|were|was|paid|called|hosted|welcomed|bade|bid|granted|co-chaired)\b/i.test(trigger[0])) && !FUTURE.test(text.slice(0, trigger.index)));
    const stage = past && !(date?.qualifier === 'stated' && afterReport(date.start, context.published)) ? 'held' : stageOf(context, sentence, sentence.start, clauseEnd, date);
    const meeting: DraftMeeting = {
      kind: 'working-meeting', stage, date,
      location: location ?? { qualifier: 'unknown' }, participants: [{ person: subject, role: 'participant' }, { person: object, role: 'participant' }],
      spans: [{ start: at, end: at + trigger[0].length }], sentence: index, talks: true, phone,
    };
    if (objectMention) meeting.spans.push(objectMention.span);
    if (date?.span) meeting.spans.push(date.span);
    if (location?.span) meeting.spans.push(location.span);
    if (/(?:courtesy|introductory|farewell) call/i.test(text)) meeting.kind = 'courtesy-call';
    // ("<Name> … following an introductory call from B": the one called on is the host too.)
    if (/\b(?:received|welcomed|greeted|hosted|(?:call|visit)\s+(?:from|by))\b/.test(trigger[0]) && !location && !phone) {
      // "A received B": A is the host; "A was received by B", "A was cordially welcomed by B": B is.
      const host = /\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:received|welcomed|greeted|hosted)\s+by\b/.test(text) ? object : subject;
      meeting.location = { country: host.country, qualifier: 'inferred', note: 'The host received the guest; the report does not say where.' };
    }
    meetings.push(meeting);
  }
  return subject;
}

/** "This was the third of the … Meetings, held on <date>", "The talks took place on <date>": a sentence that tells when the meeting just told was held. */
const RESTATED = /^(?:This|It|The\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|meetings|talks|session|consultations|conversation|call|summit))\s+(?:was|were|had\s+been)\b[^.;]*?\b(?:held|took\s+place|convened)\b/u;
/** A sentence that tells talks, by a noun or a verb. */
const TALKS_NOUN = /\b(?:conversation|meeting|talks|negotiations|(?:phone|telephone|video)\s+call)\b/i;

/**
 * Dates told in a sentence beside the meeting's own (English):
 * - "<Countries> on Friday met …. This was the third of the … Meetings held on <Month> <D> to <D>, <YYYY>": a sentence
 *   right after the meeting that says when "this" or "the meeting" was held gives it that date, when its own says less
 *   (none, the report's, or the year alone, as a weekday does on a page known only by its year) and agrees with it;
 * - "On <Month> <D>, <YYYY>, a telephone conversation was held between …. During the conversation, the ministers
 *   reviewed …": talks read with no date of their own, in a sentence after one that tells talks with a day or month no
 *   meeting took, were held then.
 */
function neighbourDates(context: Context, meetings: DraftMeeting[]): void {
  const usable = (index: number) => context.dates[index]!.filter((d) => d.kind !== 'year' && !d.relative && !d.deadline && !d.document && !context.claimed.has(d)
    && !figurePeriod(context, d) && !sinceClause(context, index, d) && !afterReport(d.from, context.published));
  for (const meeting of meetings) {
    if (meeting.stage !== 'held' || CYRILLIC.test(context.sentences[meeting.sentence]!.text)) continue;
    const vague = !meeting.date || meeting.date.qualifier === 'reported' || meeting.date.start.length === 4;
    if (!vague) continue;
    const next = context.sentences[meeting.sentence + 1];
    const restated = next && RESTATED.test(next.text) && !meetings.some((m) => m.sentence === meeting.sentence + 1) ? usable(meeting.sentence + 1)[0] : undefined;
    const previous = context.sentences[meeting.sentence - 1];
    const told = !restated && !meeting.date && meeting.talks && previous && !isHeadline(context, previous) && TALKS_NOUN.test(previous.text)
      && !meetings.some((m) => m.sentence === meeting.sentence - 1) ? usable(meeting.sentence - 1)[0] : undefined;
    const found = restated ?? told;
    if (!found || (meeting.date && meeting.date.qualifier !== 'reported' && !found.from.startsWith(meeting.date.start))) continue;
    context.claimed.add(found);
    meeting.date = dateFrom(found);
    meeting.spans.push({ start: found.start, end: found.end });
  }
}

/**
 * Whether talks told in sentence `index` have a date of their own (a day or a month, not after the report, unclaimed) in
 * another month than `meeting`, told in an earlier sentence and stated: they are other talks than it.
 */
function ownMonth(context: Context, index: number, meeting: DraftMeeting): boolean {
  if (meeting.sentence >= index || meeting.date?.qualifier !== 'stated' || meeting.date.start.length < 7) return false;
  // (A month told without its year, "In July, A and B affirmed, during talks in <City>, …", is its own too: a weekday is not.)
  const own = context.dates[index]!.find((d) => ((d.kind === 'day' && !d.relative) || d.kind === 'month') && !d.deadline && !d.document && !context.claimed.has(d)
    && !figurePeriod(context, d) && !sinceClause(context, index, d));
  return !!own && !afterReport(own.from, context.published) && own.from.slice(0, 7) !== meeting.date.start.slice(0, 7);
}

/** Two parties that met, with no one named in the sentence: a meeting of the pair, its people read from the sentences after it. */
function partiesMet(context: Context, sentence: Sentence, index: number, meetings: DraftMeeting[]): void {
  // (Each person once: "Ebrard … as part of Ebrard's visit".)
  const named = peopleIn(context, index).filter((m, i, all) => all.findIndex((o) => o.person === m.person) === i);
  // "after series of bilateral meetings between Nigeria and the Kingdom of Morocco": the pair after "between".
  // (Or told in the passive, "negotiations were held in <City> between <Title> of A <Name> and <title> of B …", with
  // one of the two not read as a person: the countries after "between" met, with the one who is.)
  const passive = PASSIVE_BETWEEN.exec(sentence.text);
  const between = BETWEEN_MET.exec(sentence.text) ?? passive;
  const trigger = PARTIES_MET.exec(sentence.text) ?? between;
  // (One person may be among them: "<Adj> <Title> A and <Adj> President-elect B met", B not read as a person.)
  if (!trigger || meetings.some((m) => m.sentence === index)) return;
  let parties: [string, string] | undefined;
  let people = named;
  if (trigger === between) {
    if (named.length > (trigger === passive ? 1 : 0)) return;
    parties = pairBetween(context, { ...sentence, text: sentence.text.slice(trigger.index) });
    // (The one person named is one of the two sides.)
    if (parties && named.some((m) => !m.person.country || !parties!.includes(m.person.country))) return;
  } else {
    const at = sentence.start + trigger.index;
    const before = context.parties[index]!.filter((p) => p.start < at);
    const codes = [...new Set(before.map((p) => p.code))];
    if (codes.length !== 2 || !/\band\b/.test(context.text.slice(before[0]!.end, before.at(-1)!.start))) return;
    // "<A> and <B> discussed …": the two countries are the subject, opening the sentence (after a dateline at most),
    // not the object of something discussed ("ties between A and B discussed" is no such sentence).
    if (/discussed/i.test(trigger[0]) && !/^(?:[^.;]{0,80}?(?:[:)]|\s[–—-])\s*)?(?:the\s+)?$/iu.test(context.text.slice(sentence.start, before[0]!.start))) return;
    // Anyone named before the verb must be one side's; after it, people of the pair are the ones who met, and someone
    // of a third country met "with" means talks of three.
    if (named.some((m) => m.span.start < at && !(m.person.country && codes.includes(m.person.country)))) return;
    if (named.some((m) => m.span.start > at && m.person.country && !codes.includes(m.person.country) && /\bwith\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,6}$/u.test(context.text.slice(Math.max(sentence.start, m.span.start - 60), m.span.start)))) return;
    people = named.filter((m) => m.span.start < at || (m.person.country && codes.includes(m.person.country)));
    parties = [codes[0]!, codes[1]!];
  }
  if (!parties) return;
  const phone = PHONE.test(sentence.text);
  const dateMention = takeDate(context, index, sentence.start, sentence.end);
  const date = dateMention ? dateFrom(dateMention) : null;
  const location = phone ? undefined : placeIn(context, index, sentence.start, sentence.end);
  const at = sentence.start + trigger.index;
  // The people are those the next sentences name on each side.
  const participants: DraftParticipant[] = people.map(({ person }) => ({ person, role: 'participant' as const }));
  for (const mention of context.personMentions.slice(index + 1, index + 3).flat()) {
    if (mention.person.country && parties.includes(mention.person.country) && !participants.some((p) => p.person === mention.person)) participants.push({ person: mention.person, role: 'participant' });
  }
  const meeting: DraftMeeting = {
    kind: 'working-meeting', stage: stageOf(context, sentence, sentence.start, sentence.end, date), parties, date, location: location ?? { qualifier: 'unknown' },
    participants, spans: [{ start: at, end: at + trigger[0].length }], sentence: index, talks: true, phone,
  };
  if (date?.span) meeting.spans.push(date.span);
  if (location?.span) meeting.spans.push(location.span);
  meetings.push(meeting);
}

/**
 * The one who holds a digest's meetings, with no country of their own in the text: "Foreign Secretary <Name> met envoys
 * of A, B, C and D" (en-340). Met by people of two countries or more, they are of neither, so the "other side of someone
 * they met" would give them a counterpart's country and every pair would be wrong. They take the one country the text
 * names that none of their counterparts is of ("<Country>'s appreciation"), when there is exactly one; else they are
 * left to the later rules (the sentence's party, the publisher's country). Returns the hosts found.
 */
function digestHosts(context: Context, meetings: DraftMeeting[]): Set<TextPerson> {
  const met = new Map<TextPerson, Set<string>>();
  for (const meeting of meetings) {
    if (!meeting.talks) continue;
    for (const { person } of meeting.participants) {
      if (person.country) continue;
      for (const other of meeting.participants) {
        if (other.person === person || !other.person.country) continue;
        if (!met.has(person)) met.set(person, new Set());
        met.get(person)!.add(other.person.country);
      }
    }
  }
  const hosts = new Set<TextPerson>();
  for (const [person, countries] of met) {
    if (countries.size < 2) continue;
    hosts.add(person);
    const home = digestHome(context, countries);
    if (home) {
      person.country = home;
      person.countryFrom = 'sentence';
    }
  }
  return hosts;
}

/**
 * The home of one who met people of the countries `met` and has no country of their own in the text: the one country
 * the text names that none of them is of, nor anyone else the text gives a country ("<Country>'s appreciation"); of
 * several such, the one named most, at least twice and more often than any other ("India's premier conference", "his
 * first visit to India" beside a crisis in Ukraine named once, en-391). Else none.
 */
function digestHome(context: Context, met: ReadonlySet<string>): string | undefined {
  // (Not the country of anyone else the text names with one: an envoy whose meeting was not read as talks is still foreign.)
  const others = new Set(context.people.people.map((p) => p.country).filter((c): c is string => Boolean(c)));
  const named = context.parties.flat().map((p) => p.code).filter((code) => !met.has(code) && !others.has(code));
  const rest = [...new Set(named)];
  const times = (code: string) => named.filter((c) => c === code).length;
  const most = [...rest].sort((a, b) => times(b) - times(a));
  // (Of several, the country the report was published or filed in: "Accra, Sept. 24, GNA – <Name> … held meetings with her
  // counterparts <Name> of <A>; <Name> of <B> …", where <B> is also named in a signed memorandum's "between <Home> and <B>".)
  const filed = context.publisherCountry ?? context.dateline?.country;
  if (rest.length > 1 && filed && rest.includes(filed)) return filed;
  return rest.length === 1 ? rest[0] : most[0] && times(most[0]) >= 2 && times(most[0]) > times(most[1] ?? '') ? most[0] : undefined;
}

/** Pairs, kinds, dates and places that follow from the people and the visits. */
function completeMeetings(context: Context, meetings: DraftMeeting[], visits: DraftVisit[]): void {
  const hosts = digestHosts(context, meetings);
  // People without a country: the other side of someone they met, else the publisher's.
  for (let pass = 0; pass < 2; pass++) {
    for (const meeting of meetings) {
      const known = meeting.participants.find((p) => p.person.country);
      for (const participant of meeting.participants) {
        if (participant.person.country || !known || hosts.has(participant.person)) continue;
        const side = otherSide(context, known.person.country) ?? (meeting.parties ? meeting.parties.find((c) => c !== known.person.country) : undefined);
        if (side) {
          participant.person.country = side;
          participant.person.countryFrom = 'meeting';
        }
      }
    }
  }
  // Else, for one named with a post in the sentence that tells a visit, the visited country: "<Title> A received on
  // Tuesday <Title> B of <Country>, in the context of the official visit to <City> by …" — the host receives, the guest
  // comes from elsewhere (not when the visitor's own country is unknown or is the visited one).
  for (const visit of visits) {
    if (!visit.to || !visit.visitor.country || visit.visitor.country === visit.to || visit.implied) continue;
    // (English, and a sentence that says someone was received: the one before the verb is the host.)
    const told = context.sentences[visit.sentence]!;
    const received = /\b(?:received|receives|welcomed|welcomes|hosted|hosts|greeted|greets)\b/.exec(told.text);
    if (!received || CYRILLIC.test(told.text)) continue;
    for (const { person } of context.personMentions[visit.sentence] ?? []) {
      if (person.country || person === visit.visitor || !person.titles.length || person.titles[0]!.sentence !== visit.sentence) continue;
      if (!person.mentions.some((m) => m.sentence === visit.sentence && m.start < told.start + received.index)) continue;
      person.country = visit.to;
      person.countryFrom = 'sentence';
    }
  }
  // Else the party the sentence that gives the post is about, when it is one of the text's pair: "Pakistan will keep
  // playing its role … as part of the vision of Prime Minister Imran Khan" (the first party the sentence names).
  for (const person of context.people.people) {
    const titled = person.titles[0];
    // (English only: a Russian sentence's first party is as often a genitive of something else.)
    if (person.country || !titled || !context.pair || CYRILLIC.test(context.sentences[titled.sentence]?.text ?? '')) continue;
    // (A country's name, not an adjective: "the British government" is not what a sentence is about; nor a country
    // after "of", which qualifies something else: "a new embassy of Indonesia has been inaugurated in <City>".)
    const first = context.parties[titled.sentence]?.find((p) => p.start < titled.span.start && !p.adjective && !/\b(?:for|on|with|of)\s+(?:the\s+)?$/.test(context.text.slice(Math.max(0, p.start - 12), p.start)));
    if (first && context.pair.includes(first.code)) {
      person.country = first.code;
      person.countryFrom = 'sentence';
    }
  }
  // Else the publisher's country, or where the report was filed ("ISLAMABAD:").
  for (const person of context.people.people) {
    const country = context.publisherCountry ?? context.dateline?.country;
    if (!person.country && country) {
      person.country = country;
      person.countryFrom = 'publisher';
    }
  }
  // "Fidan will meet with his counterpart Sheikh Abdullah bin Zayed": a counterpart with no adjective is of the pair's other
  // side from the person named before them in the sentence (over the publisher's country, which says nothing of them).
  for (const here of context.personMentions) {
    for (const { person, span } of here) {
      if (person.country && person.countryFrom !== 'publisher') continue;
      if (!person.mentions.some((m) => m.start === span.start && /^(?:his|her|their) counterpart$/.test(m.titleRaw ?? ''))) continue;
      const before = [...here].reverse().find((m) => m.span.start < span.start && m.person !== person && m.person.country);
      const side = otherSide(context, before?.person.country);
      if (side) {
        person.country = side;
        person.countryFrom = 'meeting';
      }
    }
  }
  // "Foreign Minister <Name> and his Nepalese counterpart <Name>": the one whose counterpart the adjective places is of
  // the pair's other side (en-362), over the publisher's country, which says nothing of him.
  for (const here of context.personMentions) {
    for (const { person, span } of here) {
      const adjectived = person.country && person.mentions.some((m) => m.start === span.start && /^\p{Lu}[\p{L}-]* counterpart$/u.test(m.titleRaw ?? '') && m.countryFrom === 'modifier');
      if (!adjectived) continue;
      const before = [...here].reverse().find((m) => m.span.start < span.start && m.person !== person && m.person.titles.length);
      if (!before || (before.person.country && before.person.countryFrom !== 'publisher')) continue;
      const side = otherSide(context, person.country);
      if (side) {
        before.person.country = side;
        before.person.countryFrom = 'meeting';
      }
    }
  }
  for (const visit of visits) visit.from ??= visit.visitor.country;
  for (const meeting of meetings) {
    const sides = [...new Set(meeting.participants.map((p) => p.person.country).filter((c): c is string => Boolean(c)))];
    if (meeting.talks && sides.length === 2) meeting.parties = [sides[0]!, sides[1]!];
    // (A pair the sentence itself named, holding the one side known, stands: "<Adj> <Title> A and <Adj> President-elect B met".)
    // (Not for a digest's host whose country is still unknown: the report's pair is only one of their meetings.)
    const hostless = meeting.participants.some((p) => hosts.has(p.person) && !p.person.country);
    if (meeting.talks && sides.length === 1 && !hostless && !meeting.parties?.includes(sides[0]!)) meeting.parties = [sides[0]!, otherSide(context, sides[0]) ?? context.pair?.find((c) => c !== sides[0]) ?? sides[0]!];
    if (meeting.talks) meeting.kind = talksKind(meeting);
    // A round the visitor led belongs to the visit wherever the text mentions the visit; talks, only when told after it.
    const visit = visits.find((v) => meeting.participants.some((p) => p.person === v.visitor) && (v.sentence <= meeting.sentence + 1 || v.implied || !meeting.talks))
      // (A round with no date of its own is of the only visit: held during it when told after it; planned for it when both
      // are still to come, wherever the report names it — "will co-chair the seventh meeting" in a standfirst, "will be on
      // a two-day visit … from January 4" below.)
      ?? (visits.length === 1 && !meeting.talks && !meeting.date
        && (visits[0]!.planned ? meeting.stage === 'planned' : meeting.stage === 'held' && meeting.sentence >= visits[0]!.sentence) ? visits[0] : undefined)
      // (Talks between the visit's two countries told after the only visit, dated, and with no day of their own — "<Adj>
      // Foreign Minister paid courtesy calls on A and B ahead of a bilateral meeting with C" after "paid an official visit to
      // <Country> on 27 June" — were held during it, whoever the text names as their side.)
      ?? onlyHeldVisit(visits, meeting);
    if (visit && meeting.stage === (visit.planned ? 'planned' : 'held')) {
      meeting.visit = visit;
      if (!meeting.date) {
        meeting.date = visit.date.qualifier === 'stated'
          ? { start: visit.date.start, end: visit.date.end, qualifier: 'inferred', note: 'Held during the visit; the report gives no day of its own.', fromVisit: visit }
          : { ...visit.date, span: undefined };
      }
      if (meeting.location.qualifier !== 'stated' && !meeting.phone) {
        meeting.location = { country: visit.to, place: visit.location.place, qualifier: 'inferred', note: 'Held during the visit, which the report places there.' };
      }
    }
    if (!meeting.date && meeting.stage === 'held') meeting.date = reportedDate(context);
    if (meeting.location.qualifier === 'inferred' && !meeting.location.country) meeting.location.country = meeting.participants[0]?.person.country;
    if (meeting.location.qualifier === 'unknown' && !meeting.phone && context.dateline && meeting.stage === 'held' && meeting.parties?.includes(context.dateline.country)) {
      meeting.location = { country: context.dateline.country, place: context.dateline, qualifier: 'inferred', note: 'Placed where the report was filed (its dateline).' };
    } else if (meeting.location.country && !meeting.location.place && context.dateline?.country === meeting.location.country && meeting.location.qualifier === 'inferred') {
      meeting.location.place = context.dateline;
    }
  }
}

/** The one visit a report tells as made, when talks between its two countries, told just after it with no day of their own, fall in it. */
function onlyHeldVisit(visits: DraftVisit[], meeting: DraftMeeting): DraftVisit | undefined {
  const held = visits.filter((v) => !v.planned);
  const [visit] = held;
  if (held.length !== 1 || !meeting.talks || meeting.date || meeting.stage !== 'held' || visit!.date.qualifier !== 'stated') return undefined;
  if (meeting.sentence < visit!.sentence || meeting.sentence - visit!.sentence > 2) return undefined;
  return samePair(meeting.parties, [visit!.from ?? '', visit!.to ?? '']) ? visit : undefined;
}

/** The kind of talks between two people, by the posts they hold (as the corpus README decides). */
function talksKind(meeting: DraftMeeting): MeetingKind {
  if (meeting.phone) return 'other';
  if (meeting.kind === 'courtesy-call') return 'courtesy-call';
  // (Talks whose other side no one names keep the kind they were read with: "the heads of state … during their
  // meeting in <City> in <Month>", "meetings with foreign ministers of <A>, <B> …".)
  if (meeting.participants.length < 2 && meeting.kind !== 'working-meeting') return meeting.kind;
  const ranks = meeting.participants.map((p) => (p.person.titles[0] ? titleRank(p.person.titles[0].title) : 'other'));
  const parliamentary = (r: string) => r === 'speaker' || r === 'parliament';
  if (ranks.length === 2 && ranks.every(parliamentary)) return 'parliamentary';
  if (ranks.some((r) => r === 'head-of-state' || r === 'head-of-government' || r === 'speaker')) return 'official-talks';
  if (ranks.length === 2 && ranks.every((r) => r === 'minister')) return 'ministerial-meeting';
  return 'working-meeting';
}
