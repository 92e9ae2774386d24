import { isPartyCode, partyName } from '@bilat/domain';
import {
  EN_ADJECTIVES, EN_NAMES, EN_NOT_NAMES, ORGANIZATION_PARTIES, OTHER_CITIES, RU_ADJECTIVES, RU_CITIES, RU_NAMES,
} from './country-exceptions.js';
import data from './data/countries.json' with { type: 'json' };
import { romanise, stemRu, stemsAgree } from './russian.js';

/*
 * Names by which press releases refer to parties, for every UN member: names, official
 * names and demonyms in English, names in Russian in any case (matched by stem) and the
 * Russian adjectives ("казахстанско-литовские"). The lists come from maintained packages
 * (src/data/countries.json); country-exceptions.ts adds the few forms they lack.
 */

interface CountryData {
  code: string;
  en: string[];
  demonyms: string[];
  capitals: string[];
  ru: string[];
}

const COUNTRIES = (data as { countries: CountryData[] }).countries;

export interface PartyName {
  name: string;
  code: string;
  adjective: boolean;
}

const latinKeys = new Map<string, string>();

/** Folds a Latin name for lookup: lower case, no accents, hyphens and spaces alike, no full stops (kept: words recur). */
function latinKey(text: string): string {
  let key = latinKeys.get(text);
  if (key === undefined) {
    key = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'").replace(/\./g, '').replace(/[\s-]+/g, ' ').trim();
    if (latinKeys.size > 50_000) latinKeys.clear();
    latinKeys.set(text, key);
  }
  return key;
}

/**
 * Latin names folded by latinKey, with the most words of any name that starts with a given word: most capitalised
 * words start no name, and a word that starts only one-word names ("Kazakhstan") is looked up alone, not with the
 * words after it (on a long report the lookups of phrases that can name nothing were most of the time in here).
 */
class FoldedNames<T> {
  readonly byKey = new Map<string, T>();
  /** Each first word (folded, without a possessive 's) and the most words a name that starts with it has. */
  private readonly longest = new Map<string, number>();
  /** The same, asked by the word as the text writes it (kept: words recur). */
  private readonly asked = new Map<string, number>();

