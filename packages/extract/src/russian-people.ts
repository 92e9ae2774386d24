import { countryName, findCities, findParties, lookupParty, PARLIAMENTS } from './gazetteer.js';
import type { PersonMention } from './people.js';
import { romanise, stemRu, stemsAgree } from './russian.js';
import type { Sentence } from './segment.js';

/*
 * People in Russian text: a title ("заместитель министра иностранных дел"), the country
 * in the genitive ("Казахстана", "Республики Казахстан"), then the name ("Роман
 * Василенко"). Titles are translated to the English shape the records use; names are put
 * back in the nominative and romanised (the Cyrillic stays as a variant), so they match
 * the Latin spellings already held (Василенко → Vasilenko, which agrees with Vassilenko).
 */

/** Russian titles as word stems, with the English title each stands for (longest first when matched). */
const TITLES: [string, string][] = [
  ['первый заместитель министра иностранных дел', 'First Deputy Minister of Foreign Affairs'],
  ['статс-секретарь заместитель министра иностранных дел', 'Deputy Minister of Foreign Affairs'],
  ['заместитель министра иностранных дел', 'Deputy Minister of Foreign Affairs'],
  ['замминистра иностранных дел', 'Deputy Minister of Foreign Affairs'],
  ['заместитель главы мид', 'Deputy Minister of Foreign Affairs'],
  ['замглавы мид', 'Deputy Minister of Foreign Affairs'],
  ['первый вице-министр иностранных дел', 'First Vice Minister of Foreign Affairs'],
  ['вице-министр иностранных дел', 'Vice Minister of Foreign Affairs'],
  ['министр иностранных дел', 'Minister of Foreign Affairs'],
  ['глава мид', 'Minister of Foreign Affairs'],
  ['глава внешнеполитического ведомства', 'Minister of Foreign Affairs'],
  ['глава дипломатического ведомства', 'Minister of Foreign Affairs'],
  ['руководитель внешнеполитического ведомства', 'Minister of Foreign Affairs'],
  ['главы мид', 'Minister of Foreign Affairs'],
  ['главы министерств иностранных дел', 'Minister of Foreign Affairs'],
  ['главы внешнеполитических ведомств', 'Minister of Foreign Affairs'],
  ['главы внешнедипломатических ведомств', 'Minister of Foreign Affairs'],
  ['глав дипведомств', 'Minister of Foreign Affairs'],
  ['главы дипведомств', 'Minister of Foreign Affairs'],
  ['глава дипведомства', 'Minister of Foreign Affairs'],
  ['глава внешнедипломатического ведомства', 'Minister of Foreign Affairs'],
  ['официальный представитель мид', 'Spokesperson of the Ministry of Foreign Affairs'],
  ['пресс-секретарь мид', 'Spokesperson of the Ministry of Foreign Affairs'],
  ['первый заместитель председателя правительства', 'First Deputy Prime Minister'],
  ['первый заместитель премьер-министра', 'First Deputy Prime Minister'],
  ['первый вице-премьер', 'First Deputy Prime Minister'],
  ['министры иностранных дел', 'Minister of Foreign Affairs'],
  ['заместитель председателя кабинета министров', 'Deputy Chairman of the Cabinet of Ministers'],
  ['председатель кабинета министров', 'Chairman of the Cabinet of Ministers'],
  ['заместитель председателя правительства', 'Deputy Prime Minister'],
  ['заместитель премьер-министра', 'Deputy Prime Minister'],
  ['вице-премьер', 'Deputy Prime Minister'],
  ['премьер-министр', 'Prime Minister'],
  ['председатель правительства', 'Prime Minister'],
  ['президент', 'President'],
  ['чрезвычайный и полномочный посол', 'Ambassador'],
  // "послом", "посла": the vowel of посол drops in the other cases, so the stem differs.
  ['чрезвычайного и полномочного посла', 'Ambassador'],
  ['посол', 'Ambassador'],
  ['посла', 'Ambassador'],
  ['временный поверенный в делах', "Chargé d'Affaires"],
  ['генеральный консул', 'Consul General'],
  ['помощник государственного секретаря', 'Assistant Secretary of State'],
  ['помощник госсекретаря', 'Assistant Secretary of State'],
  ['заместитель государственного секретаря', 'Deputy Secretary of State'],
  ['заместитель госсекретаря', 'Deputy Secretary of State'],
  ['замгоссекретаря', 'Deputy Secretary of State'],
  ['государственный секретарь', 'Secretary of State'],
  ['госсекретарь', 'Secretary of State'],
  ['генеральный секретарь', 'Secretary General'],
  ['специальный представитель', 'Special Representative'],
  ['спецпредставитель', 'Special Representative'],
  ['помощник президента', 'Aide to the President'],
  ['председатель сената', 'Chairman of the Senate'],
  ['председатель мажилиса', 'Chairman of the Mazhilis'],
  ['председатель государственной думы', 'Chairman of the State Duma'],
  ['председатель', 'Chairman'],
  ['спикер', 'Speaker'],
  ['заместитель министра', 'Deputy Minister'],
  ['вице-министр', 'Vice Minister'],
  ['министр', 'Minister'],
  ['директор департамента', 'Director of the Department'],
  ['директор', 'Director'],
  ['начальник управления', 'Head of the Department'],
  ['руководитель', 'Head'],
  ['глава', 'Head'],
  ['мэр', 'Mayor'],
  ['аким', 'Akim'],
  ['хоким', 'Khokim'],
];

