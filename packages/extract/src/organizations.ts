import type { Context } from './context.js';
import { findCities, findParties } from './gazetteer.js';
import { anchored, anchoredMatches } from './prechecks.js';
import type { Span } from './segment.js';

export type OrganizationKind = 'ministry' | 'parliament' | 'parliamentary-group' | 'port' | 'commission' | 'agency' | 'other';

/** A body the text names: a commission, a friendship group, a port, a statistics office. */
export interface DraftOrganization {
  name: string;
  kind: OrganizationKind;
  country?: string;
  members: string[];
  spans: Span[];
}

// What the words before a body's keyword are made of (the first four patterns are searched from their keyword: the rest
// open with a word of their own, which the engine finds quickly).
const NAME_CHARACTER = /[\p{L}\s-]/u;

const PATTERNS: [RegExp, OrganizationKind][] = [
  [anchored(/\b(?:[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)+\s+)?(?:Intergovernmental|Joint)\s+(?:Commission|Committee|Council)(?:\s+(?:on|for)\s+(?:[\p{Lu}][\p{L}-]*(?:,?\s+(?:and\s+)?)?)+)?/gu, /Intergovernmental|Joint/g, NAME_CHARACTER), 'commission'],
  [anchored(/\b[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)+\s+(?:Cooperation|Business)\s+Council\b/gu, /Council/g, NAME_CHARACTER), 'commission'],
  [anchored(/\b(?:[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)*\s+)?(?:Interparliamentary\s+)?Friendship\s+Group\b/gu, /Friendship/g, NAME_CHARACTER), 'parliamentary-group'],
  [/\bPort of [\p{Lu}][\p{L}]+\b/gu, 'port'],
  [anchored(/\b[\p{Lu}][\p{L}]+ State Seaport Authority\b/gu, /State Seaport Authority/g, NAME_CHARACTER), 'port'],
  [/\b(?:(?:State|National|Central|Federal)\s+(?:[\p{Lu}][\p{L}]+\s+)*(?:Committee|Bureau|Service|Office|Agency)(?:\s+of\s+(?:the\s+)?(?:Statistics|[\p{Lu}][\p{L}]+)(?:\s+of\s+[\p{Lu}][\p{L}]+)?)?|Bureau of National Statistics|Statistics [\p{Lu}][\p{L}]+|Geostat|Eurostat)\b/gu, 'agency'],
  [/\b(?:Senate|Parliament|Seimas|Saeima|Riigikogu|Mazhilis) of (?:the )?[\p{Lu}][\p{L}]+\b/gu, 'parliament'],
  [/\bMinistry (?:of|for) [\p{Lu}][\p{L}]+(?:(?:,|\s+and|\s+of|\s+for)?\s+[\p{Lu}][\p{L}]+)*/gu, 'ministry'],
];

/** Named bodies, outside the titles of people (a post's organization is read from the post). */
export function findOrganizations(context: Context, exclude: Span[]): DraftOrganization[] {
  const found: DraftOrganization[] = [];
  for (const [pattern, kind] of PATTERNS) {
    for (const match of anchoredMatches(context.text, pattern)) {
      let name = match[0].replace(/[,\s]+(?:and)?$/, '').replace(/^The\s+/, '');
      const start = match.index + match[0].indexOf(name);
      if (exclude.some((span) => start >= span.start && start < span.end)) continue;
      if (found.some((o) => o.spans.some((s) => start >= s.start && start < s.end))) continue;
      name = name.trim();
      // "the Intergovernmental Commission" alone names no particular body.
      if (/^(?:Intergovernmental|Joint)\s+(?:Commission|Committee|Council)$/.test(name)) continue;
      const parties = [...new Set(findParties(name.replace(/-/g, ' - ')).map((p) => p.code))];
      const joint = kind === 'commission' || kind === 'parliamentary-group';
      const members = joint ? (parties.length >= 2 ? parties.slice(0, 2) : context.pair ? [...context.pair] : parties) : [];
      const country = joint ? undefined : (parties[0] ?? findCities(name)[0]?.country ?? (kind === 'agency' ? context.publisherCountry : undefined));
      const existing = found.find((o) => o.name.toLowerCase() === name.toLowerCase());
      const span = { start, end: start + name.length };
      if (existing) existing.spans.push(span);
      else found.push({ name, kind, country, members, spans: [span] });
    }
  }
  // "Lithuanian-Georgian Intergovernmental Commission" (a headline) and its full name are one body.
  return found.filter((o) => !found.some((other) => other !== o && other.kind === o.kind && other.name.length > o.name.length && other.name.startsWith(o.name)))
    .map((o) => ({ ...o, spans: [...o.spans, ...found.filter((x) => x !== o && x.kind === o.kind && o.name.startsWith(x.name) && o.name.length > x.name.length).flatMap((x) => x.spans)] }));
}
