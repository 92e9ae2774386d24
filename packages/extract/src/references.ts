import type { Context } from './context.js';
import { lookupParty } from './gazetteer.js';
import type { TextPerson } from './registry.js';
import { canonicalTitle } from './titles.js';
import { isCommonWord } from './words.js';

/*
 * A post named with "the" and no name: "the President", "The Minister of Foreign Affairs also received …", "the
 * delegation led by the President". Digests and ministries' pages name their own principal once in full and then by
 * the post alone (en-364, en-365, en-374). Such a post refers to the one person of the text, named before it, who
 * holds it; with two holders, or none, it refers to no one read here.
 */
const DEFINITE = /\b[Tt]he\s+((?:(?:Vice|Deputy|First|Prime|Foreign|State)[\s-]+)*(?:President|Minister|Secretary|Chancellor|Premier|King|Emir|Sultan)(?:\s+of\s+(?:the\s+)?(?:Republic|Foreign\s+Affairs|State))?)\b(?!\s+of\b|\s+\p{Lu}|-)/gu;

/** The posts named with "the" and no name in `text`, with where they stand in it. */
export function definitePosts(text: string): { title: string; index: number; raw: string }[] {
  return [...text.matchAll(DEFINITE)].map((m) => ({ title: canonicalTitle(m[1]!), index: m.index!, raw: m[1]! }));
}

/** The one person named before `before` who holds `title`. */
export function holderOf(context: Context, title: string, before: number): TextPerson | undefined {
  const named = context.people.people.filter((p) => p.mentions.some((m) => m.start < before));
  // (The post as written, else a longer one it opens: "the Minister of Foreign Affairs" for the "Minister of Foreign
  // Affairs and International Trade".)
  for (const holds of [(t: string) => t === title, (t: string) => t.startsWith(`${title} `)]) {
    const holders = named.filter((p) => p.titles.some((t) => holds(t.title)));
    if (holders.length === 1) return holders[0];
    if (holders.length > 1) return undefined;
  }
  return undefined;
}

/** The person a sentence refers to by a definite post between `from` and `to` (the last such post there). */
export function definiteHolder(context: Context, from: number, to: number): TextPerson | undefined {
  const posts = definitePosts(context.text.slice(from, to));
  for (const post of posts.reverse()) {
    const person = holderOf(context, post.title, from + post.index);
    if (person) return person;
  }
  return undefined;
}

/**
 * "the President of the Republic, <Name>" with no republic named, on a page its government publishes (en-364, en-365): the
 * publisher's own president. Anyone else would be given a country with the post.
 */
export function ownRepublic(context: Context): void {
  if (!context.publisherCountry) return;
  for (const person of context.people.people) {
    if (person.country && person.countryFrom !== 'publisher') continue;
    if (!person.titles.some((t) => /\bof the Republic$/.test(t.raw.trim()))) continue;
    person.country = context.publisherCountry;
    person.countryFrom = 'title';
  }
}

/**
 * A first name alone for a person the text named in full before it: Malay, Indonesian, Thai and Lao reports call people
 * by their first name ("Anwar also held a meeting", "Bounthong paid a courtesy call", en-370). The word must open the
 * full name of exactly one person already named, be no common word and no country's name, and stand after that full name.
 */
export function firstNameOf(people: TextPerson[], word: string, at: number): TextPerson | undefined {
  if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  // (Asked of every capitalised word standing alone: the people are gone through until a second holder turns up.)
  const opening = `${word} `;
  let holder: TextPerson | undefined;
  for (const p of people) {
    if (!p.name.startsWith(opening) || !p.mentions.some((m) => !m.partial && m.start < at)) continue;
    if (holder) return undefined;
    holder = p;
  }
  if (!holder || isCommonWord(word) || lookupParty(word)) return undefined;
  return holder;
}
