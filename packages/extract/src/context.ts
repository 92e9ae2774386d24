import type { PartialDate } from '@bilat/domain';
import { findDates, type DateMention } from './dates.js';
import { findCities, findParties, lookupParty, namesCurrency, opensOutletName, partyByStateWord, publisherCountry, type CityMention, type PartyMention } from './gazetteer.js';
import { findMoney, type MoneyMention } from './money.js';
import { findLeaders, leaderNative } from './leaders.js';
import { applyHeldPeople, findHeldPeople } from './held-people.js';
import { findListedHolders, mergeListedHolders } from './listed-holders.js';
import { findListedPeople, findMinistersWithFields } from './listed-people.js';
import { findTitledPeople, isNameWord, tidyName } from './people.js';
import { nameKey, namesAgree, PersonRegistry, type TextPerson } from './registry.js';
import { credentialsHost, findEnvoy, findRussianPeople, namesOfPluralPost, pluralPostAtEnd, type PluralPost } from './russian-people.js';
import { firstNameOf, ownRepublic } from './references.js';
import { splitSentences, type Sentence, type Span } from './segment.js';
import { counterpartTitle } from './titles.js';
import { isCommonWord, tokensOf, type Token } from './words.js';

/** Everything found in the text before facts are put together, sentence by sentence. */
export interface Context {
  text: string;
  published: PartialDate;
  publisher?: string;
  publisherCountry?: string;
  sentences: Sentence[];
  dates: DateMention[][];
  money: MoneyMention[][];
  parties: PartyMention[][];
  cities: CityMention[][];
  people: PersonRegistry;
  /** Every mention of a person (titled, or a name or surname met before), by sentence. */
  personMentions: { person: TextPerson; span: Span }[][];
  /** The two parties the text is about, most mentioned first. */
  pair?: [string, string];
  /** Date mentions already taken by a fact, so one date is not given to two events. */
  claimed: Set<DateMention>;
  /** A dateline city ("Astana, 28 May 2024 –"), where the report was written. */
  dateline?: CityMention;
}

/** Publishers that are a foreign ministry or speak for one ("Embassy of Poland in Vilnius (Polish MFA)"). */
const FOREIGN_MINISTRY_PUBLISHER = /\b(?:Ministry of Foreign Affairs|Foreign Ministry|MFA|Ministry of External Affairs)\b|МИД|Министерство иностранных дел/u;
/** "; envoys of the President of", ", special envoys of the King of": who the people listed before were sent by. */
/**
 * "The South African delegation to the BNC will comprise <Name>, <Post>; <Name>, <Post>; …" (en-608): a delegation named
 * by its country's adjective, then whom it comprises, includes or is led by.
 */
// (Or "Prominent among the <Adj> delegation are <Title> A and <Title> B": those named after it.)
const DELEGATION_OF = /\b[Tt]he\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+delegation\b[^.;:]{0,60}?\b(?:(?:will|would|shall)\s+)?(?:comprise[sd]?|include[sd]?|consist(?:s|ed)?\s+of|(?:is|was|will\s+be)\s+(?:led|headed)\s+by)\s|\b[Aa]mong\s+the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+delegation\s+(?:are|were|is|was)\s/u;
/** "<A> was accompanied by", "<A> will be accompanied to the talks by", "<A>, accompanied by": who goes with A follows. */
const ACCOMPANIED_BY = /\b(?:(?:is|was|were|are|will\s+be|would\s+be|has\s+been|had\s+been)\s+|,\s*)accompanied\s+(?:(?:to|at|on|during)\s+[^,.;]{1,40}?\s+)?by\s/;
/** Where a list of those who go with someone ends: a clause of its own, or the one they go to meet. */
const LIST_CLAUSE = /\b(?:as|while|when|where|who|which|met|meets|held|holds|for\s+(?:talks|a\s+meeting)|to\s+(?:meet|hold|attend|call)|during|at\s+the\s+invitation)\b|[;:]/;
/** States whose adjective the press also writes for another: "Guinean" for Guinea-Bissau's or Equatorial Guinea's, "Congolese" for either Congo's. */
const SHARED_ADJECTIVES: Record<string, string[]> = { GN: ['GW', 'GQ'], CG: ['CD'], CD: ['CG'] };
const ENVOYS_OF = /[;,]\s*(?:the\s+)?(?:special\s+)?envoys\s+of\s+(?:the\s+)?(?:(?:President|King|Emir|Sultan|Prime Minister|Government|leadership)\s+of\s+(?:the\s+)?)?/;

