import { basename, join } from 'node:path';
import { isPartialDate, pairOf, partyName, type RelationEventKind, type Relation, type Source } from '@bilat/domain';
import type { ImportItem } from '../types.js';
import type { HsgContext } from './read.js';
import { recordsOnce, xmlFiles } from './read.js';
import { officeSource, sourceIds } from './records.js';
import { territoryParty } from './territories.js';
import { child, childElements, descendants, textOf, type XmlElement } from './xml.js';

/*
 * rdcr/articles/*.xml: each country's history of recognition, diplomatic and consular
 * relations with the United States (TEI, one article a country). Each timeline entry's
 * heading ("Establishment of the American Embassy in Alma-Ata (now Almaty), 1992.") says
 * what happened and when: it becomes one relations event per milestone it names, dated
 * at the precision given (the <date when> of the heading, made more precise only by a
 * date of the same year in the entry's own paragraph), citing the article's page and
 * the entry's paragraph. Headings that name no milestone (a treaty, trade) are counted.
 */

/** Splits a heading into clauses that each may name one milestone. */
const CLAUSE_START = String.raw`(?:the\s+)?(?:american|u\.s\.|united states|embassy|legation|consulate|diplomatic relations|normal relations|relations|establishment|closure|recognition|reopening|opening|termination|suspension|resumption)\b`;
const CLAUSE = new RegExp(String.raw`\s*(?:\/|;|,?\s+and\s+(?=${CLAUSE_START})|,\s+(?=${CLAUSE_START}))\s*`, 'i');

const MISSION = /\b(?:embassy|legation|mission|liaison office)\b/i;

/** The milestone one clause names, tried in this order; the first that matches wins. */
const RULES: [RelationEventKind, RegExp][] = [
  ['legation-raised-to-embassy', /\b(?:elevat\w*|rais\w*|upgrad\w*)\b.*\bembassy\b|\blegation\b.*\b(?:raised|elevated)\b/i],
  ['liaison-office-established', /\bliaison office\b/i],
  ['relations-resumed', /\b(?:re-?establish\w*|resum\w*|restor\w*|renew\w*|re-?open\w*)\b.*\brelations\b|\brelations\b.*\b(?:re-?established|resumed|restored|renewed|reopened|normali[sz]ed)\b/i],
  ['relations-severed', /\bsever\w*\b|\b(?:termination|end|rupture|break)\s+(?:of|in)\s+(?:diplomatic\s+)?relations\b|\brelations\s+(?:ended|terminated|broken)\b/i],
  ['relations-suspended', /\bsuspen\w*\b.*\brelations\b|\brelations\b.*\bsuspended\b|\binterrupt\w*\b(?<!with interruptions)|\bcessation of (?:diplomatic )?relations\b/i],
  ['relations-established', /(?<!re-?)\bestablish\w*\b.*\bdiplomatic relations\b|\bdiplomatic relations\b.*(?<!re-?)\bestablished\b|\bfirst official diplomatic interaction\b/i],
  ['recognition', /\brecogni(?:tion|[sz]\w*)\b/i],
  ['consulate-closed', /\bconsulates?\b.*\b(?:clos\w*|closure)\b|\b(?:clos\w*|closure)\b.*\bconsulates?\b/i],
  ['consulate-opened', /\bconsulates?\b|\bconsular (?:relations|posts?)\b|\bestablish\w* of (?:a\s+)?consul\b/i],
  ['mission-moved', /\b(?:mov\w*|movement|relocat\w*|return\w*)\b/i],
  ['mission-reopened', /\bre-?open\w*\b/i],
  ['mission-closed', /\b(?:clos\w*|closure|withdraw\w*|suspen\w*)\b/i],
  ['embassy-established', /\bembassy\b|\bambassadorial relations\b/i],
  ['legation-established', /\blegation\b/i],
  ['mission-established', /\bestablish\w*\b.*\b(?:mission|interests? section)\b/i],
];

/** The milestones a heading names, in order, each once. */
export function classifyHeading(heading: string): { kind: RelationEventKind; clause: string }[] {
  const found: { kind: RelationEventKind; clause: string }[] = [];
  for (const clause of heading.split(CLAUSE)) {
    const rule = RULES.find(([kind, pattern]) => pattern.test(clause) && (!['mission-moved', 'mission-reopened', 'mission-closed'].includes(kind) || MISSION.test(clause)));
    if (rule && !found.some((entry) => entry.kind === rule[0])) found.push({ kind: rule[0], clause });
  }
  return found;
}

