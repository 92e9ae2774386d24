import { countryName, findCities, findParties, lookupParty, PARLIAMENTS } from './gazetteer.js';
import type { PersonMention } from './people.js';
import { romanise, stemRu, stemsAgree } from './russian.js';
import { canonicalTitle, withArticle } from './titles.js';
import type { Sentence } from './segment.js';

/*
 * People in Russian text: a title ("заместитель министра иностранных дел"), the country
 * in the genitive ("Казахстана", "Республики Казахстан"), then the name ("Роман
 * Василенко"). Titles are translated to the English shape the records use; names are put
 * back in the nominative and romanised (the Cyrillic stays as a variant), so they match
 * the Latin spellings already held (Василенко → Vasilenko, which agrees with Vassilenko).
 */

/**
 * French given names as Russian writes them, with their own spelling: a romanisation of "Жан-Ив" gives "Zhan-Iv", which
 * no record of Jean-Yves Le Drian agrees with. The first word of a name (each part of a hyphenated one) is looked up
 * here; the surname is romanised as it is. (Not Spanish names: "Хорхе Арреаса" as "Jorge Arreasa" agrees neither with
 * Jorge Arreaza, whose surname the romanisation cannot give back, nor with the romanised Cyrillic, ru-174.)
 */
const FOREIGN_GIVEN = new Map<string, string>([
  ['Жан', 'Jean'], ['Ив', 'Yves'], ['Батист', 'Baptiste'], ['Ноэль', 'Noël'], ['Пьер', 'Pierre'], ['Франсуа', 'François'],
  ['Мишель', 'Michel'], ['Луи', 'Louis'], ['Жак', 'Jacques'], ['Анри', 'Henri'], ['Эммануэль', 'Emmanuel'], ['Катрин', 'Catherine'],
  ['Жером', 'Jérôme'], ['Франк', 'Franck'], ['Тьерри', 'Thierry'], ['Оливье', 'Olivier'],
  ['Стефан', 'Stéphane'], ['Жиль', 'Gilles'], ['Клод', 'Claude'], ['Марк', 'Marc'], ['Люк', 'Luc'], ['Жорж', 'Georges'],
]);

/** A name (nominative, Cyrillic) in Latin letters: the romanisation, with a known foreign given name in its own spelling. */
export function romaniseName(native: string): string {
  const [first, ...rest] = native.split(' ');
  const parts = first!.split('-');
  if (rest.length === 0 || !parts.some((part) => FOREIGN_GIVEN.has(part))) return romanise(native);
  return [parts.map((part) => FOREIGN_GIVEN.get(part) ?? romanise(part)).join('-'), ...rest.map(romanise)].join(' ');
}

/** The first word of a post in the nominative: the name after it is in the nominative as well. */
const NOMINATIVE_POST = /^(?:министр|посол|президент|премьер-министр|премьер|вице-премьер|заместитель|госсекретарь|вице-министр|председатель|спикер|губернатор|вице-губернатор|мэр|советник|помощник|спецпредставитель|генконсул)$/;

/** Russian titles as word stems, with the English title each stands for (longest first when matched). */
const TITLES: [string, string][] = [
  ['первый заместитель министра иностранных дел', 'First Deputy Minister of Foreign Affairs'],
  ['статс-секретарь заместитель министра иностранных дел', 'Deputy Minister of Foreign Affairs'],
  ['заместитель министра иностранных дел', 'Deputy Minister of Foreign Affairs'],
  ['замминистра иностранных дел', 'Deputy Minister of Foreign Affairs'],
  ['заместитель главы мид', 'Deputy Minister of Foreign Affairs'],
  ['заместитель мид', 'Deputy Minister of Foreign Affairs'],
  ['замглавы мид', 'Deputy Minister of Foreign Affairs'],
  // ("заместитель главы внешнеполитического ведомства": the deputy of the head of the foreign-policy office, the press's
  // long way of saying deputy foreign minister.)
  ['заместитель главы внешнеполитического ведомства', 'Deputy Minister of Foreign Affairs'],
  ['замглавы внешнеполитического ведомства', 'Deputy Minister of Foreign Affairs'],
  ['заместитель главы дипведомства', 'Deputy Minister of Foreign Affairs'],
  ['замглавы дипведомства', 'Deputy Minister of Foreign Affairs'],
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
  ['официальный представитель внешнеполитического ведомства', 'Spokesperson of the Ministry of Foreign Affairs'],
  ['пресс-секретарь мид', 'Spokesperson of the Ministry of Foreign Affairs'],
  ['первый заместитель председателя правительства', 'First Deputy Prime Minister'],
  ['первый заместитель премьер-министра', 'First Deputy Prime Minister'],
  ['первый вице-премьер', 'First Deputy Prime Minister'],
  ['министры иностранных дел', 'Minister of Foreign Affairs'],
  ['заместитель председателя кабинета министров', 'Deputy Chairman of the Cabinet of Ministers'],
  ['председатель кабинета министров', 'Chairman of the Cabinet of Ministers'],
  ['заместитель председателя правительства', 'Deputy Prime Minister'],
  ['заместитель премьер-министра', 'Deputy Prime Minister'],
  // (The full form, Ukraine's and Belarus's official one: "вице-премьер-министр", plural "вице-премьер-министры".)
  ['вице-премьер-министр', 'Deputy Prime Minister'],
  ['вице-премьер', 'Deputy Prime Minister'],
  ['премьер-министр', 'Prime Minister'],
  // "премьера Михаила Мишустина", "белорусский премьер": the press's short form.
  ['премьер', 'Prime Minister'],
  ['председатель правительства', 'Prime Minister'],
  // "главу правительства Грузии": the head of a government is its prime minister.
  ['глава правительства', 'Prime Minister'],
  // "руководителем аппарата премьер-министра": the head of a leader's office, not the leader.
  ['руководитель аппарата премьер-министра', 'Chief of Staff of the Prime Minister'],
  ['руководитель аппарата президента', 'Chief of Staff of the President'],
  ['руководитель аппарата правительства', 'Chief of Staff of the Government'],
  ['президент', 'President'],
  // Monarchs: "с Султаном Омана <Name>", "король Иордании", "эмиром Катара", "наследный принц".
  ['султан', 'Sultan'],
  ['король', 'King'],
  ['эмир', 'Emir'],
  ['наследный принц', 'Crown Prince'],
  // "глава государства", "руководителя туркменского государства": the head of state.
  ['глава государства', 'President'],
  ['руководитель государства', 'President'],
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
  ['специальный представитель президента', 'Special Representative of the President'],
  ['спецпредставитель президента', 'Special Representative of the President'],
  ['специальный представитель', 'Special Representative'],
  // (A head of state's envoy "по особым поручениям", for special assignments, the field read after the country.)
  ['представитель президента', 'Representative of the President'],
  ['постоянный представитель', 'Permanent Representative'],
  ['спецпредставитель', 'Special Representative'],
  ['помощник президента', 'Aide to the President'],
  ['советник-посланник', 'Minister-Counsellor'],
  ['советник президента', 'Adviser to the President'],
  ['советник премьер-министра', 'Adviser to the Prime Minister'],
  ['советник', 'Adviser'],
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
  // A region's governor and deputies: "Губернатора Мурманской области", "вице-губернатор", "заместитель губернатора".
  ['первый заместитель губернатора', 'First Deputy Governor'],
  ['заместитель губернатора', 'Deputy Governor'],
  ['вице-губернатор', 'Vice Governor'],
  ['губернатор', 'Governor'],
  ['аким', 'Akim'],
  ['хоким', 'Khokim'],
];

/** Ministries by the short names the press gives them ("Минэкономразвития", "Минфина"), with the field each is of. */
const SHORT_MINISTRIES: [RegExp, string][] = [
  [/^минэкономразвития$/, 'Economic Development'], [/^минэкономики$/, 'Economy'], [/^минфин(?:а|е|ом|у)?$/, 'Finance'],
  [/^минпромторг(?:а|е|ом|у)?$/, 'Industry and Trade'], [/^минсельхоз(?:а|е|ом|у)?$/, 'Agriculture'], [/^минтранс(?:а|е|ом|у)?$/, 'Transport'],
  [/^минэнерго$/, 'Energy'], [/^минюст(?:а|е|ом|у)?$/, 'Justice'], [/^минобороны$/, 'Defence'], [/^минздрав(?:а|е|ом|у)?$/, 'Health'],
  [/^минкультуры$/, 'Culture'], [/^минтруд(?:а|е|ом|у)?$/, 'Labour'], [/^минприроды$/, 'Natural Resources'], [/^минцифры$/, 'Digital Development'],
  [/^минстро(?:й|я|ю|ем|е)$/, 'Construction'], [/^минпросвещения$/, 'Education'], [/^минспорт(?:а|е|ом|у)?$/, 'Sport'],
];
function shortMinistry(word: string | undefined): string | undefined {
  const lower = word?.toLowerCase();
  return lower ? SHORT_MINISTRIES.find(([pattern]) => pattern.test(lower))?.[1] : undefined;
}

