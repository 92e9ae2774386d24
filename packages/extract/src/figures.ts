import type { Money, PartialDate } from '@bilat/domain';
import { otherSide, type Context } from './context.js';
import type { DateMention } from './dates.js';
import { STATISTICS_OFFICES, countryAdjective, countryName, findParties, lookupParty, publisherCountry, type PartyMention } from './gazetteer.js';
import type { MoneyMention } from './money.js';
import { FISCAL_YEAR_START, findPeriods, fiscalSpan } from './periods.js';
import type { Sentence, Span } from './segment.js';

export interface DraftTrade {
  reporter: string;
  partner: string;
  period: { start: PartialDate; end?: PartialDate };
  flow: 'export' | 'import' | 'turnover';
  value: Money;
  /** How the reporting side is known. */
  reporterFrom: 'statistics' | 'possessive' | 'publisher' | 'text';
  spans: Span[];
  sentence: number;
}

export interface DraftInvestment {
  from: string;
  to: string;
  reporter?: string;
  kind: 'gross-inflow' | 'net-inflow' | 'outflow' | 'stock';
  span: { start: PartialDate; end?: PartialDate };
  cumulative: boolean;
  value: Money;
  spans: Span[];
  sentence: number;
  /** False when a direction was taken from the text's pair rather than read. */
  directionStated: boolean;
}

export interface DraftIndicator {
  measure: string;
  label: string;
  subject: string;
  partner?: string;
  value: string;
  unit: string;
  asOf: PartialDate;
  asOfQualifier: 'stated' | 'reported';
  spans: Span[];
  sentence: number;
}

export interface Figures {
  trade: DraftTrade[];
  investment: DraftInvestment[];
  indicators: DraftIndicator[];
}

// "КНР поставила в РФ товаров на …": a side's deliveries of goods to the other are its exports.
const TRADE_WORD = /(?<![\p{L}])(exports?|imports?|trade|turnover|trading|товарооборот\p{L}*|торгов\p{L}*|экспорт\p{L}*|импорт\p{L}*|постав(?:ил|ила|или|ило)(?=\s+(?:в\s+\S+\s+)?(?:товар|продукци)))(?![\p{L}])/giu;
const INVEST_WORD = /(?<![\p{L}])(invest(?:ment|ments|ed|or|ors)?|inflows?|инвестиц\p{L}*|вложени\p{L}*)(?![\p{L}])/giu;
const TARGET = /\b(?:target|aim|goal|bring|to reach|plans? to|would allocate|will allocate|allocate|loans?|grants?|(?:worth|of) up to)\b/i;
/** "довести товарооборот до 10 млрд", "с целью увеличить до …": a target, not a figure. */
const RU_TARGET = /(?<![\p{L}])(?:довести|доведени\p{L}*|увеличить|нарастить|цел\p{L}*|планиру\p{L}*|намерен\p{L}*|може[тм]|могут|ожида\p{L}*|прогноз\p{L}*|превысит|превысить|составит|достигнет)(?![\p{L}])/iu;
/** "is expected to reach", "could exceed", "forecast at": a forecast, not a figure. */
const FORECAST = /\b(?:(?:is|are)\s+expected\s+to|could\s+(?:reach|exceed|top|hit)|forecasts?|projected\s+to|will\s+(?:reach|exceed|top|hit))\b/i;
const STATS = /\b(?:statistic(?:s|al)|customs|data|figures|bureau)\b/i;

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  for (const match of text.matchAll(pattern)) found = match as RegExpExecArray;
  return found;
}

/** The side whose statistics a sentence cites: "according to Statistics Lithuania", "Uzbek statistics show". */
function citedReporter(context: Context, sentence: Sentence, pair: [string, string]): string | undefined {
  for (const [office, code] of Object.entries(STATISTICS_OFFICES)) if (sentence.text.includes(office) && pair.includes(code)) return code;
  const phrases = [
    /according to (?:the )?([^,.;]+)/i.exec(sentence.text)?.[1],
    /([^,.;]+?)\s+(?:reported|data show|statistics show|figures show|says|said)\b/i.exec(sentence.text)?.[1],
  ];
  for (const phrase of phrases) {
    if (!phrase || !STATS.test(phrase)) continue;
    const party = findParties(phrase).find((p) => pair.includes(p.code));
    if (party) return party.code;
  }
  return undefined;
}

