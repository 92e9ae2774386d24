import { foldText, type PartialDate } from '@bilat/domain';
import { findParties } from './gazetteer.js';
import { isNameWord, type PersonMention } from './people.js';
import type { Sentence } from './segment.js';
import { isCommonWord } from './words.js';

/*
 * Leaders the press names without their post: "Putin and Lukashenko start talks", "Лавров и
 * Клинтон условились …", "President Recep Tayyip Erdogan" (no country), "Dacic (right) is seen
 * with …". A report takes for granted that its reader knows who they are; the extractor knows
 * it from this list: heads of state and government and foreign ministers, each post with the
 * days it was held, so a name reads as the post only in a report of that time.
 */

interface Term {
  title: string;
  from: string;
  /** Left out while the post is held. */
  to?: string;
}

interface Leader {
  /** As English writes it; the last word is the surname the press uses alone. */
  name: string;
  /** The Russian spelling, nominative (first name and surname). */
  ru?: string;
  country: string;
  terms: Term[];
  /** The surname alone names nobody else often enough (false for "Li", "Rice"): read it bare. Default true. */
  bare?: boolean;
  /** How the press names a ruler by style and given name alone ("Sheikh Tamim"), read as the leader while in office. */
  called?: string[];
}

const FM = 'Minister of Foreign Affairs';
const P = 'President';
const PM = 'Prime Minister';