/** What a minister is minister of, in the genitive: "министр транспорта" → Minister of Transport. */
const FIELDS: [string, string][] = [
  ['иностранных дел', 'Foreign Affairs'], ['экономического развития', 'Economic Development'], ['экономики и финансов', 'Economy and Finance'],
  ['инвестиций промышленности и торговли', 'Investment, Industry and Trade'], ['промышленности и торговли', 'Industry and Trade'],
  ['торговли и интеграции', 'Trade and Integration'], ['национальной экономики', 'National Economy'], ['цифрового развития', 'Digital Development'],
  ['сельского хозяйства', 'Agriculture'], ['экономики', 'Economy'], ['финансов', 'Finance'], ['транспорта', 'Transport'], ['торговли', 'Trade'],
  ['энергетики', 'Energy'], ['обороны', 'Defence'], ['юстиции', 'Justice'], ['здравоохранения', 'Health'], ['образования', 'Education'],
  ['культуры', 'Culture'], ['коммерции', 'Commerce'], ['иностранных дел и торговли', 'Foreign Affairs and Trade'], ['внутренних дел', 'Internal Affairs'], ['промышленности', 'Industry'], ['туризма', 'Tourism'],
  // "министр иностранных дел и европейской интеграции", "… и евроинтеграции" (Moldova); "министр Европы и иностранных
  // дел" (France): a ministry whose second field, or first, is Europe.
  ['европейской интеграции', 'European Integration'], ['евроинтеграции', 'European Integration'], ['европы', 'Europe'],
  // ("министр нефти Ирана", "министр строительства": more ministries named by their field alone.)
  ['нефти', 'Petroleum'], ['строительства', 'Construction'], ['науки', 'Science'], ['информации', 'Information'], ['водных ресурсов', 'Water Resources'],
  ['природных ресурсов', 'Natural Resources'], ['окружающей среды', 'Environment'], ['внешней торговли', 'Foreign Trade'], ['инвестиций', 'Investment'], ['труда', 'Labour'], ['экологии', 'Ecology'],
];

/**
 * "министр энергетики и природных ресурсов", "министр иностранных дел и внешней торговли": a ministry
 * of two fields joined by "и", read as one post ("Minister of Energy and Natural Resources").
 */
function fieldsAt(words: Word[], at: number): { en: string; length: number } | undefined {
  const first = matchAt(words, at, FIELD_STEMS);
  if (!first) return undefined;
  const next = words[at + first.length]?.text === 'и' ? matchAt(words, at + first.length + 1, FIELD_STEMS) : undefined;
  return next ? { en: `${first.en} and ${next.en}`, length: first.length + 1 + next.length } : first;
}

const GOVERNMENT = stemRu('правительства');
const EMBASSY = stemRu('посольства');
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
  // (Plain loops, no closure per phrase: this runs for every phrase at every Russian word.)
  for (const phrase of phrases) {
    // "глава [казахстанского] внешнеполитического ведомства", "замглавы [российского] МИД": a country's adjective inside a title.
    let offset = 0;
    let country: string | undefined;
    let ok = true;
    for (let k = 0; k < phrase.stems.length && ok; k++) {
      const stem = phrase.stems[k]!;
      let word = words[at + k + offset];
      if (word && k > 0 && !stemsAgree(stem, word.stem)) {
        const party = lookupParty(word.text);
        if (party?.adjective && !country) {
          country = party.code;
          offset++;
          word = words[at + k + offset];
        }
      }
      ok = word !== undefined && stemsAgree(stem, word.stem);
    }
    if (ok) return { en: phrase.en, length: phrase.stems.length + offset, ...(country ? { country } : {}) };
  }
  return undefined;
}

/**
 * The words that make the post after them an acting one, ending right before word `at`: "и.о." (written "И.о.", "и. о."),
 * "исполняющий обязанности" in any case, "врио". Returns where they start.
 */
function actingBefore(sentence: Sentence, words: Word[], at: number): { start: number; oblique?: boolean } | undefined {
  const before = (k: number) => words[at - k];
  if (at >= 1 && /^врио$/i.test(before(1)!.text)) return { start: before(1)!.start };
  // ("исполняющего обязанности …": the participle is in the name's case; the post after it is always in the genitive.)
  if (at >= 2 && /^исполняющ\p{L}*$/iu.test(before(2)!.text) && /^обязанност/i.test(before(1)!.text)) return { start: before(2)!.start, oblique: !/ий$/i.test(before(2)!.text) };
  if (at >= 2 && /^и$/i.test(before(2)!.text) && before(1)!.text === 'о') {
    const raw = sentence.text.slice(before(2)!.start - sentence.start, words[at]!.start - sentence.start);
    if (/^и\.\s?о\.\s*$/i.test(raw)) return { start: before(2)!.start };
  }
  return undefined;
}

/** The adjectives that name a ministry's or an embassy's unit ("Консульский департамент"), as stems with their English. */
const UNIT_ADJECTIVES: [RegExp, string][] = [
  [/^консульск/, 'Consular'], [/^протокольн/, 'Protocol'], [/^договорно-правов/, 'Legal and Treaty'], [/^правов/, 'Legal'],
  [/^информационн/, 'Information'], [/^экономическ/, 'Economic'], [/^политическ/, 'Political'], [/^торгов/, 'Trade'],
];
const UNIT_NOUNS: [RegExp, string][] = [[/^департамент/, 'Department'], [/^управлени/, 'Department'], [/^отдел/, 'Section']];

/** "Консульского департамента", "Консульского отдела": a unit's adjective (one the list knows) and its noun, from `at`. */
function unitAt(words: Word[], at: number): { en: string; length: number } | undefined {
  const adjective = words[at] && UNIT_ADJECTIVES.find(([stem]) => stem.test(words[at]!.text.toLowerCase()));
  const noun = words[at + 1] && UNIT_NOUNS.find(([stem]) => stem.test(words[at + 1]!.text.toLowerCase()));
  return adjective && noun ? { en: `${adjective[1]} ${noun[1]}`, length: 2 } : undefined;
}

/** Whether a party's name starts at a word ("Республики Корея" is a state, "республики" alone the one just named). */
function partyAt(sentence: Sentence, word: Word): boolean {
  return findParties(sentence.text.slice(word.start - sentence.start, word.start - sentence.start + 60))[0]?.start === 0;
}

/** "<Given> <Father's name> уулу": a Turkic word for "son of" or "daughter of", in lower case, that ends a name. */
const TURKIC_SON = /^(?:уулу|кызы|оглы|гызы|улы)$/u;

/** Lower-case particles inside Romance, Dutch and German names: "Луис Инасио Лула да Силва", "Мария дос Сантос", "Урсула фон дер Ляйен". */
// (Arabic "бен", "бин", "ибн", "бинт" join a given name to the father's: "Фейсал бен Фархан Аль Сауд", ru-599.)
const NAME_PARTICLES_RU = new Set(['да', 'де', 'ди', 'дос', 'дус', 'ду', 'дель', 'делла', 'ла', 'ван', 'фан', 'дер', 'фон', 'бен', 'бин', 'ибн', 'бинт']);

/**
 * Where a name read from `start` to `end` (exclusive) ends when particles and the name words after them are its own:
 * one or two particles between name words ("да Силвой", "фон дер Ляйен"), the whole at most six words.
 */
function particleRun(words: Word[], start: number, end: number): number {
  if (end === start) return end;
  let j = end;
  for (;;) {
    let k = j;
    while (k < words.length && k - j < 2 && NAME_PARTICLES_RU.has(words[k]!.text)) k++;
    if (k === j || !isRussianNameWord(words[k]) || k + 1 - start > 6) return j;
    j = k + 1;
    // (The family name after the father's: "… бен Фархан Аль Сауд", "… бен Хамадом Аль Тани".)
    while (isRussianNameWord(words[j]) && j - start < 6) j++;
  }
}

/** Words that are capitalised but are not names: bodies, abbreviations, function words at a sentence start. */
function isRussianNameWord(word: Word | undefined): boolean {
  if (!word || !word.capital || !/\p{Script=Cyrillic}/u.test(word.text)) return false;
  // ("ЗакСа", "МИДа": an abbreviation with its case ending, capitals inside.)
  if (/^\p{Lu}{2,}$/u.test(word.text) || word.text.length < 2 || /\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(word.text)) return false;
  if (/^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}/u.test(word.text)) return true;
  if (findParties(word.text).length || findCities(word.text).length || Object.hasOwn(PARLIAMENTS, word.text)) return false;
  return !NOT_NAMES.has(word.stem) && !regionWord(word);
}

/**
 * Regions as word stems with their English words: "Департамент Северной Америки" (the North
 * America Department), "по Южной и Центральной Азии" (for South and Central Asia). A region is
 * a post's field, never a person's name.
 */
const REGIONS: [string, string][] = [
  ['северн', 'North'], ['южн', 'South'], ['западн', 'West'], ['восточн', 'East'], ['центральн', 'Central'], ['латинск', 'Latin'],
  ['ближн', 'Middle'], ['восток', 'East'], ['америк', 'America'], ['европ', 'Europe'], ['ази', 'Asia'], ['африк', 'Africa'],
  ['азиатско-тихоокеанск', 'Asia-Pacific'], ['тихоокеанск', 'Pacific'], ['океани', 'Oceania'], ['кавказ', 'Caucasus'], ['балкан', 'Balkans'],
  ['арктик', 'Arctic'], ['евразийск', 'Eurasian'], ['европейск', 'European'], ['азиатск', 'Asian'], ['африканск', 'African'], ['американск', 'American'],
];
function regionWord(word: Word | undefined): string | undefined {
  if (!word || !/\p{Script=Cyrillic}/u.test(word.text)) return undefined;
  const lower = word.text.toLowerCase().replaceAll('ё', 'е');
  return REGIONS.find(([stem]) => lower.startsWith(stem) && /^(?:|а|и|у|е|ы|ой|ого|ая|ый|ий|ые|ых|ом|ую|ей|ому)$/.test(lower.slice(stem.length)))?.[1];
}