/** A minister's post said without its portfolio. */
const BARE_MINISTER = /^(?:(?:First )?(?:Deputy|Vice) )?Minister$/;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A page known only by its year ("2022", from the text) reads "this Friday" as no more than that year. When the text gives
 * one full date of that year falling on that weekday (an embedded post's "October 28, 2022"), the weekday is that day:
 * the page was written about it. Two such dates, or none, leave the year.
 */
function weekdaysOfYear(text: string, published: PartialDate, mentions: DateMention[]): void {
  if (published.length !== 4) return;
  const full = [...new Set(mentions.filter((m) => m.kind === 'day' && !m.relative && !m.document && m.from.startsWith(published)).map((m) => m.from))];
  if (full.length === 0) return;
  for (const mention of mentions) {
    if (mention.kind !== 'year' || !mention.relative) continue;
    const word = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.exec(text.slice(mention.start, mention.end))?.[1];
    if (!word) continue;
    const day = WEEKDAYS.indexOf(word.toLowerCase());
    const same = full.filter((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === day);
    if (same.length !== 1) continue;
    mention.from = same[0]!;
    mention.kind = 'day';
  }
}

/** `undated`: the report gives no date of its own, and `published` is only today's. */
export function buildContext(text: string, published: PartialDate, publisher?: string, undated = false): Context {
  const sentences = splitSentences(text);
  const bySentence = <T extends Span>(items: T[]) => sentences.map((s) => items.filter((item) => item.start >= s.start && item.end <= s.end));
  const dates = sentences.map((s) => findDates(s.text, published, s.start));
  weekdaysOfYear(text, published, dates.flat());
  const money = bySentence(findMoney(text));
  // (Parties and cities of a sentence one after the other: the two read the same words.)
  const parties: PartyMention[][] = [];
  const cities: CityMention[][] = [];
  for (const s of sentences) {
    parties.push(findParties(s.text, s.start).filter((m) => !opensOutletName(s.text, m, s.start) && !namesCurrency(s.text, m, s.start)));
    cities.push(findCities(s.text, s.start));
  }
  const people = new PersonRegistry();
  const personMentions: Context['personMentions'] = sentences.map(() => []);
  const envoysTo = credentialsHost(text);
  let pluralPost: PluralPost | undefined;
  sentences.forEach((sentence, index) => {
    const russian = /\p{Script=Cyrillic}/u.test(sentence.text);
    const found = russian ? findRussianPeople(sentence, index) : findTitledPeople(sentence, index);
    // "… министров иностранных дел <A> и <B>. <Name> и <Name> обсудили …": the names of the post just before.
    if (russian && pluralPost && found.length === 0) found.push(...namesOfPluralPost(sentence, index, pluralPost));
    pluralPost = russian ? pluralPostAtEnd(sentence) : undefined;
    // People listed with their country after the post or the name: "the Presidents of <A>, <Name>; of <B>, <Name>".
    if (!russian) mergeListedHolders(found, findListedHolders(sentence, index, parties[index]!));
    // "Among the … were <Name> of <Country>, …" after talks with a group named by its post in the plural.
    // "<Country-adj> Ministers <Name> (<Field>), <Name> (<Field>) and <Name> (<Field>)".
    if (!russian) for (const listed of [...findListedPeople(sentences, index), ...findMinistersWithFields(sentence, index)]) if (!found.some((m) => m.start < listed.end && m.end > listed.start)) found.push(listed);
    if (russian && envoysTo && found.length === 0) found.push(...findEnvoy(sentence, index, envoysTo));
    for (const mention of found) {
      // (As the records keep names: without a father's court honours, a ruler's number apart.)
      if (!russian) mention.name = tidyName(mention.name);
      if ((mention as { countryNamedBefore?: boolean }).countryNamedBefore) {
        // (Named before the post, not between it and the name: "посла республики в России <Name>" is not Russia's.)
        // (An ambassador's "республики" is never the country he is posted to: "посла республики в США <Name>".)
        const host = /^Ambassador to (.+)$/.exec(mention.title ?? '')?.[1];
        const hostCode = host ? findParties(host)[0]?.code : undefined;
        const of = (mention as { namedBeforeOf?: [number, number] }).namedBeforeOf;
        const country = of
          ? countriesNamedBefore(parties, sentences, index, mention.titleSpan?.start ?? mention.start, of[1])?.[of[0]]
          : countryNamedBefore(parties, sentences, index, mention.titleSpan?.start ?? mention.start, hostCode);
        if (country) Object.assign(mention, { country, countryFrom: 'title' });
      }
      const person = people.add(mention);
      if (!person) continue;
      // The Cyrillic spelling stays with the romanised name, as a variant of it.
      const native = (mention as { native?: string }).native;
      if (native) people.addVariant(person, native);
      personMentions[index]!.push({ person, span: { start: mention.start, end: mention.end } });
    }
  });
  // Leaders named by surname, or by name without their post or country ("Putin and Lukashenko", "President Recep
  // Tayyip Erdogan"): the post they held on the report's date, and their country, which outranks a guess.
  sentences.forEach((sentence, index) => {
    const here = personMentions[index]!;
    for (const mention of findLeaders(sentence, index, published, undated)) {
      // "Deputy Minister Elnur Aliyev … Aliyev said": a bare surname that another person of the text bears is theirs.
      const bare = !/\s/.test(text.slice(mention.start, mention.end));
      const overlapping = here.find((m) => m.span.start < mention.end && m.span.end > mention.start);
      // (Unless it is the last word of a name read whole, that name's surname: "Луисом Инасио Лулой да Силвой".)
      const within = overlapping && nameKey(overlapping.person.name).at(-1) === nameKey(mention.name).at(-1);
      if (bare && !within && people.people.some((p) => nameKey(p.name).at(-1) === nameKey(mention.name).at(-1) && ![p.name, ...p.variants].some((name) => namesAgree(name, mention.name)))) continue;
      // ("Nimal Siripala de Silva" is no "Lula da Silva": a name read whole in Latin letters that disagrees with the list's
      // is someone else who shares its surname.)
      if (overlapping && bare && within && /\s/.test(overlapping.person.name) && !/\p{Script=Cyrillic}/u.test(text.slice(overlapping.span.start, overlapping.span.end) + overlapping.person.variants.join(' '))
        && !/^(?:Sheikh|Sheikha) /.test(overlapping.person.name) && ![overlapping.person.name, ...overlapping.person.variants].some((name) => namesAgree(name, mention.name))) continue;
      if (overlapping) {
        const person = overlapping.person;
        // ("Владимира Путина" read as it stands: the list's spelling is the nominative one.)
        // (An English spelling stays: "Anthony Blinken" is the text's, and may be the record's.)
        // (A name read from Cyrillic here is a romanisation, which gives way to the list's spelling even where the two
        // agree: "Khakan Fidan" is Hakan Fidan.)
        const romanised = /\p{Script=Cyrillic}/u.test(text.slice(overlapping.span.start, overlapping.span.end));
        if (person.variants.some((name) => /\p{Script=Cyrillic}/u.test(name)) && person.name !== mention.name
          && (romanised || ![person.name, ...person.variants].some((name) => namesAgree(name, mention.name)))) {
          people.addVariant(person, mention.name);
          person.name = mention.name;
        }
        // ("Sheikh Tamim", "President Sheikh Mohamed": a ruler read by style and given name takes the list's full name.)
        const given = /^(?:Sheikh|Sheikha) (\S+)$/.exec(person.name)?.[1];
        if (given && mention.name.startsWith(`${given} `)) {
          people.addVariant(person, person.name);
          people.addVariant(person, mention.name);
          person.name = mention.name;
        }
        person.country = mention.country;
        person.countryFrom = 'known';
        // (Not the list's head post where the text gives another: "Prime Minister <Name>" in a report of a year when he
        // was that, though the list knows him as president later, keeps the text's post alone.)
        const headPost = (title: string) => /^(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Sultan)$/.test(title);
        if (mention.title && !(headPost(mention.title) && person.titles.some((t) => headPost(t.title) && t.title !== mention.title))) people.addTitle(person, mention);
        continue;
      }
      const person = people.add(mention);
      if (!person) continue;
      const native = leaderNative(mention.name);
      if (native) people.addVariant(person, native);
      if (!here.some((m) => m.person === person && m.span.start === mention.start)) here.push({ person, span: { start: mention.start, end: mention.end } });
    }
  });
  // Names the held records know (src/held-people.ts): "a summit between Alberto Fernández and Luis Lacalle Pou" names
  // two presidents without their posts; a misspelt surname takes the held spelling.
  sentences.forEach((sentence, index) => {
    if (/\p{Script=Cyrillic}/u.test(sentence.text)) return;
    const here = personMentions[index]!;
    for (const mention of findHeldPeople(sentence, index, published, undated)) {
      const overlapping = here.find((m) => m.span.start < mention.end && m.span.end > mention.start);
      const person = overlapping?.person ?? people.find(mention.name);
      // (A country the text gives by a post or an adjective stands: a held person of another is someone else.)
      const own = person?.countryFrom === 'title' || person?.countryFrom === 'modifier' || person?.countryFrom === 'known';
      if (person && own && person.country && person.country !== mention.country) continue;
      if (person) {
        person.country = mention.country;
        person.countryFrom = 'known';
        if (mention.title && person.titles.length === 0) people.addTitle(person, mention);
        if (!overlapping) here.push({ person, span: { start: mention.start, end: mention.end } });
        continue;
      }
      const added = people.add(mention);
      if (added && !here.some((m) => m.person === added && m.span.start === mention.start)) here.push({ person: added, span: { start: mention.start, end: mention.end } });
    }
  });
  applyHeldPeople(people);
  // "courtesy calls on President <A>, Prime Minister <B> and …": a titled person listed straight after one whose country the
  // text or the lists give (a known leader's, a post's), with no country of their own, is of the same country. (Read here,
  // after the lists: a leader's country is not yet known when the sentence's people are first read.)
  sentences.forEach((sentence, index) => {
    const here = [...personMentions[index]!].sort((a, b) => a.span.start - b.span.start);
    const titleBefore = (person: TextPerson, at: number, after: number) => person.titles.find((t) => t.sentence === index && t.span.start >= after && t.span.end <= at + 1);
    for (let k = 1; k < here.length; k++) {
      const [previous, current] = [here[k - 1]!, here[k]!];
      if (current.person.country || current.person === previous.person || !previous.person.country) continue;
      if (!['known', 'title', 'modifier'].includes(previous.person.countryFrom ?? '') || !titleBefore(previous.person, previous.span.start, sentence.start)) continue;
      const title = titleBefore(current.person, current.span.start, previous.span.end);
      if (!title || !/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/.test(text.slice(previous.span.end, title.span.start))) continue;
      current.person.country = previous.person.country;
      current.person.countryFrom = 'delegation';
    }
  });
  // Names and surnames of people met before, without a title: "Vassilenko said", "Asanaliev met".
  sentences.forEach((sentence, index) => {
    const tokens = tokensOf(sentence);
    const taken = personMentions[index]!;
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i])) continue;
      let j = i + 1;
      while (j < tokens.length && isNameWord(tokens[j]) && j - i < 4) j++;
      const whole = { start: tokens[i]!.start, end: tokens[j - 1]!.end };
      if (taken.some((m) => whole.start < m.span.end && whole.end > m.span.start)) {
        i = j - 1;
        continue;
      }
      // The run as a whole, else without its first word: a capitalised word opening the sentence ("Ранее Сергей Лавров
      // посетил …", "Earlier Lavrov visited …") is no part of the name.
      let matched = false;
      for (const from of j - i > 1 ? [i, i + 1] : [i]) {
        const span = { start: tokens[from]!.start, end: tokens[j - 1]!.end };
        const name = text.slice(span.start, span.end).replace(/['’]s$/, '');
        const person = people.find(name);
        if (!person) {
          // A first name alone for someone named in full before ("Bounthong paid a courtesy call", "Anwar also met").
          const first = j - from === 1 ? firstNameOf(people.people, name, span.start) : undefined;
          if (!first) continue;
          first.mentions.push({ ...span, name, sentence: index, partial: true });
          taken.push({ person: first, span });
          break;
        }
        people.add({ ...span, name, sentence: index, partial: j - from < 2 });
        taken.push({ person, span });
        matched = true;
        break;
      }
      if (!matched && j - i >= 3) {
        const longer = longerName(people, text, tokens.slice(i, j), index);
        if (longer) taken.push(longer);
      }
      i = j - 1;
    }
    taken.sort((a, b) => a.span.start - b.span.start);
  });
  // "Landsbergis met his Kazakh counterpart Mukhtar Tileuberdi": the counterpart holds the post of the one named before.
  sentences.forEach((_sentence, index) => {
    const here = personMentions[index]!;
    for (const { person, span } of here) {
      const mention = person.mentions.find((m) => m.start === span.start && m.counterpart);
      if (!mention || person.titles.length) continue;
      const before = [...here].reverse().find((m) => m.span.start < span.start && m.person !== person && m.person.titles.length)
        // "He also spoke with his Saudi counterpart <Name>": with nobody titled before in the sentence, the one the
        // pronoun stands for, the last titled person of another country in the sentences just before.
        ?? earlierTitled(personMentions, index, person);
      const titles = before?.person.titles ?? [];
      const title = counterpartTitle(titles.map((t) => t.title));
      const first = titles[0];
      if (title && first) people.addTitle(person, { ...mention, title, titleRaw: mention.titleRaw ?? first.raw, titleSpan: mention.titleSpan ?? first.span });
    }
  });
  // "… received <Name>, <Title> and <Name>, <Title>; envoys of the President of Somalia": the people listed
  // between the verb and the envoys are the envoys, of that country.
  sentences.forEach((sentence, index) => {
    const envoys = ENVOYS_OF.exec(sentence.text);
    if (!envoys) return;
    const party = findParties(sentence.text.slice(envoys.index + envoys[0].length), sentence.start + envoys.index + envoys[0].length)[0];
    if (!party || party.adjective || party.start !== sentence.start + envoys.index + envoys[0].length) return;
    const verb = [...sentence.text.slice(0, envoys.index).matchAll(/\b(?:received|met|welcomed|hosted|met with)\b/g)].at(-1);
    if (!verb) return;
    const from = sentence.start + verb.index + verb[0].length;
    for (const { person, span } of personMentions[index]!) {
      if (span.start < from || span.end > sentence.start + envoys.index) continue;
      if (person.countryFrom === 'title' || person.countryFrom === 'known' || person.countryFrom === 'modifier') continue;
      person.country = party.code;
      person.countryFrom = 'delegation';
    }
  });
  // "<Visitor> was welcomed upon arrival by <Title> A, <Title> B …": those who welcome a visitor on arrival are the hosts,
  // of the country the visitor arrived in ("arrived in Doha", "arrival in Lusaka", said anywhere in the text).
  const arrivalCountry = (): string | undefined => {
    for (const [index, sentence] of sentences.entries()) {
      for (const match of sentence.text.matchAll(/\barriv(?:ed|al|es|ing)\s+(?:in|at)\s+(?:the\s+)?/g)) {
        const at = sentence.start + match.index + match[0].length;
        const place = cities[index]!.find((c) => c.start === at)?.country ?? parties[index]!.find((p) => p.start === at && !p.adjective)?.code;
        if (place) return place;
      }
    }
    return undefined;
  };
  sentences.forEach((sentence, index) => {
    const welcomed = /\b(?:welcomed|received|greeted)\s+(?:(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival|at\s+the\s+airport)\b[^.;]{0,60}?\bby\s/.exec(sentence.text);
    if (!welcomed) return;
    const host = arrivalCountry();
    if (!host) return;
    const from = sentence.start + welcomed.index + welcomed[0].length;
    for (const { person, span } of personMentions[index]!) {
      if (span.start < from || person.country) continue;
      person.country = host;
      person.countryFrom = 'delegation';
    }
  });
  // The people a delegation of one country comprises are of that country (unless their post or a list says otherwise).
  sentences.forEach((sentence, index) => {
    const delegation = DELEGATION_OF.exec(sentence.text);
    const party = delegation ? lookupParty((delegation[1] ?? delegation[2])!) : undefined;
    if (!delegation || !party) return;
    const from = sentence.start + delegation.index + delegation[0].length;
    // (Up to another side: "… was led by <A>, and the Argentine delegation by <B>": <B> is not of the first.)
    const other = parties[index]!.find((p) => p.start >= from && p.code !== party.code);
    const next = /\b(?:delegation|side)\b/.exec(sentence.text.slice(from - sentence.start));
    const to = Math.min(other?.start ?? sentence.end, next ? from + next.index : sentence.end);
    for (const { person, span } of personMentions[index]!) {
      if (span.start < from || span.start >= to || person.country) continue;
      person.country = party.code;
      person.countryFrom = 'delegation';
    }
  });
  // "<Title> A was accompanied (to the meeting) by <Title> B and <Title> C", "A will be accompanied by …": those who go
  // with someone are of that one's side (unless their own post or adjective says otherwise). The list ends where a clause
  // of its own begins ("… as they met with the Sultan").
  sentences.forEach((sentence, index) => {
    const accompanied = ACCOMPANIED_BY.exec(sentence.text);
    if (!accompanied) return;
    const at = sentence.start + accompanied.index;
    const subject = personMentions[index]!.filter((m) => m.span.end <= at).at(-1)?.person;
    if (!subject?.country) return;
    const from = at + accompanied[0].length;
    const end = LIST_CLAUSE.exec(text.slice(from, sentence.end));
    const to = end ? from + end.index : sentence.end;
    for (const { person, span } of personMentions[index]!) {
      if (span.start < from || span.start >= to || person === subject || person.country) continue;
      person.country = subject.country;
      person.countryFrom = 'delegation';
    }
  });
  // "her Guinean counterpart" in a report on Guinea-Bissau (en-472): an adjective two states share is the one of them the
  // text names, when it never names the other.
  const named = new Set(parties.flat().filter((p) => !p.adjective).map((p) => p.code));
  const shared = (code: string | undefined) => {
    const others = code && !named.has(code) ? (SHARED_ADJECTIVES[code] ?? []).filter((other) => named.has(other)) : [];
    return others.length === 1 ? others[0] : undefined;
  };
  for (const mention of parties.flat()) if (mention.adjective && shared(mention.code)) mention.code = shared(mention.code)!;
  for (const person of people.people) if (person.countryFrom === 'modifier' && shared(person.country)) person.country = shared(person.country);
  // "Deputy Minister <Name>" on a foreign ministry's own page (or its embassy's): the ministry's deputy minister.
  if (publisher && FOREIGN_MINISTRY_PUBLISHER.test(publisher)) {
    for (const person of people.people) for (const title of person.titles) if (BARE_MINISTER.test(title.title)) title.title = `${title.title} of Foreign Affairs`;
  }
  const context: Context = {
    text, published, publisher, publisherCountry: publisherCountry(publisher), sentences, dates, money, parties, cities, people,
    personMentions, claimed: new Set(),
  };
  ownRepublic(context);
  unglueNames(context);
  postOfCountry(context);
  context.pair = textPair(context);
  if (context.pair) ruledStates(context.people, context.pair);
  // A leading "date 2024-06-20" is the report's own date, as feeds print it, not an event's; so is a date glued to the
  // headline at the very start ("03.06.2012 <City>: <headline>", "5 March 2024 <headline>") with nothing before it.
  const iso = sentences[0] ? /^\s*(?:(?:date:?\s*)?\d{4}-\d{2}-\d{2}\b|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)|\d{1,2}\s+\p{L}+\.?,?\s+(?:19|20)\d{2}(?!\d)(?:\s*(?:года|г\.))?)/iu.exec(sentences[0].text) : null;
  // (A glued date that is not the report's own may be an event's: "5 March 2024 the ministers met" on a page of April.)
  const pageDate = iso && /^\s*(?:date:?\s*)?\d{4}-/i.test(iso[0]);
  if (iso) for (const date of context.dates[0]!) if (date.start < sentences[0]!.start + iso[0].length && (pageDate || date.from === published)) context.claimed.add(date);
  const first = sentences.find((s) => !/^[^.]*$/.test(s.text) || s.paragraph > 1) ?? sentences[0];
  // (The city's country may follow it: "Suva, Fiji, 15 September 2023 -".)
  const dateline = first ? /^([\p{Lu}][\p{L} -]+?),\s+(?:\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,3},\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}|\p{Lu}\p{L}+\.?\s+\d)/u.exec(first.text) : null;
  // "ISLAMABAD:", "ISLAMABAD -", "VILNIUS. KAZINFORM": a city filing the report, without a date.
  const place = !dateline && sentences[0] ? /^([\p{Lu}][\p{Lu}\p{L} -]*?)(?::|\s[–—-]\s|\.\s+\p{Lu}{3,})/u.exec(sentences[0].text) : null;
  if (place) context.dateline = findCities(place[1]!.charAt(0) + place[1]!.slice(1).toLowerCase(), sentences[0]!.start)[0] ?? findCities(place[1]!, sentences[0]!.start)[0];
  // After a headline, a quote or a byline: a line of its own that opens with a city in capitals, "ISLAMABAD:",
  // "ISLAMABAD, (UrduPoint / Pakistan Point News - 24th May, 2024)".
  if (!place && !dateline) {
    let at = 0;
    for (const line of text.split('\n').slice(0, 8)) {
      const start = at;
      at += line.length + 1;
      const opening = /^\s*([\p{Lu}][\p{Lu} -]{2,}?)(?::|\s[–—-]\s|,\s*\()/u.exec(line);
      if (!opening) continue;
      const city = findCities(opening[1]!.charAt(0) + opening[1]!.slice(1).toLowerCase(), start + line.indexOf(opening[1]!))[0];
      if (city) {
        context.dateline = city;
        break;
      }
    }
  }
  // "Москва. 21 октября.", "МОСКВА, 7 апреля": a Russian dateline, its month in lower case (the city only: its date is
  // read with the report's date).
  if (!context.dateline && !dateline && first) {
    const russian = /^([\p{Lu}][\p{L} -]+?)[.,]\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])/u.exec(text.slice(first.start, first.start + 80));
    if (russian) context.dateline = findCities(russian[1]!.charAt(0) + russian[1]!.slice(1).toLowerCase(), first.start)[0];
  }
  if (first && dateline) {
    context.dateline = findCities(dateline[1]!, first.start)[0];
    // The dateline's date is the report's, not an event's.
    const index = sentences.indexOf(first);
    const cut = /\s[–—-]\s|\.\s|\)\s/.exec(first.text)?.index ?? 40;
    for (const date of context.dates[index]!) if (date.start < first.start + cut + 1) context.claimed.add(date);
  }
  return context;
}

