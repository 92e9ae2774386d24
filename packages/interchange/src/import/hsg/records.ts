import { partyNameInText, slugify, type Citation, type Holding, type Organization, type Post, type Source } from '@bilat/domain';

/*
 * The records every part of the Office of the Historian's data shares: its sources (one
 * per page of history.state.gov, each with its address), the U.S. bodies and posts, and
 * the ids. Titles and names are ours or are names; the Office's sentences are kept only
 * as a source's text, and only by an import from the files (never in the shipped bundle).
 * Every record is `draft`, as imported facts are until someone reviews them.
 */

export const OFFICE = 'Office of the Historian, U.S. Department of State';
export const SITE = 'https://history.state.gov';
export const LICENCE = 'Public domain in the United States; CC0 1.0 Universal elsewhere';

/** What every source of the import shares; `accessed` only when the import says when. */
export function officeSource(id: string, title: string, path: string, accessed: string | undefined): Source {
  return { id, title: title.slice(0, 500), publisher: OFFICE, published: null, url: `${SITE}${path}`, licence: LICENCE, language: 'en', ...(accessed ? { accessed } : {}) };
}

export const sourceIds = {
  travels: (who: string) => `hsg-travels-${who}`,
  visits: (year: string) => `hsg-visits-${year}`,
  chiefs: (territory: string) => `hsg-chiefs-${territory}`,
  principals: (position: string) => `hsg-principals-${position}`,
  presidents: () => 'hsg-presidents',
  country: (territory: string) => `hsg-countries-${territory}`,
};

export const cite = (sourceId: string, locator?: string): Citation[] => [locator ? { sourceId, locator } : { sourceId }];

export const US_GOVERNMENT = 'us-government';
export const US_DEPARTMENT_OF_STATE = 'us-department-of-state';
export const US_PRESIDENT = 'us-president';
export const US_SECRETARY_OF_STATE = 'us-secretary-of-state';

/** The U.S. bodies the posts of the import belong to. */
export function usOrganizations(citations: Citation[]): Organization[] {
  const common = { status: 'draft' as const, citations, country: 'US', members: [], names: [], identifiers: [] };
  return [
    { ...common, id: US_GOVERNMENT, name: 'Government of the United States', kind: 'government' },
    { ...common, id: US_DEPARTMENT_OF_STATE, name: 'Department of State', kind: 'ministry', parentId: US_GOVERNMENT, identifiers: [{ scheme: 'website', value: 'https://www.state.gov' }] },
  ];
}

export function presidentPost(citations: Citation[]): Post {
  return { id: US_PRESIDENT, status: 'draft', citations, title: 'President of the United States', organizationId: US_GOVERNMENT, country: 'US', names: [], rank: 'head-of-state' };
}

export function secretaryPost(citations: Citation[]): Post {
  return { id: US_SECRETARY_OF_STATE, status: 'draft', citations, title: 'Secretary of State', organizationId: US_DEPARTMENT_OF_STATE, country: 'US', names: [{ value: 'U.S. Secretary of State', kind: 'official' }], rank: 'minister' };
}

/** Ranks of the chiefs of mission's roles that head an embassy or legation in their own right. */
const AMBASSADORIAL = /^(?:ambassador|envoy|minister)/;

/** "Ambassador Extraordinary and Plenipotentiary of the United States to Kazakhstan", accredited to KZ. */
export function missionPost(roleId: string, roleTitle: string, party: string, citations: Citation[]): Post {
  return {
    id: `us-${roleId}-to-${party.toLowerCase()}`,
    status: 'draft',
    citations,
    title: `${roleTitle} of the United States to ${partyNameInText(party)}`,
    organizationId: US_DEPARTMENT_OF_STATE,
    country: 'US',
    accreditedTo: party,
    names: [],
    rank: AMBASSADORIAL.test(roleId) ? 'ambassador' : 'other',
  };
}

/** The government a foreign leader's post belongs to: "Government of Kazakhstan". */
export function governmentOf(party: string, citations: Citation[]): Organization {
  return { id: `${party.toLowerCase()}-government`, status: 'draft', citations, name: `Government of ${partyNameInText(party)}`, kind: 'government', country: party, members: [], names: [], identifiers: [] };
}

const HEAD_OF_STATE = /^(?:president|king|queen|emperor|empress|shah|sultan|amir|emir|pope|grand duke|grand duchess|regent|chief of state|head of state|chairman|general secretary|first secretary|prince|crown prince)$/i;
const HEAD_OF_GOVERNMENT = /^(?:prime minister|premier|chancellor|taoiseach|vice premier)$/i;

/** A foreign leader's post, one per country and title: `kz-president` "President" of the Government of Kazakhstan. */
export function leaderPost(party: string, title: string, citations: Citation[]): Post {
  const rank = HEAD_OF_STATE.test(title) ? 'head-of-state' : HEAD_OF_GOVERNMENT.test(title) ? 'head-of-government' : /minister/i.test(title) ? 'minister' : 'other';
  return { id: `${party.toLowerCase()}-${slugify(title, 80)}`, status: 'draft', citations, title, organizationId: `${party.toLowerCase()}-government`, country: party, names: [], rank };
}

/** A place for a city the Office names: `alma-ata-kz` "Alma Ata". */
export function placeId(city: string, party: string): string {
  return `${slugify(city, 80)}-${party.toLowerCase()}`;
}

/**
 * Combines two versions of a holding. A holding the Office keeps as one record (a chief
 * of mission, a secretary's term: it carries the Office's id) is replaced by what the
 * files say now; one bilat gathers from many records (a leader seen on many visits)
 * pools its attestations and citations.
 */
export function poolHolding(existing: Holding, incoming: Holding): Holding {
  if (incoming.identifiers.some((identifier) => identifier.scheme === 'hsg')) return incoming;
  const key = (a: Holding['attestations'][number]) => `${a.on}|${a.sourceId}|${a.event ?? ''}|${a.locator ?? ''}`;
  const attestations = [...existing.attestations];
  for (const attestation of incoming.attestations) if (!attestations.some((a) => key(a) === key(attestation))) attestations.push(attestation);
  const citations = [...existing.citations];
  for (const citation of incoming.citations) if (!citations.some((c) => c.sourceId === citation.sourceId && c.locator === citation.locator)) citations.push(citation);
  const pooled = { ...incoming, attestations: attestations.slice(0, 200), citations: citations.slice(0, 50) };
  return JSON.stringify(pooled) === JSON.stringify(existing) ? existing : pooled;
}