function sentencePair(context: Context, index: number): [string, string] | undefined {
  const codes = [...new Set(context.parties[index]!.map((p) => p.code))];
  const pair = context.pair;
  if (codes.length >= 2) {
    const inPair = pair ? codes.filter((c) => pair.includes(c)) : [];
    return inPair.length === 2 ? (inPair as [string, string]) : [codes[0]!, codes[1]!];
  }
  if (codes.length === 1 && pair && !pair.includes(codes[0]!)) return [codes[0]!, pair[0]];
  return pair;
}

/** A date for a figure: in its own stretch of the sentence first, then after it, then anywhere in the sentence. */
function periodFor(context: Context, index: number, from: number, to: number, next: number, dates: DateMention[]): DateMention | undefined {
  // A deadline already past is a period ("by the end of 2021, trade amounted to …"); one to come is a target's.
  // Compared at the coarser precision of the two: "2024-01" is not after a report dated only "2024".
  const notAfter = (from: string) => from.slice(0, context.published.length) <= context.published.slice(0, from.length);
  const usable = dates.filter((d) => (!d.deadline || d.from < context.published.slice(0, d.from.length)) && notAfter(d.from) && !comparedWith(context, d));
  // "6,3 billion dollars in 2023, and 1,4 billion in January–March": a date right after the amount before is that amount's.
  const previous = (d: DateMention) => /^\s*(?:in|for|during|over|в|за)?\s*$/iu.test(context.text.slice(from, d.start)) && from > context.sentences[index]!.start;
  return usable.filter((d) => d.start >= from && d.end <= to && !previous(d)).at(-1)
    ?? usable.find((d) => d.start >= to && d.end <= next)
    ?? usable.sort((a, b) => Math.abs(a.start - to) - Math.abs(b.start - to))[0];
}

/**
 * "soaring from 3.52 billion US dollars in the same period last year, to 5.83 billion US dollars this year": a
 * relative year right after an amount is that amount's, and stands for the span of months the sentence names
 * ("the first half of 2021") moved to that year.
 */
function ownYear(context: Context, dates: DateMention[], amount: MoneyMention): DateMention | undefined {
  const after = dates.find((d) => d.start >= amount.end && d.kind === 'year' && d.relative
    && /^\s*,?\s*(?:(?:in|for|during|over)\s+)?(?:the\s+same\s+period\s+(?:of\s+|in\s+)?)?$/i.test(context.text.slice(amount.end, d.start)));
  if (!after) return undefined;
  const months = dates.filter((d) => (d.kind === 'span' || d.kind === 'part') && d.to && d.from.length === 7 && d.to.length === 7 && d.from.slice(0, 4) === d.to.slice(0, 4));
  if (months.length !== 1) return after;
  const year = after.from.slice(0, 4);
  return { ...after, from: `${year}${months[0]!.from.slice(4)}`, to: `${year}${months[0]!.to!.slice(4)}`, kind: 'span' };
}

/** "compared to the same period last year", "по сравнению с 2015 годом": the date a figure is compared with, not its own. */
function comparedWith(context: Context, date: DateMention): boolean {
  const before = context.text.slice(Math.max(0, date.start - 45), date.start);
  // "from January through September 2022": "from" opens the figure's own span.
  if (date.kind === 'span' && /\bfrom\s+$/i.test(before)) return false;
  return /\b(?:compared\s+(?:to|with)|than|against|from)\s+(?:the\s+)?(?:same\s+period\s+(?:of\s+)?)?(?:in\s+)?$/i.test(before)
    || /(?:по\s+сравнению\s+с|чем|против)\s+(?:аналогичным\s+периодом\s+)?(?:в\s+)?$/iu.test(before);
}

