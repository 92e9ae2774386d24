import { findParties, lookupParty } from './gazetteer.js';
import { prechecked, mayMatch } from './prechecks.js';
import { SEATS } from './titles.js';
import { FUNCTION_WORDS, MONTH_WORDS, TITLE_VOCABULARY, isCommonWord, type Token } from './words.js';

/*
 * Posts the press writes in lower case, which the title reader only knows with capitals:
 *
 * - a post with its field and its country before the name, "state minister for foreign affairs of
 *   <Country> <Name>" (en-363), or with a comma between them, "<Country>’s state minister for foreign
 *   affairs, <Initial>. <Name>," and "the <Country> foreign minister, <Name>" (en-363);
 * - a name written with the initials of a Sri Lankan or South Indian name in capitals after a post in
 *   lower case, "foreign minister <INITIALS> <Name> <Surname>" (en-363);
 * - a body's name before its head, spokesperson or speaker, "<Body> head <Name>" (en-121),
 *   "<Body> spokeswoman <Name>" (en-224), "Ministry of <Field> spokesperson <Name>" (en-340), "the country’s
 *   parliament speaker <Name>" (en-116): the post is the head's of that body ("Head of <Body>").
 *
 * The first two are capitalised here (same length, so offsets hold) and read as any title; the third is
 * read by `bodyBeforeHead` from the tokens once the title is read.
 */

// ("external affairs minister S Jaishankar": India's name for its foreign minister, in lower case, en-600.)
const MODIFIER = '(?:first|vice|deputy|state|senior|assistant|junior|additional|joint|chief|principal|permanent|foreign|prime|defence|defense|trade|finance|presidential|press|special|acting|(?:external|foreign)\\s+affairs)';
const HEAD = '(?:minister|secretary|ambassador|envoy|director(?:[- ]general)?|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman|adviser|advisor|president|premier)';
/** "for foreign affairs", "of external affairs", "for Foreign Affairs" (en-376): a field ending in "affairs". */
const FIELD = '(?:\\s+(?:for|of)\\s+(?:[\\p{L}-]+\\s+){0,3}?[Aa]ffairs)';
/** "of Pakistan", "of the Republic of Korea": a party after the post (checked by the title reader). */
const OF_PARTY = '(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}-]+){0,2}?)';
const ADDRESS = '(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?';
/** Initials before a name: "V. ", "A K ", "MUM ". */
const INITIALS = '(?:\\p{Lu}{1,3}\\.?\\s+)*';
/** A name of two words straight after the post, or after a comma (then capitalised, or initials and a surname). */
// (Or one initial or more and a surname: "external affairs minister S Jaishankar", en-600.)
const NAME_AFTER = `(?=\\s+${ADDRESS}${INITIALS}\\p{Lu}\\p{Ll}+[\\s-]+\\p{Lu}\\p{Ll}|\\s+${ADDRESS}(?:\\p{Lu}\\.?\\s+)+\\p{Lu}\\p{Ll}{2,}|,\\s+${ADDRESS}(?:\\p{Lu}{1,3}\\.?\\s+)+\\p{Lu}\\p{Ll}|,\\s+${ADDRESS}\\p{Lu}\\p{Ll}+\\s+${INITIALS}\\p{Lu}\\p{Ll})`;

const LOWER_POST_BEFORE_NAME = prechecked(
  new RegExp(`(?<![\\p{L}])(?:${MODIFIER}\\s+)*${HEAD}(?:${FIELD}(?:${OF_PARTY})?|${OF_PARTY})?${NAME_AFTER}`, 'gu'),
  /(?:minister|secretary|ambassador|envoy|director|chair|spokes|advis[eo]r|president|premier)/u,
);
const SMALL_WORDS = /^(?:of|for|and|the|to|on|in|at|with)$/;
/** "Roscosmos head Yuri …", "State Department spokeswoman Victoria …", "parliament speaker Marzouq …": a head after its body. */
const BODY_HEAD_BEFORE_NAME = prechecked(
  new RegExp(`(?<=(?:\\p{Lu}[\\p{L}-]*|parliament)\\s+)(?:deputy\\s+)?(?:head|spokesperson|spokesman|spokeswoman|speaker|chairman|chairwoman)(?=\\s+${ADDRESS}${INITIALS}\\p{Lu}\\p{Ll}+[\\s-]+\\p{Lu}\\p{Ll})`, 'gu'),
  /(?:head|spokes|speaker|chair)/u,
);