/** "Северной Америки", "Южной и Центральной Азии": a run of region words (joined by "и") from `at`, in English. */
function regionRun(words: Word[], at: number): { english: string; length: number } | undefined {
  const parts: string[] = [];
  let j = at;
  while (regionWord(words[j]) || (words[j]?.text === 'и' && regionWord(words[j + 1]) && parts.length)) {
    parts.push(words[j]!.text === 'и' ? 'and' : regionWord(words[j])!);
    j++;
  }
  if (parts.length === 0) return undefined;
  // "Ближнего Востока": the Middle East.
  const english = parts.join(' ').replace(/\bMiddle East\b/, 'Middle East');
  return { english, length: j - at };
}

const NOT_NAMES = new Set(['мид', 'министерств', 'республик', 'федерац', 'правительств', 'посольств', 'администрац', 'сенат', 'парламент', 'государствен', 'дум', 'совет', 'комисс', 'организац', 'союз', 'содружеств', 'в', 'на', 'по', 'с', 'и', 'об', 'о', 'как', 'это', 'при', 'для']);

/** Case endings of Russian first names and surnames, paired so both words agree (Сергеем Лавровым → Сергей Лавров). */
const CASES: [RegExp, string, RegExp, string][] = [
  // instrumental: Сергеем → Сергей, Игорем → Игорь, Романом → Роман; Лавровым → Лавров, Макеем → Макей
  [/([аеиоуя])ем$/, '$1й', /(ов|ев|ин|ын)ым$/, '$1'], [/([^аеиоуя])ем$/, '$1ь', /(ов|ев|ин|ын)ым$/, '$1'], [/ом$/, '', /(ов|ев|ин|ын)ым$/, '$1'],
  [/([аеиоуя])ем$/, '$1й', /ским$/, 'ский'], [/ом$/, '', /ским$/, 'ский'], [/([аеиоуя])ем$/, '$1й', /([аеиоуя])ем$/, '$1й'], [/ом$/, '', /([аеиоуя])ем$/, '$1й'],
  // after ж, ш, щ, ч, ц the instrumental ends in -ем: Андрисом Берзиньшем → Андрис Берзиньш
  [/ом$/, '', /([жшщчц])ем$/, '$1'],
  // a first word that does not decline (a Mongolian patronymic in -ын/-ийн) beside a surname in -ом: Гомбожавын Занданшатаром
  [/(?:ын|ийн)$/, '$&', /([бвгдзклмнпрстфхцчшщ])ом$/, '$1'],
  // … and a woman's name, declined as if it ended in -а: Батмунхийн Батцэцэгой → Батмунхийн Батцэцэг (ru-537)
  [/(?:ын|ийн)$/, '$&', /([бвгдзклмнпрстфхцчшщ])ой$/, '$1'],
  // a first name in -ь beside a surname in a consonant: Кемалем Доганом → Кемаль Доган, Игорем Петросом → Игорь Петрос
  [/([^аеиоуя])ем$/, '$1ь', /([бвгдзклмнпрстфхцчшщ])ом$/, '$1'],
  // … and in -й: Алексеем Оверчуком → Алексей Оверчук, Салемсаем Коммаситом → Салемсай Коммасит
  [/([аеиоуя])ем$/, '$1й', /([бвгдзклмнпрстфхцчшщ])ом$/, '$1'],
  // a surname in -ь: Виктором Ковалем → Виктор Коваль
  [/ом$/, '', /([лнр])ем$/, '$1ь'],
  // a first name that does not decline beside a surname that does: Давлатали Саидом → Давлатали Саид
  [/[иеоу]$/, '$&', /([бвгдзклмнпрстфхцчшщ])ом$/, '$1'],
  // an East Asian name declines its last part only: Ван Лэем → Ван Лэй, Пак Чжином → Пак Чжин
  [/[бвгдзклмнпрстфхцчшщ]$/, '$&', /([аеиоуяэ])ем$/, '$1й'], [/^(?!.*[оеё]м$).*[бвгдзклмнпрстфхцчшщ]$/, '$&', /([бвгдзклмнпрстфхцчшщ])ом$/, '$1'],
  // … or in -ым: Али Асадовым → Али Асадов, Вепа Хаджиевым → Вепа Хаджиев (a first name in -а would be in -ой if it declined)
  [/[аиеоуэю]$/, '$&', /(ов|ев|ин|ын)ым$/, '$1'],
  // … and a surname in -а: Мауро Виейрой → Мауро Виейра
  [/[иеоу]$/, '$&', /([бвгдзклмнпрстфхцчшщ])ой$/, '$1а'],
  // a man's surname in -а (Франса → Франсой) beside his first name in the instrumental
  [/ом$/, '', /([бвгдзклмнпрстфхцчшщ])ой$/, '$1а'],
  // a French given name in the instrumental beside a surname in a vowel, which does not decline: Жан-Ноэлем Барро
  [/([^аеиоуя])ем$/, '$1ь', /[еиоуэю]$/, '$&'], [/([бвгдзклмнпрстфхцчшщ])ом$/, '$1', /[еиоуэю]$/, '$&'],
  // a Spanish surname in -лья, -нья in the instrumental (Паррильей), the given name not declining: Бруно … Паррильей
  [/[иеоу]$/, '$&', /([лн])ьей$/, '$1ья'],
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
  // the accusative of a surname in -а: посла … Фаеда Мустафу → Фаед Мустафа (not -гу, -ку: Шойгу does not decline)
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /([бвдзлмнпрстфхцчшщ])у$/, '$1а'],
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /(ов|ев|ин|ын)а$/, '$1'], [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /я$/, 'й'], [/ия$/, 'ий', /(ов|ев|ин|ын)а$/, '$1'],
  // a first name in -ей, -ий beside a surname in a consonant, both in the genitive: Андрея Стратана → Андрей Стратан
  [/ея$/, 'ей', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'], [/ия$/, 'ий', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'],
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'],
  // a first name in -ий beside a surname that does not decline: посла Геннадия Бездетко → Геннадий Бездетко,
  // Георгия Квирикашвили → Георгий Квирикашвили (a surname in a vowel other than -а, -я)
  [/ия$/, 'ий', /(?:о|ых|их|[еиуэю])$/, '$&'],
  // a woman's name in the genitive: Марины Ковтун → Марина Ковтун (a surname in a consonant does not decline), Марии
  // Ивановой → Мария Иванова
  [/([бвгдзклмнпрстфхцчшщ])ы$/, '$1а', /[бвгджзклмнпрстфхцчшщ]$/, '$&'], [/([гкхжчшщ])и$/, '$1а', /[бвгджзклмнпрстфхцчшщ]$/, '$&'], [/ии$/, 'ия', /[бвгджзклмнпрстфхцчшщ]$/, '$&'],
  [/([бвгдзклмнпрстфхцчшщ])ы$/, '$1а', /(ов|ев|ин)ой$/, '$1а'], [/ии$/, 'ия', /(ов|ев|ин)ой$/, '$1а'],
  // a man's first name in -а beside a surname in a consonant, both in the genitive: Ары Айвазяна → Ара Айвазян, Никиты
  // Михалкова → Никита Михалков (a woman's surname would be in -ой, or in -ы if it ended in -а)
  [/([бвгдзклмнпрстфхцчшщ])ы$/, '$1а', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'],
  // a surname in -а declines like a noun: Рамафоса → Рамафосы
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /([бвгдзлмнпрстфц])ы$/, '$1а'], [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /([кгхжшчщ])и$/, '$1а'],
  [/([бвгдзклмнпрстфхцчшщ])а$/, '$1', /$/, ''],
  // a foreign given name in a vowel does not decline beside a surname that does: господина Тьерри Мориса → Тьерри Морис
  [/[еиоуэю]$/, '$&', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'],
  // an East Asian name declines its last part only: посла … Ким Хи Санга → Ким Хи Санг
  [/^[\p{Lu}][бвгдзклмнпрстфхцчшщ\p{Ll}]*[бвгдзклмнпрстфхцчшщ]$/u, '$&', /([бвгдзклмнпрстфхцчшщ])а$/, '$1'],
  // … its last syllable in a soft consonant: президента … Юн Сок Еля → Юн Сок Ель
  [/^[\p{Lu}][бвгдзклмнпрстфхцчшщ\p{Ll}]*[бвгдзклмнпрстфхцчшщ]$/u, '$&', /([лнр])я$/, '$1ь'],
];

/**
 * A word between the first and the last of a name, in the case the two are in: a second given name declines as the
 * first does ("Сайидом Аббасом Аракчи" → Аббас), a part of a compound surname as the last ("Лулой да Силвой" → Лула);
 * particles, patronymics and words that do not decline stay.
 */
