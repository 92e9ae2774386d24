import { CITIES, PARLIAMENTS, findCities, findParties, lookupParty } from './gazetteer.js';
import type { Sentence, Span } from './segment.js';
import { TITLE_HEADS, TITLE_MODIFIERS, canonicalTitle, countryInTitle, isField } from './titles.js';
import { FUNCTION_WORDS, MONTH_WORDS, NAME_PARTICLES, REGION_WORDS, TITLE_VOCABULARY, isCommonWord, tokenize, type Token } from './words.js';

/** A person named in the text, with the title the text gives them there. */
export interface PersonMention extends Span {
  name: string;
  /** The title's words as written, and its canonical shape. */
  titleSpan?: Span;
  titleRaw?: string;
  title?: string;
  /** Further posts the same words give: "Deputy Prime Minister – Foreign Minister". */
  moreTitles?: string[];
  country?: string;
  /** How the country is known: from the title, an adjective before it, or the delegation it leads. */
  countryFrom?: 'title' | 'modifier' | 'delegation';
  sentence: number;
  /** A surname alone ("Vassilenko said"), resolved to a full name later. */
  partial: boolean;
  /** "his Kazakh counterpart X" with no title in the sentence: X holds the post of the person named before. */
  counterpart?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'to', 'on', 'and', 'the', 'within', 'in', 'at']);
/** Words of address before a name: "Ambassador Mr. Faruk Kaymakcı", "H.E. Talgat Kaliyev", "Lord David Cameron". */
export const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Madam', 'Mister', 'H.E', 'H.E.', 'HE', 'H.H', 'H.H.', 'HH', 'HRH', 'H.R.H', 'H.R.H.', 'Excellency', 'Highness', 'Lord', 'Lady', 'Sir', 'Dame', 'Sheikh', 'Sheikha', 'Prof', 'Professor']);

/** How many tokens of address start at `i` ("His Excellency" is two); 0 when none. */
function honorificAt(tokens: Token[], i: number): number {
  const token = tokens[i];
  if (!token) return 0;
  if ((token.text === 'His' || token.text === 'Her') && (tokens[i + 1]?.text === 'Excellency' || tokens[i + 1]?.text === 'Highness')) return 2;
  return HONORIFICS.has(token.text) ? 1 : 0;
}

/**
 * Whether words read as a name may be one: not a region ("Latin America"), and not made
 * only of common English words ("Community Abroad"), which a name never is alone.
 */
export function plausibleName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.some((w) => REGION_WORDS.has(w))) return false;
  if (/\p{Script=Cyrillic}/u.test(name)) return true;
  return !words.every((w) => isCommonWord(w.toLowerCase()) || NAME_PARTICLES.has(w));
}
const LOWER_TITLE_WORDS = new Set(['city', 'region', 'district', 'e']);

