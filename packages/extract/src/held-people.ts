import type { PartialDate } from '@bilat/domain';
import data from './data/held-people.json' with { type: 'json' };
import { isNameWord, type PersonMention } from './people.js';
import { nameKey, namesAgree, type PersonRegistry, type TextPerson } from './registry.js';
import type { Sentence } from './segment.js';
import { canonicalTitle } from './titles.js';
import { NAME_PARTICLES, tokensOf } from './words.js';

/*
 * The people the project already holds, as a name gazetteer: foreign heads of state and government from the U.S. Office
 * of the Historian's open data (src/data/held-people.json, generated from the hsg bundle by
 * scripts/generate-held-people.mjs), each with their country and the posts attested for them, first and last day.
 *
 * A report takes for granted that its reader knows who "Alberto Fernández and Luis Lacalle Pou" are. What the records
 * hold says whose they are: a name read whole (two words or more) that agrees with one held person's (in the text's
 * spelling or another romanisation, as registry.ts compares names) is that person: their country, which outranks a
 * guess, and, with no post of its own in the text, the post attested for them near the report's date (within two years).
 * A country the text gives the person by their post or an adjective stands; a held person of another country is
 * someone else of the same name.
 */

interface Held {
  name: string;
  country: string;
  /** Post, first day attested, last day attested. */
  posts: [string, string, string][];
}

const HELD = (data as unknown as { people: Held[] }).people;
/** How many years either side of the days a post was attested a report may be and still name the post. */
const NEAR_YEARS = 2;

let bySurname: Map<string, Held[]> | undefined;
function heldBySurname(): Map<string, Held[]> {
  if (!bySurname) {
    bySurname = new Map();
    for (const held of HELD) {
      const last = nameKey(held.name).at(-1);
      if (!last) continue;
      const list = bySurname.get(last) ?? [];
      list.push(held);
      bySurname.set(last, list);
    }
  }
  return bySurname;
}

/** The one held person whose name agrees with one of these, when exactly one does. */
function heldNamed(names: string[]): Held | undefined {
  const found = new Set<Held>();
  for (const name of names) {
    if (/\p{Script=Cyrillic}/u.test(name) || nameKey(name).length < 2) continue;
    for (const held of heldBySurname().get(nameKey(name).at(-1)!) ?? []) if (namesAgree(held.name, name)) found.add(held);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function shifted(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

/** The post attested for a held person near the report's date, when one is. */
function postNear(held: Held, published: PartialDate, undated: boolean): string | undefined {
  if (undated) return undefined;
  const start = published.length === 4 ? `${published}-01-01` : published.length === 7 ? `${published}-01` : published;
  const end = published.length === 4 ? `${published}-12-31` : published.length === 7 ? `${published}-31` : published;
  const near = [...new Set(held.posts.filter(([, first, last]) => shifted(first, -NEAR_YEARS) <= end && shifted(last, NEAR_YEARS) >= start).map(([title]) => title))];
  return near.length === 1 ? canonicalTitle(near[0]!) : undefined;
}

/** Whether the text gives the person's country itself (a post's country, an adjective, the leaders' list). */
function countryOwn(person: TextPerson): boolean {
  return person.countryFrom === 'title' || person.countryFrom === 'modifier' || person.countryFrom === 'known';
}

/**
 * Names read whole in a sentence, without a post, that agree with one held person's: "a summit between Alberto
 * Fernández and Luis Lacalle Pou". Each is a mention with the person's country and, near their days, their post.
 */
export function findHeldPeople(sentence: Sentence, index: number, published: PartialDate, undated: boolean): PersonMention[] {
  const out: PersonMention[] = [];
  const tokens = tokensOf(sentence);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && (isNameWord(tokens[j]) || (NAME_PARTICLES.has(tokens[j]!.text) && isNameWord(tokens[j + 1]))) && sentence.text.slice(tokens[j - 1]!.end - sentence.start, tokens[j]!.start - sentence.start) === ' ') j++;
    const run = tokens.slice(i, j);
    i = j - 1;
    if (run.length < 2 || run.length > 5) continue;
    const name = sentence.text.slice(run[0]!.start - sentence.start, run.at(-1)!.end - sentence.start).replace(/['’]s$/, '');
    // (The whole run must be the held name, said in full or short: not a longer name that only ends like it.)
    const held = heldNamed([name]);
    if (!held || nameKey(name)[0] !== nameKey(held.name)[0]) continue;
    const title = postNear(held, published, undated);
    const span = { start: run[0]!.start, end: run[0]!.start + name.length };
    out.push({ ...span, name, country: held.country, countryFrom: 'known', sentence: index, partial: false, ...(title ? { title, titleRaw: name, titleSpan: span } : {}) });
  }
  return out;
}

/** The people of a text whose names the held records know: their country, where the text gives none of its own. */
export function applyHeldPeople(people: PersonRegistry): void {
  for (const person of people.people) {
    const names = [person.name, ...person.variants];
    const held = heldNamed(names);
    if (!held) continue;
    if (person.country && countryOwn(person) && person.country !== held.country) continue;
    person.country = held.country;
    person.countryFrom = 'known';
  }
}
