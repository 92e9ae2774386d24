import type { PartyMention } from './gazetteer.js';
import { plausibleName, type PersonMention } from './people.js';
import type { Sentence } from './segment.js';
import { canonicalTitle } from './titles.js';

/*
 * People listed with the country written after their post or after their name, as digests of several meetings write
 * them (docs/extraction.md §10, §13; en-364, en-365, en-368, en-370, en-381):
 *
 *   "the Presidents of <A>, <Name>; of <B>, <Name>; the Prime Minister of <C>, <Name>; and with the Vice-President of <D>, <Name>"
 *   "my counterparts from <A>, <Name>"             (the post is the speaker's: a counterpart)
 *   "his peers from <A> and <B>, <Name> and <Name>" (two countries, then two names in the same order)
 *   "her counterparts <Name> of <A> and <Name> of <B>", "Foreign Minister <Name> of <A>" (the country after the name)
 *
 * Each item gives its person the country named with them (a country written by the post outranks a guess from the
 * sentence or the publisher). The title readers of people.ts read the singular "<Title> of <Country>, <Name>" already;
 * what is new here is the country in a list, the elliptic items ("; of <B>, <Name>", "; and <B>, <Name>") that take
 * the post of the item before, and the country after a name.
 */

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const PARTICLE = '(?:van|von|der|den|de|da|di|du|del|dos|bin|ibn|al|el|la|le)';
/** A name, after initials perhaps ("A. K. <Name> <Name>"). */
const NAME = `(?:(?:\\p{Lu}\\.\\s?){1,3}${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}|${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,4})`;
const ADDRESS = '(?:(?:Mr|Ms|Mrs|Dr|Madam|H\\.\\s?E)\\.?\\s+)?';
/** What may follow a listed name: the end of the item. */
const ITEM_END = "(?=\\s*(?:[;.,)]|$)|\\s+(?:and|where|who|which|whom|on|in|at|during|to|prior|before|after|for|with)\\b|['’]s\\b)";

/** A plural or singular post, or "counterparts"/"peers", right before "of"/"from" and the country. */
const POST_BEFORE = /\b((?:(?:Vice|Deputy|First)[\s-])?(?:Presidents?|Prime\s+Ministers?|Foreign\s+Ministers?|Foreign\s+Affairs\s+Ministers?|Ministers?\s+of\s+Foreign\s+Affairs|Kings?|Emirs?|Sultans?|Premiers?|Chancellors?|Vice[\s-]Presidents?)|[Cc]ounterparts?|[Pp]eers?|[Cc]olleagues?)\s+(?:of|from)\s+(?:the\s+)?$/u;
/** Between one item and the next, elliptic: "; of", "; and", ", and with the", " and ". */
const ITEM_JOIN = /^(?:\s*[;,]\s*(?:and\s+)?(?:with\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:with\s+)?(?:of\s+)?(?:the\s+)?)$/;
const NAME_AFTER_COUNTRY = new RegExp(`^,\\s+${ADDRESS}(${NAME})${ITEM_END}`, 'u');
const TWO_NAMES_AFTER = new RegExp(`^,\\s+${ADDRESS}(${NAME})\\s+and\\s+${ADDRESS}(${NAME})${ITEM_END}`, 'u');
/** "<Name> of (the) " right before a country, the name opening an item of a list or following a post. */
const NAME_OF_BEFORE = new RegExp(`(?:^|[\\s,(])(${NAME})\\s+of\\s+(?:the\\s+)?$`, 'u');
/** What stands before such a name: a list's head ("counterparts", "peers", a plural post), a joining "and", or a post's head word. */
const LIST_HEAD_BEFORE = /(?:\b(?:counterparts|peers|colleagues|Presidents|Prime\s+Ministers|Foreign\s+Ministers|leaders|ministers)|\b(?:Minister|President|Secretary|Premier|Chancellor|Councilor|Councillor|counterpart|King|Emir|Sultan))\s+$|\s+and\s+$/u;
/**
 * What stands between a list's head and its first name, or between two items: an introducing word ("namely", "such
 * as", "including", a colon) and a form of address ("counterparts, namely Dr <Name> of <A>; Mr <Name> of <B>").
 */
const INTRODUCER = /(?:,?\s*(?:namely|such\s+as|including)\s*|\s*:\s*)?$/u;
const ADDRESS_BEFORE = /(?:\b(?:Mr|Ms|Mrs|Dr|Madam|Madame|H\.\s?E)\.?\s+)$/u;
/** An item's separator after an item of the same kind: "; " or ", " (the list goes on). */
const ITEM_SEPARATOR = /[;,]\s*$/u;
/** What may follow the country after a name: the end of the item, not more of a longer name ("of Foreign Affairs"), or a weekday ("… of Argentina Friday agreed"). */
const AFTER_COUNTRY = /^(?:\s*[,.;:)]|\s+(?:and\b|\p{Ll}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s*$)/u;