/**
 * "Bilawal Bhutto Zardari welcomed …" after "FM Bilawal Bhutto": a run of name words whose first words are a
 * person's whole name (two words or more), and whose last is a rare word, is that person's name in full, which
 * becomes the name kept (South Asian and Hispanic names give a second surname in one place and not in another).
 */
function longerName(people: PersonRegistry, text: string, run: Token[], sentence: number): { person: TextPerson; span: Span } | undefined {
  const last = run.at(-1)!;
  // (Latin names on one line: "Мария Захарова⏎⏎Москва. 8 апреля" is a headline's name, then a dateline.)
  if (isCommonWord(last.text.toLowerCase()) || /['’]s$/.test(last.text) || !/^[\p{Script=Latin}'’-]+$/u.test(last.text) || /\s{2,}|\n/.test(text.slice(run.at(-2)!.end, last.start))) return undefined;
  const shorter = text.slice(run[0]!.start, run.at(-2)!.end);
  const person = people.find(shorter);
  if (!person || nameKey(person.name).join(' ') !== nameKey(shorter).join(' ')) return undefined;
  const span = { start: run[0]!.start, end: last.end };
  const name = tidyName(text.slice(span.start, span.end));
  people.addVariant(person, person.name);
  person.name = name;
  people.addVariant(person, name);
  person.variants = person.variants.filter((variant) => variant !== name);
  people.add({ ...span, name, sentence, partial: false });
  return { person, span };
}