/** Kept to people the reports of bilateral relations name often; a term's dates are the days it began and ended. */
const LEADERS: Leader[] = [
  { name: 'Alexander Lukashenko', ru: 'Александр Лукашенко', country: 'BY', terms: [{ title: P, from: '1994-07-20' }] },
  { name: 'Vladimir Makei', ru: 'Владимир Макей', country: 'BY', terms: [{ title: FM, from: '2012-08-20', to: '2022-11-26' }] },
  { name: 'Nursultan Nazarbayev', ru: 'Нурсултан Назарбаев', country: 'KZ', terms: [{ title: P, from: '1990-04-24', to: '2019-03-20' }] },
  { name: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', country: 'KZ', terms: [{ title: P, from: '2019-03-20' }] },
  { name: 'Vladimir Putin', ru: 'Владимир Путин', country: 'RU', terms: [{ title: P, from: '2000-05-07', to: '2008-05-07' }, { title: PM, from: '2008-05-08', to: '2012-05-07' }, { title: P, from: '2012-05-07' }] },
  { name: 'Dmitry Medvedev', ru: 'Дмитрий Медведев', country: 'RU', terms: [{ title: P, from: '2008-05-07', to: '2012-05-07' }, { title: PM, from: '2012-05-08', to: '2020-01-16' }] },
  { name: 'Mikhail Mishustin', ru: 'Михаил Мишустин', country: 'RU', terms: [{ title: PM, from: '2020-01-16' }] },
  { name: 'Sergey Lavrov', ru: 'Сергей Лавров', country: 'RU', terms: [{ title: FM, from: '2004-03-09' }] },
  { name: 'Denis Manturov', ru: 'Денис Мантуров', country: 'RU', terms: [{ title: 'First Deputy Prime Minister', from: '2024-05-14' }] },
  { name: 'Islam Karimov', ru: 'Ислам Каримов', country: 'UZ', terms: [{ title: P, from: '1991-03-24', to: '2016-09-02' }] },
  { name: 'Shavkat Mirziyoyev', ru: 'Шавкат Мирзиёев', country: 'UZ', terms: [{ title: PM, from: '2003-12-12', to: '2016-09-08' }, { title: P, from: '2016-09-08' }] },
  { name: 'Ilham Aliyev', ru: 'Ильхам Алиев', country: 'AZ', terms: [{ title: P, from: '2003-10-31' }] },
  { name: 'Elmar Mammadyarov', ru: 'Эльмар Мамедъяров', country: 'AZ', terms: [{ title: FM, from: '2004-04-02', to: '2020-07-16' }] },
  { name: 'Jeyhun Bayramov', ru: 'Джейхун Байрамов', country: 'AZ', terms: [{ title: FM, from: '2020-07-16' }] },
  { name: 'Sadyr Japarov', ru: 'Садыр Жапаров', country: 'KG', terms: [{ title: P, from: '2021-01-28' }] },
  { name: 'Emomali Rahmon', ru: 'Эмомали Рахмон', country: 'TJ', terms: [{ title: P, from: '1994-11-16' }] },
  { name: 'Serdar Berdimuhamedov', ru: 'Сердар Бердымухамедов', country: 'TM', terms: [{ title: P, from: '2022-03-19' }] },
  { name: 'Gurbanguly Berdimuhamedov', ru: 'Гурбангулы Бердымухамедов', country: 'TM', terms: [{ title: P, from: '2007-02-14', to: '2022-03-19' }] },
  { name: 'Nikol Pashinyan', ru: 'Никол Пашинян', country: 'AM', terms: [{ title: PM, from: '2018-05-08' }] },
  { name: 'Recep Tayyip Erdogan', ru: 'Реджеп Тайип Эрдоган', country: 'TR', terms: [{ title: PM, from: '2003-03-14', to: '2014-08-28' }, { title: P, from: '2014-08-28' }] },
  { name: 'Mevlüt Çavuşoğlu', ru: 'Мевлют Чавушоглу', country: 'TR', terms: [{ title: FM, from: '2014-11-29', to: '2015-08-28' }, { title: FM, from: '2015-11-24', to: '2023-06-04' }] },
  { name: 'Hakan Fidan', ru: 'Хакан Фидан', country: 'TR', terms: [{ title: FM, from: '2023-06-04' }] },
  { name: 'Volodymyr Zelensky', ru: 'Владимир Зеленский', country: 'UA', terms: [{ title: P, from: '2019-05-20' }] },
  { name: 'Dmytro Kuleba', ru: 'Дмитрий Кулеба', country: 'UA', terms: [{ title: FM, from: '2020-03-04', to: '2024-09-05' }] },
  { name: 'Nawaz Sharif', country: 'PK', terms: [{ title: PM, from: '2013-06-05', to: '2017-07-28' }] },
  { name: 'Imran Khan', country: 'PK', terms: [{ title: PM, from: '2018-08-18', to: '2022-04-10' }], bare: false },
  { name: 'Shehbaz Sharif', country: 'PK', terms: [{ title: PM, from: '2022-04-11', to: '2023-08-14' }, { title: PM, from: '2024-03-04' }] },
  { name: 'Narendra Modi', ru: 'Нарендра Моди', country: 'IN', terms: [{ title: PM, from: '2014-05-26' }] },
  { name: 'Subrahmanyam Jaishankar', ru: 'Субраманьям Джайшанкар', country: 'IN', terms: [{ title: FM, from: '2019-05-31' }] },
  { name: 'Xi Jinping', ru: 'Си Цзиньпин', country: 'CN', terms: [{ title: P, from: '2013-03-14' }], bare: false },
  { name: 'Hu Jintao', ru: 'Ху Цзиньтао', country: 'CN', terms: [{ title: P, from: '2003-03-15', to: '2013-03-14' }], bare: false },
  { name: 'Wang Yi', ru: 'Ван И', country: 'CN', terms: [{ title: FM, from: '2013-03-16', to: '2022-12-30' }, { title: FM, from: '2023-07-25' }], bare: false },
  { name: 'George W. Bush', country: 'US', terms: [{ title: P, from: '2001-01-20', to: '2009-01-20' }] },
  { name: 'Barack Obama', ru: 'Барак Обама', country: 'US', terms: [{ title: P, from: '2009-01-20', to: '2017-01-20' }] },
  { name: 'Donald Trump', ru: 'Дональд Трамп', country: 'US', terms: [{ title: P, from: '2017-01-20', to: '2021-01-20' }, { title: P, from: '2025-01-20' }] },
  { name: 'Joe Biden', ru: 'Джо Байден', country: 'US', terms: [{ title: P, from: '2021-01-20', to: '2025-01-20' }] },
  { name: 'Condoleezza Rice', ru: 'Кондолиза Райс', country: 'US', terms: [{ title: 'Secretary of State', from: '2005-01-26', to: '2009-01-20' }], bare: false },
  { name: 'Hillary Clinton', ru: 'Хиллари Клинтон', country: 'US', terms: [{ title: 'Secretary of State', from: '2009-01-21', to: '2013-02-01' }] },
  { name: 'John Kerry', ru: 'Джон Керри', country: 'US', terms: [{ title: 'Secretary of State', from: '2013-02-01', to: '2017-01-20' }] },
  { name: 'Rex Tillerson', ru: 'Рекс Тиллерсон', country: 'US', terms: [{ title: 'Secretary of State', from: '2017-02-01', to: '2018-03-31' }] },
  { name: 'Mike Pompeo', ru: 'Майк Помпео', country: 'US', terms: [{ title: 'Secretary of State', from: '2018-04-26', to: '2021-01-20' }] },
  { name: 'Antony Blinken', ru: 'Энтони Блинкен', country: 'US', terms: [{ title: 'Secretary of State', from: '2021-01-26', to: '2025-01-20' }] },
  { name: 'Marco Rubio', ru: 'Марко Рубио', country: 'US', terms: [{ title: 'Secretary of State', from: '2025-01-21' }] },
  { name: 'Mohammad Javad Zarif', ru: 'Мохаммад Джавад Зариф', country: 'IR', terms: [{ title: FM, from: '2013-08-15', to: '2021-08-25' }] },
  { name: 'Abbas Araghchi', ru: 'Аббас Аракчи', country: 'IR', terms: [{ title: FM, from: '2024-08-21' }] },
  { name: 'Irakli Kobakhidze', ru: 'Ираклий Кобахидзе', country: 'GE', terms: [{ title: PM, from: '2024-02-08' }] },
  { name: 'Luiz Inácio Lula da Silva', ru: 'Луис Инасио Лула да Силва', country: 'BR', terms: [{ title: P, from: '2003-01-01', to: '2011-01-01' }, { title: P, from: '2023-01-01' }] },
  { name: 'Ivica Dacic', ru: 'Ивица Дачич', country: 'RS', terms: [{ title: FM, from: '2014-04-27', to: '2020-10-28' }, { title: 'First Deputy Prime Minister', from: '2014-04-27', to: '2020-10-28' }] },
  { name: 'Aleksandar Vucic', ru: 'Александр Вучич', country: 'RS', terms: [{ title: P, from: '2017-05-31' }] },
  { name: 'Gabrielius Landsbergis', ru: 'Габриэлюс Ландсбергис', country: 'LT', terms: [{ title: FM, from: '2020-12-07', to: '2024-12-12' }] },
  { name: 'Kęstutis Budrys', ru: 'Кястутис Будрис', country: 'LT', terms: [{ title: FM, from: '2024-12-12' }] },
  { name: 'Gitanas Nausėda', ru: 'Гитанас Науседа', country: 'LT', terms: [{ title: P, from: '2019-07-12' }] },
  { name: 'Zbigniew Rau', ru: 'Збигнев Рау', country: 'PL', terms: [{ title: FM, from: '2020-08-26', to: '2023-11-27' }], bare: false },
  { name: 'Radosław Sikorski', ru: 'Радослав Сикорский', country: 'PL', terms: [{ title: FM, from: '2007-11-16', to: '2014-09-22' }, { title: FM, from: '2023-12-13' }] },
  { name: 'Ukhnaagiin Khürelsükh', ru: 'Ухнаагийн Хурэлсух', country: 'MN', terms: [{ title: PM, from: '2017-10-04', to: '2021-01-27' }, { title: P, from: '2021-06-25' }] },
  { name: 'Elizabeth II', ru: 'Елизавета II', country: 'GB', terms: [{ title: 'Queen', from: '1952-02-06', to: '2022-09-08' }] },
  { name: 'Charles III', ru: 'Карл III', country: 'GB', terms: [{ title: 'King', from: '2022-09-08' }] },
  { name: 'Mohammed VI', ru: 'Мухаммед VI', country: 'MA', terms: [{ title: 'King', from: '1999-07-23' }] },
  { name: 'Muhammadu Buhari', country: 'NG', terms: [{ title: P, from: '2015-05-29', to: '2023-05-29' }] },
  // East and Southern Africa's presidents, named bare in their region's press ("President Cyril Ramaphosa visited <Country>").
  { name: 'Cyril Ramaphosa', country: 'ZA', terms: [{ title: P, from: '2018-02-15' }] },
  { name: 'Uhuru Kenyatta', country: 'KE', terms: [{ title: P, from: '2013-04-09', to: '2022-09-13' }] },
  { name: 'William Ruto', country: 'KE', terms: [{ title: P, from: '2022-09-13' }] },
  { name: 'Yoweri Museveni', country: 'UG', terms: [{ title: P, from: '1986-01-29' }] },
  { name: 'Nana Akufo-Addo', country: 'GH', terms: [{ title: P, from: '2017-01-07', to: '2025-01-07' }] },
  { name: 'Anwar Ibrahim', country: 'MY', terms: [{ title: PM, from: '2022-11-24' }], bare: false },
  { name: 'Ferdinand Marcos', country: 'PH', terms: [{ title: P, from: '2022-06-30' }] },
  { name: 'Nicolás Maduro', ru: 'Николас Мадуро', country: 'VE', terms: [{ title: P, from: '2013-04-19' }] },
  { name: 'Andrés Manuel López Obrador', country: 'MX', terms: [{ title: P, from: '2018-12-01', to: '2024-09-30' }], bare: false },
  { name: 'Marcelo Ebrard', country: 'MX', terms: [{ title: FM, from: '2018-12-01', to: '2023-06-12' }] },
  { name: 'Ramtane Lamamra', country: 'DZ', terms: [{ title: FM, from: '2013-09-11', to: '2017-05-25' }, { title: FM, from: '2021-07-07', to: '2023-03-18' }] },
  // Southern Africa, Southeast Asia, the Pacific and the Gulf: rulers and heads of government named bare or by style.
  { name: 'Mswati III', country: 'SZ', terms: [{ title: 'King', from: '1986-04-25' }] },
  { name: 'Hun Sen', country: 'KH', terms: [{ title: PM, from: '1985-01-14', to: '2023-08-22' }], bare: false },
  { name: 'Hun Manet', country: 'KH', terms: [{ title: PM, from: '2023-08-22' }] },
  { name: 'Hassanal Bolkiah', country: 'BN', terms: [{ title: 'Sultan', from: '1967-10-05' }] },
  { name: 'Sitiveni Rabuka', country: 'FJ', terms: [{ title: PM, from: '2022-12-24' }] },
  { name: 'Anthony Albanese', country: 'AU', terms: [{ title: PM, from: '2022-05-23' }] },
  { name: 'Christopher Luxon', country: 'NZ', terms: [{ title: PM, from: '2023-11-27' }] },
  { name: 'James Marape', country: 'PG', terms: [{ title: PM, from: '2019-05-30' }] },
  { name: 'Tamim bin Hamad Al Thani', country: 'QA', terms: [{ title: 'Emir', from: '2013-06-25' }], bare: false, called: ['Sheikh Tamim'] },
  { name: 'Nawaf Al-Ahmad Al-Jaber Al-Sabah', country: 'KW', terms: [{ title: 'Emir', from: '2020-09-30', to: '2023-12-16' }], bare: false, called: ['Sheikh Nawaf'] },
  { name: 'Mishal Al-Ahmad Al-Jaber Al-Sabah', country: 'KW', terms: [{ title: 'Crown Prince', from: '2020-10-08', to: '2023-12-16' }, { title: 'Emir', from: '2023-12-16' }], bare: false, called: ['Sheikh Mishal'] },
  { name: 'Mohamed bin Zayed Al Nahyan', country: 'AE', terms: [{ title: P, from: '2022-05-14' }], bare: false, called: ['President Sheikh Mohamed'] },
];

/** A surname followed by one of these names a thing called after the person ("Nazarbayev University"), not the person. */
const NAMED_AFTER = /^(?:University|Center|Centre|Foundation|Fund|Airport|Avenue|Street|Library|Prize|School|Museum|Doctrine|Park|Square|Institute|Palace|Mosque|Stadium|Bridge|Hall|Award|Plan|Initiative)$/;

const NAMED_AFTER_RU = /^(?:университет|центр|фонд|аэропорт|проспект|улиц|имени|им$|библиотек|парк|музе|школ|институт|площад|дворц|мечет|стадион|мост|преми|доктрин)/;

const foldRu = (word: string) => word.toLowerCase().replaceAll('ё', 'е');
/** A ruler's regnal number closes the name ("Elizabeth II"); the word before it is the one looked up. */
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})$/;
const regnal = (name: string) => (REGNAL.test(name.split(' ').at(-1)!) ? name.split(' ').at(-1) : undefined);
const surname = (name: string) => name.split(' ').at(regnal(name) ? -2 : -1)!;