/** The side that acted, by the heading's words: the United States unless the other side is said to act. */
export function actorOf(kind: RelationEventKind, clause: string, party: string): string | undefined {
  if (/\bby the United States\b/i.test(clause)) return 'US';
  if (/\bby\s+(?!the United States)\p{Lu}/u.test(clause)) return party;
  if (/\bmutual\b/i.test(clause)) return undefined;
  if (kind === 'recognition') return /\brecogni\w*\s+of\s+the\s+United States\b/i.test(clause) ? party : 'US';
  if (/^relations-/.test(kind)) return undefined;
  // Missions: the United States' own, unless the clause puts it in the United States or names the other side's ("Bulgarian Legation", "Consulate of the Grand Duchy").
  if (/\bin\s+(?:the\s+)?(?:United States|Washington)\b/i.test(clause)) return party;
  if (/\b(?!American\b)\p{Lu}\p{L}+(?:an|ese|ish|i|ch)\s+(?:Embassy|Legation|Consulate|Mission)\b/u.test(clause)) return party;
  if (/\b(?:Embassy|Legation|Consulate|Mission) of (?!the United States)/.test(clause)) return party;
  return 'US';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const FULL_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b/;
const MONTH_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;

/**
 * A year made precise by the entry's own paragraph: its first date in that year, to the
 * day ("July 28, 1922") or the month; the year alone otherwise. A date of another year
 * (the Office's heading and text sometimes disagree) leaves the heading's year.
 */
export function refineYear(year: string, paragraph: string): string {
  const full = FULL_DATE.exec(paragraph);
  if (full && full[3] === year) {
    const candidate = `${year}-${String(MONTHS.indexOf(full[1]!.toLowerCase()) + 1).padStart(2, '0')}-${full[2]!.padStart(2, '0')}`;
    if (isPartialDate(candidate)) return candidate;
  }
  const month = MONTH_DATE.exec(paragraph);
  if (month && month[2] === year) return `${year}-${String(MONTHS.indexOf(month[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
  return year;
}

/** The heading's date: its `when`, else a year written in it; the `when` may be a day, a month or a year. */
function headingDate(head: XmlElement): { date?: string; when: boolean } {
  const dates = descendants(head, 'date');
  const when = dates.map((date) => date.attributes.when).find(Boolean);
  if (when) return { date: isPartialDate(when) ? when : undefined, when: true };
  const year = dates.map((date) => /^\s*(\d{4})\b/.exec(textOf(date))?.[1]).find(Boolean) ?? /,\s*(\d{4})(?:[-–]\d{2,4})?\.?\s*$/.exec(textOf(head))?.[1];
  return { date: year, when: false };
}

/** The city a mission opened in, moved to or closed at, as the heading names it. */
function cityOf(head: XmlElement, clause: string, party: string): string | undefined {
  const placeName = descendants(head, 'placeName').map(textOf).find((name) => name && clause.includes(name));
  if (placeName) return placeName;
  const match = /\b(?:at|in|to)\s+(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*)*)/u.exec(clause);
  const city = match?.[1]?.replace(/[.,]+$/, '');
  if (!city || /^(?:the|United|Embassy|Legation|Minister|Status|Ambassador)\b/.test(city) || city === partyName(party)) return undefined;
  return city;
}

export async function* readRdcr(hsg: HsgContext): AsyncGenerator<ImportItem> {
  for (const path of await xmlFiles(join(hsg.root, 'rdcr', 'articles'))) {
    hsg.stat('articles');
    const slug = basename(path, '.xml');
    const party = territoryParty(slug);
    for await (const element of hsg.elements(path, (p) => p.length === 3 && p[1] === 'text' && p[2] === 'body')) {
      if (!party) {
        yield hsg.problem(path, element.line, `unknown country id "${slug}" (the article's file name: not an ISO country name, nor in the table of exceptions)`);
        break;
      }
      // Paragraphs are counted through the whole article, so an entry's first paragraph is its locator (p7).
      const paragraphs = descendants(element, 'p');
      const source: Source = {
        ...officeSource(sourceIds.country(slug), `History of U.S. recognition and relations: ${partyName(party)}`, `/countries/${slug}`, hsg.accessed),
        ...(paragraphs.length ? { paragraphs: paragraphs.length } : {}),
      };
      yield* recordsOnce(hsg, [{ kind: 'source', record: source }]);
      const timeline = descendants(element, 'div').filter((div) => div.attributes.type === 'timeline');
      let index = 0;
      for (const entry of timeline) {
        index += 1;
        hsg.stat('timeline entries');
        const head = child(entry, 'head');
        if (!head) {
          hsg.skip('timeline entry: no heading');
          continue;
        }
        const { date: year, when } = headingDate(head);
        if (when) hsg.stat('timeline entries with a when date');
        if (!year) {
          hsg.skip('timeline entry: no date in its heading');
          continue;
        }
        const heading = textOf(head).replace(/,?\s*\d{4}(?:[-–]\d{2,4})?\.?\s*$/, '');
        const milestones = classifyHeading(heading);
        if (milestones.length === 0) {
          hsg.skip('timeline entry: names no relations milestone (a treaty, trade, a war, another event)');
          continue;
        }
        if (party === 'US') {
          hsg.skip('timeline entry: the article is about the United States itself');
          continue;
        }
        const first = childElements(entry, 'p')[0];
        const paragraph = first ? textOf(first) : '';
        const date = /^\d{4}$/.test(year) ? refineYear(year, paragraph) : year;
        const at = first ? paragraphs.indexOf(first) + 1 : 0;
        hsg.stat('timeline entries stored');
        for (const milestone of milestones) {
          const actor = actorOf(milestone.kind, milestone.clause, party);
          const city = /^(?:mission|embassy|legation|consulate|liaison)/.test(milestone.kind) ? cityOf(head, milestone.clause, party) : undefined;
          const relation: Relation = {
            id: `hsg-${slug}-${index}-${milestone.kind}`,
            status: 'draft',
            citations: [{ sourceId: source.id, ...(at > 0 ? { locator: `p${at}` } : {}) }],
            kind: milestone.kind,
            pair: pairOf('US', party),
            ...(actor ? { actor } : {}),
            date: { start: date, qualifier: 'stated', ...(date !== year ? { note: `The heading gives ${year}; the day is from the entry's text.` } : {}) },
            ...(city ? { city } : {}),
          };
          hsg.stat('relations events');
          yield { kind: 'relation', record: relation, line: entry.line };
        }
      }
    }
  }
}