/** The last person with a post named in the three sentences before `index`, of another country than `person`'s. */
function earlierTitled(personMentions: Context['personMentions'], index: number, person: TextPerson): { person: TextPerson } | undefined {
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const found = [...personMentions[k]!].reverse().find((m) => m.person !== person && m.person.titles.length && (!m.person.country || m.person.country !== person.country));
    if (found) return found;
  }
  return undefined;
}

/**
 * The country "страны" or "республики" stands for: among the parties named in this sentence and
 * the two before it, the last one a visit or a delivery goes to ("в Белоруссию"), else the last one.
 */
function countryNamedBefore(parties: PartyMention[][], sentences: Sentence[], index: number, before: number, not?: string): string | undefined {
  const text = (p: PartyMention) => sentences.find((s) => s.start <= p.start && p.end <= s.end)?.text ?? '';
  const lead = (p: PartyMention) => {
    const sentence = sentences.find((s) => s.start <= p.start && p.end <= s.end);
    return sentence ? text(p).slice(0, p.start - sentence.start) : '';
  };
  // "Первый вице-премьер России был принят Президентом страны …": a country in the genitive after a post is that
  // post's, the guest's; "the country" is the other one.
  const named = parties.slice(Math.max(0, index - 2), index + 1).flat()
    .filter((p) => !p.adjective && p.start < before && p.code !== not && !/(?:премьер|министр|президент|посол|посла|послом|глава|главы|председател\p{L}*|руководител\p{L}*)\s+$/iu.test(lead(p)));
  const into = named.filter((p) => /(?<![\p{L}])(?:в|во|посетил\p{L}*)\s+$/u.test(lead(p)));
  return (into.at(-1) ?? named.at(-1))?.code;
}