/** A Russian surname in each case: Лавров, Лаврова, Лаврову, Лавровым, Лаврове; Лукашенко stays. */
function russianForms(word: string): string[] {
  const base = foldRu(word);
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(base)) return [base, `${base}а`, `${base}у`, `${base}ым`, `${base}ом`, `${base}е`, `${base}ем`];
  if (/а$/.test(base)) return [base, `${base.slice(0, -1)}ы`, `${base.slice(0, -1)}е`, `${base.slice(0, -1)}у`, `${base.slice(0, -1)}ой`];
  return [base];
}

let index: Map<string, Leader[]> | undefined;

/** Leaders by their surname in every spelling read: folded Latin, and the Russian case forms. */
function leadersBySurname(): Map<string, Leader[]> {
  if (index) return index;
  index = new Map();
  const put = (key: string, leader: Leader) => index!.set(key, [...(index!.get(key) ?? []), leader]);
  for (const leader of LEADERS) {
    // (A ruler the press calls by style and given name is not looked up by the family name many share: Al Thani, Al Nahyan.)
    if (leader.called) continue;
    // (As written and without its marks, so a word is looked up by its lower case alone: Çavuşoğlu, Cavusoglu.)
    for (const key of new Set([surname(leader.name).toLowerCase(), foldText(surname(leader.name))])) put(key, leader);
    if (leader.ru) for (const form of russianForms(surname(leader.ru))) put(form, leader);
  }
  return index;
}