function middleNominative(word: string, firstEnd: RegExp, firstTo: string, lastEnd: RegExp, lastTo: string): string {
  if (NAME_PARTICLES_RU.has(word) || !/^\p{Lu}/u.test(word)) return word;
  // A patronymic: Викторовичем → Викторович, Петровной → Петровна.
  if (/(?:вич|вн)\p{L}*$/u.test(word)) return word.replace(/вич(?:ем|а|у|е)$/u, 'вич').replace(/вн(?:ой|ы|е|у)$/u, 'вна');
  // "Бруно Родригесом Паррильей": the first part of a double surname declines as a noun, whatever the first name does.
  if (/ьей\$$/.test(lastEnd.source) && /[бвгдзклмнпрстфхцчшщ]ом$/u.test(word)) return word.slice(0, -2);
  const asFirst = word.replace(firstEnd, firstTo);
  if (asFirst !== word) return asFirst;
  return word.replace(lastEnd, lastTo);
}

/** Vietnamese family names as Russian writes them (Нгуен Ван …); each declines like a noun, the given names do not. */
const VIETNAMESE_FAMILY = new Set(['Нгуен', 'Чан', 'Фам', 'Хоанг', 'Фан', 'Данг', 'Зыонг', 'Чыонг', 'Доан', 'Динь', 'Тхай', 'Лыонг', 'Фунг']);

/** A Russian name put back in the nominative (first name and surname agreeing in case); names that do not decline stay. */
export function nominative(name: string, oblique = false): string {
  // "Сейтека Жумакадыр уулу": a Turkic "son of"/"daughter of" closes the name and never declines; the words before it do.
  const turkic = /^(.+) (\S+)$/u.exec(name);
  if (turkic && TURKIC_SON.test(turkic[2]!)) return `${nominative(turkic[1]!, oblique)} ${turkic[2]}`;
  const words = name.split(' ');
  if (words.length < 2) return name;
  const first = words[0]!;
  const last = words.at(-1)!;
  // "посла … Нгуена Ван Нгы": a Vietnamese name of three words or more declines its family name, which comes first, and
  // leaves the others (ru-171); read as a Russian name, "Нгы" became "Нга".
  // (Some outlets decline the last given name too, with the same ending: "Нгуеном Ван Тхыонгом"; a given name in a vowel,
  // "Хоа", never declines.)
  const vietnamese = /^(\p{Lu}\p{Ll}+?)(а|у|ом|е)$/u.exec(first);
  if (words.length >= 3 && vietnamese && VIETNAMESE_FAMILY.has(vietnamese[1]!)) {
    const ending = vietnamese[2]!;
    const given = last.endsWith(ending) && /[бвгдзклмнпрстфхцчшщ]$/.test(last.slice(0, -ending.length)) ? last.slice(0, -ending.length) : last;
    return [vietnamese[1]!, ...words.slice(1, -1), given].join(' ');
  }
  for (const [firstEnd, firstTo, lastEnd, lastTo] of oblique ? [...CASES, ...OBLIQUE] : CASES) {
    // (A given name cut to two letters was never declined: "глав МИД … Ара Айвазяна" is Ара, not Ар.)
    if (firstEnd.test(first) && lastEnd.test(last) && (first.replace(firstEnd, firstTo) === first || first.replace(firstEnd, firstTo).length >= 3)) {
      return [first.replace(firstEnd, firstTo), ...words.slice(1, -1).map((word) => middleNominative(word, firstEnd, firstTo, lastEnd, lastTo)), last.replace(lastEnd, lastTo)].join(' ');
    }
  }
  // "с … Нишой Десаи Бисвал": a foreign woman's first name in -ой beside a surname that does not decline.
  // (Or a surname in a vowel other than -а, -я, which does not decline either: "госпожой Лаурой Беттини".)
  if (/[бвгджзклмнпрстфхцчшщ]ой$/.test(first) && (/[бвгджзклмнпрстфхцчшщ]$/.test(last) && !/(?:ов|ев|ин|ын|ск)$/.test(last) || /[еиоуэю]$/.test(last))) return [first.replace(/ой$/, 'а'), ...words.slice(1)].join(' ');
  // "с … Орелией Бушез": the same with a first name in "-ия" ("-ией" in the instrumental).
  if (/[бвгджзклмнпрстфхцчшщ]ией$/.test(first) && words.length === 2 && (/[бвгджзклмнпрстфхцчшщ]$/.test(last) && !/(?:ов|ев|ин|ын|ск)$/.test(last) || /[еиоуэю]$/.test(last))) return [first.replace(/ией$/, 'ия'), last].join(' ');
  // "с чешской коллегой Мари Хатардовой": a woman's surname in -овой/-евой/-иной is never nominative;
  // a foreign first name beside it (Мари, Нише) does not decline.
  if (/(?:ов|ев|ёв|ин|ын)ой$/.test(last)) return [...words.slice(0, -1), last.replace(/ой$/, 'а')].join(' ');
  return name;
}

export interface RussianPersonMention extends PersonMention {
  /** The name in Cyrillic, nominative. */
  native: string;
  /** "президент страны": the post is of the country the text names just before. */
  countryNamedBefore?: boolean;
  /** "главы МИД республик <Name> и <Name>": the k-th of the n countries the text names just before, in their order. */
  namedBeforeOf?: [k: number, n: number];
}

/**
 * Titled people of a Russian sentence: "Заместитель министра иностранных дел Казахстана
 * Роман Василенко", "Глава МИД России Сергей Лавров", "посол США в Узбекистане …",
 * "главы МИД Беларуси и России Владимир Макей и Сергей Лавров".
 */