/**
 * "… между МИД Таджикистана и Белоруссии … главы МИД республик <Name> и <Name>": the last `n` different parties named
 * in this sentence and the two before it, in the order they were last named; when fewer were named there, by their
 * adjectives too, then anywhere before in the text; undefined when fewer were named.
 */
function countriesNamedBefore(parties: PartyMention[][], sentences: Sentence[], index: number, before: number, n: number): string[] | undefined {
  const named = (from: number, adjectives: boolean) => {
    const last = new Map<string, number>();
    for (const p of parties.slice(from, index + 1).flat()) if ((adjectives || !p.adjective) && p.start < before) last.set(p.code, p.start);
    return [...last.entries()].sort((a, b) => a[1] - b[1]).map(([code]) => code);
  };
  // (Then by adjectives too, and then further back: "украинско-белорусской комиссии" opening the text, three sentences
  // before "вице-премьер-министры двух стран", ru-488.)
  const window = Math.max(0, index - 2);
  const codes = [named(window, false), named(window, true), named(0, false), named(0, true)].find((found) => found.length >= n);
  return codes?.slice(-n);
}

/** The state a monarch's title or "Head of the Sultanate" speaks of, by its generic name. */
const STATE_WORD: [RegExp, string][] = [[/^Sultan$|\bthe Sultanate\b/, 'Sultanate'], [/^(?:King|Queen)$|\bthe Kingdom\b/, 'Kingdom']];