function isPlaceWord(text: string): boolean {
  // "Tunisians Abroad", "Kazakhs": a people's name in the plural is not a person's.
  if (/[^s]s$/.test(text) && lookupParty(text.slice(0, -1))?.adjective) return true;
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
  const single = before && lookupParty(before.text.replace(/['’]s$/, ''))?.code;
  // "North Korean First Deputy Foreign Minister": the party whose name ends right before the title.
  const pair = before && tokens[first - 2] ? findParties(`${tokens[first - 2]!.text} ${before.text}`) : [];
  const modifierCountry = pair.length === 1 && pair[0]!.start === 0 ? pair[0]!.code : single;
  let nameStart = -1;
  let nameEnd = -1;
  let addressAt = -1;
  let i = head + 1;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const inName = nameStart >= 0 && nameEnd === i;
    // "Minister K Natwar Singh", "Zaheer A. Janjua": an initial is part of the name around it.
    if (/^\p{Lu}\.?$/u.test(token.text) && (isNameWord(tokens[i + 1]) && (nameStart < 0 || inName))) {
      if (nameStart < 0) nameStart = i;
      nameEnd = i + 1;
      i++;
      continue;
    }
    // "Additional Foreign Secretary (Africa) Ambassador Hamid Asghar Khan": a diplomat's rank
    // after another post is a form of address, not part of the post.
    if (nameStart < 0 && i > head && /^Amb(?:assador|\.)?$/.test(token.text) && !/^(?:Extraordinary|Plenipotentiary|at-Large)$/.test(tokens[i + 1]?.text ?? '')
      && (isNameWord(tokens[i + 1]) || honorificAt(tokens, i + 1) > 0)) {
      addressAt = i;
      i += 1 + honorificAt(tokens, i + 1);
      nameStart = i;
      nameEnd = i;
      while ((isNameWord(tokens[nameEnd]) || (/^\p{Lu}\.?$/u.test(tokens[nameEnd]?.text ?? '') && isNameWord(tokens[nameEnd + 1]))) && nameEnd - nameStart < 4) nameEnd++;
      break;
    }
    // "Ambassador Mr. Faruk Kaymakcı": the words of address end the title; the name follows them.
    const address = nameStart < 0 ? honorificAt(tokens, i) : 0;
    if (address && isNameWord(tokens[i + address])) {
      addressAt = i;
      i += address;
      nameStart = i;
      nameEnd = i;
      while (isNameWord(tokens[nameEnd]) && nameEnd - nameStart < 4) nameEnd++;
      break;
    }
    if (isNameWord(token)) {
      if (inName) nameEnd = i + 1;
      else {
        nameStart = i;
        nameEnd = i + 1;
      }
      i++;
      continue;
    }
    if (inName && (NAME_PARTICLES.has(token.text) || token.text === 'Al') && isNameWord(tokens[i + 1])) {
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
    // "Additional Secretary (Europe)", "Secretary (Economic Relations)": the post's field in brackets.
    if (token.text === '(' && nameStart < 0) {
      let close = i + 1;
      while (close < tokens.length && close - i <= 5 && tokens[close]!.text !== ')' && (tokens[close]!.capital || CONNECTORS.has(tokens[close]!.text))) close++;
      if (tokens[close]?.text === ')' && close > i + 1) {
        i = close + 1;
        continue;
      }
    }
    if ((token.text === '–' || token.text === '—') && isHeadAt(tokens, i + 1)) {
      i++;
      continue;
    }
    if (token.text === ',' && tokens[i + 1]?.capital && TITLE_VOCABULARY.has(tokens[i + 1]!.text) && nameStart < 0) {
      i++;
      continue;
    }
    // "the State Secretary of the Romanian Ministry of Foreign Affairs, Dan Neculaescu": the name after a comma.
    if (token.text === ',' && nameStart < 0) {
      let j = i + 1 + honorificAt(tokens, i + 1);
      const start = j;
      while (isNameWord(tokens[j]) && j - start < 4) j++;
      const next = tokens[j]?.text;
      if (j - start >= 2 && (next === undefined || next === ',' || next === 'and' || next === ')' || next === '–' || next === 'who' || next === 'said')) {
        addressAt = i;
        nameStart = start;
        nameEnd = j;
      }
    }
    break;
  }
  // Particles lengthen a name ("Faysal bin Ferhan Al Saud"); without them five name words are two people or a body.
  const particles = nameStart >= 0 ? tokens.slice(nameStart, nameEnd).filter((t) => NAME_PARTICLES.has(t.text) || t.text === 'Al' || t.text === 'Bin').length : 0;
  if (nameStart >= 0 && nameEnd - nameStart > 4 + particles) nameStart = nameEnd - 3;
  const titleEnd = addressAt >= 0 ? addressAt : nameStart >= 0 ? nameStart : i;
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
export function findTitledPeople(original: Sentence, index: number): PersonMention[] {
  const sentence = { ...original, text: capitaliseTitles(original.text) };
  const tokens = tokenize(sentence.text, sentence.start);
  const mentions: PersonMention[] = [];
  let consumed = -1;
  let lastPersonEnd = sentence.start;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumed) continue;
    const token = tokens[i]!;
    const address = honorificAt(tokens, i);
    if (address && isNameWord(tokens[i + address]) && !TITLE_HEADS.has(tokens[i + address]!.text)) {
      let end = i + address + 1;
      while (isNameWord(tokens[end]) && end - i - address < 4) end++;
      const mention = nameOnly(tokens, i + address, end, index, sentence.text, sentence.start);
      if (plausibleName(mention.name)) mentions.push(mention);
      consumed = end - 1;
      continue;
    }
    if (!TITLE_HEADS.has(token.text)) continue;
    const match = readTitle(tokens, i);
    consumed = Math.max(match.titleEnd, match.nameEnd) - 1;
    const titleStart = tokens[match.first]!.start;
    const titleEnd = tokens[match.titleEnd - 1]!.end;
    const titleRaw = sentence.text.slice(titleStart - sentence.start, titleEnd - sentence.start);
    const places = findCities(titleRaw).map((city) => ({ country: city.country, start: city.start }));
    for (const [name, country] of Object.entries(PARLIAMENTS)) {
      const at = titleRaw.indexOf(name);
      if (at >= 0) places.push({ country, start: at });
    }
    const inTitle = countryInTitle(titleRaw, places.sort((a, b) => a.start - b.start));
    let nameStart = match.nameStart;
    let nameEnd = match.nameEnd;
    // "…, director general for Africa, Central Asia …": a region after "for" belongs to the title; the
    // holder is then the name before it.
    if (nameStart >= 0 && !plausibleName(sentence.text.slice(tokens[nameStart]!.start - sentence.start, tokens[nameEnd - 1]!.end - sentence.start)) && /^(?:for|of|on)$/.test(tokens[nameStart - 1]?.text ?? '')) {
      nameStart = -1;
      nameEnd = -1;
    }
    // "Claire Martin, Director for …": the name stands before the title.
    if (nameStart < 0) {
      let j = match.first - 1;
      // "Daniel Kritenbrink, U.S. Assistant Secretary of State …": the title's country between the comma and the title.
      if (tokens[j] && lookupParty(tokens[j]!.text.replace(/['’]s$/, ''))) j--;
      // "Faruk Demirsoy, the new Ambassador of Türkiye to Azerbaijan"
      while (tokens[j] && /^(?:new|newly|appointed|incoming|outgoing|current)$/.test(tokens[j]!.text)) j--;
      if (tokens[j]?.text === 'the') j--;
      if (tokens[j]?.text === ',') {
        // "Marius Skuodis @Skuodis, Minister of …": a handle between the name and its title.
        const end = /^@/.test(tokens[j - 1]?.text ?? '') ? j - 1 : j;
        let k = end;
        // "Zaheer A. Janjua, Additional Secretary": an initial (with or without its stop) inside the name.
        const initialAt = (at: number) => /^\p{Lu}\.?$/u.test(tokens[at]?.text ?? '') && isNameWord(tokens[at - 1]) || tokens[at]?.text === '.' && /^\p{Lu}$/u.test(tokens[at - 1]?.text ?? '');
        while (k > 0 && (isNameWord(tokens[k - 1]) || initialAt(k - 1) || (NAME_PARTICLES.has(tokens[k - 1]!.text) && isNameWord(tokens[k - 2])))) k--;
        while (k < end && honorificAt(tokens, k)) k += honorificAt(tokens, k);
        // Particles lengthen a name: "Abdullah bin Zayed Al Nahyan".
        const particles = tokens.slice(k, end).filter((t) => NAME_PARTICLES.has(t.text) || t.text === 'Al' || t.text === 'Bin').length;
        if (end - k >= 2 && end - k <= 4 + particles) {
          nameStart = k;
          nameEnd = end;
        }
      }
    }
    if (nameStart < 0) continue;
    const name = sentence.text.slice(tokens[nameStart]!.start - sentence.start, tokens[nameEnd - 1]!.end - sentence.start).replace(/['’]s$/, '');
    if (!plausibleName(name)) continue;
    const delegation = delegationCountry(sentence, lastPersonEnd, titleStart);
    const country = inTitle ?? match.modifierCountry ?? delegation;
    mentions.push({
      start: tokens[nameStart]!.start,
      end: tokens[nameStart]!.start + name.length,
      name,
      titleSpan: { start: titleStart, end: titleEnd },
      titleRaw,
      ...splitTitles(titleRaw),
      country,
      countryFrom: inTitle ? 'title' : match.modifierCountry ? 'modifier' : delegation ? 'delegation' : undefined,
      sentence: index,
      partial: nameEnd - nameStart < 2,
    });
    lastPersonEnd = tokens[Math.max(nameEnd, match.titleEnd) - 1]!.end;
  }
  counterparts(sentence, tokens, index, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * "South Korean vice foreign minister Kim Hong-kyun": a title written in lower case before
 * a name reads as one written with capitals (the same length, so offsets hold).
 */
function capitaliseTitles(text: string): string {
  // "Daniel Kritenbrink, U.S. assistant secretary of state for East Asian and Pacific affairs, and …": a title in lower case
  // after a name and a comma, up to the next comma, in title case (function words kept small).
  text = text.replace(
    /(?<=,\s+(?:the\s+)?(?:U\.S\.\s+|\p{Lu}\p{Ll}+\s+)?)((?:(?:first|vice|deputy|assistant|senior|under|principal|chief|additional|foreign|joint)\s+)*(?:secretary|minister|director(?:[- ]general)?|ambassador|adviser|advisor|spokesperson|envoy)\b[^,;.]{0,90}?)(?=,|;|\.(?:\s|$)|$)/gu,
    (words: string) => words.replace(/(?<![\p{L}])(\p{Ll})(\p{L}*)/gu, (word: string, first: string, rest: string) => (/^(?:of|for|and|the|to|on|in|at|with)$/.test(word) ? word : first.toUpperCase() + rest)),
  );
  return text.replace(
    /(?<![\p{L}])((?:(?:first|vice|deputy|foreign|prime|state|defence|defense|trade|finance|economy|senior|assistant|presidential)\s+)*(?:minister|president|ambassador|secretary|premier|envoy|spokesperson|spokesman|aide))(?=\s+(?:Mr\.?\s+|Ms\.?\s+)?\p{Lu}\p{Ll}+[\s-]+\p{Lu}?\p{Ll})/gu,
    (words: string) => words.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()),
  );
}

/**
 * "Foreign Minister Cho Tae-yul and his Chinese counterpart, Wang Yi": the counterpart holds
 * the same post in the country the adjective names.
 */
function counterparts(sentence: Sentence, tokens: Token[], index: number, mentions: PersonMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    // "his Chinese counterpart", "his visiting Pakistani counterpart"
    if (tokens[i]!.text !== 'counterpart' || ![2, 3].some((back) => /^(?:his|her|their)$/.test(tokens[i - back]?.text ?? ''))) continue;
    const adjective = lookupParty(tokens[i - 1]!.text);
    if (!adjective) continue;
    let start = i + 1;
    if (tokens[start]?.text === ',') start++;
    start += honorificAt(tokens, start);
    let end = start;
    while (isNameWord(tokens[end]) && end - start < 4) end++;
    if (end - start < 2 && !(end - start === 1 && tokens[end]?.text === ',')) continue;
    const subject = [...mentions].reverse().find((m) => m.start < tokens[i]!.start && m.title);
    if (end === start) continue;
    const name = sentence.text.slice(tokens[start]!.start - sentence.start, tokens[end - 1]!.end - sentence.start);
    if (!plausibleName(name) || mentions.some((m) => m.start === tokens[start]!.start)) continue;
    // Without a titled subject in the sentence, the post is that of whoever the sentence names before (resolved with the text's people).
    mentions.push({
      // India's "External Affairs" is every other country's "Foreign Affairs".
      start: tokens[start]!.start, end: tokens[end - 1]!.end, name, ...(subject?.title ? { title: subject.title.replace('External Affairs', 'Foreign Affairs') } : { counterpart: true }),
      titleSpan: { start: tokens[i - 1]!.start, end: tokens[i]!.end }, titleRaw: `${tokens[i - 1]!.text} counterpart`,
      country: adjective.code, countryFrom: 'modifier', sentence: index, partial: end - start < 2,
    });
  }
}

function nameOnly(tokens: Token[], from: number, to: number, sentence: number, text: string, offset: number): PersonMention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, name: text.slice(start - offset, end - offset), sentence, partial: to - from < 2 };
}

/** One title or several joined by a dash: "Deputy Prime Minister of Kazakhstan – Foreign Minister". */
let titleBreak: RegExp | undefined;

function splitTitles(raw: string): { title: string; moreTitles?: string[] } {
  // "Deputy Prime Minister, Foreign Minister": a comma before another title's head word parts them too.
  titleBreak ??= new RegExp(`\\s+[–—]\\s+(?=(?:the\\s+)?\\p{Lu})|,\\s+(?=(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${[...TITLE_HEADS].join('|')})\\b)`, 'u');
  const parts = raw.split(titleBreak).map(canonicalTitle).filter(Boolean);
  return parts.length > 1 ? { title: parts[0]!, moreTitles: parts.slice(1) } : { title: canonicalTitle(raw) };
}