/**
 * The dates a figure of sentence `index` may take: its figure periods (periods.ts) first, a fiscal year read by the
 * fiscal year of the side that counts by one (the publisher's, else the one side of the pair that does), then the
 * sentence's other dates.
 */
function figureDates(context: Context, index: number, pair: [string, string]): DateMention[] {
  const sentence = context.sentences[index]!;
  const { periods, fiscal } = findPeriods(sentence.text, context.published, sentence.start);
  const counting = pair.filter((code) => FISCAL_YEAR_START[code]);
  const publisher = figurePublisher(context);
  const country = publisher && counting.includes(publisher) ? publisher : counting.length === 1 ? counting[0] : undefined;
  const own = [...periods, ...fiscal.filter((f) => f.named || country).map((f) => fiscalSpan(f, country))];
  const rest = context.dates[index]!.filter((d) => !own.some((o) => d.start < o.end && d.end > o.start));
  return [...own, ...rest].sort((a, b) => a.start - b.start);
}

/**
 * Whose figures a report gives when it cites no body: the publisher's country, or the agency's an outlet relays
 * ("LatestLY (relaying PTI)", "Life.ru (citing TASS)"): the figures are that agency's text; or the country whose
 * domain names the site.
 */
function figurePublisher(context: Context): string | undefined {
  if (context.publisherCountry) return context.publisherCountry;
  const publisher = context.publisher ?? '';
  // "Malay Mail (Bernama)", "Life.ru (citing TASS)", "m24.ru (Moskva 24, citing TASS)": the agency in brackets.
  const bracketed = /\(([^()]+)\)/.exec(publisher)?.[1];
  const agency = bracketed ? publisherCountry(bracketed.replace(/^.*?\b(?:relaying|via|citing)\s+/i, '')) : undefined;
  if (agency) return agency;
  // "Avesta.Tj", "Kant.kg", "24.kz": a site named by its address in a country's domain (those of the region whose
  // domains are not let to others).
  const domain = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(am|az|by|ge|kg|kz|md|mn|ru|tj|tm|ua|uz)\b/iu.exec(publisher.trim())?.[1];
  return domain ? domain.toUpperCase() : undefined;
}

function period(mention: DateMention): { start: PartialDate; end?: PartialDate } {
  return mention.to ? { start: mention.from, end: mention.to } : { start: mention.from };
}

