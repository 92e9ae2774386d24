import { findParties } from './gazetteer.js';
import { anchored, anchoredMatches } from './prechecks.js';
import type { SeriesMention } from './series.js';
import { seriesKind } from './series.js';

/*
 * Commissions named once in full with their acronym, then by the acronym alone (East African reports: "Joint Ministerial
 * Commission (JMC)" … "The Second Session of the JMC between Uganda and Kenya was held …", en-376; "the 3rd Kenya – Somalia
 * Joint Commission for Cooperation (JCC)" … "the 3rd Session of the Kenya – Somalia JCC", en-378). A session of the acronym
 * is a session of that series, numbered as written.
 */
// (Searched from each bracketed acronym back over the words before it, not at every position of the report.)
const DEFINED = anchored(/\b((?:[\p{Lu}][\p{L}-]*\s+){0,5}(?:Commission|Committee|Council)(?:\s+(?:on|for)\s+(?:[\p{Lu}][\p{L}-]*\s*)+?)?)\s*\(([A-Z]{2,6})\)/gu, /\([A-Z]{2,6}\)/g, /[\p{L}\s-]/u);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, inaugural: 1 };

/** The acronyms the text defines for a series' body, with the body's name. */
export function seriesAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of anchoredMatches(text, DEFINED)) {
    const [, name, acronym] = match;
    if (!seriesKind(name!) || found.has(acronym!)) continue;
    found.set(acronym!, name!.trim());
  }
  return found;
}

/** Compiled once per text's acronyms (the pattern holds them). */
const patterns = new WeakMap<Map<string, string>, RegExp>();

// ("the 9th JTC and 21st JEC", "the 8th Joint Trade Committee (JTC) was held", en-301: an ordinal straight before the
// acronym, or before the body's name as the text defines it, is a session of that series too.)
function sessionPattern(names: string, bodies: string): RegExp {
  return new RegExp(`\\b(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural))\\s+(?:(?:(?:[Mm]inisterial\\s+)?([Ss]ession|[Mm]eeting|[Rr]ound)\\s+of\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}]+\\s*[–—-]\\s*[\\p{Lu}][\\p{L}]+\\s+)?))?(${names})\\b|(?:${bodies})\\s*\\((${names})\\))`, 'gu');
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "the <N>th Session of the (<A> – <B>) <ACRONYM>" in one sentence, for the acronyms the text defined. */
export function acronymSessions(text: string, offset: number, acronyms: Map<string, string>): SeriesMention[] {
  if (acronyms.size === 0 || ![...acronyms.keys()].some((acronym) => text.includes(acronym))) return [];
  let pattern = patterns.get(acronyms);
  if (!pattern) {
    pattern = sessionPattern([...acronyms.keys()].join('|'), [...acronyms.values()].map(escaped).join('|'));
    patterns.set(acronyms, pattern);
  }
  const out: SeriesMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, digits, word, unit, pairText, short, defined] = match;
    const acronym = short ?? defined;
    const body = acronyms.get(acronym!)!;
    const kind = seriesKind(body)!;
    const ordinal = digits ? Number(digits) : ORDINALS[word!.toLowerCase()];
    const sides = pairText ? findParties(pairText).filter((p) => !p.adjective).map((p) => p.code) : [];
    const start = offset + match.index!;
    out.push({
      start, end: start + whole!.length, kind, ordinal, anaphoric: false, body, unit: unit?.toLowerCase() ?? 'session',
      ...(sides.length === 2 && sides[0] !== sides[1] ? { parties: [sides[0]!, sides[1]!] as [string, string] } : {}),
    });
  }
  return out;
}

/**
 * "preparing to host the next Joint Ministerial Commission (JMC) with <Country> in <Month> <YYYY>" (en-375): the next session
 * of a commission named by its body alone, without "session of", is a session still to come.
 */
const NEXT_BODY = /\b(?:the\s+)?(next|upcoming|forthcoming)\s+((?:[\p{Lu}][\p{L}-]*\s+){1,4}(?:Commission|Committee))\b/gu;

export function nextBodySessions(text: string, offset: number): SeriesMention[] {
  if (!/\b(?:next|upcoming|forthcoming)\s+\p{Lu}/u.test(text)) return [];
  const out: SeriesMention[] = [];
  for (const match of text.matchAll(NEXT_BODY)) {
    const body = match[2]!;
    const kind = seriesKind(body);
    if (!kind) continue;
    const start = offset + match.index!;
    const bodyStart = start + match[0].indexOf(body);
    out.push({ start, end: start + match[0].length, kind, relative: 'next', anaphoric: false, body, bodySpan: { start: bodyStart, end: bodyStart + body.length }, unit: 'session' });
  }
  return out;
}