/** What a minister is minister of, in the genitive: "министр транспорта" → Minister of Transport. */
const FIELDS: [string, string][] = [
  ['иностранных дел', 'Foreign Affairs'], ['экономического развития', 'Economic Development'], ['экономики и финансов', 'Economy and Finance'],
  ['инвестиций промышленности и торговли', 'Investment, Industry and Trade'], ['промышленности и торговли', 'Industry and Trade'],
  ['торговли и интеграции', 'Trade and Integration'], ['национальной экономики', 'National Economy'], ['цифрового развития', 'Digital Development'],
  ['сельского хозяйства', 'Agriculture'], ['экономики', 'Economy'], ['финансов', 'Finance'], ['транспорта', 'Transport'], ['торговли', 'Trade'],
  ['энергетики', 'Energy'], ['обороны', 'Defence'], ['юстиции', 'Justice'], ['здравоохранения', 'Health'], ['образования', 'Education'],
  ['культуры', 'Culture'], ['коммерции', 'Commerce'], ['иностранных дел и торговли', 'Foreign Affairs and Trade'], ['внутренних дел', 'Internal Affairs'], ['промышленности', 'Industry'], ['туризма', 'Tourism'],
];

const GOVERNMENT = stemRu('правительства');
const COUNTRY_WORD = stemRu('страны');
const stemPhrase = (phrase: string) => phrase.split(/[\s–—]+/).filter(Boolean).map(stemRu);
const TITLE_STEMS = TITLES.map(([ru, en]) => ({ stems: stemPhrase(ru), en })).sort((a, b) => b.stems.length - a.stems.length);
const FIELD_STEMS = FIELDS.map(([ru, en]) => ({ stems: stemPhrase(ru), en })).sort((a, b) => b.stems.length - a.stems.length);

interface Word {
  text: string;
  start: number;
  end: number;
  stem: string;
  capital: boolean;
}

