import { isCountryCode, partyFromAlpha3 } from '@bilat/domain';
import countries from 'i18n-iso-countries/index.js';

/*
 * Comtrade names countries by M49 numeric code and, in most files, ISO alpha-3. Its
 * numeric codes are mostly ISO 3166-1 numeric, but not always: France is 251 (ISO 250),
 * India 699 (356), Norway 579 (578), Switzerland 757 (756), the USA 842 (840), and some
 * former entities have codes of their own. The ISO alpha-3 column wins where a file has it.
 */

/** Comtrade numeric codes that are not the ISO numeric code of the country Comtrade says they are. */
export const COMTRADE_NUMERIC_EXCEPTIONS: Readonly<Record<string, string>> = Object.freeze({
  '251': 'FR',
  '699': 'IN',
  '579': 'NO',
  '757': 'CH',
  '842': 'US',
  // Former reporters Comtrade itself maps to today's country (its reporter list says so).
  '58': 'BE', // Belgium-Luxembourg, until 1998
  '230': 'ET', // Ethiopia, until 1992
  '280': 'DE', // Federal Republic of Germany, until 1990
  '588': 'PK', // East and West Pakistan, until 1971
  '590': 'PA', // Panama excluding the Canal Zone, until 1977
  '658': 'KN', // Saint Kitts, Nevis and Anguilla, until 1980
  '736': 'SD', // Sudan, until 2011
  '841': 'US', // USA and Puerto Rico, until 1980
  '868': 'VN', // Republic of Viet Nam, until 1974
  '886': 'YE', // Arab Republic of Yemen, until 1990
});

/** Partner 0: the reporter's trade with every partner. */
export const WORLD_CODE = '0';

export type CountryLookup = { party: string } | { world: true } | { notCountry: string } | { unknown: string };

/** Areas and groups Comtrade reports that are no country (areas "nes", bunkers, free zones, the EU). */
const NOT_COUNTRIES: Readonly<Record<string, string>> = Object.freeze({
  '97': 'EU (group)',
  '490': 'Other Asia, nes',
  '473': 'LAIA, nes',
  '527': 'Oceania, nes',
  '568': 'Other Europe, nes',
  '577': 'Other Africa, nes',
  '636': 'Rest of America, nes',
  '637': 'North and Central America, nes',
  '837': 'Bunkers',
  '838': 'Free zones',
  '839': 'Special categories',
  '899': 'Areas, nes',
});

/**
 * The party a Comtrade code stands for. ISO alpha-3 first; Comtrade's own codes for
 * areas (with digits or underscores, "W00"/"WLD" for the world) are no country.
 */
export function comtradeParty(numeric: string | undefined, alpha3: string | undefined): CountryLookup {
  const code = numeric?.trim() ?? '';
  const iso = alpha3?.trim().toUpperCase() ?? '';
  if (code === WORLD_CODE || iso === 'WLD' || iso === 'W00') return { world: true };
  if (iso) {
    const party = partyFromAlpha3(iso);
    if (party && isCountryCode(party)) return { party };
    if (/[\d_]/.test(iso) || NOT_COUNTRIES[code]) return { notCountry: `${iso}${NOT_COUNTRIES[code] ? ` (${NOT_COUNTRIES[code]})` : ''}` };
    return { unknown: iso };
  }
  if (!code) return { unknown: '(empty)' };
  if (NOT_COUNTRIES[code]) return { notCountry: NOT_COUNTRIES[code] };
  const exception = COMTRADE_NUMERIC_EXCEPTIONS[code];
  if (exception) return { party: exception };
  const party = /^\d{1,3}$/.test(code) ? countries.numericToAlpha2(code.padStart(3, '0')) : undefined;
  return party && isCountryCode(party) ? { party } : { unknown: code };
}
