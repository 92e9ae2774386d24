import { CITIES, PARLIAMENTS, findParties, lookupParty } from './gazetteer.js';
import type { Sentence, Span } from './segment.js';
import { TITLE_HEADS, TITLE_MODIFIERS, canonicalTitle, countryInTitle, isField } from './titles.js';
import { FUNCTION_WORDS, MONTH_WORDS, NAME_PARTICLES, TITLE_VOCABULARY, tokenize, type Token } from './words.js';

/** A person named in the text, with the title the text gives them there. */
export interface PersonMention extends Span {
  name: string;
  /** The title's words as written, and its canonical shape. */
  titleSpan?: Span;
  titleRaw?: string;
  title?: string;
  country?: string;
  /** How the country is known: from the title, an adjective before it, or the delegation it leads. */
  countryFrom?: 'title' | 'modifier' | 'delegation';
  sentence: number;
  /** A surname alone ("Vassilenko said"), resolved to a full name later. */
  partial: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'to', 'on', 'and', 'the', 'within', 'in', 'at']);
const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Madam', 'Mister']);
const LOWER_TITLE_WORDS = new Set(['city', 'region', 'district', 'e']);

function isPlaceWord(text: string): boolean {
  return Object.hasOwn(CITIES, text) || Object.hasOwn(PARLIAMENTS, text) || lookupParty(text) !== undefined || /-\p{Lu}/u.test(text) && findParties(text).length > 0;
}