const WORD = /(?:\p{Lu}\.\s?){1,2}(?=\p{Lu}\p{Ll})[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*\.?/gu;

function wordsOf(sentence: Sentence): Word[] {
  return [...sentence.text.matchAll(WORD)].map((m) => {
    const text = m[0].replace(/\.$/, '');
    return { text, start: sentence.start + m.index, end: sentence.start + m.index + text.length, stem: stemRu(text), capital: /^\p{Lu}/u.test(text) };
  });
}

function matchAt(words: Word[], at: number, phrases: { stems: string[]; en: string }[]): { en: string; length: number; country?: string } | undefined {
  for (const phrase of phrases) {
    // "глава [казахстанского] внешнеполитического ведомства", "замглавы [российского] МИД": a country's adjective inside a title.
    let offset = 0;
    let country: string | undefined;
    const ok = phrase.stems.every((stem, k) => {
      let word = words[at + k + offset];
      if (word && k > 0 && !stemsAgree(stem, word.stem)) {
        const party = lookupParty(word.text);
        if (party?.adjective && !country) {
          country = party.code;
          offset++;
          word = words[at + k + offset];
        }
      }
      return word !== undefined && stemsAgree(stem, word.stem);
    });
    if (ok) return { en: phrase.en, length: phrase.stems.length + offset, ...(country ? { country } : {}) };
  }
  return undefined;
}

/** Words that are capitalised but are not names: bodies, abbreviations, function words at a sentence start. */
function isRussianNameWord(word: Word | undefined): boolean {
  if (!word || !word.capital || !/\p{Script=Cyrillic}/u.test(word.text)) return false;
  if (/^\p{Lu}{2,}$/u.test(word.text) || word.text.length < 2) return false;
  if (/^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}/u.test(word.text)) return true;
  if (findParties(word.text).length || findCities(word.text).length || Object.hasOwn(PARLIAMENTS, word.text)) return false;
  return !NOT_NAMES.has(word.stem);
}

const NOT_NAMES = new Set(['мид', 'министерств', 'республик', 'федерац', 'правительств', 'посольств', 'администрац', 'сенат', 'парламент', 'государствен', 'дум', 'совет', 'комисс', 'организац', 'союз', 'содружеств', 'в', 'на', 'по', 'с', 'и', 'об', 'о', 'как', 'это', 'при', 'для']);

/** Case endings of Russian first names and surnames, paired so both words agree (Сергеем Лавровым → Сергей Лавров). */
const CASES: [RegExp, string, RegExp, string][] = [
  // instrumental: Сергеем → Сергей, Игорем → Игорь, Романом → Роман; Лавровым → Лавров, Макеем → Макей
  [/([аеиоуя])ем$/, '$1й', /(ов|ев|ин|ын)ым$/, '$1'], [/([^аеиоуя])ем$/, '$1ь', /(ов|ев|ин|ын)ым$/, '$1'], [/ом$/, '', /(ов|ев|ин|ын)ым$/, '$1'],
  [/([аеиоуя])ем$/, '$1й', /ским$/, 'ский'], [/ом$/, '', /ским$/, 'ский'], [/([аеиоуя])ем$/, '$1й', /([аеиоуя])ем$/, '$1й'], [/ом$/, '', /([аеиоуя])ем$/, '$1й'],
  // after ж, ш, щ, ч, ц the instrumental ends in -ем: Андрисом Берзиньшем → Андрис Берзиньш
  [/ом$/, '', /([жшщчц])ем$/, '$1'],
  [/ом$/, '', /ом$/, ''], [/ом$/, '', /$/, ''], [/([аеиоуя])ем$/, '$1й', /$/, ''],
  [/ией$/, 'ия', /(ов|ев|ин)ой$/, '$1а'], [/ой$/, 'а', /(ов|ев|ин)ой$/, '$1а'], [/ой$/, 'а', /ской$/, 'ская'],
  // genitive and accusative
  // (a first name in -а may be a woman's in the nominative, Анна Петрова: only -ея is read as a man's genitive)
  [/ея$/, 'ей', /(ов|ев|ин|ын)а$/, '$1'], [/ея$/, 'ей', /ского$/, 'ский'], [/ея$/, 'ей', /ея$/, 'ей'], [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /ского$/, 'ский'],
  // dative
  [/ею$/, 'ей', /(ов|ев|ин|ын)у$/, '$1'], [/([бвгдзклмнпрстфхцчшщ])у$/, '$1', /(ов|ев|ин|ын)у$/, '$1'],
];

/** "Э.Абдылдаева", "С.В.Лаврова": an initialled surname, put back in the nominative (-ова/-ева/-ина → -ов/-ев/-ин). */
function initialledNominative(raw: string, oblique: boolean): string {
  // -овым/-евым/-иным can only be a man's instrumental; -ова may be a woman's nominative.
  if (!oblique) return raw.replace(/(ов|ев|ин|ын)ым$/u, '$1').replace(/ским$/u, 'ский').replace(/\.(?=\p{Lu}\p{Ll})/u, '. ');
  return raw.replace(/(ов|ев|ин|ын)(?:а|у|ым|ой)$/u, '$1').replace(/ским$|ского$/u, 'ский').replace(/\.(?=\p{Lu}\p{Ll})/u, '. ');
}

