import type { MeetingKind } from '@bilat/domain';
import { findParties } from './gazetteer.js';
import { matchesOf, prechecked } from './prechecks.js';
import type { Span } from './segment.js';

/** A mention of a numbered (or numberable) meeting of a series: "the 10th round of political consultations". */
export interface SeriesMention extends Span {
  kind: MeetingKind;
  ordinal?: number;
  /** "next" or "previous": the round is named by its place, not its number. */
  relative?: 'next' | 'previous';
  /** The standing body's name, when the series belongs to one: "Kazakh-Lithuanian Intergovernmental Commission on …". */
  body?: string;
  bodySpan?: Span;
  /** A body referred to by its kind alone ("the Commission"): resolved to one named earlier. */
  anaphoric: boolean;
  /** The pair the name itself gives ("Kazakh-Lithuanian", "EU-Kazakhstan"). */
  parties?: [string, string];
  unit: string;
  /** Named without a number or place ("political consultations", "the consultations"): may be a round met before. */
  generic?: boolean;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  // ("The inaugural Foreign Office Consultations … were held in <City> on <date>": the first round, recalled with its own date.)
  inaugural: 1,
};
// ("the 6 th round": a space may stand between the number and its suffix.)
const ORD = `(\\d{1,3}\\s?(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).join('|')})`;
// ("the second Zambia-Czech Republic political consultations", en-462: a country of two words on either side; the
// second word is taken only when the rest does not read without it, so "Kazakh-Russian Intergovernmental Commission"
// keeps its body.)
const PAIR = `((?:EU|[\\p{Lu}][\\p{Ll}]+(?:\\s[\\p{Lu}][\\p{Ll}]+)??)-(?:EU|[\\p{Lu}][\\p{Ll}]+(?:\\s[\\p{Lu}][\\p{Ll}]+)??))`;
const BODY_KIND = `(political\\s+consultations|consultations(?:\\s+on\\s+foreign\\s+policy\\s+planning)?|(?:[\\p{Lu}][\\p{L}]+(?:\\s*[–-]\\s*[\\p{Lu}][\\p{L}]+)?\\s+)*?(?:Commission|Committee|Council|Dialogue|Forum)|dialogue|forum|commission)`;
const REL = '(?:(next|previous|upcoming|forthcoming)\\s*,?\\s*)?';

const OF_PATTERN = new RegExp(`\\b(?:the\\s+)?${REL}(?:${ORD}\\s+)?(round|meeting|session|sitting)\\s+of\\s+(?:the\\s+)?(?:${PAIR}\\s+)?${BODY_KIND}`, 'giu');
/** "First review session of the Afghanistan-Pakistan Action Plan for Peace and Solidarity": a pair's mechanism of another name. */
const PAIR_BODY_PATTERN = new RegExp(`\\b(?:the\\s+)?(?:${ORD}\\s+)?(?:(?:review|plenary|regular|annual|ordinary|extraordinary)\\s+)?(round|meeting|session|sitting)\\s+of\\s+(?:the\\s+)?${PAIR}\\s+((?:[\\p{Lu}][\\p{L}]+\\s+){0,3}[\\p{Lu}][\\p{L}]+(?:\\s+(?:for|on)\\s+[\\p{Lu}][\\p{L}]+(?:\\s+and\\s+[\\p{Lu}][\\p{L}]+)?)?)`, 'gu');
const NAMED_PATTERN = new RegExp(`\\b(?:the\\s+)?${ORD}\\s+${PAIR}\\s+((?:[\\p{Lu}][\\p{L}]+\\s+)*?(?:Business\\s+Forum|Strategic\\s+Dialogue|Commission|Committee|Council|Forum|Dialogue)|political\\s+consultations)`, 'gu');
const BARE_PATTERN = new RegExp(`\\b${REL}${ORD}\\s+(round|meeting|session)\\b(?!\\s+of\\b)`, 'giu');
const ITS_PATTERN = new RegExp(`\\bits\\s+${ORD}\\s+(meeting|session|round)\\b`, 'giu');
const BODY_NAME = /(?:[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)+\s+)(?:Intergovernmental\s+|Joint\s+)?(?:Commission|Committee|Council)(?:\s+(?:on|for)\s+(?:[\p{Lu}][\p{L}-]*(?:,?\s+(?:and\s+)?)?)+)?/gu;
/**
 * A commission's meeting named by the body, then the word: "kicked off their Joint Ministerial Commission (JMC) meeting",
 * "the 36th Joint Ministerial Commission session" (the pair is the sentence's: "Ethiopia and Kenya …").
 */