export function findRussianPeople(sentence: Sentence, index: number): RussianPersonMention[] {
  const words = wordsOf(sentence);
  const mentions: RussianPersonMention[] = [];
  let pending: { title: string; country?: string; span: { start: number; end: number } } | undefined;
  for (let i = 0; i < words.length; i++) {
    let title = matchAt(words, i, TITLE_STEMS);
    // "замглавы Минэкономразвития", "глава Минфина", "министр … " written with the ministry's short name: the minister (or
    // deputy) of that ministry's field.
    const short = /^(?:глав\p{L}*|замглавы|министр\p{L}*|замминистра)$/u.test(words[i]!.text.toLowerCase()) ? shortMinistry(words[i + 1]?.text) : undefined;
    if (short) title = { en: `${/^зам/i.test(words[i]!.text) ? 'Deputy ' : ''}Minister of ${short}`, length: 2 };
    if (!title) continue;
    // ("Султанат Оман", "Объединённых Арабских Эмиратов": a monarchy's name shares its stem with the monarch's post.)
    if (/^(?:Sultan|Emir)$/.test(title.en) && /^(?:султанат|эмират)/i.test(words[i]!.text)) continue;
    // "делегация … во главе с министром …": "во главе" is how a delegation is led, no post of its own.
    if (title.en === 'Head' && words[i - 1]?.text.toLowerCase() === 'во' && /^главе$/i.test(words[i]!.text)) continue;
    let j = i + title.length;
    let english = title.en;
    // "первый замминистра", "первого вице-премьера": "первый" before a deputy's post the list has without it.
    const first = /^(?:Deputy|Vice)\b/.test(english) && i > 0 && /^перв(?:ый|ого|ому|ым|ом)$/.test(words[i - 1]!.text.toLowerCase());
    if (first) english = `First ${english}`;
    // "и.о. главы МИД", "исполняющий обязанности премьер-министра", "врио губернатора": an acting holder. (The words
    // before it, and so the title's start, come before "первый" if both are there.)
    const acting = actingBefore(sentence, words, first ? i - 1 : i);
    const titleStart = acting ? acting.start : words[first ? i - 1 : i]!.start;
    // "министр транспорта", "министр экономики и финансов"
    if (/^(?:Minister|Deputy Minister|Vice Minister)$/.test(english)) {
      const field = fieldsAt(words, j);
      if (field) {
        english = `${english} of ${field.en}`;
        j += field.length;
      }
    }
    // "министр иностранных дел и внешней торговли": a second field joined to a minister's post that names its first.
    if (/Minister of [\p{L} ]+$/u.test(english) && words[j]?.text === 'и') {
      const more = fieldsAt(words, j + 1);
      if (more) {
        english = `${english} and ${more.en}`;
        j += 1 + more.length;
      }
    }
    // "директор Департамента Северной Америки": the department's region goes into the title.
    if (/^(?:Director|Head) of the Department$/.test(english)) {
      const region = regionRun(words, j);
      if (region) {
        english = english.replace(/Department$/, `${region.english} Department`);
        j += region.length;
      }
    }
    // "директора Консульского департамента Министерства иностранных дел <Country>", "руководителем Консульского отдела
    // Посольства <Country> в <Host>": a unit named by its adjective, and the ministry it belongs to, go into the title
    // (an embassy is added below, with its country).
    if (/^(?:Director|Head|Deputy Director|Deputy Head)$/.test(english)) {
      const unit = unitAt(words, j);
      if (unit) {
        english = `${english} of the ${unit.en}`;
        j += unit.length;
        const field = /^министерств/i.test(words[j]?.text ?? '') ? fieldsAt(words, j + 1) : undefined;
        if (field) {
          english = `${english} of the Ministry of ${field.en}`;
          j += 1 + field.length;
        }
      }
    }
    // "Вице-премьер - глава МИД Казахстана": a second post after a dash is held by the same person.
    const moreTitles: string[] = [];
    for (;;) {
      const gap = words[j] ? sentence.text.slice(words[j - 1]!.end - sentence.start, words[j]!.start - sentence.start) : '';
      // ("заместителем премьер-министра и министром иностранных дел <Name>": two posts joined by "и", both in the same
      // case, are one holder's too, ru-594; posts in two cases are two people's.)
      const joined = /^\s+$/.test(gap) && words[j]?.text === 'и' && sameCase(words[i]!.text, words[j + 1]?.text ?? '') ? matchAt(words, j + 1, TITLE_STEMS) : undefined;
      const second = /^\s*[-–—]\s*$/.test(gap) ? matchAt(words, j, TITLE_STEMS) : joined;
      if (second && joined) j++;
      if (!second) break;
      let title = second.en;
      j += second.length;
      if (/^(?:Minister|Deputy Minister|Vice Minister)$/.test(title)) {
        const field = fieldsAt(words, j);
        if (field) {
          title = `${title} of ${field.en}`;
          j += field.length;
        }
      }
      moreTitles.push(title);
    }
    const titleEnd = words[j - 1]!.end;
    /** Moves j past a party found at the start of `rest` (which starts at word j). */
    const skipParty = (party: { end: number }) => {
      const from = words[j]!.start;
      while (words[j] && words[j]!.start < from + party.end) j++;
    };
    // The countries whose post it is, in the genitive: "Казахстана", "Республики Казахстан", "Беларуси и России".
    const countries: string[] = title.country ? [title.country] : [];
    let anaphor = false;
    // "вице-премьер российского правительства", "вице-премьер правительства РФ", "президентом страны":
    // the government (or "the country") between the title and the name.
    const government = (word: Word | undefined) => word !== undefined && stemsAgree(GOVERNMENT, word.stem);
    if (words[j] && lookupParty(words[j]!.text)?.adjective && government(words[j + 1])) {
      countries.push(lookupParty(words[j]!.text)!.code);
      j += 2;
    } else if (words[j]?.text === 'города' && isRussianNameWord(words[j + 1])) {
      // "губернатора города <Name>": the city the text is about, named before.
      j++;
    } else if (government(words[j]) || (words[j] && (stemsAgree(COUNTRY_WORD, words[j]!.stem) || (/^республики$/i.test(words[j]!.text) && !partyAt(sentence, words[j]!))))) {
      // "президентом страны", "глава МИД республики": the country the text has just named (resolved with the text).
      if (!government(words[j])) anaphor = true;
      j++;
    }
    // "главы МИД республик <Name> и <Name>", "министры стран …": a post in the plural, then "the republics" or "the
    // countries" the text has just named, one for each name that follows.
    let plural = 0;
    if (countries.length === 0 && !anaphor && words[j] && /^(?:республик|стран)$/i.test(words[j]!.text) && /^(?:главы|глав|министры|министров|руководители|руководителей)$/i.test(words[i]!.text)) {
      plural = 2;
      anaphor = true;
      j++;
    }
    // "вице-премьер-министры двух стран – <Name> и <Name>", "заместители министров иностранных дел <Name> и <Name>": a post
    // whose head is in the nominative plural (a form no singular case shares, so not "главы"), then, after "двух/обеих
    // стран" or nothing, two names joined by "и": the two countries the text has just named, in their order (ru-488, ru-499).
    if (countries.length === 0 && !anaphor && PLURAL_POST_HEAD.test(words[i]!.text.toLowerCase())) {
      const both = /^(?:двух|обеих|обоих)$/i.test(words[j]?.text ?? '') && /^(?:стран|государств|сторон)$/i.test(words[j + 1]?.text ?? '') ? 2 : 0;
      if (namesJoinedAt(words, j + both)) {
        plural = 2;
        anaphor = true;
        j += both;
      }
    }
    // "послом Австрийской республики": a country's adjective with "республики", "королевства" or "федерации" names the state.
    if (words[j] && words[j + 1] && lookupParty(words[j]!.text)?.adjective && /^(?:республик|королевств|федераци)/.test(words[j + 1]!.text.toLowerCase())) {
      countries.push(lookupParty(words[j]!.text)!.code);
      j += 2;
    }
    const countryAt = j;
    for (;;) {
      // "директор Департамента … МИД Казахстана": the ministry, then its country.
      if (words[j]?.text === 'МИД' && words[j + 1]) j++;
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
    // "глава Туркменистана": the head of a country (not of one of its bodies) is its head of state.
    if (english === 'Head' && countries.length === 1 && countryAt === i + title.length && words[countryAt]?.text !== 'МИД') english = 'President';
    // "советник-посланник посольства РФ в Вашингтоне": a diplomat of an embassy, which is the post's body; the
    // country is the embassy's, and where it sits (a country or its capital) goes into the title.
    if (countries.length === 0 && stemsAgree(EMBASSY, words[j]?.stem ?? '') && words[j + 1]) {
      const party = findParties(sentence.text.slice(words[j + 1]!.start - sentence.start).slice(0, 60))[0];
      if (party && party.start === 0 && !party.adjective) {
        countries.push(party.code);
        j++;
        skipParty(party);
        if ((words[j]?.text === 'в' || words[j]?.text === 'во') && words[j + 1]) {
          const rest = sentence.text.slice(words[j + 1]!.start - sentence.start).slice(0, 60);
          const host = findParties(rest)[0];
          const city = findCities(rest)[0];
          const code = host && host.start === 0 && !host.adjective ? host.code : city && city.start === 0 ? city.country : undefined;
          if (code) {
            english = `${english} of the Embassy in ${withArticle(countryName(code))}`;
            j++;
            const end = words[j]!.start + (host && host.start === 0 ? host.end : city!.end);
            while (words[j] && words[j]!.start < end) j++;
          }
        }
      }
    }
    // "посла Республики Корея в стране …", "в нашей стране": the host is the country the text is about (resolved later).
    if (english === 'Ambassador' && words[j]?.text === 'в' && /^(?:стране|нашей)$/.test(words[j + 1]?.text ?? '')) j += words[j + 1]!.text === 'нашей' ? 3 : 2;
    // An ambassador's host: "посол США в Узбекистане".
    if (english === 'Ambassador' && (words[j]?.text === 'в' || words[j]?.text === 'во') && words[j + 1]) {
      const rest = sentence.text.slice(words[j + 1]!.start - sentence.start);
      const party = findParties(rest.slice(0, 60))[0];
      const city = party && party.start === 0 ? undefined : findCities(rest.slice(0, 60))[0];
      if (party && party.start === 0 && !party.adjective) {
        english = canonicalTitle(`Ambassador to ${countryName(party.code)}`);
        j++;
        skipParty(party);
      } else if (city && city.start === 0 && city.country && !countries.includes(city.country)) {
        // "послом РФ в Кишиневе <Name>": the host by its capital.
        english = canonicalTitle(`Ambassador to ${countryName(city.country)}`);
        j++;
        const end = words[j]!.start + city.end;
        while (words[j] && words[j]!.start < end) j++;
      }
    }
    // "представителя президента Азербайджана по особым поручениям <Name>", "посол по особым поручениям": an envoy for
    // special assignments, the usual Russian and post-Soviet name of the post (ru-594).
    if (words[j]?.text === 'по' && /^особ/i.test(words[j + 1]?.text ?? '') && /^поручени/i.test(words[j + 2]?.text ?? '')) {
      if (/^Representative\b/.test(english)) english = `Special ${english}`;
      else if (english === 'Ambassador') english = 'Ambassador-at-Large';
      j += 3;
    }
    // "Посол <Country> в Республике Куба и в Республике Никарагуа по совместительству <Name>", "… в Кении и по
    // совместительству в Уганде": an envoy accredited to a second state at once is its ambassador too (ru-592).
    if (/^Ambassador to /.test(english)) {
      let k = j;
      const concurrently = () => words[k]?.text === 'по' && /^совместительств/i.test(words[k + 1]?.text ?? '') ? (k += 2, true) : false;
      if (words[k]?.text === 'и') {
        k++;
        concurrently();
        if ((words[k]?.text === 'в' || words[k]?.text === 'во') && words[k + 1]) {
          const second = findParties(sentence.text.slice(words[k + 1]!.start - sentence.start).slice(0, 60))[0];
          if (second && second.start === 0 && !second.adjective) {
            moreTitles.push(canonicalTitle(`Ambassador to ${countryName(second.code)}`));
            j = k + 1;
            skipParty(second);
            k = j;
            if (concurrently()) j = k;
          }
        }
      }
    }
    // "помощник госсекретаря США по Южной и Центральной Азии": the post's field, in the title.
    if (words[j]?.text === 'по') {
      const region = regionRun(words, j + 1);
      if (region) {
        english = `${english} for ${region.english}`;
        j += 1 + region.length;
      }
    }
    // ("господина", "госпожой", and "товарищем" in the releases of communist parties: "министром … товарищем <Name>".)
    if (words[j] && /^(?:г-н|г-жа|господин|господина|господином|госпожа|госпожи|госпожой|товарищ|товарища|товарищем|товарищу)$/i.test(words[j]!.text)) j++;
    // "Его Превосходительством <Name>", "уважаемого <Name>", and the short "Е.П. <Given> <Surname>" (which the word
    // pattern reads as initials joined to the given name): styles of courtesy before the name, no part of it.
    if (/^(?:его|ее|её)$/i.test(words[j]?.text ?? '') && /^превосходительств/i.test(words[j + 1]?.text ?? '')) j += 2;
    if (words[j] && /^уважаем(?:ый|ого|ому|ым|ая|ой|ую)$/i.test(words[j]!.text) && isRussianNameWord(words[j + 1])) j++;
    const style = words[j] ? /^Е\.\s?П\.\s?/u.exec(words[j]!.text) : null;
    if (style && isRussianNameWord(words[j + 1])) {
      const cut = style[0].length;
      words[j] = { ...words[j]!, text: words[j]!.text.slice(cut), start: words[j]!.start + cut, stem: stemRu(words[j]!.text.slice(cut)) };
    }
    // "Губернатора Мурманской области <Name>", "губернатора Приморского края": a Russian region after the post is the
    // post's ("Governor of Murmansk Oblast"), never a country.
    if (countries.length === 0 && words[j + 1] && /^(?:\p{Lu}\p{Ll}+(?:ской|ского|цкой|цкого))$/u.test(words[j]!.text) && /^(?:област|кра|округ)/.test(words[j + 1]!.text.toLowerCase())) {
      // (Most regions are named after a city in -ск: Мурманской → Мурманск.)
      const stem = words[j]!.text.replace(/(?:ой|ого)$/u, '');
      const kind = /^област/.test(words[j + 1]!.text.toLowerCase()) ? 'Oblast' : /^кра/.test(words[j + 1]!.text.toLowerCase()) ? 'Krai' : 'Okrug';
      english = `${english} of ${romanise(stem)} ${kind}`;
      j += 2;
    }
    // "председатель ЗакСа <Name>": an abbreviation of the post's body (capitals inside it) between the post and the name.
    if (words[j] && /^\p{Lu}\p{L}*\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}{0,2}$/u.test(words[j]!.text) && isRussianNameWord(words[j + 1]) && isRussianNameWord(words[j + 2])) j++;
    // "председатель комитета по внешним связям <Name>": the body in lower case, then the name.
    if (/^(?:Chairman|Head|Director|Deputy Chairman)$/.test(english) && words[j] && !words[j]!.capital) {
      let k = j;
      // (A post among those words is the name's own: "… с министром иностранных дел <Name>".)
      while (k < words.length && k - j < 5 && !words[k]!.capital && !matchAt(words, k, TITLE_STEMS)) k++;
      const gap = sentence.text.slice(words[j]!.start - sentence.start, words[k]?.start ? words[k]!.start - sentence.start : 0);
      if (k > j && isRussianNameWord(words[k]) && isRussianNameWord(words[k + 1]) && !/[,;.:]/.test(gap)) {
        // ("глава узбекского ведомства инвестиций <Name>": a country's adjective among those words is the holder's.)
        const adjective = words.slice(j, k).map((w) => lookupParty(w.text)).find((party) => party?.adjective);
        if (adjective && countries.length === 0) countries.push(adjective.code);
        j = k;
      }
    }
    // "премьер-министром провинции Западный Кейп Аланом Винде": a province (region, state) named after the post, its
    // name's words before the holder's two.
    if (words[j] && /^(?:провинци|област|кра[йяею]|штат|округ|район|эмират)/.test(words[j]!.text.toLowerCase())) {
      let k = j + 1;
      while (isRussianNameWord(words[k]) || (words[k]?.capital && regionWord(words[k]))) k++;
      if (k - (j + 1) >= 3 && isRussianNameWord(words[k - 2]) && isRussianNameWord(words[k - 1])) {
        // The post is the province's, never the country's: a provincial premier is no prime minister.
        const place = romanise(words.slice(j + 1, k - 2).map((w) => w.text).join(' '));
        english = `${english === 'Prime Minister' ? 'Premier' : english} of ${place}`;
        j = k - 2;
      }
    }
    // "постоянный представитель РК при отделении ООН в Найроби <Name>": the body a representative is attached to, then the name.
    if (words[j]?.text === 'при') {
      let k = j + 1;
      // (A capitalised word after "в" or "на" is a place: "… в Найроби <Name>".)
      while (k < words.length && k - j <= 6 && !(isRussianNameWord(words[k]) && isRussianNameWord(words[k + 1]) && !/^(?:в|во|на)$/.test(words[k - 1]!.text))) k++;
      if (k - j <= 6 && isRussianNameWord(words[k]) && !/[,;.]/.test(sentence.text.slice(words[j]!.end - sentence.start, words[k]!.start - sentence.start))) j = k;
    }
    // No country after the title: an adjective before it ("Американскую [делегацию] — замгоссекретаря …"), or the
    // delegation it leads ("принял делегацию Турции во главе с министром …").
    if (countries.length === 0) {
      const before = sentence.text.slice(Math.max(0, titleStart - sentence.start - 60), titleStart - sentence.start);
      // ("турецкую делегацию – министр …": the delegation's adjective, the word for the delegation between.)
      // ("Российскую делегацию представляли <title> …": a verb of leading or making up the delegation between.)
      const adjective = /([\p{L}-]+)(?:\s+(?:делегаци|сторон)\p{L}*)?(?:\s+(?:представлял|возглавлял|возглавил|включал|входил|вошл)\p{L}*)?\s*(?:[-–—,]\s*)?$/u.exec(before)?.[1];
      const party = adjective ? lookupParty(adjective) : undefined;
      // ("делегацию Таджикистана возглавил заместитель министра …, делегацию Турции – заместитель министра …": the country
      // in the genitive after the word for the delegation, then the verb of leading or a dash, straight before the post.)
      const led = /делегаци\p{L}*\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)[^.]{0,40}?во\s+главе\s+с\s*$/u.exec(before)
        ?? /[Дд]елегаци\p{L}*\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)\s*(?:(?:возглавил|возглавила|возглавлял|возглавляла|возглавляет|возглавит|представлял|представляла)\s+|[-–—]\s*)$/u.exec(before);
      const delegation = led ? findParties(led[1]!)[0] : undefined;
      if (party?.adjective) countries.push(party.code);
      else if (delegation && delegation.start === 0) countries.push(delegation.code);
    }
    // "… со Специальным посланником Коммунистической партии Кубы и Государства Республики Куба, членом Политбюро,
    // министром иностранных дел товарищем <Name>" (ru-535): posts in the instrumental strung after "с" by commas, the
    // country named in an earlier one. Only one country in the chain, and nothing but commas between its links.
    if (countries.length === 0 && /(?:ом|ем)$/.test(words[i]!.text)) {
      const before = sentence.text.slice(Math.max(0, titleStart - sentence.start - 160), titleStart - sentence.start);
      const chain = /(?:^|\s)(?:с|со)\s+([^.;:!?\n«»"()]+,\s*)$/u.exec(before)?.[1];
      const named = chain ? [...new Set(findParties(chain).filter((p) => !p.adjective).map((p) => p.code))] : [];
      if (named.length === 1) countries.push(named[0]!);
    }
    // The names: one, or two joined by "и" for two countries.
    const names: Word[][] = [];
    for (;;) {
      const start = j;
      // (A capitalised post is no name: "с Заместителем Премьер-министра, Министром иностранных дел <Country> <Name>".)
      // (Of two words or more: a one-word post may share its stem with a name, "Акил" with "аким".)
      if ((matchAt(words, j, TITLE_STEMS)?.length ?? 0) >= 2) break;
      // (Up to four words: "Ле Тхи Тху Ханг"; and a particle's word after them: "Лулой да Силвой".)
      while (isRussianNameWord(words[j]) && j - start < 4 && (j === start || sentence.text.slice(words[j - 1]!.end - sentence.start, words[j]!.start - sentence.start).trim() === '')) j++;
      j = particleRun(words, start, j);
      if (j - start >= 2 && TURKIC_SON.test(words[j]?.text ?? '') && sentence.text.slice(words[j - 1]!.end - sentence.start, words[j]!.start - sentence.start).trim() === '') j++;
      if (j - start >= 1) names.push(words.slice(start, j));
      if (words[j]?.text === 'и' && isRussianNameWord(words[j + 1]) && Math.max(countries.length, plural) > names.length) {
        j++;
        continue;
      }
      break;
    }
    // "встретился с главами внешнеполитических ведомств <A> <Name>, <B> <Name> и <C> <Name>", "с министрами иностранных дел
    // <A> <Name>, <B> <Name>": a post in the plural, then pairs of a country in the genitive and its holder's name, split
    // by commas and a last "и" (a digest of one minister's meetings told in one sentence). Each pair is its own holder.
    // (A name of one word is taken here, "Индонезии Сугионо": the country before it marks it as a holder's.)
    let listed = false;
    if (countries.length === 1 && names.length === 1 && PLURAL_LIST_HEAD.test(words[i]!.text.toLowerCase())) {
      for (;;) {
        const gap = words[j] ? sentence.text.slice(words[j - 1]!.end - sentence.start, words[j]!.start - sentence.start) : '';
        const k = /^\s*,\s*$/.test(gap) ? j : /^\s+$/.test(gap) && words[j]?.text === 'и' ? j + 1 : -1;
        if (k < 0 || !words[k]) break;
        const party = findParties(sentence.text.slice(words[k]!.start - sentence.start).slice(0, 60))[0];
        if (!party || party.start !== 0 || party.adjective) break;
        let m = k;
        while (words[m] && words[m]!.start < words[k]!.start + party.end) m++;
        const start = m;
        while (isRussianNameWord(words[m]) && m - start < 4) m++;
        m = particleRun(words, start, m);
        if (m === start) break;
        countries.push(party.code);
        names.push(words.slice(start, m));
        listed = true;
        j = m;
      }
    }
    // "… возглавляет А.Н.Дарчиев, теперь уже как посол России в США": no name after the title, one in apposition before it.
    let apposition = false;
    if (names.length === 0) {
      const k = words.findIndex((w) => w.start >= titleStart);
      let back = k - 1;
      // Words between the comma and the title that keep the apposition ("теперь уже как", "ныне"), not a new clause ("а …").
      while (back >= 0 && k - back <= 3 && /^(?:теперь|уже|как|ныне|нынешний|бывший|сейчас|он|она)$/u.test(words[back]!.text)) back--;
      const comma = back >= 0 && /^\s*,/.test(sentence.text.slice(words[back]!.end - sentence.start));
      let first = back;
      while (first >= 0 && back - first < 3 && isRussianNameWord(words[first])) first--;
      // (Not the words of a name read before: "… провинции Западный Кейп Аланом Винде, мэрами городов …".)
      const run = comma && !mentions.some((m) => m.end > words[first + 1]!.start) ? words.slice(first + 1, back + 1) : [];
      if (run.length >= 2 || (run.length === 1 && /^\p{Lu}\./u.test(run[0]!.text))) {
        names.push(run);
        apposition = true;
      }
    }
    // "посол Казахстана в Кении, постоянный представитель … <Name>": a post without a name, a comma and the next post,
    // are the posts of the name after the next.
    // (Also with the first post's field between: "Спецпредставитель президента РФ по <Region>, замглавы МИД РФ <Name>".)
    if (names.length === 0) {
      let next = j;
      while (next < words.length && next - j < 8 && !matchAt(words, next, TITLE_STEMS)) next++;
      const gap = words[next] ? sentence.text.slice(words[j - 1]!.end - sentence.start, words[next]!.start - sentence.start) : '';
      // (Not a head of state's or government's post: "советник президента …" names whose adviser, not a second post.)
      // (Not across a line break: a headline with no full stop, then the lead's "<day month> …, министр <Name>", ru-535.)
      pending = !/^(?:President|Prime Minister)$/.test(english) && /^[^,.;:\n]*,\s*$/.test(gap) && !words.slice(j, next).some((w) => isRussianNameWord(w) && isRussianNameWord(words[words.indexOf(w) + 1])) ? { title: english, country: countries[0], span: { start: titleStart, end: titleEnd } } : undefined;
    }
    const before = names.length === 1 ? pending : undefined;
    if (names.length) pending = undefined;
    names.forEach((nameWords, k) => {
      // "президент Татарстана Рустам Минниханов": after a post in the nominative, a first word in the genitive (-а, -ы)
      // before a given name and a surname (no patronymic) is the region the post is of.
      let post = acting ? `Acting ${english}` : english;
      if (nameWords.length === 3 && !TURKIC_SON.test(nameWords[2]!.text) && (!/(?:а|я|ого|его|ом|ем|ой)$/.test(words[i]!.text.toLowerCase()) || words[i]!.text.toLowerCase() === 'глава') && /[бвгдзклмнпрстфхцчшщ](?:а|ы)$/.test(nameWords[0]!.text)
        && !/(?:вич|вна|ична)$/.test(nameWords[1]!.text) && /[бвгдзклмнпрстфхцчшщй]$/.test(nameWords[1]!.text)) {
        post = `${acting ? 'Acting ' : ''}${english} of ${romanise(nameWords[0]!.text.replace(/(?:а|ы)$/, ''))}`;
        nameWords = nameWords.slice(1);
      }
      const initialled = nameWords.length === 1 && /^\p{Lu}\./u.test(nameWords[0]!.text);
      if (nameWords.length < 2 && !initialled && !listed && !(nameWords.length === 1 && names.length === 1 && countries.length <= 1)) return;
      const raw = sentence.text.slice(nameWords[0]!.start - sentence.start, nameWords.at(-1)!.end - sentence.start);
      // "Соединенных Штатов": a country's name, not a person's.
      if (findParties(raw).some((p) => p.start === 0)) return;
      // "министра", "посла", "президента", "заместителя": the title, and so the name, in the genitive or accusative.
      const first = words[i]!.text.toLowerCase();
      // "замгоссекретаря", "замминистра": the genitive inside a short form, which does not decline itself.
      // After "и.о." or "врио" the post is in the genitive whatever the name's case: the surname tells, if it declines
      // ("и.о. главы МИД Ары Саргсяна", but "И.о. министра … Ника Шалвашвили принял").
      const actingCase = acting ? (acting.oblique ?? /(?:ов|ев|ин|ын|ян|ан|ук|юк)(?:а|у)$|(?:ого|ому|ой)$/.test(nameWords.at(-1)!.text)) : false;
      const oblique = acting ? actingCase : !apposition && ((/(?:а|я)$/.test(first) && !/(?:глава|главы)$/.test(first) && !/^зам(?:министра|главы|госсекретаря)/.test(first)) || (first === 'главы' && names.length === 1 && countries.length <= 1)
        // "главу правительства Грузии Георгия …": the accusative.
        || first === 'главу'
        // "переговоры глав внешнеполитических ведомств <A> и <B> — <Name> и <Name>", "встреча министров … <Name> и <Name>": a
        // post in the genitive plural, and the names after it in its case.
        || /^(?:глав|министров|руководителей|заместителей|замминистров|вице-министров|послов|президентов|премьер-министров|вице-премьеров|председателей)$/.test(first)
        // "государственного секретаря США Майкла Помпео", "Чрезвычайного и Полномочного Посла": a genitive adjective opens the title.
        || /(?:ого|его)$/.test(first));
      // "Министр иностранных дел Молдавии Аурелиу Чокой": after a post in the nominative, the name is in the nominative
      // too, and a surname in "-ой" or "-ом" is no instrumental (ru-538).
      const asWritten = !acting && !apposition && NOMINATIVE_POST.test(first) && !initialled;
      // "с министром иностранных дел <Country> <Given-а> <Surname-а>": a name in the genitive where the post is in the
      // instrumental (a slip, or a verb that governs the genitive). A woman's surname there would end in "-ой", so a given
      // name in "-а/-я" and a surname in a consonant and "-а" are a man's genitive.
      const slipped = !oblique && !acting && !apposition && /(?:ом|ем)$/.test(first) && nameWords.length >= 2
        && /(?:[бвгдзклмнпрстфхцчшщ]а|[ие]я)$/.test(nameWords[0]!.text) && /[бвгдзклмнпрстфхцчшщ]а$/.test(nameWords.at(-1)!.text);
      const native = initialled ? initialledNominative(raw, oblique) : asWritten ? raw : nominative(raw, oblique || slipped);
      const country = countries.length > 1 ? countries[k] : countries[0];
      mentions.push({
        start: nameWords[0]!.start, end: nameWords.at(-1)!.end, name: romaniseName(native), native,
        titleSpan: { start: titleStart, end: titleEnd }, titleRaw: sentence.text.slice(titleStart - sentence.start, titleEnd - sentence.start),
        title: post, ...(moreTitles.length ? { moreTitles } : {}), country, countryFrom: country ? 'title' : undefined, sentence: index, partial: nameWords.length < 2 && !initialled && !listed,
        ...(anaphor && !country ? { countryNamedBefore: true, ...(plural && names.length === plural ? { namedBeforeOf: [k, plural] as [number, number] } : {}) } : {}),
      });
      if (before) {
        const holder = mentions.at(-1)!;
        mentions.push({ ...holder, titleSpan: before.span, titleRaw: sentence.text.slice(before.span.start - sentence.start, before.span.end - sentence.start), title: before.title, moreTitles: undefined, ...(before.country ? { country: before.country, countryFrom: 'title' as const } : {}) });
        if (!holder.country && before.country) Object.assign(holder, { country: before.country, countryFrom: 'title' });
      }
    });
    i = Math.max(i, j - 1);
  }
  // "Министр иностранных дел России Сергей Лавров и помощник Президента Сергей Приходько": a post without a country,
  // joined by "и" to a person whose country is known, is of the same country.
  mentions.sort((a, b) => a.start - b.start);
  for (let k = 1; k < mentions.length; k++) {
    const [previous, mention] = [mentions[k - 1]!, mentions[k]!];
    if (mention.country || !previous.country || !mention.titleSpan || mention.titleSpan.start < previous.end) continue;
    if (/^\s*и\s*$/.test(sentence.text.slice(previous.end - sentence.start, mention.titleSpan.start - sentence.start))) {
      mention.country = previous.country;
      mention.countryFrom = 'delegation';
    }
  }
  counterparts(sentence, words, index, mentions);
  return mentions;
}

