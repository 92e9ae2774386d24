import common from './data/common-english.json' with { type: 'json' };
import type { Span } from './segment.js';

const COMMON = new Set((common as { words: string[] }).words);

/** One of the commonest lower-case words of English (SUBTLEX-US, via src/data/common-english.json). */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word);
}

/** Regions and their words, which titles name ("Director for Latin America") and names never are. */
export const REGION_WORDS = new Set(['America', 'Americas', 'Latin', 'Africa', 'Asia', 'Asia-Pacific', 'Pacific', 'Europe', 'Eurasia', 'Caucasus', 'Balkans', 'Gulf', 'Commonwealth', 'Caribbean', 'Oceania', 'Scandinavia', 'Baltic', 'Baltics', 'Maghreb', 'Sahel', 'Levant', 'Indo-Pacific', 'Arctic', 'Antarctic', 'Mediterranean', 'ASEAN', 'CIS', 'SCO', 'CSTO', 'EAEU', 'EEU', 'OSCE', 'NATO', 'OIC', 'UN', 'UNESCO']);

// Russian words that put what a sentence tells in the future ("состоится", "будет", "планируется", "предстоящий"), in one
// place for the dates and the meetings that read them. Matched in lower case (case-insensitive Cyrillic patterns are slow).
const RU_FUTURE_WORDS = 'будет|будут|состоится|состоятся|проведут|провед[её]т|планиру|запланирован|намечен|предстоящ|пройдут|пройд[её]т';

/**
 * A sentence about what is to come, for the dates: which "в четверг" is meant (the next, not the last), whether a day
 * told in the past can be the year before. A visit or meeting announced ("посетит", "встретится", "ожидается") counts.
 */
export const RU_FUTURE_DAYS = new RegExp(`(?:${RU_FUTURE_WORDS}|ожидается|посетит|встретится)`, 'u');

/**
 * A sentence about a meeting to come, for the meetings and visits: planned rather than held. So are intentions, the next
 * round, its preparation, and "затем начнётся встреча в расширенном составе" (a meeting still to begin, ru-440).
 */
export const RU_FUTURE = new RegExp(`(?<![\\p{L}])(?:${RU_FUTURE_WORDS}|ожида|примет\\s+участие|намерены|договорились\\s+провести|следующ|подготовк|начн[её]тся)`, 'u');

/** A word or punctuation mark of a sentence, with its offsets in the whole text. */
export interface Token extends Span {
  text: string;
  /** Starts with a capital (or is a capitalised compound such as "e-Estonia"). */
  capital: boolean;
}

// A handle or hashtag ("@Skuodis", "#Lithuania") is one token, and never part of a name.
const TOKEN = /[@#][\p{L}\p{M}\d_]+|[\p{L}\p{M}][\p{L}\p{M}'’.-]*[\p{L}\p{M}]\.?|[\p{L}\p{M}]|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[–—,;:()"“”‘’'&]/gu;

const sentenceTokens = new WeakMap<Span & { text: string }, Token[]>();

/**
 * The tokens of a sentence of the context, read once: the titled people and the names met before read the same
 * sentence (callers only read them).
 */
export function tokensOf(sentence: Span & { text: string }): Token[] {
  let tokens = sentenceTokens.get(sentence);
  if (!tokens) {
    tokens = tokenize(sentence.text, sentence.start);
    sentenceTokens.set(sentence, tokens);
  }
  return tokens;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // (exec on the one pattern rather than matchAll, which copies it per call; nothing else uses it meanwhile.)
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    let word = match[0];
    // "Kazakhstan's" keeps its possessive; a trailing full stop of an initial stays ("U.S."), others go.
    if (word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(word)) word = word.slice(0, -1);
    // "U.Khurelsukh" (Mongolian usage: the patronymic's initial glued to the name by its stop): the initial and the name.
    if (/^[A-Z]\.[A-Z][a-z]{2,}$/.test(word)) {
      const start = offset + match.index;
      tokens.push({ text: word.slice(0, 2), start, end: start + 2, capital: true });
      tokens.push({ text: word.slice(2), start: start + 2, end: start + word.length, capital: true });
      continue;
    }
    tokens.push({
      text: word,
      start: offset + match.index,
      end: offset + match.index + word.length,
      // "al-Assad", "el-Sisi", "ash-Shaibani": an Arabic article in lower case before a capitalised name is part of it.
      // (So is the elided French article of "Côte d'Ivoire", "Giscard d'Estaing".)
      capital: /^\p{Lu}/u.test(word) || /^(?:\p{Ll}|al|el|ad|an|ar|as|ash|at|az|ud|ul)-\p{Lu}/u.test(word) || /^d['’]\p{Lu}/u.test(word),
    });
  }
  capitalSurnames(tokens, text, offset);
  return tokens;
}

/**
 * "Léon Kacou ADOM, …": a family name in capitals after the given names, as French and West African usage writes it, is a
 * name word, read as if written "Adom" (a word of capitals is otherwise an acronym). Only straight after two capitalised
 * words on the same line, and where the name ends with it (a comma, a semicolon, a bracket, a full stop, "and", or the
 * sentence's end): "the UN", "Lavrov TASS reported" stay as they are.
 */
function capitalSurnames(tokens: Token[], text: string, offset: number): void {
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\p{Lu}{3,}$/u.test(token.text)) continue;
    const [a, b] = [tokens[i - 2]!, tokens[i - 1]!];
    if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text)) continue;
    if (text.slice(a.end - offset, b.start - offset) !== ' ' || text.slice(b.end - offset, token.start - offset) !== ' ') continue;
    const next = tokens[i + 1];
    if (next && !/^(?:[,;)]|and)$/.test(next.text) && !(next.start === token.end && text[token.end - offset] === '.')) continue;
    token.text = token.text[0] + token.text.slice(1).toLowerCase();
  }
}

