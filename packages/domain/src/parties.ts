/*
 * The table of parties and the pure functions over it, without zod (also
 * `@bilat/domain/parties`): the command line's country lists and flag checks load this
 * alone. The schemas built on it are in party.ts.
 */

// The core module only: the package's Node entry loads all of its ~80 languages, we register English.
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { FORMER_STATES } from './former-states.js';

countries.registerLocale(english);

/**
 * International organizations that act as a party in their own right (they sign
 * agreements and hold consultations). Their codes must not collide with ISO 3166-1
 * alpha-2 codes; `EU` is reserved by ISO for exactly this use.
 */
export const INTERNATIONAL_PARTIES: Readonly<Record<string, string>> = Object.freeze({
  EU: 'European Union',
});

export type PartyKind = 'country' | 'organization';

export interface PartyInfo {
  code: string;
  name: string;
  kind: PartyKind;
  alpha3?: string;
  numeric?: string;
  /** A state that no longer exists: the years it existed. Absent for parties that exist today. */
  existed?: { from: number; to: number };
  /** Where a former state's code comes from: ISO 3166-3, or bilat's own table (docs/parties.md). */
  codeSource?: 'iso-3166-3' | 'bilat';
  /** The parties that took a former state's place, when known. */
  successors?: string[];
}

/**
 * The names people use where the ISO package's first English name is a long or formal
 * one ("Czech Republic", "Republic of The Gambia", "Russian Federation"): every view
 * names a country by partyName, so this table is the one place a shown name is chosen.
 * Codes never change; the ISO forms still read back (partyFromCountryName).
 */
export const SHORT_COUNTRY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  BN: 'Brunei',
  CI: "Côte d'Ivoire",
  CN: 'China',
  CZ: 'Czechia',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GM: 'The Gambia',
  IR: 'Iran',
  LA: 'Laos',
  MD: 'Moldova',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RE: 'Réunion',
  RU: 'Russia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Holy See',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
});

const SHORT_NAME_CODES = new Map(Object.entries(SHORT_COUNTRY_NAMES).map(([code, name]) => [name.toLowerCase(), code]));

const countryCodes = new Set(Object.keys(countries.getAlpha2Codes()));

/** ISO 3166-1 alpha-2 codes known to the package (it includes the user-assigned `XK`). */
export function isCountryCode(code: string): boolean {
  return countryCodes.has(code);
}

/** A state that no longer exists: an ISO 3166-3 code (`SUHH`) or one of bilat's own (`XHAW`). */
export function isFormerStateCode(code: string): boolean {
  return FORMER_STATES.has(code);
}

export function isPartyCode(code: string): boolean {
  return isCountryCode(code) || Object.hasOwn(INTERNATIONAL_PARTIES, code) || isFormerStateCode(code);
}

export function partyInfo(code: string): PartyInfo | undefined {
  if (isCountryCode(code)) {
    return {
      code,
      kind: 'country',
      // The short name people use where the package's first name is a long form; else its first ("Kazakhstan").
      name: SHORT_COUNTRY_NAMES[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code,
      alpha3: countries.alpha2ToAlpha3(code),
      numeric: countries.alpha2ToNumeric(code),
    };
  }
  const organization = INTERNATIONAL_PARTIES[code];
  if (organization) return { code, kind: 'organization', name: organization };
  const former = FORMER_STATES.get(code);
  if (!former) return undefined;
  return {
    code,
    kind: 'country',
    name: former.name,
    existed: { from: former.from, to: former.to },
    codeSource: former.codeSource,
    successors: [...former.successors],
  };
}

export function partyName(code: string): string {
  return partyInfo(code)?.name ?? code;
}

/*
 * Names that take "the" in a sentence: the United States, the Netherlands, the Holy See,
 * the Marshall Islands, the Central African Republic, the Kingdom of Bavaria, the USSR.
 * ("The Gambia" carries its own.)
 */
const TAKES_THE =
  /^(?:United|Republic|Democratic Republic|Federal|Kingdom|Grand Duchy|Duchy|Principality|Holy See|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|European|Hanseatic|North German|Papal|Orange Free|Congo Free|Austrian Empire|Ryukyu|USSR|Byelorussian|Neutral Zone|Panama Canal|New Hebrides|French Southern|British Antarctic|British Indian Ocean|Pacific Islands)\b|\b(?:Islands|Republic|Territory|Territories|Emirates|Confederation)(?: \(.*\))?$/;

/** A party's name inside a sentence: "to the United Kingdom", "of the Holy See", "by Kazakhstan". */
export function partyNameInText(code: string): string {
  const name = partyName(code);
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** Every party code: today's countries (alphabetical), then organizations, then former states (alphabetical). */
export function allParties(): PartyInfo[] {
  const codes = [...countryCodes].sort();
  const former = [...FORMER_STATES.keys()].sort();
  return [...codes, ...Object.keys(INTERNATIONAL_PARTIES), ...former].map((code) => partyInfo(code)!);
}

/** A country's alpha-2 code from its English name, as shown ("Czechia", "Laos") or as the ISO package knows it ("Czech Republic"), or undefined. */
export function partyFromCountryName(name: string): string | undefined {
  return SHORT_NAME_CODES.get(name.trim().toLowerCase()) ?? countries.getAlpha2Code(name, 'en') ?? countries.getSimpleAlpha2Code(name, 'en');
}

/** Maps an ISO alpha-3 code (as Comtrade and GDELT use) to alpha-2, or undefined. */
export function partyFromAlpha3(alpha3: string): string | undefined {
  return countries.alpha3ToAlpha2(alpha3.toUpperCase());
}

/** Maps an ISO 3166-1 numeric code ("398", as world maps key their shapes) to alpha-2, or undefined. */
export function partyFromNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric.padStart(3, '0'));
}