  set(key: string, value: T): void {
    this.byKey.set(key, value);
    const words = key.split(' ');
    const first = words[0]!.replace(/'s$/, '');
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, words.length));
  }

  /** The most words a name starting with `word` has; 0 when none starts with it. */
  wordsFrom(word: string): number {
    let most = this.asked.get(word);
    if (most === undefined) {
      most = this.longest.get(latinKey(word).replace(/'s$/, '')) ?? 0;
      if (this.asked.size > 50_000) this.asked.clear();
      this.asked.set(word, most);
    }
    return most;
  }
}

let latinIndex: FoldedNames<PartyName> | undefined;

function buildLatinIndex(): FoldedNames<PartyName> {
  const names = new FoldedNames<PartyName>();
  const index = names.byKey;
  const put = (name: string, code: string, adjective: boolean) => {
    if (EN_NOT_NAMES.has(name)) return;
    const key = latinKey(name);
    if (!key || index.has(key)) return;
    names.set(key, { name, code, adjective });
  };
  for (const [code, party] of Object.entries(ORGANIZATION_PARTIES)) party.en.forEach((name) => put(name, code, false));
  for (const country of COUNTRIES) {
    [...country.en, ...(EN_NAMES[country.code] ?? [])].forEach((name) => put(name, country.code, false));
  }
  // Adjectives after names, so a word that is both ("Monaco") stays a name.
  for (const country of COUNTRIES) [...(EN_ADJECTIVES[country.code] ?? []), ...country.demonyms].forEach((name) => put(name, country.code, true));
  return names;
}

function latin(): FoldedNames<PartyName> {
  latinIndex ??= buildLatinIndex();
  return latinIndex;
}

export function lookupParty(name: string): PartyName | undefined {
  const bare = name.replace(/^the\s+/i, '').replace(/['’]s$/, '');
  if (/\p{Script=Cyrillic}/u.test(bare)) return lookupRussian(bare.split(/[\s-]+/));
  return latin().byKey.get(latinKey(bare));
}

// ---------------------------------------------------------------------------------------
// Russian

interface RussianName {
  code: string;
  stems: string[];
  name: string;
}

let russianNames: Map<string, RussianName[]> | undefined;
/** The first three letters of a name's first stem, and the most words a name starting so has. */
const russianLongest = new Map<string, number>();

/**
 * The most words a Russian party's name starting with `word` may have: a capitalised word starts a listed name of so
 * many words, or a state's long form of two ("Киргизской Республикой"); anything else names a party in one word or none.
 */
function russianWordsFrom(word: string): number {
  if (!/^\p{Lu}/u.test(word)) return 1;
  russianIndex();
  return Math.max(2, russianLongest.get(stemRu(word).slice(0, 3)) ?? 0);
}
let russianAdjectives: Map<string, string> | undefined;

/** Generic words of official names that say nothing about which country ("Народная", "Арабская"). */
const GENERIC_RU = new Set(['народн', 'демократическ', 'социалистическ', 'исламск', 'федеративн', 'объединен', 'соединен', 'арабск', 'независим', 'кооперативн', 'многонациональн', 'боливарианск', 'восточн', 'центральн', 'южн', 'северн', 'корейск', 'народно-демократическ', 'королевск', 'суверенн', 'европейск']);

function russianIndex(): Map<string, RussianName[]> {
  if (russianNames) return russianNames;
  russianNames = new Map();
  russianAdjectives = new Map();
  const ambiguous = new Set<string>();
  const adjective = (stem: string, code: string) => {
    if (GENERIC_RU.has(stem) || stem.length < 4) return;
    const have = russianAdjectives!.get(stem);
    if (have && have !== code) ambiguous.add(stem);
    else russianAdjectives!.set(stem, code);
  };
  const add = (name: string, code: string) => {
    const words = sameApostrophe(name).split(/[\s-]+/).filter(Boolean);
    const stems = words.map(stemRu);
    const key = `${stems.length}|${stems[0]!.slice(0, 3)}`;
    russianNames!.set(key, [...(russianNames!.get(key) ?? []), { code, stems, name }]);
    const prefix = stems[0]!.slice(0, 3);
    russianLongest.set(prefix, Math.max(russianLongest.get(prefix) ?? 0, stems.length));
    // The adjectives of official names: "Литовская Республика" → литовск.
    for (const word of words) if (/(?:ская|цкая|ский|цкий)$/.test(word.toLowerCase())) adjective(stemRu(word), code);
    // Derived from a one-word name: Казахстан → казахстанск, Китай → китайск, Латвия → латвийск, Эстония → эстонск.
    if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name)) {
      const lower = name.toLowerCase();
      if (/[бвгджзклмнпрстфхцчшщй]$/.test(lower)) adjective(`${lower}ск`, code);
      if (/[иеа]я$/.test(lower)) adjective(`${lower.slice(0, -1)}йск`, code);
      if (/(?:ия|а)$/.test(lower)) adjective(`${lower.replace(/(?:ия|а)$/, '')}ск`, code);
    }
  };
  for (const country of COUNTRIES) for (const name of [...country.ru, ...(RU_NAMES[country.code] ?? [])]) add(name, country.code);
  for (const [code, names] of Object.entries(RU_NAMES)) if (!COUNTRIES.some((c) => c.code === code)) names.forEach((name) => add(name, code));
  for (const stem of ambiguous) russianAdjectives.delete(stem);
  for (const [code, stems] of Object.entries(RU_ADJECTIVES)) for (const stem of stems) russianAdjectives.set(stem, code);
  return russianNames;
}

/** Words for a state that follow its adjective in a long form ("Литовская Республика", "Российская Федерация"). */
const STATE_WORDS = ['республик', 'федерац'];

/** Case endings of a country's one-word name (Литва → Литве, Россия → Россией, Китай → Китаем); names in -о do not decline. */
const NOUN_ENDINGS = /^(?:|а|я|у|ю|е|и|ы|й|ь|ой|ей|ом|ем|ию|ии|ией|ия|ью)$/;

/**
 * Whether a word is a case form of a one-word name: what the two do not share is an ending on
 * both sides. Stems alone let a given name pass for a country ("Сирила" for Сирия).
 */
function inflectionOf(word: string, name: string): boolean {
  // A vowel of the last syllable may drop in the other cases: Египет → Египта.
  const fleeting = name.replace(/[еоё](?=[бвгдзклмнпрстфхцчшщ]$)/u, '');
  return endingsApart(word, name) || (fleeting !== name && endingsApart(word, fleeting));
}

function endingsApart(word: string, name: string): boolean {
  const [a, b] = [word.toLowerCase().replaceAll('ё', 'е'), name.toLowerCase().replaceAll('ё', 'е')];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return NOUN_ENDINGS.test(a.slice(shared)) && NOUN_ENDINGS.test(b.slice(shared));
}

/** Russian lookups by their words: a long text tries the same words at every mention. */
const russianLookups = new Map<string, PartyName | undefined>();

/** The data writes "Кот-д’Ивуар" with a typographic apostrophe, reports as often with a straight one. */
const sameApostrophe = (text: string) => text.replaceAll('’', "'");

function lookupRussian(words: string[]): PartyName | undefined {
  words = words.map(sameApostrophe);
  const key = words.join('\n');
  let found = russianLookups.get(key);
  if (found === undefined && !russianLookups.has(key)) {
    found = readRussian(words);
    if (russianLookups.size > 20_000) russianLookups.clear();
    russianLookups.set(key, found);
  }
  // (A copy: the caller may change the mention it makes of it.)
  return found && { ...found };
}

function readRussian(words: string[]): PartyName | undefined {
  const stems = words.map(stemRu);
  // Russian writes names with a capital and adjectives without ("литовские").
  if (!/^\p{Lu}/u.test(words[0]!)) {
    russianIndex();
    const code = words.length === 1 ? russianAdjectives!.get(stems[0]!) : undefined;
    return code ? { name: words[0]!, code, adjective: true } : undefined;
  }
  const candidates = russianIndex().get(`${stems.length}|${stems[0]!.slice(0, 3)}`) ?? [];
  // (A one-word name may lose the vowel of its last syllable: Египет → Египта, stem египт.)
  const agree = (c: RussianName) => c.stems.every((s, i) => stemsAgree(s, stems[i]!)) || (c.stems.length === 1 && stemsAgree(c.stems[0]!.replace(/[еоё](?=[бвгдзклмнпрстфхцчшщ]$)/u, ''), stems[0]!));
  const found = candidates.find((c) => agree(c) && (c.stems.length > 1 || inflectionOf(words[0]!, c.name)));
  if (found) return { name: words.join(' '), code: found.code, adjective: false };
  // "Турецкой Республики", "Киргизской Республикой", "Королевства Таиланд" read in full: a state's long form is its
  // adjective and a word for a state, in any case, whether or not the data lists that form.
  if (words.length === 2 && STATE_WORDS.some((w) => stemsAgree(w, stems[1]!))) {
    const code = russianAdjectives!.get(stems[0]!);
    if (code) return { name: words.join(' '), code, adjective: false };
  }
  if (words.length === 1) {
    // Abbreviations (США, ОАЭ, КНР) are not inflected; names shorter than four letters only match whole.
    const code = russianAdjectives!.get(stems[0]!);
    if (code) return { name: words[0]!, code, adjective: true };
  }
  return undefined;
}

/** The Russian adjective stems and the parties they name (for tests and the catalogue). */
export function russianAdjectiveStems(): Map<string, string> {
  russianIndex();
  return russianAdjectives!;
}

// ---------------------------------------------------------------------------------------
// Finding names in text

export interface PartyMention {
  code: string;
  start: number;
  end: number;
  adjective: boolean;
  name: string;
}

const WORD = /[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

// The words of the last text read: buildContext finds the parties and the cities of each sentence one after the other.
let lastText: string | undefined;
let lastWords: Word[] = [];

/** The words of `text` (shared: callers only read them). */
function wordsOf(text: string): Word[] {
  if (text === lastText) return lastWords;
  const words: Word[] = [];
  // (exec on the one pattern rather than matchAll, which copies it per call; nothing else uses it meanwhile.)
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0];
    // A full stop ends the word unless it is an initialism ("U.S.").
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word)) word = word.slice(0, -1);
    words.push({ text: word, start: match.index, end: match.index + word.length });
  }
  lastText = text;
  lastWords = words;
  return words;
}