/** Words that make up titles and the names of bodies, never a person's name. */
export const TITLE_VOCABULARY = new Set(
  `Affairs Foreign Ministry Ministries Trade Integration Economy Economic Economics Development Transport Communications Communication
  Energy Finance Financial Environment Environmental Natural Resources Investment Investments Industry Industrial Agriculture Agricultural Diaspora
  Defence Defense Interior Internal Justice Health Education Science Culture Sport Sports Tourism Labour Labor Social Protection Digital
  Innovation Innovations Climate Action Sustainable Policy Planning Department Political Security European International Federal State
  National Republic Kingdom Parliament Parliamentary Senate Chamber Deputies Committee Commission Council Assembly Port Authority Seaport
  Centre Center Briefing Office Administration Agency Bureau Service Services Union Bank City Municipality Region Regional Continental
  Europe Asia Central Middle East West North South Cooperation Relations Multilateral Bilateral Consular Protocol Information Press Legal
  General Deputy Vice First Second Minister Ministers Prime President Presidential Speaker Chairman Chairwoman Chairperson Chair Ambassador
  Ambassadors Secretary Secretariat Undersecretary Under-Secretary Director Director-General Secretary-General Head Mayor Governor Akim
  High Representative Special Envoy Commissioner Adviser Advisor Consul Chancellor Senator Member Members Executive Chief Permanent
  Extraordinary Plenipotentiary Acting Assistant Scientific-Technical Technical Scientific Emergency Situations Water Water Nuclear Atomic
  Railways Railway Roads Infrastructure Construction Housing Urban Family Youth Women Employment Migration Customs Tax Statistics
  Statistical Friendship Group Business Forum Strategic Dialogue Partnership Intergovernmental Interparliamentary Joint Working
  Government Cabinet Office Presidency Administration Commerce Higher Sciences Enterprises Entrepreneurship Resource Oceans Fisheries
  Mining Mineral Minerals Geology Ecology Ecological Human Rights Trade-Economic Heritage Media Youth Land Water Irrigation
  Asian African European American Pacific Atlantic Arab Nordic Caribbean Oceanian Eurasian Armed Forces
  United Nations
  Commonwealth Worship Federation Confederation Principality Sultanate Emirate Emirates Grand Duchy
  Abroad Expatriates Emigrants Mobility
  Saeima Seimas Riigikogu Mazhilis Majilis Bundestag Sejm Storting Riksdag Eduskunta Folketing Knesset Castle Route Corridor`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case particles inside names: "Hester van Dijk", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'del']);

export const MONTH_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Words that start sentences or clauses and are capitalised only for that reason. */
export const FUNCTION_WORDS = new Set(
  `The A An In On At During After Before Following According As From Since Between With Without For Of To And But Also This That These
  Those It Its He She They His Her Their We Our I Mr Ms Mrs Dr Both Each Over Under Last Next Today Yesterday Tomorrow While When Where
  Earlier Later Meanwhile However Moreover Furthermore Overall Talks Trade Mutual Bilateral Kazinform`
    .split(/\s+/)
    .filter(Boolean),
);
