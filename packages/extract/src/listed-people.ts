import { findParties, lookupParty } from './gazetteer.js';
import { plausibleName, pluralPost, type PersonMention } from './people.js';
import type { Sentence } from './segment.js';
import { canonicalTitle } from './titles.js';

/*
 * People listed by country under a post named in the plural in the sentence before (en-170):
 * "<Name> held a series of bilateral meetings … with several <region> foreign ministers …. Among the
 * <region> dignitaries were <Name> of <Country>, <Name> of <Country>, … and <Name> of <Country>."
 * Each name holds the plural's post in the country after it. Two names "of" a country at least make a
 * list; one is more likely a post or an office ("the Speaker of Kenya").
 */

/** "held a series of bilateral meetings with several …": talks with a group, named in the next sentence. */
export const GROUP_TALKS = /\b(?:held|had)\s+(?:a\s+series\s+of\s+|several\s+|numerous\s+)?(?:bilateral\s+)?meetings\s+(?:[^.]*?\s)?with\s+(?:several|a\s+number\s+of|numerous|many|his|her)\b/i;
/** "Among the … were", "They included": the sentence that lists them. */
export const LIST_OPENING = /^(?:Among\s+(?:the|them|those)\b[^.]*?\b(?:were|was)\b|(?:They|These|Those)\s+included\b)/;
/** The group's post in the plural: "foreign ministers", "ministers of foreign affairs", "ambassadors". */
const GROUP_POST = /\b(?:(?:foreign|defen[cs]e|prime)\s+ministers|ministers\s+of\s+foreign\s+affairs|presidents)\b/i;
/** "<Name> of [the] <Country>" up to the next comma, "and" or the end. */
const NAME_OF_PARTY = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=\s*(?:,|\band\b|\.|;|$))/gu;

export function findListedPeople(sentences: Sentence[], index: number): PersonMention[] {
  const sentence = sentences[index]!;
  const opening = sentences[index - 1];
  if (!opening || !LIST_OPENING.test(sentence.text) || !GROUP_TALKS.test(opening.text)) return [];
  const plural = GROUP_POST.exec(opening.text)?.[0];
  const title = plural ? pluralPost(plural) : undefined;
  if (!title) return [];
  const listed: PersonMention[] = [];
  for (const match of sentence.text.matchAll(NAME_OF_PARTY)) {
    const party = findParties(match[2]!)[0];
    if (!party || party.adjective || party.start !== 0 || !plausibleName(match[1]!)) continue;
    const start = sentence.start + match.index;
    const placeAt = start + match[0].lastIndexOf(match[2]!);
    listed.push({
      start, end: start + match[1]!.length, name: match[1]!, titleSpan: { start: placeAt, end: placeAt + match[2]!.length }, titleRaw: plural!, title,
      country: party.code, countryFrom: 'title', sentence: index, partial: false,
    });
  }
  return listed.length >= 2 ? listed : [];
}

const LISTED_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}";
/** "Ministers <Name> (<Field>), <Name> (<Field>) and <Name> (<Field>)": a plural post, then names each with a field. */
const MINISTERS_WITH_FIELDS = new RegExp(`\\bMinisters\\s+(${LISTED_NAME}\\s*\\([^()]+\\)(?:\\s*,\\s*${LISTED_NAME}\\s*\\([^()]+\\))*\\s*,?\\s*and\\s+${LISTED_NAME}\\s*\\([^()]+\\))`, 'u');
const NAME_WITH_FIELD = new RegExp(`(${LISTED_NAME})\\s*\\(([^()]+)\\)`, 'gu');

/**
 * "The event is attended by <Country-adj> Ministers <Name> (Foreign Affairs), <Name> (Economy and Finance) and <Name>
 * (Energy and Mines)" (en-369): each name is the minister of the field in brackets after it, of the country whose
 * adjective stands before the list ("<Country-adj> Ministers", "The <Country-adj> entourage includes Ministers").
 */
export function findMinistersWithFields(sentence: Sentence, index: number): PersonMention[] {
  const list = MINISTERS_WITH_FIELDS.exec(sentence.text);
  if (!list) return [];
  const adjective = findParties(sentence.text.slice(0, list.index), sentence.start).filter((p) => p.adjective || lookupParty(p.name)?.adjective).at(-1);
  const mentions: PersonMention[] = [];
  const from = list.index + list[0].length - list[1]!.length;
  for (const item of list[1]!.matchAll(NAME_WITH_FIELD)) {
    const name = item[1]!;
    if (!plausibleName(name)) continue;
    const start = sentence.start + from + item.index!;
    const fieldAt = start + item[0].indexOf('(') + 1;
    mentions.push({
      start, end: start + name.length, name, titleSpan: { start: fieldAt, end: fieldAt + item[2]!.length }, titleRaw: item[2]!,
      title: canonicalTitle(`Minister of ${item[2]!.trim()}`), ...(adjective ? { country: adjective.code, countryFrom: 'modifier' as const } : {}),
      sentence: index, partial: false,
    });
  }
  return mentions.length >= 2 ? mentions : [];
}