/** The posts a leader held on a (partial) date. */
function postsOn(leader: Leader, date: PartialDate): string[] {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return [...new Set(leader.terms.filter((term) => term.from <= end && (!term.to || term.to >= start)).map((term) => term.title))];
}

/** Whether a capitalised word may be a given name (not a post, a country or a function word). */
function firstNameLike(word: string, cyrillic: boolean): boolean {
  if (/^\p{Lu}\.?$/u.test(word)) return true;
  if (findParties(word).length > 0) return false;
  if (cyrillic) return !/^(?:президент|премьер|министр|глав|госсекретар|лидер|посол|спикер|председател|канцлер|корол|султан|эмир|коллег)/.test(foldRu(word));
  return isNameWord({ text: word.replace(/\.$/, ''), capital: true, start: 0, end: word.length }) || /^\p{Lu}\.$/u.test(word);
}

/** Whether the words before a surname are a first name that is not the leader's ("Heydar Aliyev", "Bill Clinton"). */
function otherFirstName(before: string, leader: Leader, cyrillic: boolean): boolean | undefined {
  const word = /([\p{Lu}][\p{L}’'-]*\.?)\s*$/u.exec(before)?.[1];
  // ("President Lukashenko", "Президент Токаев", "Turkish Erdogan": a post or a country before the surname is no first name.)
  if (!word || !firstNameLike(word, cyrillic)) return undefined;
  // (Any of the names before the surname: "Recep Tayyip Erdogan", "George W. Bush".)
  const given = (cyrillic ? leader.ru : leader.name)?.split(' ').slice(0, -1) ?? [];
  // "С.Лавров", "S. Lavrov": an initial agrees with a given name's first letter; not a middle initial after
  // another given name ("Khadija Bukar A. Ibrahim" is not Anwar Ibrahim).
  if (/^\p{Lu}\.?$/u.test(word)) {
    const earlier = /([\p{Lu}][\p{L}’'-]+)\s+\p{Lu}\.?\s*$/u.exec(before)?.[1];
    if (earlier && firstNameLike(earlier, cyrillic) && !given.some((name) => name === earlier)) return true;
    return !given.some((name) => name[0] === word[0]);
  }
  const fold = cyrillic ? foldRu : foldText;
  // (A first name in another case, "Сергея", "Сергеем", or spelt otherwise, "Sergei": the first letters agree.)
  return !given.some((name) => fold(word).slice(0, 3) === fold(name).slice(0, 3));
}

/** Whether the word before a surname is the head word of a post the leader held: "Secretary Pompeo", "President Putin". */
function titledAs(before: string, leader: Leader): boolean {
  const head = /(?:^|\s)(Secretary|President|Minister|Premier|Chancellor)\s+$/.exec(before)?.[1];
  return head !== undefined && leader.terms.some((term) => term.title.split(' ').includes(head));
}

const WORD = /[\p{L}\p{M}]+(?:[-’'][\p{L}\p{M}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The leaders a sentence names by surname (with or without their first name), as mentions
 * with the post they held on the report's date and their country. A surname after another
 * first name, or before a word like "University", is not read.
 */
export function findLeaders(sentence: Sentence, index: number, published: PartialDate, undated = false): PersonMention[] {
  const mentions: PersonMention[] = [];
  const byName = leadersBySurname();
  // "Sheikh Tamim", "President Sheikh Mohamed": a ruler by style and given name, while in office.
  for (const leader of LEADERS) {
    for (const called of leader.called ?? []) {
      for (let at = sentence.text.indexOf(called); at >= 0; at = sentence.text.indexOf(called, at + called.length)) {
        // (Not the start of another's name: "Sheikh Mohamed bin Rashid" is not "Sheikh Mohamed bin Zayed".)
        const father = /^\s+(?:bin|Bin|ibn)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(sentence.text.slice(at + called.length))?.[1];
        if (father && !leader.name.includes(` ${father}`)) continue;
        // (Nor "Sheikh Nawaf Al-Khalid …", another Sheikh Nawaf: a further name word must be the leader's.)
        const further = /^\s+((?:Al|al)-\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]+)/u.exec(sentence.text.slice(at + called.length))?.[1];
        if (!father && further && isNameWord({ text: further, capital: true, start: 0, end: further.length }) && !leader.name.split(' ').includes(further)) continue;
        const titles = postsOn(leader, published);
        if (titles.length === 0) continue;
        // (The span is the name's, without a post before the style.)
        const span = { start: sentence.start + at + Math.max(0, called.indexOf('Sheikh')), end: sentence.start + at + called.length };
        for (const title of titles) mentions.push({ ...span, name: leader.name, title, titleRaw: called, titleSpan: span, country: leader.country, countryFrom: 'known', sentence: index, partial: false });
      }
    }
  }
  for (const match of sentence.text.matchAll(WORD)) {
    if (!CAPITAL.test(match[0])) continue;
    const word = match[0].replace(/[’']s$/, '');
    const cyrillic = CYRILLIC.test(word);
    const candidates = byName.get(foldRu(word));
    if (!candidates) continue;
    const before = sentence.text.slice(Math.max(0, match.index - 40), match.index);
    const after = sentence.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
    if (NAMED_AFTER.test(/^\s+([\p{L}]+)/u.exec(after)?.[1] ?? '')) continue;
    // "Marcos Peña": a leader's surname followed by a name (no common word, as in a headline's "Putin Meets …") is
    // another person's first name.
    const next = /^\s+([\p{Lu}][\p{L}’'-]+)/u.exec(after)?.[1];
    if (!cyrillic && next && !isCommonWord(next.toLowerCase()) && isNameWord({ text: next, capital: true, start: 0, end: next.length })) continue;
    // ("Университета Алиева", "аэропорт имени Алиева": Russian names the thing first.)
    if (cyrillic && NAMED_AFTER_RU.test(foldRu(/([\p{L}]+)\.?\s+$/u.exec(before)?.[1] ?? ''))) continue;
    const fitting = candidates.filter((leader) => {
      const other = otherFirstName(before, leader, cyrillic);
      if (other === true) return false;
      // Named bare: only a surname that is nobody else's and no common word ("Rice", "Fall").
      if (other === undefined && (leader.bare === false || (!cyrillic && isCommonWord(word.toLowerCase())))) return false;
      // A report of unknown date (`published` is today's): a leader in office today, one named in full, or one named
      // with the head of a post they held ("Secretary Pompeo spoke with …" in an undated readout).
      return postsOn(leader, published).length > 0 || (undated && (other === false || titledAs(before, leader)));
    });
    if (fitting.length !== 1) continue;
    const leader = fitting[0]!;
    // "Queen Elizabeth II", "Королеве Елизавете II": a ruler only with the number.
    const number = regnal(leader.name);
    const numbered = number ? new RegExp(`^\\s+${number}(?![\\p{L}])`, 'u').exec(after) : null;
    if (number && !numbered) continue;
    // With its first name the span covers both words (a bare surname is a single word).
    const first = otherFirstName(before, leader, cyrillic) === false ? /([\p{Lu}][\p{L}’'-]*\.?)\s*$/u.exec(before) : null;
    const start = sentence.start + match.index - (first ? before.length - first.index : 0);
    const span = { start, end: sentence.start + match.index + word.length + (numbered ? numbered[0].length : 0) };
    // (Of unknown date: the post only if the leader held no other, else the country alone.)
    const current = postsOn(leader, published);
    const titles = current.length || !undated ? current : [...new Set(leader.terms.map((term) => term.title))];
    if (undated && titles.length > 1) {
      mentions.push({ ...span, name: leader.name, country: leader.country, countryFrom: 'known', sentence: index, partial: false });
      continue;
    }
    titles.forEach((title) => {
      mentions.push({
        ...span, name: leader.name, title, titleRaw: word, titleSpan: span,
        country: leader.country, countryFrom: 'known', sentence: index, partial: false,
      });
    });
  }
  return mentions;
}

/** The Russian spelling of a leader, to keep as a variant of the English name. */
export function leaderNative(name: string): string | undefined {
  return LEADERS.find((leader) => leader.name === name)?.ru;
}
