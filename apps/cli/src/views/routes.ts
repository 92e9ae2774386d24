import type { RecordKind } from '@bilat/domain';
import type { Measure } from '@bilat/domain/measures';
import { orderOf } from './order.js';

/** The sections of a pair's dossier that have a screen of their own. */
export const SECTIONS = ['meetings', 'series', 'officials', 'agreements', 'commitments', 'trade', 'visits', 'relations', 'chiefs', 'sources'] as const;
export type Section = (typeof SECTIONS)[number];

/** Each section's heading, in the dossier and in the UI's title bar. */
export const SECTION_TITLES: Record<Section, string> = {
  meetings: 'Meetings',
  series: 'Series',
  officials: 'Officials',
  agreements: 'Agreements',
  commitments: 'Commitments',
  trade: 'Trade',
  visits: 'Visits',
  relations: 'Relations events',
  chiefs: 'Chiefs of mission',
  sources: 'Sources',
};

/** Keys that open a section from the dossier (shown in the help overlay). */
export const SECTION_KEYS: Record<Section, string> = {
  meetings: 'm',
  series: 's',
  officials: 'o',
  agreements: 'a',
  commitments: 'c',
  trade: 't',
  visits: 'v',
  relations: 'R',
  chiefs: 'C',
  sources: 'S',
};

/**
 * Where the interactive UI can be: a small router's states rather than URLs. Lines of a
 * view that lead somewhere carry the route they lead to.
 */
export type Route =
  /** The first screen: countries with records, the most of `sort` first (orderOf: DEFAULT_WORLD_MEASURE unless chosen), filtered by what is typed. */
  | { screen: 'countries'; sort?: Measure }
  /** A country's partners, ranked as the countries are (`sort`). */
  | { screen: 'country'; code: string; sort?: Measure }
  | { screen: 'pairs' }
  | { screen: 'dossier'; pair: string }
  | { screen: 'section'; pair: string; section: Section }
  | { screen: 'record'; kind: RecordKind; id: string }
  | { screen: 'search'; q: string }
  /** The review inbox's waiting proposals, and one of them. */
  | { screen: 'inbox' }
  | { screen: 'proposal'; id: number };

/** What a route lists, whatever its order: the countries, or one country's partners, in any order, are one list. */
export function listKey(route: Route): string {
  return route.screen === 'countries' || route.screen === 'country' ? dataKey({ ...route, sort: undefined }) : dataKey(route);
}

/** A stable key for caching what a route shows; the sections share their dossier's. */
export function dataKey(route: Route): string {
  switch (route.screen) {
    // Each order is a load of its own: the API ranks (one rule, with its tie-break), the UI does not re-sort.
    case 'countries':
      return `countries:${orderOf(route)}`;
    case 'country':
      return `country:${route.code}:${orderOf(route)}`;
    case 'pairs':
      return 'pairs';
    case 'dossier':
    case 'section':
      return `dossier:${route.pair}`;
    case 'record':
      return `record:${route.kind}:${route.id}`;
    case 'search':
      return `search:${route.q}`;
    case 'inbox':
    case 'proposal':
      return 'inbox';
  }
}