/**
 * "Sultan Haitham bin Tarik, Head of the Sultanate" in a report on Oman and Syria: a person whose post names a state
 * by its generic name is of the one party of the pair so named, unless their country was read from a title or known.
 */
function ruledStates(people: PersonRegistry, pair: [string, string]): void {
  for (const person of people.people) {
    if (person.countryFrom === 'known' || person.countryFrom === 'title') continue;
    const word = person.titles.map((t) => STATE_WORD.find(([pattern]) => pattern.test(t.title))?.[1]).find(Boolean);
    const code = word ? partyByStateWord(word, pair) : undefined;
    if (code && code !== person.country) {
      person.country = code;
      person.countryFrom = 'title';
    }
  }
}

/**
 * "the Bolivian foreign minister, Roger MaytaCafiero expressed …" (en-305): a page's text run together where a link or a
 * line ended. A name whose last word is two capitalised words glued, the second the last word of another person's name,
 * ends before it.
 */
function unglueNames(context: Context): void {
  const people = context.people.people;
  const surnames = new Set(people.flatMap((p) => p.name.split(/\s+/).slice(1).slice(-1)));
  for (const person of people) {
    const glued = /\s(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(person.name);
    if (!glued || !surnames.has(glued[2]!)) continue;
    const name = person.name.slice(0, person.name.length - glued[2]!.length);
    context.people.addVariant(person, person.name);
    person.name = name;
    context.people.addVariant(person, name);
    person.variants = person.variants.filter((variant) => variant !== name);
  }
}

/**
 * "Indian Foreign Secretary holds consultations with French counterpart" over "Foreign Secretary <Name> is on an official
 * visit to France" (en-302): a post the text gives its holder without a country is that country's where the text names
 * the same post, without a name, after a country's name or adjective ("Indian Foreign Secretary", "Greece's Foreign
 * Minister") — when every such mention names the same country and the person is the text's only holder of the post.
 */
function postOfCountry(context: Context): void {
  const people = context.people.people;
  for (const person of people) {
    const raw = person.titles[0]?.raw;
    const title = person.titles[0]?.title;
    if (person.country || !raw || !/^\p{Lu}/u.test(raw) || people.some((p) => p !== person && p.titles.some((t) => t.raw === raw || t.title === title))) continue;
    // (A post that is someone's own mention, "… <Name> and Peru's Deputy Minister of Foreign Affairs and <Name>", names no other.)
    const spans = people.flatMap((p) => p.titles.map((t) => t.span));
    const codes = new Set<string>();
    for (const party of context.parties.flat()) {
      const after = context.text.slice(party.end, party.end + raw.length + 40);
      const possessive = /^['’]s\s/.test(after) ? 3 : /^\s/.test(after) ? 1 : -1;
      if (possessive < 0 || !after.slice(possessive).startsWith(raw)) continue;
      const at = party.end + possessive;
      if (spans.some((span) => span.start <= at + 1 && at < span.end)) continue;
      // (Not the post of someone named right after it: "Indian Foreign Secretary <Name>" is that person's own mention.)
      const rest = after.slice(possessive + raw.length);
      if (/^\s+(?:\p{Lu}\p{Ll}|Mr\b|Ms\b|Dr\b)/u.test(rest) && !/^\s+(?:[Hh]olds|[Mm]eets|[Cc]alls|[Ss]ays|[Vv]isits|[Hh]eld|[Mm]et)\b/.test(rest)) continue;
      codes.add(party.code);
    }
    if (codes.size !== 1) continue;
    person.country = [...codes][0]!;
    person.countryFrom = 'modifier';
  }
}

/** The two parties mentioned most (the publisher's counting double); a tie goes to the first mentioned. */
function textPair(context: Context): [string, string] | undefined {
  const counts = new Map<string, { count: number; first: number }>();
  const bump = (code: string, weight: number, at: number) => {
    const entry = counts.get(code) ?? { count: 0, first: at };
    entry.count += weight;
    counts.set(code, entry);
  };
  // (A country named as a city's address, "Suva, Fiji, 15 September", is a place like the city, counted with it: a
  // meeting held in a third country's capital is not that country's, en-528.)
  const cities = context.cities.flat();
  const address = (mention: { code: string; start: number }) => cities.some((city) => city.country === mention.code && city.end <= mention.start && /^,\s*$/.test(context.text.slice(city.end, mention.start)));
  context.parties.flat().forEach((mention) => bump(mention.code, address(mention) ? 0 : 1, mention.start));
  context.cities.flat().forEach((city) => bump(city.country, 0.5, city.start));
  if (context.publisherCountry) bump(context.publisherCountry, 2, -1);
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  if (ranked.length < 2) return undefined;
  // The headline and the lead say what the report is about: when they name exactly two parties (by name, adjective
  // or a person's country), that is the pair, however often a third is named further down ("<Minister of A>
  // arrived in <B> … Earlier he visited <C>", ru-174).
  const lead = leadParties(context);
  // (Each of the two must be some titled person's country: a venue named in the lead, "QINGDAO, China", is no side.)
  const sides = new Set(context.people.people.map((p) => p.country));
  if (lead.length === 2 && lead.every((code) => counts.has(code) && sides.has(code))) return ranked.map(([code]) => code).filter((code) => lead.includes(code)) as [string, string];
  return [ranked[0]![0], ranked[1]![0]];
}

/** The parties of the report's headline (a first line with no full stop) and its first full sentence. */
function leadParties(context: Context): string[] {
  const { sentences } = context;
  const headline = sentences[0] && sentences.length > 1 && sentences[0].paragraph === 1 && !/[.!?"”]$/.test(sentences[0].text) ? [0] : [];
  const first = sentences.findIndex((s, i) => !headline.includes(i) && /[.!?"”»]$/.test(s.text));
  const codes = new Set<string>();
  for (const index of [...headline, ...(first >= 0 ? [first] : [])]) {
    for (const party of context.parties[index]!) codes.add(party.code);
    for (const { person } of context.personMentions[index]!) if (person.country) codes.add(person.country);
  }
  return [...codes];
}

/** The other party of the text's pair. */
export function otherSide(context: Context, code: string | undefined): string | undefined {
  if (!context.pair || !code) return undefined;
  if (context.pair[0] === code) return context.pair[1];
  if (context.pair[1] === code) return context.pair[0];
  return undefined;
}
