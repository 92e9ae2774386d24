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
  partyFromNumeric,
  partyFromCountryName,
  partyInfo,
  partyName,
  partyNameInText,
  SHORT_COUNTRY_NAMES,
} from './party.js';
import { comparePartiesByName } from './parties.js';
import { iso31663 } from 'iso-3166/3.js';
import { FORMER_STATES, HISTORICAL_CODE_PATTERN, HISTORICAL_STATES } from './former-states.js';

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

  it('maps ISO numeric codes, as world maps key their shapes, to alpha-2, with or without leading zeros', () => {
    expect(partyFromNumeric('398')).toBe('KZ');
    expect(partyFromNumeric('040')).toBe('AT');
    expect(partyFromNumeric('40')).toBe('AT');
    expect(partyFromNumeric('999')).toBeUndefined();
  });

  it('lists today\'s countries alphabetically, then organizations, then former states', () => {
    const parties = allParties();
    const countries = parties.filter((party) => party.kind === 'country' && !party.existed).map((party) => party.code);
    expect(countries).toEqual([...countries].sort());
    expect(countries).toContain('KZ');
    expect(countries).toContain('XK');
    expect(parties.find((party) => party.kind === 'organization')).toMatchObject({ code: 'EU', kind: 'organization' });
    expect(parties.findIndex((party) => party.kind === 'organization')).toBe(countries.length);
  });
});