const BODY_MEETING_PATTERN = new RegExp(`\\b(?:[Tt]he|[Tt]heir|[Ii]ts)\\s+(?:${ORD}\\s+)?((?:Joint|Intergovernmental|Inter-[Gg]overnmental|Bi-?[Nn]ational|Permanent)\\s+(?:[\\p{Lu}][\\p{L}]+\\s+){0,3}?(?:Commission|Committee))\\s+(?:\\(\\p{Lu}{2,8}\\)\\s+)?(meeting|session)\\b`, 'gu');
const PLANNING_PATTERN = /\bconsultations\s+on\s+foreign\s+policy\s+planning\b/gi;
/** Words that qualify consultations without naming another kind of meeting. */
const QUALIFIER = '(?:(?:[Bb]ilateral|[Rr]egular|[Aa]nnual|[Ii]nter-?[Mm]inisterial|[Mm]inisterial|[Ii]nter-?[Aa]gency|[Ff]oreign\\s+[Oo]ffice|[Ff]oreign\\s+[Mm]inistry|[Pp]olitical|[Ss]trategic|[Dd]iplomatic|[Hh]igh-[Ll]evel|[Ee]xpert-[Ll]evel|[Dd]eputy-[Mm]inisterial|[Vv]ice-[Mm]inisterial|[Ii]nterdepartmental|[Ff]ull-[Ss]cale|[Ff]ormal|[Pp]olicy|\\p{L}+(?:-\\p{L}+)*-[Ll]evel)\\s+)';
/**
 * Consultations however they are qualified (one round may be "a consultation": "the 12th deputy-minister-level
 * policy consultation"): "the fourth round of bilateral political
 * consultations", "The ninth political consultations", "the 6th round of Pakistani
 * bilateral political consultations", "Kazakh-Russian political consultations",
 * "consultations on foreign policy planning", "the consultations".
 */
const CONSULT_PATTERN = new RegExp(
  `(?:\\b(?:[Tt]he\\s+)?${REL}(?:${ORD}\\s+)?(?:([Rr]ound|[Mm]eeting|[Ss]ession|[Ss]itting)\\s+of\\s+(?:the\\s+)?)?)?(?:(?!${QUALIFIER})(${PAIR}|[\\p{Lu}][\\p{Ll}]+)\\s+)?(${QUALIFIER}*)(?:[Cc]onsultations|[Cc]onsultation(?!\\s+(?:with|of|on)\\b)|[Cc]onsultative\\s+(?:meeting|talks))\\b(\\s+on\\s+foreign\\s+policy\\s+planning\\b)?`,
  'gu',
);
/** A strategic dialogue named without a number: "held a strategic dialogue", "the Strategic Dialogue". */
const DIALOGUE_PATTERN = new RegExp(`\\b(?:the\\s+)?(?:(${PAIR}|[\\p{Lu}][\\p{Ll}]+)\\s+)?[Ss]trategic\\s+[Dd]ialogue\\b`, 'gu');

// What each pattern needs (src/prechecks.ts): most sentences name no series, and CONSULT_PATTERN and
// DIALOGUE_PATTERN, all optional before their key words, are otherwise tried at every position.
const HAS_PAIR = /-/;
const HAS_UNIT_OF = /(?:round|meeting|session|sitting)\s+of\s/iu;
prechecked(NAMED_PATTERN, HAS_PAIR);
prechecked(OF_PATTERN, HAS_UNIT_OF);
prechecked(PAIR_BODY_PATTERN, HAS_PAIR, HAS_UNIT_OF);
prechecked(CONSULT_PATTERN, /[Cc]onsultati/);
prechecked(DIALOGUE_PATTERN, /[Ss]trategic\s+[Dd]ialogue/);
prechecked(BODY_MEETING_PATTERN, /(?:Commission|Committee)\s+(?:\(\p{Lu}{2,8}\)\s+)?(?:meeting|session)/u);
prechecked(BARE_PATTERN, /(?:round|meeting|session)/iu);

function ordinalOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  return ORDINAL_WORDS[lower] ?? (Number.parseInt(lower, 10) || undefined);
}

/** What kind of series a body's name says it is. */
export function seriesKind(body: string): MeetingKind | undefined {
  if (/policy planning/i.test(body)) return 'foreign-policy-planning-consultations';
  if (/consultations/i.test(body)) return 'political-consultations';
  if (/Business Council|Friendship Group/i.test(body)) return undefined;
  if (/Intergovernmental|Commission|Committee/i.test(body)) return 'intergovernmental-commission';
  if (/Dialogue/i.test(body)) return 'strategic-dialogue';
  if (/Forum/i.test(body)) return 'business-forum';
  if (/Council/i.test(body)) return 'other';
  return undefined;
}

