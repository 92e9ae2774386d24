import { isCountryCode, partyFromAlpha3 } from '@bilat/domain';

/*
 * CAMEO actor country codes are ISO 3166-1 alpha-3 for nearly every country. The rest
 * are regions ("EUR", "AFR"), which name no state, and a few codes of CAMEO's own.
 */

/** CAMEO country codes that are not ISO alpha-3, mapped to the ISO alpha-2 code of the same country. */
export const CAMEO_COUNTRY_EXCEPTIONS: Readonly<Record<string, string>> = Object.freeze({
  ROM: 'RO', // Romania (ISO: ROU)
  TMP: 'TL', // East Timor (ISO: TLS)
  ZAR: 'CD', // Zaire, today the Democratic Republic of the Congo (ISO: COD)
  KSV: 'XK', // Kosovo (no ISO code; XK is the user-assigned code bilat accepts)
  KOS: 'XK',
});

/** CAMEO regional codes: groups of countries, never one state. */
export const CAMEO_REGIONS: ReadonlySet<string> = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA',
  'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST',
]);

export type CameoCountry = { party: string } | { region: string } | { none: true } | { unknown: string };

/** The country a CAMEO actor country code names; regions and empty codes are no country. */
export function cameoCountry(code: string): CameoCountry {
  const upper = code.trim().toUpperCase();
  if (!upper) return { none: true };
  if (CAMEO_REGIONS.has(upper)) return { region: upper };
  const exception = CAMEO_COUNTRY_EXCEPTIONS[upper];
  if (exception) return { party: exception };
  const party = /^[A-Z]{3}$/.test(upper) ? partyFromAlpha3(upper) : undefined;
  return party && isCountryCode(party) ? { party } : { unknown: code.trim() };
}