/** A capitalised word that may be part of a person's name. */
export function isNameWord(token: Token | undefined): boolean {
  if (!token || !token.capital) return false;
  const text = token.text.replace(/['’]s$/, '');
  if (text.length < 2 || /^\p{Lu}+$/u.test(text) && text.length <= 4) return false;
  return !TITLE_VOCABULARY.has(text) && !TITLE_HEADS.has(text) && !TITLE_MODIFIERS.has(text) && !MONTH_WORDS.has(text) && !FUNCTION_WORDS.has(text) && !isPlaceWord(text);
}

function isHeadAt(tokens: Token[], index: number): boolean {
  let i = index;
  if (tokens[i]?.text === 'the') i++;
  if (tokens[i] && lookupParty(tokens[i]!.text)) i++;
  while (tokens[i] && (TITLE_MODIFIERS.has(tokens[i]!.text) || isField(tokens[i]!.text))) i++;
  return tokens[i] !== undefined && TITLE_HEADS.has(tokens[i]!.text);
}

interface TitleMatch {
  first: number;
  headIndex: number;
  /** Index of the first token after the title (the name's first token when there is one). */
  titleEnd: number;
  nameStart: number;
  nameEnd: number;
  modifierCountry?: string;
}

/** Reads a title around a head word and the name that follows it. */
function readTitle(tokens: Token[], head: number): TitleMatch {
  let first = head;
  while (first > 0 && (TITLE_MODIFIERS.has(tokens[first - 1]!.text) || isField(tokens[first - 1]!.text))) first--;
  const before = tokens[first - 1];
  const modifierCountry = before && lookupParty(before.text.replace(/['’]s$/, '')) ? lookupParty(before.text.replace(/['’]s$/, ''))!.code : undefined;
  let nameStart = -1;
  let nameEnd = -1;
  let i = head + 1;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const inName = nameStart >= 0 && nameEnd === i;
    if (isNameWord(token)) {
      if (inName) nameEnd = i + 1;
      else {
        nameStart = i;
        nameEnd = i + 1;
      }
      i++;
      continue;
    }
    if (inName && NAME_PARTICLES.has(token.text) && isNameWord(tokens[i + 1])) {
      nameEnd = i + 1;
      i++;
      continue;
    }
    // After a name, anything but more title words ends the title.
    if (nameStart >= 0 && nameEnd === i && !token.capital) break;
    if (token.capital) {
      i++;
      continue;
    }
    if (LOWER_TITLE_WORDS.has(token.text)) {
      i++;
      continue;
    }
    if (CONNECTORS.has(token.text)) {
      if (token.text === 'and' && isHeadAt(tokens, i + 1)) break;
      if (!tokens[i + 1] || !(tokens[i + 1]!.capital || tokens[i + 1]!.text === 'the' || CONNECTORS.has(tokens[i + 1]!.text))) break;
      i++;
      continue;
    }
    if ((token.text === '–' || token.text === '—') && isHeadAt(tokens, i + 1)) {
      i++;
      continue;
    }
    if (token.text === ',' && tokens[i + 1]?.capital && TITLE_VOCABULARY.has(tokens[i + 1]!.text) && nameStart < 0) {
      i++;
      continue;
    }
    break;
  }
  if (nameStart >= 0 && nameEnd - nameStart > 4) nameStart = nameEnd - 3;
  const titleEnd = nameStart >= 0 ? nameStart : i;
  return { first, headIndex: head, titleEnd, nameStart, nameEnd, modifierCountry };
}

const DELEGATION = /\b(?:delegation|side|part|party|team)\b|\bwas represented by\b|^\s*by\b/;

/** The party whose delegation a person leads: "The Kazakh delegation was led by …", "… and Austria by …". */
function delegationCountry(sentence: Sentence, from: number, to: number): string | undefined {
  const window = sentence.text.slice(from - sentence.start, to - sentence.start);
  const parties = findParties(window, from);
  for (const party of parties.reverse()) {
    const after = sentence.text.slice(party.end - sentence.start, to - sentence.start);
    if (DELEGATION.test(after.slice(0, 60)) && !/\b(?:met|with|received)\b/.test(after)) return party.code;
  }
  return undefined;
}

/**
 * Every titled person in a sentence, every "Name, Title" apposition and every honorific
 * with a surname ("Ms Balciuniene").
 */
export function findTitledPeople(sentence: Sentence, index: number): PersonMention[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const mentions: PersonMention[] = [];
  let consumed = -1;
  let lastPersonEnd = sentence.start;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumed) continue;
    const token = tokens[i]!;
    if (HONORIFICS.has(token.text) && isNameWord(tokens[i + 1])) {
      let end = i + 2;
      while (isNameWord(tokens[end]) && end - i < 4) end++;
      mentions.push(nameOnly(tokens, i + 1, end, index, sentence.text, sentence.start));
      consumed = end - 1;
      continue;
    }
    if (!TITLE_HEADS.has(token.text)) continue;
    const match = readTitle(tokens, i);
    consumed = Math.max(match.titleEnd, match.nameEnd) - 1;
    const titleStart = tokens[match.first]!.start;
    const titleEnd = tokens[match.titleEnd - 1]!.end;
    const titleRaw = sentence.text.slice(titleStart - sentence.start, titleEnd - sentence.start);
    const places = Object.entries(CITIES).flatMap(([city, country]) => {
      const at = titleRaw.indexOf(city);
      return at >= 0 ? [{ country, start: at }] : [];
    });
    for (const [name, country] of Object.entries(PARLIAMENTS)) {
      const at = titleRaw.indexOf(name);
      if (at >= 0) places.push({ country, start: at });
    }
    const inTitle = countryInTitle(titleRaw, places.sort((a, b) => a.start - b.start));
    let nameStart = match.nameStart;
    let nameEnd = match.nameEnd;
    // "Claire Martin, Director for …": the name stands before the title.
    if (nameStart < 0) {
      let j = match.first - 1;
      if (tokens[j]?.text === 'the') j--;
      if (tokens[j]?.text === ',') {
        let k = j;
        while (k > 0 && (isNameWord(tokens[k - 1]) || (NAME_PARTICLES.has(tokens[k - 1]!.text) && isNameWord(tokens[k - 2])))) k--;
        if (j - k >= 2 && j - k <= 4) {
          nameStart = k;
          nameEnd = j;
        }
      }
    }
    if (nameStart < 0) continue;
    const name = sentence.text.slice(tokens[nameStart]!.start - sentence.start, tokens[nameEnd - 1]!.end - sentence.start).replace(/['’]s$/, '');
    const delegation = delegationCountry(sentence, lastPersonEnd, titleStart);
    const country = inTitle ?? match.modifierCountry ?? delegation;
    mentions.push({
      start: tokens[nameStart]!.start,
      end: tokens[nameStart]!.start + name.length,
      name,
      titleSpan: { start: titleStart, end: titleEnd },
      titleRaw,
      title: canonicalTitle(titleRaw),
      country,
      countryFrom: inTitle ? 'title' : match.modifierCountry ? 'modifier' : delegation ? 'delegation' : undefined,
      sentence: index,
      partial: nameEnd - nameStart < 2,
    });
    lastPersonEnd = tokens[Math.max(nameEnd, match.titleEnd) - 1]!.end;
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function nameOnly(tokens: Token[], from: number, to: number, sentence: number, text: string, offset: number): PersonMention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, name: text.slice(start - offset, end - offset), sentence, partial: to - from < 2 };
}

/** Runs of two to four name words anywhere in a sentence: candidates for people named without a title. */
export function nameRuns(sentence: Sentence): Span[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const runs: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && (isNameWord(tokens[j]) || (NAME_PARTICLES.has(tokens[j]!.text) && isNameWord(tokens[j + 1])))) j++;
    runs.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end });
    i = j - 1;
  }
  return runs;
}