/** Whether two posts' head words are in the same case, by their endings: "заместителем" and "министром", "заместителя" and "министра". */
function sameCase(a: string, b: string): boolean {
  const ending = (word: string) => /(?:ом|ем|ой)$/.test(word) ? 'instrumental' : /(?:а|я)$/.test(word) ? 'genitive' : /(?:у|ю)$/.test(word) ? 'dative' : /(?:ь|р|т|л|й)$/.test(word) ? 'nominative' : word;
  return ending(a.toLowerCase()) === ending(b.toLowerCase());
}

/**
 * The head word of a post in the nominative plural: "министры", "заместители", "вице-премьер-министры", "послы"; or in the
 * genitive plural, which no singular case shares either: "встреча президентов двух стран <Name> и <Name>".
 */
const PLURAL_POST_HEAD = /^(?:министры|вице-министры|замминистры|заместители|вице-премьеры|вице-премьер-министры|премьер-министры|президенты|послы|руководители|председатели|сопредседатели|министров|вице-министров|замминистров|заместителей|вице-премьеров|вице-премьер-министров|премьер-министров|президентов|председателей|сопредседателей)$/;

/** The head word of a post in the plural that a list of countries, each with its holder's name, may follow. */
const PLURAL_LIST_HEAD = /^(?:главами|главам|глав|министрами|министрам|министров|руководителями|руководителей|коллегами|послами|послов)$/;