/** A pair is written as two distinct party codes in alphabetical order: `KZ-LT`. */
export function pairOf(a: string, b: string): string {
  if (a === b) throw new RangeError(`A pair needs two different parties, got ${a} twice`);
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

export interface ParsedPair {
  pair: string;
  parties: [string, string];
  /** False when the input was spelled differently (lower case, reversed order, other separator). */
  canonical: boolean;
}

/** Parses `KZ-LT`, `lt-kz`, `KZ/LT`, `KZ LT`; the caller redirects when not canonical. */
export function parsePair(input: string): ParsedPair {
  const parts = input.trim().toUpperCase().split(/[-/_:,\s]+/).filter(Boolean);
  if (parts.length !== 2) throw new RangeError(`Not a pair of parties: "${input}" (expected e.g. KZ-LT)`);
  const [a, b] = parts as [string, string];
  for (const code of [a, b]) {
    if (!isPartyCode(code)) throw new RangeError(`Unknown party code "${code}" in pair "${input}"`);
  }
  const pair = pairOf(a, b);
  const parties = pair.split('-') as [string, string];
  return { pair, parties, canonical: pair === input };
}

const partyNameCollator = new Intl.Collator('en');

/** A name as it is ordered: "The Gambia" among the G's, as indexes and atlases put it. */
export function nameForSorting(name: string): string {
  return name.replace(/^the\s+/i, '');
}
let nameRanks: Map<string, number> | undefined;

/** A party's place when every party is in order of its English name ("Australia" before "Austria"); an unknown code after them all. */
export function partyNameRank(code: string): number {
  if (!nameRanks) {
    const parties = allParties().sort((x, y) => partyNameCollator.compare(nameForSorting(x.name), nameForSorting(y.name)) || (x.code < y.code ? -1 : 1));
    nameRanks = new Map(parties.map((party, index) => [party.code, index]));
  }
  return nameRanks.get(code) ?? nameRanks.size;
}

/**
 * Two parties in order of their names as every view shows them, then of code: the one
 * tie-break of every ranked list of countries or partners (names, not codes, look ordered).
 */
export function comparePartiesByName(x: string, y: string): number {
  return partyNameRank(x) - partyNameRank(y) || (x < y ? -1 : x > y ? 1 : 0);
}

/**
 * Two pairs ("AT-US", "AU-US") in order of their names as shown ("Australia – United
 * States" before "Austria – United States"): by the first party's name, then the second's.
 * The one tie-break of every ranked list of pairs.
 */
export function comparePairsByName(x: string, y: string): number {
  if (x === y) return 0;
  const [xa = '', xb = ''] = x.split('-');
  const [ya = '', yb = ''] = y.split('-');
  return partyNameRank(xa) - partyNameRank(ya) || partyNameRank(xb) - partyNameRank(yb) || (x < y ? -1 : 1);
}