describe('country names as people say them', () => {
  it.each([
    ['CZ', 'Czechia'],
    ['GM', 'The Gambia'],
    ['US', 'United States'],
    ['RU', 'Russia'],
    ['IR', 'Iran'],
    ['LA', 'Laos'],
    ['MD', 'Moldova'],
    ['CN', 'China'],
    ['KZ', 'Kazakhstan'],
    ['GB', 'United Kingdom'],
  ])('names %s %s, keeping its codes', (code, name) => {
    expect(partyName(code)).toBe(name);
    expect(partyInfo(code)?.code).toBe(code);
  });

  it('overrides only codes ISO knows, never with a long form', () => {
    for (const [code, name] of Object.entries(SHORT_COUNTRY_NAMES)) {
      expect(isCountryCode(code), code).toBe(true);
      expect(name, code).not.toMatch(/Republic of|, |\(|Federation|Federated|People's/);
    }
    // (The Republic of the Congo keeps its name: it tells it from the Democratic Republic of the Congo.)
    for (const party of allParties().filter((p) => isCountryCode(p.code) && p.code !== 'CG')) expect(party.name, party.code).not.toMatch(/^(Republic of|The Republic of|Islamic Republic|United Republic)|, (Republic|Province|Federated) of|Russian Federation/);
  });

  it('reads a country back from the name shown or the ISO name', () => {
    for (const name of ['Czechia', 'Czech Republic', 'czechia', 'Laos', "Lao People's Democratic Republic", 'United States', 'United States of America', 'The Gambia']) {
      expect(partyFromCountryName(name), name).toBeDefined();
    }
    expect(partyFromCountryName('Laos')).toBe('LA');
    expect(partyFromCountryName('Czech Republic')).toBe('CZ');
  });

  it('puts “the” before a name that takes it in a sentence, and only there', () => {
    const inText = Object.fromEntries(['US', 'GB', 'NL', 'VA', 'MH', 'CF', 'AE', 'CD', 'EU', 'SUHH', 'XBAV', 'XTEX', 'KZ', 'GM', 'FR', 'DE', 'CZ', 'XHAW', 'YUCS', 'IE'].map((code) => [code, partyNameInText(code)]));
    expect(inText).toEqual({
      US: 'the United States', GB: 'the United Kingdom', NL: 'the Netherlands', VA: 'the Holy See', MH: 'the Marshall Islands', CF: 'the Central African Republic',
      AE: 'the United Arab Emirates', CD: 'the Democratic Republic of the Congo', EU: 'the European Union', SUHH: 'the USSR', XBAV: 'the Kingdom of Bavaria', XTEX: 'the Republic of Texas',
      KZ: 'Kazakhstan', GM: 'The Gambia', FR: 'France', DE: 'Germany', CZ: 'Czechia', XHAW: 'Hawaii (Kingdom, later Republic)', YUCS: 'Yugoslavia', IE: 'Ireland',
    });
  });

  it('orders The Gambia among the G’s, not the T’s', () => {
    expect(comparePartiesByName('GM', 'GA')).toBeGreaterThan(0); // Gabon, then The Gambia
    expect(comparePartiesByName('GM', 'GE')).toBeLessThan(0); // then Georgia
    expect(comparePartiesByName('GM', 'TH')).toBeLessThan(0);
  });
});

describe('former and historical states', () => {
  it('takes former states with their ISO 3166-3 code, name and years', () => {
    expect(partyInfo('SUHH')).toEqual({ code: 'SUHH', kind: 'country', name: 'USSR', existed: { from: 1922, to: 1991 }, codeSource: 'iso-3166-3', successors: expect.arrayContaining(['KZ', 'LT', 'RU']) });
    expect(partyInfo('CSHH')).toMatchObject({ name: 'Czechoslovakia', existed: { from: 1918, to: 1992 }, successors: ['CZ', 'SK'] });
    expect(partyInfo('DDDE')).toMatchObject({ name: 'German Democratic Republic', existed: { from: 1949, to: 1990 } });
    expect(partyInfo('YUCS')).toMatchObject({ name: 'Yugoslavia', codeSource: 'iso-3166-3' });
    // The package's "Viet-Nam, Democratic Republic of" reads the right way round.
    expect(partyName('VDVN')).toBe('Democratic Republic of Viet-Nam');
  });

  it('has years for every ISO 3166-3 entry the package lists (a new one must be added to the table)', () => {
    for (const entry of iso31663) expect(FORMER_STATES.get(entry.alpha4)?.codeSource, entry.alpha4).toBe('iso-3166-3');
  });

  it('gives historical states without an ISO code a code of bilat\'s own that no ISO code can take', () => {
    expect(partyInfo('XHAW')).toMatchObject({ name: 'Hawaii (Kingdom, later Republic)', existed: { from: 1795, to: 1898 }, codeSource: 'bilat' });
    expect(partyInfo('XTEX')).toMatchObject({ name: 'Republic of Texas', existed: { from: 1836, to: 1845 } });
    expect(partyInfo('XTSI')).toMatchObject({ name: 'Kingdom of the Two Sicilies' });
    expect(partyName('XSVN')).toMatch(/South Vietnam/);
    const iso = new Set(iso31663.map((entry) => entry.alpha4));
    for (const code of Object.keys(HISTORICAL_STATES)) {
      expect(code).toMatch(HISTORICAL_CODE_PATTERN);
      expect(iso.has(code)).toBe(false);
      expect(isCountryCode(code)).toBe(false);
    }
  });

  it('gives every former state a name and years that make sense, and no code a hyphen', () => {
    for (const party of allParties()) {
      expect(party.code).not.toContain('-');
      expect(party.name.length).toBeGreaterThan(1);
      if (party.existed) expect(party.existed.from).toBeLessThanOrEqual(party.existed.to);
    }
    const former = allParties().filter((party) => party.existed);
    expect(former.length).toBe(FORMER_STATES.size);
    expect(allParties().at(-1)!.existed).toBeDefined();
  });

  it.each(['SUHH', 'CSHH', 'DDDE', 'YUCS', 'XHAW', 'XTEX', 'XTSI'])('accepts %s as a party and in pairs', (code) => {
    expect(isPartyCode(code)).toBe(true);
    expect(partyCodeSchema.safeParse(code).success).toBe(true);
    const pair = pairOf('US', code);
    expect(parsePair(pair)).toMatchObject({ pair, canonical: true });
    expect(pairSchema.safeParse(pair).success).toBe(true);
    expect(parsePair(`${code.toLowerCase()} us`).pair).toBe(pair);
  });

  it.each(['XAAA', 'SUH', 'SUHHH', 'suhh-x', 'XK1'])('refuses "%s"', (code) => {
    expect(isPartyCode(code)).toBe(false);
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
