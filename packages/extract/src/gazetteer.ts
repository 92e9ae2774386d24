import { isPartyCode, partyName } from '@bilat/domain';

/**
 * Names by which press releases refer to parties: official short names, common
 * alternatives and adjectives ("Kazakh", "Kazakhstani"). ISO names come from the domain
 * package; the alternatives and adjectives are ours, since no maintained package lists
 * demonyms. Countries outside this list are still found by their ISO name.
 */
const ALIASES: Record<string, string[]> = {
  KZ: ['Kazakhstan', 'Republic of Kazakhstan', 'Kazakh', 'Kazakhstani'],
  LT: ['Lithuania', 'Republic of Lithuania', 'Lithuanian'],
  LV: ['Latvia', 'Republic of Latvia', 'Latvian'],
  EE: ['Estonia', 'Republic of Estonia', 'Estonian'],
  AZ: ['Azerbaijan', 'Republic of Azerbaijan', 'Azerbaijani'],
  UZ: ['Uzbekistan', 'Republic of Uzbekistan', 'Uzbek'],
  KG: ['Kyrgyzstan', 'Kyrgyz Republic', 'Kyrgyz'],
  TJ: ['Tajikistan', 'Tajik'],
  TM: ['Turkmenistan', 'Turkmen'],
  GE: ['Georgia', 'Georgian'],
  AM: ['Armenia', 'Armenian'],
  MD: ['Moldova', 'Republic of Moldova', 'Moldovan'],
  RO: ['Romania', 'Romanian'],
  HU: ['Hungary', 'Hungarian'],
  PL: ['Poland', 'Republic of Poland', 'Polish'],
  DE: ['Germany', 'Federal Republic of Germany', 'German'],
  FR: ['France', 'French'],
  FI: ['Finland', 'Finnish'],
  SE: ['Sweden', 'Swedish'],
  NO: ['Norway', 'Norwegian'],
  DK: ['Denmark', 'Danish'],
  VN: ['Viet Nam', 'Vietnam', 'Vietnamese'],
  TR: ['Türkiye', 'Turkiye', 'Turkey', 'Turkish'],
  NL: ['Netherlands', 'Kingdom of the Netherlands', 'Dutch'],
  CZ: ['Czech Republic', 'Czechia', 'Czech'],
  SK: ['Slovak Republic', 'Slovakia', 'Slovak'],
  AT: ['Austria', 'Austrian'],
  MN: ['Mongolia', 'Mongolian'],
  KR: ['Republic of Korea', 'South Korea', 'Korea', 'Korean'],
  KP: ["Democratic People's Republic of Korea", 'North Korea'],
  JP: ['Japan', 'Japanese'],
  CN: ['China', "People's Republic of China", 'Chinese'],
  RU: ['Russia', 'Russian Federation', 'Russian'],
  UA: ['Ukraine', 'Ukrainian'],
  BY: ['Belarus', 'Republic of Belarus', 'Belarusian'],
  US: ['United States', 'United States of America', 'USA', 'American'],
  GB: ['United Kingdom', 'UK', 'Britain', 'Great Britain', 'British'],
  IT: ['Italy', 'Italian'],
  ES: ['Spain', 'Spanish'],
  PT: ['Portugal', 'Portuguese'],
  BE: ['Belgium', 'Belgian'],
  CH: ['Switzerland', 'Swiss'],
  IE: ['Ireland', 'Irish'],
  GR: ['Greece', 'Greek'],
  BG: ['Bulgaria', 'Bulgarian'],
  RS: ['Serbia', 'Serbian'],
  HR: ['Croatia', 'Croatian'],
  SI: ['Slovenia', 'Slovenian'],
  IN: ['India', 'Indian'],
  PK: ['Pakistan', 'Pakistani'],
  AF: ['Afghanistan', 'Afghan'],
  IR: ['Iran', 'Iranian'],
  IL: ['Israel', 'Israeli'],
  EG: ['Egypt', 'Egyptian'],
  SA: ['Saudi Arabia', 'Saudi'],
  AE: ['United Arab Emirates', 'UAE', 'Emirati'],
  QA: ['Qatar', 'Qatari'],
  MY: ['Malaysia', 'Malaysian'],
  CA: ['Canada', 'Canadian'],
  EU: ['European Union', 'EU'],
};