/** After a title in the genitive or accusative ("министра …", "посла …"), a name in -а is a man's in that case. */
const OBLIQUE: [RegExp, string, RegExp, string][] = [
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /(ов|ев|ин|ын)а$/, '$1'], [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /я$/, 'й'], [/ия$/, 'ий', /(ов|ев|ин|ын)а$/, '$1'],
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'], [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /$/, ''],
];

/** A Russian name put back in the nominative (first name and surname agreeing in case); names that do not decline stay. */
export function nominative(name: string, oblique = false): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const first = words[0]!;
  const last = words.at(-1)!;
  for (const [firstEnd, firstTo, lastEnd, lastTo] of oblique ? [...CASES, ...OBLIQUE] : CASES) {
    if (firstEnd.test(first) && lastEnd.test(last)) {
      return [first.replace(firstEnd, firstTo), ...words.slice(1, -1), last.replace(lastEnd, lastTo)].join(' ');
    }
  }
  // "с чешской коллегой Мари Хатардовой": a woman's surname in -овой/-евой/-иной is never nominative;
  // a foreign first name beside it (Мари, Нише) does not decline.
  if (/(?:ов|ев|ёв|ин|ын)ой$/.test(last)) return [...words.slice(0, -1), last.replace(/ой$/, 'а')].join(' ');
  return name;
}

export interface RussianPersonMention extends PersonMention {
  /** The name in Cyrillic, nominative. */
  native: string;
}

/**
 * Titled people of a Russian sentence: "Заместитель министра иностранных дел Казахстана
 * Роман Василенко", "Глава МИД России Сергей Лавров", "посол США в Узбекистане …",
 * "главы МИД Беларуси и России Владимир Макей и Сергей Лавров".
 */