/** Words of one name are joined by spaces or a hyphen only. */
const joined = (text: string, a: Word, b: Word) => /^(?:\s+|-)$/.test(text.slice(a.end, b.start));

/** How many words from `i` on (at most `limit`) are joined one to the next: the longest name that may start at `i`. */
function joinedRun(text: string, words: Word[], i: number, limit: number): number {
  let n = 1;
  while (n < limit && i + n < words.length && joined(text, words[i + n - 1]!, words[i + n]!)) n++;
  return n;
}

const OUTLET_AFTER = /^\s+(?:\p{Lu}\p{Ll}+\s+)?(?:News|Times|Post|Observer|Gazette|Herald|Tribune|Today|Daily|Express|Telegraph|Chronicle|Monitor)\b(?!\s+(?:of|for)\b)/u;

/**
 * Whether the party mentioned opens a newspaper's or an agency's name ("Pakistan Point News" in a dateline's credit,
 * "China Daily reported"): in the text, that names no party of what the report tells (the publisher's own name still
 * says where it is from).
 */
export function opensOutletName(text: string, mention: PartyMention, offset = 0): boolean {
  return OUTLET_AFTER.test(text.slice(mention.end - offset, mention.end - offset + 40));
}

/** "US$18.8 billion", "7.2 billion US Dollars", "S$5 million", "Singapore dollars": a currency named after its country. */
const CURRENCY_AFTER = /^(?:\$|\s*(?:dollars?|cents?)\b)/iu;