/** Cities that press releases name as venues, with their countries. */
export const CITIES: Record<string, string> = {
  Astana: 'KZ', 'Nur-Sultan': 'KZ', Almaty: 'KZ', Shymkent: 'KZ', Aktau: 'KZ',
  Vilnius: 'LT', Kaunas: 'LT', Klaipeda: 'LT', 'Klaipėda': 'LT',
  Riga: 'LV', Ventspils: 'LV', Liepaja: 'LV', Tallinn: 'EE', Tartu: 'EE',
  Baku: 'AZ', Tashkent: 'UZ', Samarkand: 'UZ', Bukhara: 'UZ', Bishkek: 'KG', Osh: 'KG',
  Dushanbe: 'TJ', Ashgabat: 'TM', Tbilisi: 'GE', Batumi: 'GE', Yerevan: 'AM',
  Chisinau: 'MD', 'Chișinău': 'MD', Bucharest: 'RO', Constanta: 'RO', 'Constanța': 'RO',
  Budapest: 'HU', Warsaw: 'PL', Gdansk: 'PL', Berlin: 'DE', Frankfurt: 'DE', Paris: 'FR',
  Helsinki: 'FI', Stockholm: 'SE', Oslo: 'NO', Copenhagen: 'DK', Hanoi: 'VN',
  Ankara: 'TR', Istanbul: 'TR', 'The Hague': 'NL', Amsterdam: 'NL', Rotterdam: 'NL',
  Prague: 'CZ', Bratislava: 'SK', Vienna: 'AT', Graz: 'AT', Ulaanbaatar: 'MN',
  Seoul: 'KR', Tokyo: 'JP', Beijing: 'CN', Moscow: 'RU', Kyiv: 'UA', Minsk: 'BY',
  Washington: 'US', 'New York': 'US', London: 'GB', Rome: 'IT', Madrid: 'ES',
  Lisbon: 'PT', Brussels: 'BE', Geneva: 'CH', Bern: 'CH', Dublin: 'IE', Athens: 'GR',
  Sofia: 'BG', Belgrade: 'RS', Zagreb: 'HR', Ljubljana: 'SI', 'New Delhi': 'IN',
  Islamabad: 'PK', Tehran: 'IR', Cairo: 'EG', Riyadh: 'SA', 'Abu Dhabi': 'AE', Dubai: 'AE',
  Doha: 'QA', 'Kuala Lumpur': 'MY', Ottawa: 'CA',
};

/** Parliaments named by their own names, which say the country on their own. */
export const PARLIAMENTS: Record<string, string> = {
  Saeima: 'LV', Seimas: 'LT', Riigikogu: 'EE', Mazhilis: 'KZ', Majilis: 'KZ', 'Oliy Majlis': 'UZ',
  'Jogorku Kenesh': 'KG', 'Milli Majlis': 'AZ', Bundestag: 'DE', Sejm: 'PL', 'Verkhovna Rada': 'UA',
  Storting: 'NO', Riksdag: 'SE', Eduskunta: 'FI', Folketing: 'DK', Knesset: 'IL', 'Grand National Assembly': 'TR',
};

/** News agencies and statistics offices that name no country in their names. */
const PUBLISHERS: Record<string, string> = {
  kazinform: 'KZ', 'kazakhstan today': 'KZ', tengrinews: 'KZ', 'astana times': 'KZ', kabar: 'KG', akipress: 'KG',
  trend: 'AZ', apa: 'AZ', azertac: 'AZ', montsame: 'MN', bns: 'LT', elta: 'LT', leta: 'LV', err: 'EE',
  armenpress: 'AM', mti: 'HU', pap: 'PL', ctk: 'CZ', tasr: 'SK', kyodo: 'JP', yonhap: 'KR', anadolu: 'TR',
  xinhua: 'CN', tass: 'RU', ukrinform: 'UA', belta: 'BY', moldpres: 'MD', agerpres: 'RO', 'dunyo': 'UZ',
  'european external action service': 'EU', eeas: 'EU', 'european commission': 'EU',
};

export const STATISTICS_OFFICES: Record<string, string> = {
  'Statistics Lithuania': 'LT', Geostat: 'GE', 'Statistics Estonia': 'EE', 'Statistics Finland': 'FI',
  'Statistics Netherlands': 'NL', Eurostat: 'EU', Turkstat: 'TR', 'Destatis': 'DE',
};