/** Whether two names joined by "и" start at word j: "<Given> <Surname> и <Given> <Surname>", an initial allowed for a given name. */
function namesJoinedAt(words: Word[], j: number): boolean {
  let k = j;
  while (isRussianNameWord(words[k]) && k - j < 4) k++;
  return k > j && words[k]?.text === 'и' && isRussianNameWord(words[k + 1]);
}

/** A post in the plural for two countries that no names follow, at the end of a sentence. */
export interface PluralPost {
  title: string;
  countries: [string, string];
  span: { start: number; end: number };
}

/**
 * "… встреча министров иностранных дел Грузии и Азербайджана." with no names after it: the post and its two countries,
 * which the names opening the next sentence hold ("<Name> и <Name> обсудили …", ru-431). Undefined otherwise.
 */
export function pluralPostAtEnd(sentence: Sentence): PluralPost | undefined {
  const words = wordsOf(sentence);
  for (let i = 0; i < words.length; i++) {
    if (!/^(?:министров|министры|главы|глав|руководители|руководителей)$/i.test(words[i]!.text)) continue;
    const title = matchAt(words, i, TITLE_STEMS);
    if (!title || title.country) continue;
    let j = i + title.length;
    const countries: string[] = [];
    while (words[j] && countries.length < 2) {
      const party = findParties(sentence.text.slice(words[j]!.start - sentence.start).slice(0, 60))[0];
      if (!party || party.start !== 0 || party.adjective) break;
      countries.push(party.code);
      const end = words[j]!.start + party.end;
      while (words[j] && words[j]!.start < end) j++;
      if (countries.length === 1 && words[j]?.text === 'и') j++;
    }
    // (Nothing but the sentence's closing mark after the second country: a name there is read as usual.)
    if (countries.length === 2 && countries[0] !== countries[1] && j === words.length && /^[\s.!…]*$/.test(sentence.text.slice(words[j - 1]!.end - sentence.start))) {
      return { title: title.en, countries: [countries[0]!, countries[1]!], span: { start: words[i]!.start, end: words[j - 1]!.end } };
    }
  }
  return undefined;
}