/**
 * Lower-case posts before a name (with a field, a country or a comma between) in title case, the small
 * words kept small: "state minister for foreign affairs of Pakistan Hina …" → "State Minister for Foreign
 * Affairs of Pakistan Hina …". The text keeps its length.
 */
export function capitaliseLowerPosts(text: string): string {
  const titleCase = (words: string) => words.replace(/(?<![\p{L}'’])(\p{Ll})([\p{L}-]*)/gu, (word: string, first: string, rest: string) => (SMALL_WORDS.test(word) ? word : first.toUpperCase() + rest));
  if (mayMatch(text, LOWER_POST_BEFORE_NAME)) text = text.replace(LOWER_POST_BEFORE_NAME, titleCase);
  if (mayMatch(text, BODY_HEAD_BEFORE_NAME)) text = text.replace(BODY_HEAD_BEFORE_NAME, titleCase);
  return text;
}

/** Heads written after their body's name: "<Body> head", "<Body> spokesperson", "parliament speaker". */
const BODY_HEADS = new Set(['Head', 'Chief', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Speaker', 'Chairman', 'Chairwoman']);

export interface BodyHead {
  /** Index of the body's first token. */
  start: number;
  /** The post with its body: "Head of Roscosmos", "Spokeswoman of the State Department". */
  title: string;
  /** The party named right before the body ("Russian Foreign Ministry spokesperson"). */
  country?: string;
}

/**
 * "Roscosmos head Yuri Borisov", "State Department spokeswoman Victoria Nuland": a head word written in lower
 * case (`lower` says which tokens were) after a run of capitalised words that is no party, no seat of government
 * and no person's name: that run is the body the post heads. `head` is the head word's index, `words` the post's
 * lower-case words from the first. Undefined when the words before are no body.
 */
export function bodyBeforeHead(tokens: Token[], first: number, head: number, lower: (index: number) => boolean): BodyHead | undefined {
  if (!BODY_HEADS.has(tokens[head]!.text) || !lower(head)) return undefined;
  // The post's own words are the lower-case ones ("deputy head"); capitalised modifiers before them are the body's.
  let from = head;
  while (from > first && lower(from - 1)) from--;
  // (A head followed by its own "of …" names its body there: "head of the Ministry …".)
  if (tokens[head + 1]?.text === 'of') return undefined;
  const post = tokens.slice(from, head + 1).map((t) => t.text).join(' ');
  // "the country’s parliament speaker": the parliament, in lower case.
  if (/^parliament(?:ary)?$/i.test(tokens[from - 1]?.text ?? '') && tokens[head]!.text === 'Speaker') return { start: from - 1, title: `${post} of Parliament` };
  let k = from;
  const bodyWord = (t: Token | undefined) => t !== undefined && t.capital && !FUNCTION_WORDS.has(t.text) && !MONTH_WORDS.has(t.text) && !/['’]s$/.test(t.text) && !lookupParty(t.text);
  while (k > 0 && (bodyWord(tokens[k - 1]) || (/^(?:of|and)$/.test(tokens[k - 1]!.text) && bodyWord(tokens[k - 2]) && k < from))) k--;
  if (k === from || !bodyWord(tokens[k])) return undefined;
  const body = tokens.slice(k, from).map((t) => t.text).join(' ');
  // A country or a seat of government is the post's country, not its body ("Kremlin spokesman", "Kazakh head").
  const party = findParties(body)[0];
  if (party && party.start === 0 && party.end >= body.length - 1) return undefined;
  // (One that names a department stays the post's body, its country the seat's: "State Department spokeswoman".)
  const seat = SEATS[body];
  if (seat && !/\bDepartment\b/.test(body)) return undefined;
  const article = isCommonWord(tokens[k]!.text.toLowerCase()) || TITLE_VOCABULARY.has(tokens[k]!.text) ? 'the ' : '';
  const before = tokens[k - 1] ? lookupParty(tokens[k - 1]!.text.replace(/['’]s$/, '')) : undefined;
  const country = before?.code ?? seat;
  return { start: k, title: `${post} of ${article}${body}`, ...(country ? { country } : {}) };
}