export interface PartyName {
  name: string;
  code: string;
  adjective: boolean;
}

let table: PartyName[] | undefined;

/** Every name and adjective, longest first so "Czech Republic" wins over "Czech". */
export function partyNames(): PartyName[] {
  if (table) return table;
  const entries: PartyName[] = [];
  for (const [code, names] of Object.entries(ALIASES)) {
    names.forEach((name) => entries.push({ name, code, adjective: isAdjective(name, names) }));
  }
  table = entries.sort((a, b) => b.name.length - a.name.length);
  return table;
}

function isAdjective(name: string, names: string[]): boolean {
  // The first name of each list is the country; other names of the country itself are
  // recognisable by their words, and everything else in a list is an adjective.
  return name !== names[0] && !/Republic|Kingdom|Federation|Union|States|Korea|Nam$|Britain|Czechia|Turkiye|Türkiye|Turkey|Vietnam|Arabia|Emirates|^[A-Z]{2,3}$/.test(name);
}

let pattern: RegExp | undefined;

/** A regular expression finding any party name or adjective as a whole word. */
export function partyPattern(): RegExp {
  if (pattern) return new RegExp(pattern.source, 'g');
  const alternatives = partyNames().map((entry) => entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  pattern = new RegExp(`(?<![\\p{L}])(?:the\\s+)?(${alternatives.join('|')})(?:'s)?(?![\\p{L}])`, 'gu');
  return new RegExp(pattern.source, 'gu');
}

const byName = new Map<string, PartyName>();

export function lookupParty(name: string): PartyName | undefined {
  if (byName.size === 0) for (const entry of partyNames()) byName.set(entry.name.toLowerCase(), entry);
  return byName.get(name.toLowerCase().replace(/'s$/, '').replace(/^the\s+/, ''));
}

export interface PartyMention {
  code: string;
  start: number;
  end: number;
  adjective: boolean;
  name: string;
}

/** Every mention of a party in a stretch of text, with offsets relative to `offset`. */
export function findParties(text: string, offset = 0): PartyMention[] {
  const mentions: PartyMention[] = [];
  for (const match of text.matchAll(partyPattern())) {
    const entry = lookupParty(match[1]!);
    if (!entry) continue;
    // "Georgia" is also a given name; "Georgian" and the country are what press releases mean.
    const start = offset + match.index + match[0].indexOf(match[1]!);
    mentions.push({ code: entry.code, start, end: start + match[1]!.length, adjective: entry.adjective, name: match[1]! });
  }
  return mentions;
}

const cityPattern = new RegExp(
  `(?<![\\p{L}])(${Object.keys(CITIES).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'gu',
);

export interface CityMention {
  name: string;
  country: string;
  start: number;
  end: number;
}

export function findCities(text: string, offset = 0): CityMention[] {
  return [...text.matchAll(new RegExp(cityPattern.source, 'gu'))].map((match) => ({
    name: match[1]!,
    country: CITIES[match[1]!]!,
    start: offset + match.index,
    end: offset + match.index + match[1]!.length,
  }));
}

/**
 * The country a publisher speaks for: a party its name contains ("Ministry of Foreign
 * Affairs of Azerbaijan", "Embassy of Kazakhstan in Romania" — the first one), or a
 * known agency's country.
 */
export function publisherCountry(publisher: string | undefined): string | undefined {
  if (!publisher) return undefined;
  const mention = findParties(publisher)[0];
  if (mention) return mention.code;
  const folded = publisher.toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [name, code] of Object.entries(PUBLISHERS)) {
    if (folded === name || folded.startsWith(`${name} `) || folded.includes(` ${name} `) || folded.endsWith(` ${name}`)) return code;
  }
  return undefined;
}

/** "Kazakhstan" for KZ: the name a title or label uses. */
export function countryName(code: string): string {
  if (ALIASES[code]) return ALIASES[code]![0]!;
  return isPartyCode(code) ? partyName(code) : code;
}

export function countryAdjective(code: string): string | undefined {
  return ALIASES[code]?.find((name) => isAdjective(name, ALIASES[code]!));
}