/** "<Given> <Surname> и <Given> <Surname> обсудили …" opening a sentence: the two holders of the post just before it. */
export function namesOfPluralPost(sentence: Sentence, index: number, post: PluralPost): RussianPersonMention[] {
  const words = wordsOf(sentence);
  const name = (at: number) => isRussianNameWord(words[at]) && isRussianNameWord(words[at + 1]) && !isRussianNameWord(words[at + 2]) ? [words[at]!, words[at + 1]!] : undefined;
  const first = name(0);
  const second = first && words[2]?.text === 'и' ? name(3) : undefined;
  // (Then a verb in lower case: "обсудили", "провели", not a third capitalised word or a title.)
  if (!first || !second || !words[5] || words[5].capital || matchAt(words, 5, TITLE_STEMS)) return [];
  return [first, second].map((nameWords, k) => {
    const raw = sentence.text.slice(nameWords[0]!.start - sentence.start, nameWords[1]!.end - sentence.start);
    const native = nominative(raw);
    return {
      start: nameWords[0]!.start, end: nameWords[1]!.end, name: romaniseName(native), native, title: post.title, titleSpan: post.span, titleRaw: post.title,
      country: post.countries[k], countryFrom: 'title' as const, sentence: index, partial: false,
    };
  });
}

/** "с кипрским коллегой Никосом Христодулидисом": a counterpart holds the same post in the adjective's country. */
function counterparts(sentence: Sentence, words: Word[], index: number, mentions: RussianPersonMention[]): void {
  for (let i = 1; i < words.length; i++) {
    if (!/^коллег/.test(words[i]!.text.toLowerCase())) continue;
    // "с кипрским коллегой", or "его коллеги из Казахстана" (a country in the genitive after "из").
    const from = words[i + 1]?.text === 'из' && words[i + 2] ? findParties(sentence.text.slice(words[i + 2]!.start - sentence.start, words[i + 2]!.start - sentence.start + 60))[0] : undefined;
    const adjective = lookupParty(words[i - 1]!.text);
    const party = adjective?.adjective ? adjective : from && from.start === 0 && !from.adjective ? from : undefined;
    const subject = [...mentions].reverse().find((m) => m.start < words[i]!.start && m.title);
    if (!party || !subject?.title) continue;
    let j = i + 1;
    if (party === from) {
      j = i + 2;
      while (words[j] && words[j]!.start < words[i + 2]!.start + from.end) j++;
    }
    const readName = () => {
      const nameStart = j;
      while (isRussianNameWord(words[j]) && j - nameStart < 3) j++;
      j = particleRun(words, nameStart, j);
      return words.slice(nameStart, j);
    };
    const names = [readName()];
    // "со своими азербайджанскими коллегами <Name> и <Name>" after "<Post> <Name> и <post> <Name>": in the plural, the
    // counterparts pair off in order with the holders named before, each taking the post of his own.
    const plural = /^коллегами$/.test(words[i]!.text.toLowerCase());
    if (plural && words[j]?.text === 'и' && isRussianNameWord(words[j + 1])) {
      j++;
      names.push(readName());
    }
    const holders = mentions.filter((m) => m.end <= words[i]!.start && m.title);
    const subjects = names.length > 1 && holders.length >= names.length ? holders.slice(-names.length) : names.map(() => subject);
    names.forEach((nameWords, k) => {
      if (nameWords.length < 2 || mentions.some((m) => m.start === nameWords[0]!.start)) return;
      const native = nominative(sentence.text.slice(nameWords[0]!.start - sentence.start, nameWords.at(-1)!.end - sentence.start), /[аи]$/.test(words[i]!.text));
      mentions.push({
        start: nameWords[0]!.start, end: nameWords.at(-1)!.end, name: romaniseName(native), native, title: subjects[k]!.title,
        titleSpan: { start: words[i - 1]!.start, end: words[i]!.end }, titleRaw: sentence.text.slice(words[i - 1]!.start - sentence.start, words[i]!.end - sentence.start),
        country: party.code, countryFrom: 'modifier', sentence: index, partial: false,
      });
    });
  }
}

/**
 * A list of envoys who presented their credentials, one a line: "Верительные грамоты
 * Президенту России вручили: / Сиди Мохаммед Ульд Талеб Амар – Исламская Республика
 * Мавритания, / …". Each line names an ambassador of that country to the host, whom the
 * text names after "Президенту" (dative). `host` is undefined when the text is no such list.
 */
export function credentialsHost(text: string): string | undefined {
  if (!/верительн\p{L}*\s+грамот/iu.test(text)) return undefined;
  // ("президенту Казахстана" in lower case, as the press writes it, as well as the protocol's "Президенту", ru-491.)
  const after = /[Пп]резиденту\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)/u.exec(text);
  const party = after ? findParties(after[1]!)[0] : undefined;
  return party && party.start === 0 && !party.adjective ? party.code : undefined;
}

const ENVOY_LINE = /^((?:\p{Lu}[\p{L}-]*)(?:\s+[\p{L}-]+){1,6}?)\s+[–—-]\s+(\p{Lu}[^,.;]*?)\s*[,.;]?$/u;

export function findEnvoy(sentence: Sentence, index: number, host: string): RussianPersonMention[] {
  const mentions: RussianPersonMention[] = [];
  let offset = sentence.start;
  // The list's lines end in commas, so they reach here as one sentence: read it line by line.
  for (const text of sentence.text.split('\n')) {
    const lineStart = offset;
    offset += text.length + 1;
    const line = ENVOY_LINE.exec(text.trim());
    if (!line) continue;
    const at = lineStart + text.indexOf(line[0]);
    const [, raw, place] = line;
    const party = findParties(place!)[0];
    // The whole right-hand side is the country ("Федеративная Республика Германия"), and the left is a name.
    if (!party || party.adjective || party.start !== 0 || party.end < place!.length - 1 || party.code === host) continue;
    if (raw!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2 || findParties(raw!).length) continue;
    const placeAt = at + line[0].indexOf(place!, raw!.length);
    mentions.push({
      start: at, end: at + raw!.length, name: romanise(raw!), native: raw!,
      titleSpan: { start: placeAt, end: placeAt + place!.length }, titleRaw: place!,
      title: canonicalTitle(`Ambassador to ${countryName(host)}`), country: party.code, countryFrom: 'title', sentence: index, partial: false,
    });
  }
  return mentions;
}