/** The words of a post, singular or plural, that a run of capitalised words may open with before a name. */
const POST_WORD = /^(?:Foreign|Prime|Vice|Deputy|First|Affairs|Ministers?|Presidents?|Premiers?|Chancellors?|Kings?|Emirs?|Sultans?|Secretary|Secretaries)$/;

/** A name without the post words opening it, and how many characters those took; no name when fewer than two words are left. */
function withoutPostWords(run: string): [string | undefined, number] {
  const words = run.split(/\s+/);
  let k = 0;
  while (k < words.length && POST_WORD.test(words[k]!)) k++;
  if (k === 0) return [run, 0];
  if (words.length - k < 2) return [undefined, 0];
  const name = words.slice(k).join(' ');
  return [name, run.indexOf(name)];
}

function singular(post: string): string {
  return post.replace(/\s+/g, ' ').replace(/^(Vice|Deputy|First)-/, '$1 ').replace(/\b(President|Minister|King|Emir|Sultan|Premier|Chancellor|counterpart|peer|colleague)s\b/gi, '$1');
}

function counterpartWord(post: string): boolean {
  return /^(?:counterpart|peer|colleague)s?$/i.test(post);
}

/**
 * "between Presidents <Name> and <Name>", "Foreign Ministers <Name> and <Name> met": a plural post before two names
 * joined by "and" is each one's post (their countries come from elsewhere: the text's pair, the known records).
 */
const PLURAL_POST_TWO_NAMES = new RegExp(
  `\\b((?:(?:Vice|Deputy|First)[\\s-])?(?:Presidents|Prime\\s+Ministers|Foreign\\s+Ministers|Foreign\\s+Affairs\\s+Ministers|Vice[\\s-]Presidents))\\s+${ADDRESS}(${NAME})\\s*,?\\s+and\\s+${ADDRESS}(${NAME})(?=\\s*[;.,:)]|\\s+\\p{Ll}|\\s*$|['’]s\\b)`,
  'gu',
);

function pluralPostPairs(sentence: Sentence, index: number): PersonMention[] {
  const out: PersonMention[] = [];
  if (!/(?:Presidents|Ministers)\s/.test(sentence.text)) return out;
  for (const match of sentence.text.matchAll(PLURAL_POST_TWO_NAMES)) {
    const [, raw, first, second] = match;
    if (!plausibleName(first!) || !plausibleName(second!)) continue;
    const postStart = sentence.start + match.index!;
    const titleSpan = { start: postStart, end: postStart + raw!.length };
    const firstAt = postStart + match[0].indexOf(first!, raw!.length);
    const secondAt = postStart + match[0].lastIndexOf(second!);
    const title = canonicalTitle(singular(raw!));
    for (const [name, at] of [[first!, firstAt], [second!, secondAt]] as const) {
      out.push({ start: at, end: at + name.length, name, title, titleRaw: raw!, titleSpan, sentence: index, partial: false });
    }
  }
  return out;
}

