import { describe, expect, it } from 'vitest';
import {
  allParties,
  isCountryCode,
  isPartyCode,
  pairOf,
  pairSchema,
  parsePair,
  partyCodeSchema,
  partyFromAlpha3,
  partyInfo,
  partyName,
} from '../src/party.js';

describe('party codes', () => {
  it.each(['KZ', 'LT', 'XK', 'EU', 'US', 'LV'])('accepts %s', (code) => {
    expect(isPartyCode(code)).toBe(true);
    expect(partyCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each(['ZZ', 'kz', 'KAZ', 'K', '', 'UN', 'XX'])('refuses "%s"', (code) => {
    expect(isPartyCode(code)).toBe(false);
    expect(partyCodeSchema.safeParse(code).success).toBe(false);
  });

  it('knows Kazakhstan and Lithuania as countries, with their ISO codes', () => {
    expect(partyInfo('KZ')).toEqual({ code: 'KZ', kind: 'country', name: 'Kazakhstan', alpha3: 'KAZ', numeric: '398' });
    expect(partyInfo('LT')).toMatchObject({ kind: 'country', name: 'Lithuania', alpha3: 'LTU' });
  });

  it('knows Kosovo (XK) as a country', () => {
    expect(isCountryCode('XK')).toBe(true);
    expect(partyInfo('XK')).toMatchObject({ kind: 'country', name: 'Kosovo' });
  });

  it('knows the EU as an organization, not a country', () => {
    expect(isCountryCode('EU')).toBe(false);
    expect(partyInfo('EU')).toEqual({ code: 'EU', kind: 'organization', name: 'European Union' });
    expect(partyName('EU')).toBe('European Union');
  });

  it('gives nothing for an unknown code, and the code itself as a name', () => {
    expect(partyInfo('ZZ')).toBeUndefined();
    expect(partyName('ZZ')).toBe('ZZ');
  });

  it('maps alpha-3 codes, as Comtrade and GDELT write them, to alpha-2', () => {
    expect(partyFromAlpha3('KAZ')).toBe('KZ');
    expect(partyFromAlpha3('ltu')).toBe('LT');
    expect(partyFromAlpha3('ZZZ')).toBeUndefined();
  });

  it('lists countries alphabetically, then organizations', () => {
    const parties = allParties();
    const countries = parties.filter((party) => party.kind === 'country').map((party) => party.code);
    expect(countries).toEqual([...countries].sort());
    expect(countries).toContain('KZ');
    expect(countries).toContain('XK');
    expect(parties.at(-1)).toMatchObject({ code: 'EU', kind: 'organization' });
    expect(parties.findIndex((party) => party.kind === 'organization')).toBe(countries.length);
  });
});

describe('pairs', () => {
  it('writes a pair in alphabetical order', () => {
    expect(pairOf('LT', 'KZ')).toBe('KZ-LT');
    expect(pairOf('KZ', 'LT')).toBe('KZ-LT');
    expect(pairOf('KZ', 'EU')).toBe('EU-KZ');
    expect(() => pairOf('KZ', 'KZ')).toThrow(RangeError);
  });

  it('reads lt-kz as KZ-LT, and says it was not written canonically', () => {
    expect(parsePair('lt-kz')).toEqual({ pair: 'KZ-LT', parties: ['KZ', 'LT'], canonical: false });
  });

  it('says KZ-LT is canonical', () => {
    expect(parsePair('KZ-LT')).toEqual({ pair: 'KZ-LT', parties: ['KZ', 'LT'], canonical: true });
  });

  it.each(['LT-KZ', 'KZ/LT', 'KZ LT', 'kz-lt', ' KZ-LT'])('reads "%s" as a non-canonical KZ-LT', (input) => {
    expect(parsePair(input)).toMatchObject({ pair: 'KZ-LT', canonical: false });
  });

  it.each(['KZ', 'KZ-LT-LV', 'KZ-ZZ', 'KZ-KZ', '', 'KAZ-LTU'])('refuses "%s"', (input) => {
    expect(() => parsePair(input)).toThrow(RangeError);
  });

  it('lets the schema take only the canonical spelling', () => {
    expect(pairSchema.safeParse('KZ-LT').success).toBe(true);
    expect(pairSchema.safeParse('EU-KZ').success).toBe(true);
    expect(pairSchema.safeParse('KZ-XK').success).toBe(true);
    for (const input of ['LT-KZ', 'KZ-KZ', 'kz-lt', 'KZ/LT', 'KZ-ZZ', 'KZ']) {
      expect(pairSchema.safeParse(input).success).toBe(false);
    }
  });
});
