import { isPartialDate, type EventDate, type Visit } from '@bilat/domain';

/*
 * Small readings shared by the parts of the hsg import: dates, kinds of visit, and the
 * titles leaders are named with.
 */

/** A date as the Office writes it (`1992`, `1992-08`, `1992-08-11`, or empty), checked. */
export function officeDate(text: string): { date?: string; invalid?: string } {
  const value = text.trim();
  if (!value) return {};
  return isPartialDate(value) ? { date: value } : { invalid: value };
}

/** A span of days, the end left out when it is the start. */
export function spanOf(start: string, end: string | undefined): EventDate {
  return { start, ...(end && end !== start ? { end } : {}), qualifier: 'stated' };
}

/** The kind of visit a remark or description names; `other` when it names none. */
export function visitKind(text: string): Visit['kind'] {
  if (/\bstate visit\b/i.test(text)) return 'state';
  if (/\bofficial working visit\b/i.test(text)) return 'official-working';
  if (/\bofficial visit\b/i.test(text)) return 'official';
  if (/\bworking visit\b/i.test(text)) return 'working';
  if (/\b(?:private|unofficial|informal) visit\b/i.test(text)) return 'private';
  return 'other';
}

/**
 * Titles foreign leaders are named with in the visits files, longest first so "Prime
 * Minister" wins over "Minister". `post` is the post the title stands for; none for a
 * leader not yet in office ("President-elect") or a rank that is not a post ("General").
 */
const TITLES: readonly { title: string; post?: string }[] = [
  { title: 'President-elect' },
  { title: 'President-Elect' },
  { title: 'President- elect' },
  { title: 'Chancellor-elect' },
  { title: 'Prime Minister-designate' },
  { title: 'Acting Prime Minister', post: 'Prime Minister' },
  { title: 'Acting President', post: 'President' },
  { title: 'Interim President', post: 'President' },
  { title: 'Provisional President', post: 'President' },
  { title: 'Vice President', post: 'Vice President' },
  { title: 'Vice Premier', post: 'Vice Premier' },
  { title: 'Prime Minister', post: 'Prime Minister' },
  { title: 'Federal Chancellor', post: 'Chancellor' },
  { title: 'Chancellor', post: 'Chancellor' },
  { title: 'Premier', post: 'Premier' },
  { title: 'President', post: 'President' },
  { title: 'Crown Prince', post: 'Crown Prince' },
  { title: 'Grand Duchess', post: 'Grand Duchess' },
  { title: 'Grand Duke', post: 'Grand Duke' },
  { title: 'Prince', post: 'Prince' },
  { title: 'Princess', post: 'Princess' },
  { title: 'King', post: 'King' },
  { title: 'Queen', post: 'Queen' },
  { title: 'Emperor', post: 'Emperor' },
  { title: 'Empress', post: 'Empress' },
  { title: 'Shah', post: 'Shah' },
  { title: 'Sultan', post: 'Sultan' },
  { title: 'Amir', post: 'Amir' },
  { title: 'Emir', post: 'Emir' },
  { title: 'Pope', post: 'Pope' },
  { title: 'Regent', post: 'Regent' },
  { title: 'Taoiseach', post: 'Taoiseach' },
  { title: 'Chairman', post: 'Chairman' },
  { title: 'General Secretary', post: 'General Secretary' },
  { title: 'First Secretary', post: 'First Secretary' },
  { title: 'Secretary General', post: 'Secretary General' },
  { title: 'Governor General', post: 'Governor General' },
  { title: 'Governor-General', post: 'Governor General' },
  { title: 'Chief of State', post: 'Chief of State' },
  { title: 'Head of State', post: 'Head of State' },
  { title: 'Chief Executive', post: 'Chief Executive' },
  { title: 'Lieutenant General' },
  { title: 'Brigadier General' },
  { title: 'General' },
  { title: 'Colonel' },
];

export interface NamedLeader {
  /** The title as written ("Acting President"), when one was recognized. */
  title?: string;
  /** The post it stands for ("President"); absent for a leader not (yet) in office. */
  post?: string;
  name: string;
}

/** "Prime Minister Kyriakos Mitsotakis" → title, post and name; a name alone when no title is recognized. */
export function readLeader(visitor: string): NamedLeader {
  const text = visitor.replace(/\s+/g, ' ').trim();
  for (const entry of TITLES) {
    if (text.startsWith(`${entry.title} `) && text.length > entry.title.length + 1) {
      return { title: entry.title, ...(entry.post ? { post: entry.post } : {}), name: text.slice(entry.title.length + 1).trim() };
    }
  }
  return { name: text };
}