/**
 * Whether the party mentioned only names a currency ("US$" in a Vietnamese report of its trade with Thailand, en-602): a
 * currency's country is no party of what the report tells.
 */
export function namesCurrency(text: string, mention: PartyMention, offset = 0): boolean {
  return CURRENCY_AFTER.test(text.slice(mention.end - offset, mention.end - offset + 12));
}

/**
 * An abbreviation in capitals ("US", "UK", "UAE") names its party only where the text writes it in capitals too: the
 * lookup folds case, and "Us" opening a sentence or "About Us" on a page is the pronoun.
 */
function capitalsAgree(entry: PartyName | undefined, phrase: string): PartyName | undefined {
  if (!entry || !/^[\p{Lu}.\s]+$/u.test(entry.name) || entry.name.replace(/[^\p{L}]/gu, '').length < 2) return entry;
  return /\p{Ll}/u.test(phrase.replace(/['’]s$/, '')) ? undefined : entry;
}

/** Every mention of a party in a stretch of text, with offsets relative to `offset`. */
export function findParties(text: string, offset = 0): PartyMention[] {
  const words = wordsOf(text);
  const mentions: PartyMention[] = [];
  const names = latin();
  const index = names.byKey;
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const cyrillic = /\p{Script=Cyrillic}/u.test(first.text);
    if (!cyrillic && !/^\p{Lu}/u.test(first.text)) continue;
    const limit = cyrillic ? Math.min(7, russianWordsFrom(first.text)) : names.wordsFrom(first.text);
    if (limit === 0) continue;
    let found: { entry: PartyName; last: number; end: number } | undefined;
    // (Longer stretches are not joined throughout, so they name nothing.)
    for (let n = joinedRun(text, words, i, Math.min(limit, words.length - i)); n >= 1 && !found; n--) {
      const last = words[i + n - 1]!;
      if (cyrillic) {
        // Russian names are capitalised; adjectives ("литовские") are not, and stand alone.
        if (n > 1 && !/^\p{Lu}/u.test(first.text)) continue;
        const entry = lookupRussian(words.slice(i, i + n).map((w) => w.text));
        if (entry && (entry.adjective || /^\p{Lu}/u.test(first.text))) found = { entry, last: i + n - 1, end: last.end };
        continue;
      }
      const phrase = text.slice(first.start, last.end);
      let entry = capitalsAgree(index.get(latinKey(phrase)), phrase);
      let end = last.end;
      if (!entry && /['’]s$/.test(phrase)) {
        entry = capitalsAgree(index.get(latinKey(phrase.slice(0, -2))), phrase);
        end = last.end - 2;
      }
      if (entry) found = { entry, last: i + n - 1, end };
    }
    if (!found) continue;
    // "US dollars", "американских долларов": a currency, not a party. Nor "Latin American", "South American": a region's
    // people, not the United States' ("Latin American News" as a publisher made a digest's host American, en-305).
    if (/^\s*(?:dollars?|доллар)/i.test(text.slice(found.end)) || (found.entry.adjective && /^American$/.test(text.slice(first.start, found.end)) && /\b(?:Latin|South|North|Central|Pan)[\s-]$/.test(text.slice(Math.max(0, first.start - 8), first.start)))) {
      i = found.last;
      continue;
    }
    mentions.push({ code: found.entry.code, start: offset + first.start, end: offset + found.end, adjective: found.entry.adjective, name: text.slice(first.start, found.end) });
    i = found.last;
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------
// Cities

/** Cities that press releases name as venues, with their countries: every capital, and a few others. */
export const CITIES: Record<string, string> = (() => {
  const cities: Record<string, string> = {};
  for (const country of COUNTRIES) {
    for (const capital of country.capitals) if (!EN_NOT_NAMES.has(capital)) cities[capital.replace(/\s+D\.C\.$/, '')] = country.code;
  }
  Object.assign(cities, OTHER_CITIES);
  return cities;
})();

const LATIN_CITY = new FoldedNames<{ name: string; code: string }>();
for (const [name, code] of Object.entries(CITIES)) LATIN_CITY.set(latinKey(name), { name, code });
const RU_CITY = new Map(Object.entries(RU_CITIES).map(([ru, en]) => [stemRu(ru), { en, ru }]));
/** Romanised capitals, folded to their spelling skeleton, for Russian names no table lists (Ташкент → Tashkent). */
const ROMAN_CITY = new Map(Object.keys(CITIES).map((name) => [latinKey(name).replace(/(.)\1+/g, '$1'), name]));

export interface CityMention {
  name: string;
  country: string;
  start: number;
  end: number;
}

export function findCities(text: string, offset = 0): CityMention[] {
  const words = wordsOf(text);
  const found: CityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!/^\p{Lu}/u.test(first.text)) continue;
    if (/\p{Script=Cyrillic}/u.test(first.text)) {
      const name = russianCity(first.text);
      if (name) found.push({ name, country: CITIES[name]!, start: offset + first.start, end: offset + first.end });
      continue;
    }
    const most = LATIN_CITY.wordsFrom(first.text);
    if (most === 0) continue;
    for (let n = joinedRun(text, words, i, Math.min(most, words.length - i)); n >= 1; n--) {
      const last = words[i + n - 1]!;
      const city = LATIN_CITY.byKey.get(latinKey(text.slice(first.start, last.end)));
      if (!city) continue;
      // The name as the text writes it (Klaipeda or Klaipėda): places are matched on folded names later.
      found.push({ name: text.slice(first.start, last.end), country: city.code, start: offset + first.start, end: offset + last.end });
      i += n - 1;
      break;
    }
  }
  return found;
}

const russianCities = new Map<string, string | undefined>();

/** A Russian city name in any case, as the Latin name the records use (kept per word: words recur). */
function russianCity(word: string): string | undefined {
  let city = russianCities.get(word);
  if (city === undefined && !russianCities.has(word)) {
    city = readRussianCity(word);
    if (russianCities.size > 20_000) russianCities.clear();
    russianCities.set(word, city);
  }
  return city;
}

function readRussianCity(word: string): string | undefined {
  const stem = stemRu(word);
  // (A case form of the city's name, not a surname sharing its first letters: Токаев is not Токио.)
  for (const [ru, city] of RU_CITY) if (stemsAgree(ru, stem) && inflectionOf(word, city.ru)) return city.en;
  // (A name that does not decline, whose stem is too short to be sure of: "в Баку" is Baku, whole and exactly.)
  const whole = ROMAN_CITY.get(latinKey(romanise(word)).replace(/(.)\1+/g, '$1'));
  if (whole && word.length >= 4) return whole;
  const roman = latinKey(romanise(stem)).replace(/(.)\1+/g, '$1');
  if (roman.length < 4) return undefined;
  for (const [key, name] of ROMAN_CITY) if (key === roman || (key.startsWith(roman) && key.length - roman.length <= 1)) return name;
  return undefined;
}

/** Parliaments named by their own names, which say the country on their own. */
export const PARLIAMENTS: Record<string, string> = {
  Saeima: 'LV', Seimas: 'LT', Riigikogu: 'EE', Mazhilis: 'KZ', Majilis: 'KZ', 'Oliy Majlis': 'UZ',
  'Jogorku Kenesh': 'KG', 'Milli Majlis': 'AZ', Bundestag: 'DE', Sejm: 'PL', 'Verkhovna Rada': 'UA',
  Storting: 'NO', Riksdag: 'SE', Eduskunta: 'FI', Folketing: 'DK', Knesset: 'IL', 'Grand National Assembly': 'TR',
  Мажилис: 'KZ', Сейм: 'LT', 'Олий Мажлис': 'UZ', 'Жогорку Кенеш': 'KG', 'Милли Меджлис': 'AZ', 'Верховная Рада': 'UA',
};

/** News agencies and statistics offices that name no country in their names. */
const PUBLISHERS: Record<string, string> = {
  kazinform: 'KZ', 'kazakhstan today': 'KZ', tengrinews: 'KZ', 'astana times': 'KZ', kabar: 'KG', akipress: 'KG', '24 kg': 'KG',
  trend: 'AZ', apa: 'AZ', azertac: 'AZ', 'report az': 'AZ', montsame: 'MN', bns: 'LT', elta: 'LT', lrt: 'LT', leta: 'LV', err: 'EE',
  armenpress: 'AM', mti: 'HU', pap: 'PL', ctk: 'CZ', tasr: 'SK', kyodo: 'JP', yonhap: 'KR', anadolu: 'TR', 'daily sabah': 'TR',
  xinhua: 'CN', 'china daily': 'CN', 'global times': 'CN', cgtn: 'CN', tass: 'RU', ria: 'RU', 'ria novosti': 'RU', interfax: 'RU', regnum: 'RU',
  sputnik: 'RU', 'rossiyskaya gazeta': 'RU', izvestia: 'RU', kommersant: 'RU', ukrinform: 'UA',
  belta: 'BY', moldpres: 'MD', agerpres: 'RO', dunyo: 'UZ', uza: 'UZ', 'kun uz': 'UZ', 'daryo': 'UZ', wam: 'AE', 'gulf news': 'AE',
  app: 'PK', 'associated press of pakistan': 'PK', 'radio pakistan': 'PK', dawn: 'PK', 'the nation': 'PK', 'the news international': 'PK',
  'express tribune': 'PK', 'the express tribune': 'PK', 'frontier post': 'PK', 'the frontier post': 'PK',
  pti: 'IN', ani: 'IN', rediff: 'IN', 'the hindu': 'IN', 'times of india': 'IN', 'hindustan times': 'IN', kbs: 'KR', 'korea herald': 'KR',
  nhk: 'JP', azernews: 'AZ', 'news az': 'AZ', 'today az': 'AZ', kaztag: 'KZ', 'inform kz': 'KZ', kcna: 'KP', 'turkmenistan today': 'TM', 'orient': 'TM',
  'khovar': 'TJ', 'lusa': 'PT', 'european external action service': 'EU', eeas: 'EU', 'european commission': 'EU',
  // National agencies and papers of Africa, Latin America and Southeast Asia whose names hold no country (en-364..385).
  andina: 'PE', antara: 'ID', bernama: 'MY', 'borneo post': 'MY', 'the borneo post': 'MY', 'manila bulletin': 'PH', 'philippine news agency': 'PH',
  pna: 'PH', akp: 'KH', 'khmer times': 'KH', 'bangkok post': 'TH', 'new vision': 'UG', ghanaweb: 'GH', myjoyonline: 'GH', gna: 'GH',
  'ghana news agency': 'GH', 'news agency of nigeria': 'NG', 'kenya news agency': 'KE', angop: 'AO', 'ver angola': 'AO', medcom: 'ID', 'medcom id': 'ID',
  'prensa latina': 'CU', telam: 'AR', 'agencia brasil': 'BR', mena: 'EG', 'maghreb arab press': 'MA', aps: 'DZ',
  казинформ: 'KZ', белта: 'BY', тасс: 'RU', риа: 'RU', кабар: 'KG', акипресс: 'KG', тренд: 'AZ', уза: 'UZ', укринформ: 'UA',
};

export const STATISTICS_OFFICES: Record<string, string> = {
  'Statistics Lithuania': 'LT', Geostat: 'GE', 'Statistics Estonia': 'EE', 'Statistics Finland': 'FI',
  'Statistics Netherlands': 'NL', Eurostat: 'EU', Turkstat: 'TR', 'Destatis': 'DE',
};

/**
 * The country a publisher speaks for: a party its name contains ("Ministry of Foreign
 * Affairs of Azerbaijan", "Embassy of Kazakhstan in Romania" — the first one), or a
 * known agency's country.
 */
export function publisherCountry(publisher: string | undefined): string | undefined {
  if (!publisher) return undefined;
  // "The Nation (Thailand)", "The Star (Kenya)": a country alone in brackets says whose paper of that name it is.
  const bracketed = /\(([^()]+)\)/.exec(publisher)?.[1]?.trim();
  const own = bracketed ? findParties(bracketed)[0] : undefined;
  if (own && !own.adjective && own.start === 0 && own.end === bracketed!.length) return own.code;
  // "News.by (Belarus TV and Radio Company)", "1lurer.am (Public Television of Armenia)": a broadcaster in brackets, named
  // with its country, is the outlet's own owner (a state's television speaks from that state).
  if (bracketed && /\b(?:TV|Television|Radio|Broadcasting)\b/.test(bracketed)) {
    const named = [...new Set(findParties(bracketed).filter((p) => !p.adjective).map((p) => p.code))];
    if (named.length === 1) return named[0];
  }
  const mention = findParties(publisher.replace(/\(.*\)/, ''))[0];
  if (mention) return mention.code;
  const folded = publisher.toLowerCase().replace(/\(.*\)/, ' ').replace(/[^a-zа-яё0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [name, code] of Object.entries(PUBLISHERS)) {
    if (folded === name || folded.startsWith(`${name} `) || folded.includes(` ${name} `) || folded.endsWith(` ${name}`)) return code;
  }
  // "El.kz (Kazakh MFA)", "EIN Presswire (Government of Russia)": an outlet relaying a government body's release speaks
  // for that body's country (an outlet it cites, "(citing TASS)", does not say whose release it is).
  const relayed = /\(([^()]*\b(?:MFA|Ministry|Government|Embassy|[Pp]ress [Ss]ervice|President)\b[^()]*)\)/.exec(publisher)?.[1];
  if (relayed && !/\b(?:citing|via|based on)\b/i.test(relayed)) return findParties(relayed)[0]?.code;
  return undefined;
}

/**
 * The party of `among` that a state's generic name stands for ("the Sultanate" in a report on Oman and Syria, "the
 * Kingdom" in one on Saudi Arabia and Pakistan): the only one whose long name is a "<Word> of …".
 */
export function partyByStateWord(word: string, among: readonly string[]): string | undefined {
  const long = new RegExp(`\\b${word} of\\b`);
  const found = among.filter((code) => COUNTRIES.find((c) => c.code === code)?.en.some((name) => long.test(name)));
  return found.length === 1 ? found[0] : undefined;
}

/** "Kazakhstan" for KZ: the name a title or label uses. */
export function countryName(code: string): string {
  const organization = ORGANIZATION_PARTIES[code];
  if (organization) return organization.en[0]!;
  const country = COUNTRIES.find((c) => c.code === code);
  if (country) return country.en[0]!;
  return isPartyCode(code) ? partyName(code) : code;
}

export function countryAdjective(code: string): string | undefined {
  return EN_ADJECTIVES[code]?.[0] ?? COUNTRIES.find((c) => c.code === code)?.demonyms[0];
}