export function findListedHolders(sentence: Sentence, index: number, parties: PartyMention[]): PersonMention[] {
  const text = sentence.text;
  const pairs = pluralPostPairs(sentence, index);
  if (!/\s(?:of|from)\s/.test(text)) return pairs;
  const out: PersonMention[] = [...pairs];
  const countries = parties.filter((p) => !p.adjective).sort((a, b) => a.start - b.start);
  const local = (at: number) => at - sentence.start;
  const add = (name: string, start: number, country: string, post: { raw: string; start: number; end: number } | undefined) => {
    if (!plausibleName(name) || out.some((m) => m.start === start)) return;
    const mention: PersonMention = { start, end: start + name.length, name, country, countryFrom: 'title', sentence: index, partial: false };
    if (post && counterpartWord(post.raw)) mention.counterpart = true;
    else if (post) Object.assign(mention, { title: canonicalTitle(singular(post.raw)), titleRaw: post.raw, titleSpan: { start: post.start, end: post.end } });
    out.push(mention);
  };
  // Items "<post> of <Country>, <Name>", and the elliptic ones after them.
  let post: { raw: string; start: number; end: number } | undefined;
  let lastEnd = -1;
  for (let i = 0; i < countries.length; i++) {
    const party = countries[i]!;
    // (A window before the country is enough for the post, and keeps the search short in long sentences.)
    const before = text.slice(Math.max(0, local(party.start) - 80), local(party.start));
    const head = POST_BEFORE.exec(before);
    const windowStart = sentence.start + Math.max(0, local(party.start) - 80);
    if (head) post = { raw: head[1]!, start: windowStart + head.index, end: windowStart + head.index + head[1]!.length };
    else if (!(post && lastEnd >= 0 && ITEM_JOIN.test(text.slice(lastEnd, local(party.start))))) {
      post = undefined;
      lastEnd = -1;
      continue;
    }
    const after = text.slice(local(party.end), local(party.end) + 160);
    // "<peers> from <A> and <B>, <Name> and <Name>": the names in the order of the countries.
    const next = countries[i + 1];
    if (head && next && /^\s+and\s+(?:the\s+)?$/.test(text.slice(local(party.end), local(next.start)))) {
      const two = TWO_NAMES_AFTER.exec(text.slice(local(next.end)));
      if (two) {
        const firstAt = next.end + text.slice(local(next.end)).indexOf(two[1]!);
        const secondAt = firstAt + two[1]!.length + text.slice(local(firstAt) + two[1]!.length).indexOf(two[2]!);
        add(two[1]!, firstAt, party.code, post);
        add(two[2]!, secondAt, next.code, post);
        lastEnd = local(secondAt) + two[2]!.length;
        i++;
        continue;
      }
    }
    const item = NAME_AFTER_COUNTRY.exec(after);
    if (!item) {
      lastEnd = -1;
      continue;
    }
    const at = party.end + after.indexOf(item[1]!);
    add(item[1]!, at, party.code, post);
    lastEnd = local(at) + item[1]!.length;
  }
  // "<Name> of <Country>": the country after the name, in a list or after a post. A list of "counterparts" or of a plural
  // post gives each its post; "and <Name> of <Country>" goes on the list before it.
  let listPost: typeof post;
  for (const party of countries) {
    const from = Math.max(0, local(party.start) - 120);
    const before = text.slice(from, local(party.start));
    const named = NAME_OF_BEFORE.exec(before);
    if (!named || !AFTER_COUNTRY.test(text.slice(local(party.end), local(party.end) + 40))) continue;
    // "Foreign Ministers <Name> of <A> and …" opening a sentence (en-482): the capitalised post before the name is read
    // with it; its words go back to the post.
    let [name, skipped] = withoutPostWords(named[1]!);
    if (!name) continue;
    // ("Mr <Name>": the form of address is no part of the name.)
    const addressed = /^(?:Mr|Ms|Mrs|Dr|Madam|Madame)\.?\s+/u.exec(name);
    if (addressed) {
      if (name.split(/\s+/).length < 3) continue;
      skipped = named[1]!.indexOf(name, skipped) + addressed[0].length;
      name = name.slice(addressed[0].length);
    }
    named[1] = name;
    const start = from + named.index + named[0].indexOf(name, skipped);
    // (A form of address and an introducing word between the head and the name are passed over.)
    let lead = text.slice(Math.max(0, start - 80), start);
    const address = ADDRESS_BEFORE.exec(lead);
    if (address) lead = lead.slice(0, address.index);
    const introduced = INTRODUCER.exec(lead)?.[0] ?? '';
    if (introduced) lead = `${lead.slice(0, lead.length - introduced.length)} `;
    // ("her counterparts from other nations such as Mr <Name> of <A>": the head's qualifier names no country.)
    lead = lead.replace(/(\S)\s+(?:from|of)\s+(?:\p{Ll}+\s+){0,2}(?:nations|countries|states)\s+$/u, '$1 ');
    const head = LIST_HEAD_BEFORE.exec(lead);
    const itemBefore = out.some((m) => m.end <= sentence.start + start && m.countryFrom === 'title');
    if (!head) {
      // "…; Mr <Name> of <B>" after an item of the list: the list goes on, with its post.
      if (itemBefore && ITEM_SEPARATOR.test(lead)) {
        add(named[1]!, sentence.start + start, party.code, listPost);
        continue;
      }
      listPost = undefined;
      // "Mr <Name> of <A>" with no list's head: the country alone, the form of address marking a person.
      if (address) add(named[1]!, sentence.start + start, party.code, undefined);
      continue;
    }
    const word = head[0].trim();
    if (/^and$/.test(word)) {
      // (Only after an item of this kind: "<Title> <Name> and <Name> of <Country>" is no list.)
      if (!out.some((m) => m.end <= sentence.start + start && m.countryFrom === 'title')) continue;
    } else {
      const plural = /^(?:counterparts|peers|colleagues|Presidents|Prime\s+Ministers|Foreign\s+Ministers|leaders|ministers)$/u.test(word);
      const wordAt = sentence.start + Math.max(0, start - 60) + head.index + head[0].indexOf(word);
      listPost = plural && !/^(?:leaders|ministers)$/.test(word) ? { raw: word, start: wordAt, end: wordAt + word.length } : undefined;
    }
    add(named[1]!, sentence.start + start, party.code, listPost);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Joins the listed holders to the people the title readers found in the same sentence: a person read there already
 * takes the country (when it has none) and, when it has no post, the list's post; anyone else is added.
 */
export function mergeListedHolders(found: PersonMention[], listed: PersonMention[]): void {
  for (const holder of listed) {
    const overlapping = found.find((m) => m.start < holder.end && m.end > holder.start);
    if (!overlapping) {
      found.push(holder);
      continue;
    }
    if (!overlapping.country && holder.country) {
      overlapping.country = holder.country;
      overlapping.countryFrom = holder.countryFrom;
    }
    if (!overlapping.title && holder.title) Object.assign(overlapping, { title: holder.title, titleRaw: holder.titleRaw, titleSpan: holder.titleSpan });
    else if (!overlapping.title && holder.counterpart) overlapping.counterpart = true;
  }
  found.sort((a, b) => a.start - b.start);
}