function adjectiveBefore(text: string, at: number, offset: number): PartyMention | undefined {
  const before = text.slice(Math.max(0, at - offset - 30), at - offset);
  const mentions = findParties(before);
  const last = mentions.at(-1);
  return last && /^\s*(?:'s\s+)?(?:direct\s+|total\s+|gross\s+)?$/.test(before.slice(last.end)) ? last : undefined;
}

/** Trade, investment and indicator figures of a text. */
export function findFigures(context: Context): Figures {
  const figures: Figures = { trade: [], investment: [], indicators: [] };
  // A sentence that continues the one before ("Kazakh exports amounted to …") keeps its period.
  let carried: { date: DateMention; paragraph: number } | undefined;
  // "Trade grew … In 2017 it amounted to 3.6 billion": the figure of the sentence before, named by a pronoun.
  let lastKind: { kind: 'trade' | 'investment'; paragraph: number; sentence: number } | undefined;
  context.sentences.forEach((sentence, index) => {
    if (sentence.paragraph === 1 && !/[.!?]$/.test(sentence.text)) return;
    findIndicators(context, sentence, index, figures.indicators);
    const money = context.money[index]!;
    const words = context.text.slice(sentence.start, sentence.end);
    if (/(?<![\p{L}])(?:товарооборот|взаимн\p{L}*\s+торговл)/iu.test(words) || /\b(?:trade\s+turnover|(?:bilateral|two-way|mutual)\s+trade)\b/i.test(words)) lastKind = { kind: 'trade', paragraph: sentence.paragraph, sentence: index };
    if (money.length === 0) return;
    const pair = sentencePair(context, index);
    if (!pair) return;
    let previousKind: 'trade' | 'investment' | undefined;
    let previousFlow: DraftTrade['flow'] = 'turnover';
    const dates = figureDates(context, index, pair);
    money.forEach((amount, i) => {
      const windowStart = i === 0 ? sentence.start : money[i - 1]!.end;
      const window = context.text.slice(windowStart, amount.start);
      if (TARGET.test(window) || RU_TARGET.test(window) || FORECAST.test(window)) return;
      // "RM336.73 billion (US$76.40 billion)" (en-479): an amount in brackets right after another is its conversion; the
      // sum as stated is the figure.
      if (i > 0 && /^\s*\(\s*(?:about|around|approximately|some|or)?\s*$/i.test(window)) return;
      const trade = lastMatch(TRADE_WORD, window);
      const invest = lastMatch(INVEST_WORD, window);
      const pronoun = /(?<![\p{L}])(?:он|она|оно|it|this figure|the figure)(?![\p{L}])/iu.test(window) && lastKind && lastKind.sentence >= index - 2 ? lastKind.kind : undefined;
      // "$2.2 billion of Chinese investments were implemented": the word after the amount names it.
      const after = /^\s*(?:of|in|worth\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:investments?|trade|exports?|imports?)\b/iu.exec(context.text.slice(amount.end, amount.end + 60))?.[0];
      const afterKind = after ? (/invest/i.test(after) ? 'investment' : 'trade') : undefined;
      const kind = trade && (!invest || trade.index > invest.index) ? 'trade' : invest ? 'investment' : (previousKind ?? afterKind ?? pronoun);
      if (!kind) return;
      previousKind = kind;
      lastKind = { kind, paragraph: sentence.paragraph, sentence: index };
      const next = money[i + 1]?.start ?? sentence.end;
      const date = (ownYear(context, dates, amount) ?? periodFor(context, index, windowStart, amount.start, next, dates)) ?? (carried?.paragraph === sentence.paragraph ? carried.date : undefined);
      if (!date) return;
      carried = { date, paragraph: sentence.paragraph };
      const spans: Span[] = [{ start: amount.start, end: amount.end }, { start: date.start, end: date.end }];
      if (kind === 'trade') {
        const word = trade?.[1]?.toLowerCase();
        const flow: DraftTrade['flow'] = word ? (/^(?:export|экспорт|постав)/.test(word) ? 'export' : /^(?:import|импорт)/.test(word) ? 'import' : 'turnover') : previousFlow;
        previousFlow = flow;
        if (trade) spans.push({ start: windowStart + trade.index, end: windowStart + trade.index + trade[0].length });
        figures.trade.push(tradeFigure(context, sentence, index, pair, amount, flow, trade ? windowStart + trade.index : undefined, date, spans));
      } else {
        const investment = investmentFigure(context, sentence, index, pair, amount, windowStart, date, spans);
        if (investment) figures.investment.push(investment);
      }
    });
  });
  return figures;
}

/** "по нашей статистике", "по нашим данным", "according to our data": the speaker's own side's figures. */
const OUR_DATA = /(?<![\p{L}])(?:по\s+наш\p{L}*\s+(?:статистик\p{L}*|данны\p{L}*|подсч[её]т\p{L}*|оценк\p{L}*)|according\s+to\s+our\s+(?:statistics|data|figures|estimates|calculations))(?![\p{L}])/iu;
/** A verb of saying: "<Name> отметил, что …", "– сообщил <кто>", "<Name> said". */
const SAY_VERB = /(?<![\p{L}])(?:отметил|заявил|сказал|сообщил|подчеркнул|добавил|said|says|noted|stressed|added|told)(?:[аи]|о)?(?![\p{L}])/giu;

/**
 * Whose statistics "our statistics" are: the speaker's. The speaker is named after the quote
 * ("… превысили $900 млн, – сообщил узбекский министр"), else before it: the nearest verb of saying of the
 * paragraph or the one before, up to the figure, and the person or the party named in its clause ("глава узбекского ведомства
 * <Name> отметил, что …"); a side of the pair.
 */
function speakerReporter(context: Context, sentence: Sentence, index: number, pair: [string, string]): string | undefined {
  const ours = OUR_DATA.exec(sentence.text);
  if (!ours) return undefined;
  const sides = (i: number, from: number, to: number) => context.parties[i]!.filter((p) => p.start >= from && p.end <= to && pair.includes(p.code));
  for (let i = index; i <= index + 1 && i < context.sentences.length && context.sentences[i]!.paragraph === sentence.paragraph; i++) {
    const { text, start } = context.sentences[i]!;
    for (const after of text.matchAll(/[–—]\s*(?:отметил|заявил|сказал|сообщил|подчеркнул|добавил)\p{L}*\s+/gu)) {
      const at = start + after.index + after[0].length;
      const party = sides(i, at, at + 40)[0];
      if (party) return party.code;
    }
  }
  // (A quote often opens a paragraph of its own, its speaker named in the paragraph before.)
  for (let i = index; i >= 0 && context.sentences[i]!.paragraph >= sentence.paragraph - 1; i--) {
    const { text, start } = context.sentences[i]!;
    const verbs = [...text.matchAll(SAY_VERB)].filter((verb) => i < index || verb.index < ours.index);
    for (const verb of verbs.reverse()) {
      const at = start + verb.index;
      const clause = start + Math.max(0, ...[',', '–', '—', ':', '"', '«'].map((mark) => text.lastIndexOf(mark, verb.index) + 1));
      const person = context.personMentions[i]!.filter((m) => m.span.end <= at && m.span.start >= clause && m.person.country && pair.includes(m.person.country)).at(-1);
      if (person) return person.person.country;
      const party = sides(i, clause, at).at(-1);
      if (party) return party.code;
    }
  }
  return undefined;
}

const SAID = /^\s*(?:said|says|noted|stressed|added|told|pointed\s+out|заявил|сказал|отметил|сообщил|подчеркнул|добавил)\p{L}*/iu;
/** A bare post naming a speaker already met ("…", сказал посол): the English word its titles hold. */
const BARE_POSTS: [RegExp, RegExp][] = [
  [/^(?:посол|ambassador)$/i, /Ambassador/], [/^(?:министр|minister)$/i, /Minister/], [/^(?:вице-премьер|deputy\s+prime\s+minister)$/i, /Deputy Prime Minister/],
  [/^(?:президент|president)$/i, /President/], [/^(?:премьер|премьер-министр|prime\s+minister)$/i, /Prime Minister/],
];

/**
 * Whose figure an official gives (a body the text cites): the country of the person who "said" it, in its sentence
 * ("Ambassador <Name> said that … trade reached …", "… $<n>, <Name> said", "according to <Name>"), or, for a figure
 * inside a quotation, of the speaker named after the closing quote ("…", сказал посол), a bare post standing for the
 * person of that post met before. A side of the pair, else undefined.
 */
function saidBy(context: Context, sentence: Sentence, index: number, pair: [string, string], amount: MoneyMention): string | undefined {
  const text = context.text;
  const speakers = context.personMentions[index]!.filter(({ person, span }) => person.country && pair.includes(person.country)
    && (SAID.test(text.slice(span.end, span.end + 24)) || /(?:according\s+to|по\s+словам)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, span.start - 40), span.start))));
  const nearest = speakers.sort((a, b) => Math.abs(a.span.start - amount.start) - Math.abs(b.span.start - amount.start))[0];
  if (nearest) return nearest.person.country;
  // A quotation: opened before the figure in its paragraph, closed after it by a verb of saying and its speaker.
  const paragraph = context.sentences.filter((s) => s.paragraph === sentence.paragraph);
  const from = paragraph[0]!.start;
  const to = paragraph.at(-1)!.end;
  if (!/(?:^|[\s(])["«“]/u.test(text.slice(from, amount.start))) return undefined;
  const closing = /["»”][,.]?\s*[,–—-]*\s*(?:said|says|added|noted|сказал|заявил|отметил|сообщил|подчеркнул|добавил)\p{L}*\s+([^.]{0,80})/u.exec(text.slice(amount.end, to));
  if (!closing) return undefined;
  const at = amount.end + closing.index + closing[0].length - closing[1]!.length;
  const named = context.personMentions.flat().find(({ person, span }) => span.start >= at && span.start < at + 60 && person.country && pair.includes(person.country));
  if (named) return named.person.country;
  const post = /^(?:the\s+)?([\p{L}-]+(?:\s+prime\s+minister)?)/iu.exec(closing[1]!)?.[1];
  const english = post ? BARE_POSTS.find(([word]) => word.test(post))?.[1] : undefined;
  if (!english) return undefined;
  const holders = context.people.people.filter((p) => p.country && pair.includes(p.country) && p.titles.some((t) => english.test(t.title) && t.sentence <= index));
  const countries = [...new Set(holders.map((p) => p.country!))];
  return countries.length === 1 ? countries[0] : undefined;
}

function tradeFigure(context: Context, sentence: Sentence, index: number, pair: [string, string], amount: MoneyMention, flow: DraftTrade['flow'], wordAt: number | undefined, date: DateMention, spans: Span[]): DraftTrade {
  let reporter = citedReporter(context, sentence, pair) ?? speakerReporter(context, sentence, index, pair);
  let reporterFrom: DraftTrade['reporterFrom'] = 'statistics';
  const possessive = /\b([\p{Lu}][\p{L} ]+?)'s\s+(?:trade|exports|imports|turnover)\b/u.exec(sentence.text);
  if (!reporter && possessive && lookupParty(possessive[1]!) && pair.includes(lookupParty(possessive[1]!)!.code)) {
    reporter = lookupParty(possessive[1]!)!.code;
    reporterFrom = 'possessive';
  }
  if (!reporter) reporter = saidBy(context, sentence, index, pair, amount);
  const publisher = figurePublisher(context);
  if (!reporter && publisher && pair.includes(publisher)) {
    reporter = publisher;
    reporterFrom = 'publisher';
  }
  if (!reporter) {
    // "The first place went to China, trade turnover with which …" in a report on Uzbekistan's trade: the sentence's
    // third country is the partner, the report's own side the reporter.
    const own = context.pair ? pair.filter((code) => context.pair!.includes(code)) : [];
    reporter = own.length === 1 ? own[0]! : pair[0];
    reporterFrom = 'text';
  }
  const partner = pair.find((code) => code !== reporter) ?? otherSide(context, reporter) ?? pair[1];
  let actual = flow;
  if (flow !== 'turnover' && wordAt !== undefined) {
    // "Uzbek exports to Kazakhstan" reported by Kazakhstan are Kazakhstan's imports.
    const trader = adjectiveBefore(context.text, wordAt, 0);
    const after = context.text.slice(wordAt, amount.start);
    const counterpart = /\b(to|from|into)\s+(?:the\s+)?([\p{Lu}][\p{L} ]+?)\b(?=\s|,|$)/u.exec(after);
    const counterCode = counterpart ? findParties(counterpart[2]!)[0]?.code : undefined;
    if (counterCode && (counterCode === reporter || counterCode === partner)) {
      // The preposition says where the goods go: "imports to Kazakhstan", "exports to Hungary" go into that country;
      // "exports from Kazakhstan" come out of it. Into the reporter is its import, out of it its export.
      const into = counterpart![1] === 'from' ? counterCode !== reporter : counterCode === reporter;
      actual = into ? 'import' : 'export';
    } else if (trader && trader.code === partner) actual = flow === 'export' ? 'import' : 'export';
  }
  return { reporter, partner, period: period(date), flow: actual, value: amount.value, reporterFrom, spans, sentence: index };
}

function investmentFigure(context: Context, sentence: Sentence, index: number, pair: [string, string], amount: MoneyMention, windowStart: number, date: DateMention, spans: Span[]): DraftInvestment | undefined {
  const window = context.text.slice(windowStart, Math.min(sentence.end, amount.end + 60));
  let from: string | undefined;
  let to: string | undefined;
  const fromTo = /\bfrom\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)\s+(?:to|into|in)\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)/u.exec(window);
  if (fromTo) {
    from = lookupParty(fromTo[1]!)?.code;
    to = lookupParty(fromTo[2]!)?.code;
  }
  if (!from) {
    const investor = /\b([\p{Lu}][\p{L}]+)(?:'s)?\s+(?:direct\s+|foreign\s+)?(?:investment|investments|investors?|companies\s+have\s+invested|business(?:es)?\s+(?:have|has)\s+invested)\b/u.exec(window);
    from = investor ? lookupParty(investor[1]!)?.code : undefined;
  }
  if (!to) {
    const target = /\b(?:in|into)\s+(?:the\s+)?([\p{Lu}][\p{L}]+)(?:'s)?(?:\s+economy)?/u.exec(window.replace(/\bfrom\s+\S+\s+/, ''));
    to = target ? lookupParty(target[1]!)?.code : undefined;
  }
  const directionStated = Boolean(from && to);
  if (from && !to) to = pair.find((c) => c !== from);
  if (to && !from) from = pair.find((c) => c !== to);
  if (!from || !to || from === to) return undefined;
  const text = context.text.slice(windowStart, amount.end);
  const kind: DraftInvestment['kind'] = /\bnet\b/i.test(text) ? 'net-inflow' : /\bstock\b/i.test(text) ? 'stock' : /\boutflow/i.test(text) ? 'outflow' : 'gross-inflow';
  const span = period(date);
  return {
    from, to, reporter: context.publisherCountry && pair.includes(context.publisherCountry) ? context.publisherCountry : undefined, kind, span,
    cumulative: span.end !== undefined && span.end !== span.start, value: amount.value, spans, sentence: index, directionStated,
  };
}

const INDICATOR = /(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)\s+(companies|enterprises|firms|joint ventures|businesses)\s+with\s+([\p{Lu}][\p{L}]+)\s+(capital|participation|investment|investors)\b(?:,?\s+[^.]*?)?\s+(?:(?:were|are|was|is|have been|had been)\s+)?(?:operating|operate|operated|registered|working|active|functioning)\s+in\s+(?:the\s+)?([\p{Lu}][\p{L}]+|country)/gu;

// "в Узбекистане функционируют около 600 совместных предприятий с участием казахстанского капитала", "в Казахстане
// работают более 1 тыс предприятий с участием узбекского капитала": where, how many, whose capital.
const RU_WHERE = String.raw`(?<![\p{L}])[вВ]о?\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)`;
const RU_WORK = String.raw`(?:(?:уже|сейчас|ныне|успешно)\s+)?(?:функциониру\p{L}*|работа\p{L}*|действу\p{L}*|зарегистрирован\p{L}*|открыт\p{L}*)`;
const RU_COUNT = String.raw`(?:(?:около|более|свыше|порядка|почти|примерно|более\s+чем)\s+)?(\d+(?:[.,]\d+)?)\s*(тыс\.?|тысяч\p{L}*)?\s+(совместн\p{L}*\s+)?(предприяти\p{L}*|компани\p{L}*|фирм\p{L}*)\s+с\s+(?:участием\s+)?(\p{Ll}+)\s+(?:капитал\p{L}*|инвестиц\p{L}*)`;
/** Where first ("в Узбекистане функционируют около 600 …"), or the count first ("… капитала работают в Казахстане"). */
const RU_INDICATORS = [
  { pattern: new RegExp(`${RU_WHERE}\\s+${RU_WORK}\\s+${RU_COUNT}`, 'gu'), where: 1, count: 2 },
  { pattern: new RegExp(`${RU_COUNT}\\s+${RU_WORK}\\s+${RU_WHERE}`, 'gu'), where: 6, count: 1 },
];
const RU_UNITS: [RegExp, string][] = [[/^компани/, 'companies'], [/^фирм/, 'firms'], [/^предприяти/, 'enterprises']];

/** The same counts said in Russian, read into the English measure, unit and label. */
function findRussianIndicators(context: Context, sentence: Sentence, index: number, out: DraftIndicator[]): void {
  for (const { pattern, where, count } of RU_INDICATORS) {
    for (const match of sentence.text.matchAll(pattern)) {
      const subject = findParties(match[where]!)[0]?.code;
      const partner = findParties(match[count + 4]!).find((p) => p.adjective)?.code;
      const start = sentence.start + match.index;
      if (!partner || !subject || partner === subject || out.some((o) => o.sentence === index && o.spans[0]!.start < start + match[0].length && start < o.spans[0]!.end)) continue;
      const number = Number(match[count]!.replace(',', '.')) * (match[count + 1] ? 1000 : 1);
      if (!Number.isInteger(number)) continue;
      const joint = Boolean(match[count + 2]);
      const unit = joint ? 'joint ventures' : RU_UNITS.find(([word]) => word.test(match[count + 3]!))![1];
      const capital = countryAdjective(partner) ?? countryName(partner);
      pushIndicator(context, index, out, { start, end: start + match[0].length }, {
        measure: joint ? 'joint-ventures-with-partner-capital' : 'companies-with-partner-capital',
        label: `${unit[0]!.toUpperCase()}${unit.slice(1)} with ${capital} capital operating in ${countryName(subject)}`,
        subject, partner, value: String(number), unit,
      });
    }
  }
}

/** An indicator dated by the day or month nearest it in its sentence, else by the report. */
function pushIndicator(context: Context, index: number, out: DraftIndicator[], span: Span, fields: Pick<DraftIndicator, 'measure' | 'label' | 'subject' | 'partner' | 'value' | 'unit'>): void {
  const dates = context.dates[index]!.filter((d) => d.kind === 'day' || d.kind === 'month');
  const asOf = dates.sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start))[0];
  const spans: Span[] = [span];
  if (asOf) spans.push({ start: asOf.start, end: asOf.end });
  out.push({ ...fields, asOf: asOf ? asOf.from : context.published, asOfQualifier: asOf ? 'stated' : 'reported', spans, sentence: index });
}

function findIndicators(context: Context, sentence: Sentence, index: number, out: DraftIndicator[]): void {
  if (/\p{Script=Cyrillic}/u.test(sentence.text)) {
    findRussianIndicators(context, sentence, index, out);
    return;
  }
  for (const match of sentence.text.matchAll(INDICATOR)) {
    const partner = lookupParty(match[3]!)?.code;
    const subject = match[5] === 'country' ? otherSide(context, partner) : lookupParty(match[5]!)?.code;
    if (!partner || !subject || partner === subject) continue;
    const start = sentence.start + match.index;
    const dates = context.dates[index]!.filter((d) => d.kind === 'day' || d.kind === 'month');
    const asOf = dates.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
    const unit = match[2]!.toLowerCase();
    const spans: Span[] = [{ start, end: start + match[0].length }];
    if (asOf) spans.push({ start: asOf.start, end: asOf.end });
    out.push({
      // One measure for companies, enterprises and firms, so counts from different reports line up.
      measure: unit === 'joint ventures' ? 'joint-ventures-with-partner-capital' : 'companies-with-partner-capital',
      label: `${unit[0]!.toUpperCase()}${unit.slice(1)} with ${match[3]} ${match[4]} operating in ${countryName(subject)}`,
      subject, partner, value: match[1]!.replace(/[,\u00a0 ]/g, ''), unit,
      asOf: asOf ? asOf.from : context.published, asOfQualifier: asOf ? 'stated' : 'reported', spans, sentence: index,
    });
  }
}