export function findRussianPeople(sentence: Sentence, index: number): RussianPersonMention[] {
  const words = wordsOf(sentence);
  const mentions: RussianPersonMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const title = matchAt(words, i, TITLE_STEMS);
    if (!title) continue;
    let j = i + title.length;
    let english = title.en;
    const titleStart = words[i]!.start;
    // "министр транспорта", "министр экономики и финансов"
    if (/^(?:Minister|Deputy Minister|Vice Minister)$/.test(english)) {
      const field = matchAt(words, j, FIELD_STEMS);
      if (field) {
        english = `${english} of ${field.en}`;
        j += field.length;
      }
    }
    const titleEnd = words[j - 1]!.end;
    /** Moves j past a party found at the start of `rest` (which starts at word j). */
    const skipParty = (party: { end: number }) => {
      const from = words[j]!.start;
      while (words[j] && words[j]!.start < from + party.end) j++;
    };
    // The countries whose post it is, in the genitive: "Казахстана", "Республики Казахстан", "Беларуси и России".
    const countries: string[] = title.country ? [title.country] : [];
    // "вице-премьер российского правительства", "вице-премьер правительства РФ", "президентом страны":
    // the government (or "the country") between the title and the name.
    const government = (word: Word | undefined) => word !== undefined && stemsAgree(GOVERNMENT, word.stem);
    if (words[j] && lookupParty(words[j]!.text)?.adjective && government(words[j + 1])) {
      countries.push(lookupParty(words[j]!.text)!.code);
      j += 2;
    } else if (government(words[j]) || (words[j] && stemsAgree(COUNTRY_WORD, words[j]!.stem))) j++;
    for (;;) {
      if (!words[j]) break;
      const rest = sentence.text.slice(words[j]!.start - sentence.start);
      const party = findParties(rest.slice(0, 60))[0];
      if (party && party.start === 0 && !party.adjective) {
        countries.push(party.code);
        skipParty(party);
        if (words[j]?.text === 'и') {
          j++;
          continue;
        }
      }
      break;
    }
    // An ambassador's host: "посол США в Узбекистане".
    if (english === 'Ambassador' && (words[j]?.text === 'в' || words[j]?.text === 'во') && words[j + 1]) {
      const rest = sentence.text.slice(words[j + 1]!.start - sentence.start);
      const party = findParties(rest.slice(0, 60))[0];
      if (party && party.start === 0 && !party.adjective) {
        english = `Ambassador to ${countryName(party.code)}`;
        j++;
        skipParty(party);
      }
    }
    if (words[j] && /^(?:г-н|г-жа|господин|госпожа)$/i.test(words[j]!.text)) j++;
    // The names: one, or two joined by "и" for two countries.
    const names: Word[][] = [];
    for (;;) {
      const start = j;
      while (isRussianNameWord(words[j]) && j - start < 3 && (j === start || sentence.text.slice(words[j - 1]!.end - sentence.start, words[j]!.start - sentence.start).trim() === '')) j++;
      if (j - start >= 1) names.push(words.slice(start, j));
      if (words[j]?.text === 'и' && isRussianNameWord(words[j + 1]) && countries.length > names.length) {
        j++;
        continue;
      }
      break;
    }
    names.forEach((nameWords, k) => {
      const initialled = nameWords.length === 1 && /^\p{Lu}\./u.test(nameWords[0]!.text);
      if (nameWords.length < 2 && !initialled && !(nameWords.length === 1 && names.length === 1 && countries.length <= 1)) return;
      const raw = sentence.text.slice(nameWords[0]!.start - sentence.start, nameWords.at(-1)!.end - sentence.start);
      // "Соединенных Штатов": a country's name, not a person's.
      if (findParties(raw).some((p) => p.start === 0)) return;
      // "министра", "посла", "президента", "заместителя": the title, and so the name, in the genitive or accusative.
      const first = words[i]!.text.toLowerCase();
      // "замгоссекретаря", "замминистра": the genitive inside a short form, which does not decline itself.
      const oblique = (/(?:а|я)$/.test(first) && !/(?:глава|главы)$/.test(first) && !/^зам(?:министра|главы|госсекретаря)/.test(first)) || (first === 'главы' && names.length === 1 && countries.length <= 1);
      const native = initialled ? initialledNominative(raw, oblique) : nominative(raw, oblique);
      const country = countries.length > 1 ? countries[k] : countries[0];
      mentions.push({
        start: nameWords[0]!.start, end: nameWords.at(-1)!.end, name: romanise(native), native,
        titleSpan: { start: titleStart, end: titleEnd }, titleRaw: sentence.text.slice(titleStart - sentence.start, titleEnd - sentence.start),
        title: english, country, countryFrom: country ? 'title' : undefined, sentence: index, partial: nameWords.length < 2 && !initialled,
      });
    });
    i = Math.max(i, j - 1);
  }
  counterparts(sentence, words, index, mentions);
  return mentions;
}

/** "с кипрским коллегой Никосом Христодулидисом": a counterpart holds the same post in the adjective's country. */
function counterparts(sentence: Sentence, words: Word[], index: number, mentions: RussianPersonMention[]): void {
  for (let i = 1; i < words.length; i++) {
    if (!/^коллег/.test(words[i]!.text.toLowerCase())) continue;
    const party = lookupParty(words[i - 1]!.text);
    const subject = [...mentions].reverse().find((m) => m.start < words[i]!.start && m.title);
    if (!party?.adjective || !subject?.title) continue;
    let j = i + 1;
    while (isRussianNameWord(words[j]) && j - i - 1 < 3) j++;
    const nameWords = words.slice(i + 1, j);
    if (nameWords.length < 2 || mentions.some((m) => m.start === nameWords[0]!.start)) continue;
    const native = nominative(sentence.text.slice(nameWords[0]!.start - sentence.start, nameWords.at(-1)!.end - sentence.start), /а$/.test(words[i]!.text));
    mentions.push({
      start: nameWords[0]!.start, end: nameWords.at(-1)!.end, name: romanise(native), native, title: subject.title,
      titleSpan: { start: words[i - 1]!.start, end: words[i]!.end }, titleRaw: sentence.text.slice(words[i - 1]!.start - sentence.start, words[i]!.end - sentence.start),
      country: party.code, countryFrom: 'modifier', sentence: index, partial: false,
    });
  }
}