function unitOf(word: string | undefined, kind: MeetingKind): string {
  if (word) return word.toLowerCase();
  return kind === 'political-consultations' || kind === 'strategic-dialogue' ? 'round' : 'meeting';
}

function pairOfName(name: string | undefined): [string, string] | undefined {
  if (!name) return undefined;
  const parties = findParties(name.replace(/-/g, ' - '));
  const codes = [...new Set(parties.map((p) => p.code))];
  return codes.length >= 2 ? [codes[0]!, codes[1]!] : undefined;
}

/** The proper name of a body continues with "on Trade and Economic Cooperation" and the like. */
function bodyTail(text: string, from: number): number {
  // Not a day: "the dialogue on Tuesday, Seoul's ministry said".
  const tail = /^\s+(?:on|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[\p{Lu}][\p{L}-]*(?:,?\s+(?:and\s+)?)?)+/u.exec(text.slice(from));
  return tail ? from + tail[0].replace(/[,\s]+(?:and\s*)?$/, '').length : from;
}

/** Every series mention in a sentence (`offset` is the sentence's start in the text). */
export function findSeries(text: string, offset: number): SeriesMention[] {
  const found: SeriesMention[] = [];
  const overlaps = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
  for (const match of matchesOf(text, NAMED_PATTERN)) {
    const bodyName = `${match[2]} ${match[3]}`;
    const kind = seriesKind(match[3]!) ?? (/consultations/.test(match[3]!) ? 'political-consultations' : undefined);
    if (!kind) continue;
    const bodyStart = match.index + match[0].indexOf(match[2]!);
    const end = bodyTail(text, match.index + match[0].length);
    found.push({
      start: offset + match.index, end: offset + end, kind, ordinal: ordinalOf(match[1]), anaphoric: false,
      body: text.slice(bodyStart, end), bodySpan: { start: offset + bodyStart, end: offset + end },
      parties: pairOfName(bodyName), unit: unitOf(undefined, kind),
    });
  }
  for (const match of matchesOf(text, OF_PATTERN)) {
    const [whole, relative, ordinal, unit, pair, body] = match;
    const before = text.slice(Math.max(0, match.index - 25), match.index);
    // "the Protocol of the 15th meeting": the title of a document, not a meeting of its own.
    if (/\b(?:protocol|minutes|decisions?)\s+of\s*(?:the\s*)?$/i.test(before)) continue;
    const kind = seriesKind(body!);
    if (!kind) continue;
    let end = match.index + whole!.length;
    const anaphoric = !pair && /^(?:the\s+)?(?:Commission|Committee|Council|Dialogue|Forum|commission|dialogue|forum|consultations)$/u.test(body!.trim()) && !/^consultations/.test(body!);
    if (!/consultations/i.test(body!)) end = bodyTail(text, end);
    if (overlaps(offset + match.index, offset + end)) continue;
    const bodyStart = pair ? match.index + whole!.indexOf(pair) : match.index + whole!.lastIndexOf(body!);
    found.push({
      start: offset + match.index, end: offset + end, kind, ordinal: ordinalOf(ordinal),
      relative: relative ? (relative.toLowerCase() === 'previous' ? 'previous' : 'next') : undefined,
      body: /consultations/i.test(body!) ? undefined : text.slice(bodyStart, end), bodySpan: { start: offset + bodyStart, end: offset + end },
      anaphoric, parties: pairOfName(pair ?? body), unit: unitOf(unit, kind),
    });
  }
  for (const match of matchesOf(text, PAIR_BODY_PATTERN)) {
    const [whole, ordinal, unit, pair, body] = match;
    const parties = pairOfName(pair);
    if (!parties || overlaps(offset + match.index, offset + match.index + whole!.length)) continue;
    const kind = seriesKind(body!) ?? 'other';
    const bodyStart = match.index + whole!.indexOf(pair!);
    found.push({
      start: offset + match.index, end: offset + match.index + whole!.length, kind, ordinal: ordinalOf(ordinal), anaphoric: false,
      body: text.slice(bodyStart, match.index + whole!.length), bodySpan: { start: offset + bodyStart, end: offset + match.index + whole!.length },
      parties, unit: unit!.toLowerCase(),
    });
  }
  for (const match of matchesOf(text, CONSULT_PATTERN)) {
    // (PAIR holds a group of its own, the sixth.)
    const [whole, relative, ordinal, unit, named, , qualifiers, planning] = match;
    let start = match.index;
    const end = start + whole!.length;
    // A word before the qualifiers counts only when it names the parties ("Kazakh-Russian", "Pakistani").
    const parties = named ? findParties(named.replace(/-/g, ' - ')) : [];
    if (named && parties.length === 0 && !ordinal && !unit && !relative) start += whole!.indexOf(qualifiers || 'onsultations') - (qualifiers ? 0 : 1);
    if (overlaps(offset + start, offset + end)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    // "the Memorandum of Understanding on Political Consultations": a document's title, not a meeting.
    if (/\b(?:protocol|minutes)\s+of\s*(?:the\s*)?$/i.test(before) || /\b(?:Memorandum|Agreement|Protocol|Plan|Programme|Program)\b[^.]{0,40}\b(?:on|of|for)\s+$/i.test(before)) continue;
    const codes = [...new Set(parties.map((p) => p.code))];
    found.push({
      start: offset + start, end: offset + end, kind: planning ? 'foreign-policy-planning-consultations' : 'political-consultations', ordinal: ordinalOf(ordinal),
      relative: relative ? (relative.toLowerCase() === 'previous' ? 'previous' : 'next') : undefined,
      anaphoric: false, unit: unitOf(unit, 'political-consultations'),
      ...(codes.length >= 2 ? { parties: [codes[0]!, codes[1]!] as [string, string] } : {}),
      generic: !ordinal && !relative,
    });
  }
  for (const match of matchesOf(text, DIALOGUE_PATTERN)) {
    if (overlaps(offset + match.index, offset + match.index + match[0].length)) continue;
    const codes = [...new Set(findParties((match[1] ?? '').replace(/-/g, ' - ')).map((p) => p.code))];
    if (/\b(?:Memorandum|Agreement|Protocol|Plan)\b[^.]{0,40}\b(?:on|of|for)\s+$/i.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    found.push({
      start: offset + match.index, end: offset + match.index + match[0].length, kind: 'strategic-dialogue', anaphoric: false, unit: 'round', generic: true,
      ...(codes.length >= 2 ? { parties: [codes[0]!, codes[1]!] as [string, string] } : {}),
    });
  }
  for (const match of matchesOf(text, BODY_MEETING_PATTERN)) {
    const [whole, ordinal, body, unit] = match;
    if (overlaps(offset + match.index, offset + match.index + whole!.length)) continue;
    const kind = seriesKind(body!);
    if (!kind) continue;
    const bodyStart = match.index + whole!.indexOf(body!);
    found.push({
      start: offset + match.index, end: offset + match.index + whole!.length, kind, ordinal: ordinalOf(ordinal), anaphoric: false,
      body: body!, bodySpan: { start: offset + bodyStart, end: offset + bodyStart + body!.length }, unit: unit!.toLowerCase(),
    });
  }
  for (const match of text.matchAll(PLANNING_PATTERN)) {
    if (overlaps(offset + match.index, offset + match.index + match[0].length)) continue;
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length, kind: 'foreign-policy-planning-consultations', anaphoric: true, unit: 'round' });
  }
  for (const match of text.matchAll(ITS_PATTERN)) {
    if (overlaps(offset + match.index, offset + match.index + match[0].length)) continue;
    // "the … Commission on Trade … at its 14th meeting": the body is named earlier in the sentence.
    const bodies = [...text.slice(0, match.index).matchAll(BODY_NAME)];
    const last = bodies.at(-1);
    const name = last?.[0].trimEnd();
    const kind = name ? seriesKind(name) : undefined;
    found.push({
      start: offset + match.index, end: offset + match.index + match[0].length, kind: kind ?? 'other', ordinal: ordinalOf(match[1]),
      anaphoric: !name, unit: match[2]!.toLowerCase(),
      ...(last && name ? { body: name, bodySpan: { start: offset + last.index, end: offset + last.index + name.length }, parties: pairOfName(name) } : {}),
    });
  }
  for (const match of matchesOf(text, BARE_PATTERN)) {
    if (overlaps(offset + match.index, offset + match.index + match[0].length)) continue;
    found.push({
      start: offset + match.index, end: offset + match.index + match[0].length, kind: 'other', ordinal: ordinalOf(match[2]),
      relative: match[1] ? (match[1].toLowerCase() === 'previous' ? 'previous' : 'next') : undefined, anaphoric: true, unit: match[3]!.toLowerCase(),
    });
  }
  // The article is not one of the words that state the meeting.
  for (const mention of found) {
    const article = /^the\s+/i.exec(text.slice(mention.start - offset));
    if (article) mention.start += article[0].length;
  }
  return found.sort((a, b) => a.start - b.start);
}
