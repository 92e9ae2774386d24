import { CITIES, countryName, findParties, lookupParty } from './gazetteer.js';

/** The words a title is built around. */
export const TITLE_HEADS = new Set([
  'Minister', 'President', 'Speaker', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Ambassador', 'Secretary',
  'Secretary-General', 'Undersecretary', 'Under-Secretary', 'Director', 'Director-General', 'Head', 'Mayor', 'Governor',
  'Akim', 'Representative', 'Envoy', 'Commissioner', 'Adviser', 'Advisor', 'Consul', 'Chancellor', 'Senator', 'Vice-President',
  // One elected and not yet sworn in: "Chilean President-elect Gabriel Boric".
  'President-elect', 'Vice-President-elect',
  'Ambassador-at-Large', 'Vice-Minister', 'Aide', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Premier', 'Emir', 'Counsellor', 'Counselor', 'Attaché', 'Chargé',
  // One named and not yet accredited: "Ambassador-Designate of the State of Qatar to Brunei Darussalam" (en-517).
  'Ambassador-Designate', 'Ambassador-designate',
  // "High Commissioner-Designate of <A> to <B>" (a Commonwealth envoy not yet accredited).
  'Commissioner-Designate', 'Commissioner-designate',
  // Monarchs and their heirs: "King Mohammed VI", "Crown Prince of Abu Dhabi".
  'King', 'Queen', 'Prince', 'Princess', 'Sultan', 'Commander',
  // The press's abbreviation: "Pakistan’s FM Bilawal Bhutto", "DPM and FM <Name>".
  'FM', 'DPM',
  // Kenya's press for a cabinet secretary (its ministers): "Foreign Affairs CS <Name>", "CS <Name> said".
  'CS',
  // "North Korean leader Kim Jong Un", "Supreme Leader <Name>".
  'Leader',
]);

/** Words that may stand before a head: "First Deputy", "Prime", "State", "Foreign" (in "Foreign Minister"). */
export const TITLE_MODIFIERS = new Set([
  'First', 'Deputy', 'Vice', 'Vice-Prime', 'State', 'Prime', 'Parliamentary', 'Permanent', 'Special', 'High', 'Chief', 'Acting', 'Executive',
  'Senior', 'Assistant', 'Under', 'General', 'Affairs', 'Co-Chairman', 'Co-Chair', 'Additional', 'Principal', 'Joint', 'Crown', 'National', 'Security', 'Presidential',
  // "Chief Presidential Press Secretary".
  'Press',
  // "Non-Resident Ambassador of <A> to <B>": an envoy accredited from another capital, an ambassador to B all the same.
  'Non-Resident', 'Non-resident',
  // "Hon. Consul General": honorary, abbreviated.
  'Honorary', 'Hon',
  // "Foreign Relations Secretary", "Deputy Supreme Commander".
  'Relations', 'Supreme',
  // France's "Diplomatic Advisor to the President" (en-302).
  'Diplomatic',
  // Kenya's "Cabinet Secretary for Foreign and Diaspora Affairs" (its ministers), Japan's "Chief Cabinet Secretary".
  'Cabinet',
  // Brunei's and Singapore's "Second Minister of Foreign Affairs" (en-517), a diplomat's "Second Secretary".
  'Second',
]);

/**
 * Seats of government that stand for their country in a post: "White House National Security
 * Adviser", "senior director for China affairs of the White House National Security Council".
 */
export const SEATS: Record<string, string> = { 'White House': 'US', 'State Department': 'US', Kremlin: 'RU', 'Downing Street': 'GB', 'Blue House': 'KR', Élysée: 'FR', Elysee: 'FR' };
const SEAT = new RegExp(`\\b(?:the )?(?:${Object.keys(SEATS).join('|')})(?:['’]s)? (?=\\p{Lu})`, 'u');

/** Fields in "<Field> Minister", rewritten as "Minister of <Field>". */
const FIELDS: Record<string, string> = {
  Foreign: 'Foreign Affairs', External: 'External Affairs', Energy: 'Energy', Transport: 'Transport', Trade: 'Trade', Economy: 'Economy', Finance: 'Finance',
  Defence: 'Defence', Defense: 'Defence', Agriculture: 'Agriculture', Interior: 'Interior', Justice: 'Justice', Health: 'Health',
  Education: 'Education', Culture: 'Culture', Environment: 'Environment', Digital: 'Digital Development', Labour: 'Labour', Tourism: 'Tourism',
};

/**
 * Words of a ministry's long name written before "Minister": "External Relations and International Cooperation Minister"
 * (en-307), "Foreign Trade and Development Minister".
 */
export const FIELD_WORD = /^(?:External|Foreign|International|Regional|Relations|Cooperation|Co-operation|Affairs|Integration|Diaspora|Trade|Development|Economic|Investment|Commerce|Industry|Planning|Immigration|Worship|Overseas|Expatriates|Emigrants)$/;

export function isField(word: string): boolean {
  return Object.hasOwn(FIELDS, word);
}

/** Ranks a title for meeting kinds and post records. */
export type TitleRank = 'head-of-state' | 'head-of-government' | 'speaker' | 'minister' | 'deputy-minister' | 'ambassador' | 'mayor' | 'director' | 'parliament' | 'other';

export function titleRank(title: string): TitleRank {
  const t = title.replace(/\s+/g, ' ');
  // A president-elect holds no office yet.
  if (/-elect\b/.test(t)) return 'other';
  if (/^(?:Deputy |Vice[ -])?Prime Minister\b/.test(t) && !/^Deputy Prime Minister/.test(t)) return 'head-of-government';
  if (/^Deputy Prime Minister/.test(t)) return 'minister';
  // Kyrgyzstan's and Turkmenistan's heads of government and their deputies.
  if (/^Chairman of the Cabinet of Ministers\b/.test(t)) return 'head-of-government';
  if (/^(?:First )?Deputy Chairman of the Cabinet of Ministers\b/.test(t)) return 'minister';
  // A monarch heads the state: "Emir of Kuwait", "King", "Sultan".
  if (/^(?:Emir|Amir|King|Queen|Sultan)\b/.test(t)) return 'head-of-state';
  // "North Korean leader <Name>", "Supreme Leader": the press's word for who rules the state.
  if (/^(?:Supreme )?Leader$/.test(t)) return 'head-of-state';
  // "President of Tatarstan": the head of a region (its name no country's) heads no state.
  const of = /^President of ([\p{Lu}][\p{L}-]+)$/u.exec(t)?.[1];
  if (of && !lookupParty(of)) return 'mayor';
  if (/^President\b(?! of the (?:\S+ )?(?:Chamber|Senate|Parliament|Assembly|Council|Commission|Committee|Bank|Court))/.test(t)) return 'head-of-state';
  if (/^(?:Speaker|Chairman of the Senate|Chairwoman of the Senate|President of the (?:\S+ )?(?:Senate|Chamber|Parliament|National Assembly))/.test(t)) return 'speaker';
  if (/^(?:Deputy Speaker|Member of|Senator|Chairman of the .*Committee|Chairwoman of the .*Committee)/.test(t)) return 'parliament';
  if (/^Minister\b|^State Minister\b|^Minister of State\b/.test(t) && !/^State Minister/.test(t)) return 'minister';
  // The Philippines' and Mexico's foreign ministers are secretaries.
  if (/^Secretary of Foreign (?:Affairs|Relations)$/.test(t)) return 'minister';
  if (/Minister\b/.test(t)) return 'deputy-minister';
  if (/^Ambassador|Consul|Envoy|Chargé/.test(t)) return 'ambassador';
  if (/^(?:Deputy )?Mayor|Governor|Akim/.test(t)) return 'mayor';
  if (/Director|Head|Secretary|Undersecretary|Chair|Representative|Commissioner/.test(t)) return 'director';
  return 'other';
}

/**
 * One shape for a title, so the same post reads the same whatever the report's wording:
 * "Foreign Minister" → "Minister of Foreign Affairs", "Ambassador of Germany to Kazakhstan"
 * → "Ambassador to Kazakhstan", "Mayor of Klaipeda city" → "Mayor of Klaipeda"; the
 * country's own name and adjective are dropped (the post's country says it).
 */
const canonical = new Map<string, string>();

/** A country's long name ("Brunei Darussalam", "the State of Qatar") as its short one; other words as they are. */
function shortCountry(words: string): string {
  const party = findParties(words)[0];
  return party && party.start === 0 && party.end >= words.replace(/\s+$/, '').length && !party.adjective ? countryName(party.code) : words;
}

export function canonicalTitle(raw: string): string {
  let title = canonical.get(raw);
  if (title === undefined) {
    title = canonicalShape(raw);
    if (canonical.size > 10_000) canonical.clear();
    canonical.set(raw, title);
  }
  return title;
}

function canonicalShape(raw: string): string {
  let title = raw.replace(/\s+/g, ' ').replace(/^the /i, '').replace(/[\s,;:–-]+$/, '').replace(/\b(?:friendly|brotherly|fraternal|sisterly) (?=\p{Lu})/gu, '').trim();
  // "Minister of State (MoS) for External Affairs" (en-529): the post's abbreviation in brackets inside it is no part of it.
  title = title.replace(/ \((?=[^)]*\p{Lu}[^)]*\p{Lu})\p{L}{2,6}\)(?= (?:for|of) )/u, '');
  // "Pakistan’s FM <Name>", "Chinese FM Mr. <Name>": the press's abbreviation of a foreign minister.
  title = title.replace(/\bFM$/, 'Foreign Minister');
  // "DPM and FM <Name> of <Country>" (an Indian minister's posts, en-509): the deputy prime minister.
  title = title.replace(/^DPM$/, 'Deputy Prime Minister');
  // "Prime Minster <Name>": a dropped letter the press often drops, which spells another English word.
  title = title.replace(/\b(Prime|Foreign|Deputy|Vice|Chief) Minster\b/g, '$1 Minister');
  // "Non-Resident Ambassador of <A> to <B>": an ambassador to B, accredited from another capital.
  title = title.replace(/^Non-[Rr]esident (?=Ambassador\b)/, '');
  // Kenya's cabinet secretaries (its ministers): "Foreign Affairs CS <Name>", "Foreign Affairs Cabinet Secretary <Name>",
  // "Cabinet Secretary for Ministry of Foreign and Diaspora Affairs": the post as the records write it, "Cabinet Secretary
  // for <Portfolio>".
  title = title.replace(/\bCS$/, 'Cabinet Secretary')
    .replace(/^((?:\p{Lu}[\p{L}-]+ )+?(?:and )?(?:\p{Lu}[\p{L}-]+ )?Affairs) Cabinet Secretary$/u, 'Cabinet Secretary for $1')
    .replace(/^(Cabinet Secretary) (?:for|of) (?:the )?Ministry of (?=\p{Lu})/u, '$1 for ');
  // "Foreign Minister Spokesperson", "Foreign Ministry Spokesperson" (en-501): the ministry's spokesperson.
  title = title.replace(/^Foreign (?:Minister|Ministry|Office) Spokes(?:person|man|woman)$/, 'Spokesperson of the Ministry of Foreign Affairs');
  // "<Name>, Foreign Minister on Monday received …": the day of the verb after an unpunctuated apposition is no part of the post.
  title = title.replace(/\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/, '');
  // "… Minister for Pacific Partnerships Hon <Name>": a British style of address read with the post's capitalised words
  // is no part of the post.
  title = title.replace(/\s+(?:(?:RT|Rt|Right)\.?\s+)?(?:Hon|Honourable|Honorable)\.?$/, '');
  // "First Deputy of the Prime Minister" (a translation's word order): the First Deputy Prime Minister.
  title = title.replace(/^((?:First )?Deputy) of the (Prime Minister)\b/, '$1 $2');
  // "the President of the Republic, <Name>" (a Latin American ministry's usage): the country's president.
  title = title.replace(/^President of the Republic$/, 'President');
  // "Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates" (en-506): a serial comma is no part of the
  // post's name, which records write without it.
  title = title.replace(/, and (?=\p{Lu})/gu, ' and ');
  // "… and International cooperation" (en-378): the portfolio's noun capitalised as the post's name writes it.
  title = title.replace(/\b(International|Regional|Economic|Foreign|Bilateral|Multilateral) (cooperation|co-operation|relations|trade|integration|development)\b/g, (_, adjective: string, noun: string) => `${adjective} ${noun[0]!.toUpperCase()}${noun.slice(1)}`);
  // "State President <Name>" (Vietnam's and Laos's press, en-602): the head of state, as other countries' presidents.
  title = title.replace(/^State President$/, 'President');
  // "Vice-Prime Minister", "Vice Premier": the deputy head of government.
  title = title.replace(/^Vice[- ]Prime Minister\b/, 'Deputy Prime Minister');
  // "of the White House National Security Council": the seat of government says the country, which the post's country holds.
  title = title.replace(SEAT, (whole) => (/^the /.test(whole) ? 'the ' : ''));
  // "of the Chinese Foreign Ministry’s North American … Department" (en-237): the ministry's department, named as the
  // records name one ("… Department of the Ministry of Foreign Affairs"); the country's adjective is the holder's.
  title = title.replace(/ of the (?:\p{Lu}\p{L}+ )?(Foreign Ministry|Ministry of [\p{L} ]+?)['’]s (\p{Lu}.*\b(?:Department|Division|Bureau|Directorate))$/u, (_, ministry: string, department: string) => ` of the ${department} of the ${ministry}`);
  // "of the Chinese Foreign Ministry": the foreign ministry by its full name.
  title = title.replace(/\bForeign Ministry\b/, 'Ministry of Foreign Affairs');
  // "MEA spokesperson", "spokesperson of Pakistan MoFA": a foreign ministry by its abbreviation.
  title = title.replace(/ of (?:the )?MEA$/, ' of the Ministry of External Affairs').replace(/ of (?:the )?(?:\p{Lu}[\p{L}’'.-]* )?MO[Ff]A$/u, ' of the Ministry of Foreign Affairs');
  // "State Department spokeswoman": the Department of State's spokesperson, whoever holds the post.
  title = title.replace(/\bState Department\b/, 'Department of State').replace(/\bSpokes(?:man|woman)\b/, 'Spokesperson');
  // "of Kazakhstan MFA", "of the Lithuanian MFA", "of MFA": the foreign ministry by its abbreviation.
  title = title.replace(/ of (?:the )?(?:\p{Lu}[\p{L}’'.-]* )?MFA$/u, (whole) => (/ of (?:the )?MFA$/.test(whole) || lookupParty(whole.replace(/^ of (?:the )?| MFA$/g, '').replace(/['’]s$/, '')) ? ' of the Ministry of Foreign Affairs' : whole));
  // "Additional Secretary Ministry of Foreign Affairs": a ministry straight after the post is the one it belongs to.
  title = title.replace(/^((?:\p{Lu}[\p{L}-]* )*?(?:Secretary|Director|Director-General|Head|Spokesperson|Spokesman|Adviser|Advisor)(?: General)?) (Ministry of .+)$/u, '$1 of the $2');
  // "Additional Secretary (Americas), Ministry of Foreign Affairs": the body after a comma is the post's organization.
  title = title.replace(/,\s*(?:the\s+)?(?:Ministry|Department|Office|Embassy)\b.*$/, '');
  // "Ambassador to Pyongyang": a capital stands for its country.
  title = title.replace(/^(.*\bAmbassador(?: Extraordinary and Plenipotentiary)?(?: of [\p{L} ]+?)? to )([\p{Lu}][\p{L} -]+)$/u, (whole, head: string, place: string) => (Object.hasOwn(CITIES, place) ? `${head}${countryName(CITIES[place]!)}` : whole));
  // "… Director General of Political and Diplomatic Affairs at Kenyan Ministry of Foreign Affairs" (en-510): the ministry a
  // director belongs to, after "at", is no part of the post's name.
  // (A department's head keeps his ministry: "Head of <Region> Department at Ministry of Foreign Affairs", below.)
  if (!/\b(?:Department|Division|Directorate|Bureau|Office)\b/.test(title)) title = title.replace(/^((?:\p{Lu}[\p{L}-]* )*(?:Director|Director-General|Head|Secretary)\b.*?) at (?:the )?(?:\p{Lu}[\p{L}-]+ )?(?:Ministry of Foreign Affairs|Foreign Ministry)$/u, '$1');
  // "Assistant Foreign Minister of Egypt": the country goes first, then the field moves behind.
  title = stripTrailingCountry(title);
  // "Foreign Affairs Permanent Secretary" (en-462): the permanent secretary of the foreign ministry.
  title = title.replace(/^Foreign(?: Affairs)? (Permanent|Principal) Secretary$/, '$1 Secretary of the Ministry of Foreign Affairs');
  // "State Minister for Foreign Affairs": a minister of state, as English styles the post.
  title = title.replace(/^State Minister(?= (?:for|of) \p{Lu})/u, 'Minister of State').replace(/^(Minister of State) of (?=\p{Lu})/u, '$1 for ');
  // "External Relations and International Cooperation Minister" → "Minister of External Relations and International Cooperation".
  // ("Commerce, Trade and Industry Minister": its words parted by commas too, the last by "and".)
  title = title.replace(/^((?:(?:First|Deputy|Vice|State|Assistant)\s+)*)(\p{Lu}[\p{L}-]+(?:,? (?:and )?\p{Lu}[\p{L}-]+)+) Minister$/u, (whole, mods: string, field: string) =>
    field.split(' ').every((word) => word === 'and' || FIELD_WORD.test(word.replace(/,$/, ''))) && / and /.test(field) ? `${mods}Minister of ${field}` : whole);
  // "External Affairs Minister" → "Minister of External Affairs"
  title = title.replace(/^((?:(?:First|Deputy|Vice|State|Assistant)\s+)*)(\p{Lu}\p{L}+ Affairs) Minister$/u, '$1Minister of $2');
  // "Foreign Affairs Secretary", "Foreign Relations Secretary" (the Philippines', Mexico's): "Secretary of Foreign Affairs".
  title = title.replace(/^((?:(?:Deputy|Under|Assistant)\s+)*)(Foreign (?:Affairs|Relations)) Secretary$/u, '$1Secretary of $2');
  // "Under Secretary Foreign Policy": a secretary's field written straight after the post, without its "for".
  title = title.replace(/^((?:Under|Deputy|Assistant|Permanent|Additional) Secretary) (?!(?:of|for|to|General|Foreign Affairs|Foreign Relations)\b)(\p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,3})$/u, (whole, head: string, field: string) => (lookupParty(field) ? whole : `${head} for ${field}`));
  // "Deputy Foreign Minister" → "Deputy Minister of Foreign Affairs"; "… for Political Affairs" keeps its field after.
  title = title.replace(/^((?:(?:Acting|First|Deputy|Vice|State|Assistant)\s+)*)(\p{Lu}\p{L}+) Minister((?: for .+)?)$/u, (whole, mods: string, field: string, rest: string) =>
    FIELDS[field] ? `${mods}Minister of ${FIELDS[field]}${rest}` : whole,
  );
  // ("High Commissioner of Namibia to Botswana", "Ambassador of Greece to Serbia": the sending country is the holder's.)
  title = title.replace(/^(Ambassador|High Commissioner)(?: Extraordinary and Plenipotentiary)? of (?:the )?[\p{L}'’ ]+? ((?:to|in) .+)$/u, '$1 $2');
  // "Ambassador-Designate of the State of Qatar to Brunei Darussalam": a designate's post as the records write it, the host
  // country by its short name; "Chargé d’affaires" with the records' capital and apostrophe.
  // (A high commissioner-designate the same way: "High Commissioner-Designate of <A> to <B>".)
  title = title.replace(/^((?:High Commissioner|Ambassador)-)[Dd]esignate(?: of (?:the )?[\p{L}'’ ]+?)? to (?:the (?=Republic|Kingdom|State|Sultanate|Federation))?(.+)$/u, (_, head: string, host: string) => `${head}designate to ${shortCountry(host)}`);
  title = title.replace(/^Charg[ée] d['’][Aa]ffaires\b/u, "Chargé d'Affaires");
  // "Hon. Consul General of Lithuania in Pakistan": an honorary consul; the country the consul is of is the post's.
  title = title.replace(/^Hon\.? (?=\p{Lu})/u, 'Honorary ');
  title = title.replace(/^((?:Honorary )?Consul(?: General)?) of (?:the )?([\p{L}'’ ]+?) ((?:in|at) .+)$/u, (whole, head: string, of: string, rest: string) => (lookupParty(of) ? `${head} ${rest}` : whole));
  // "Ambassador … to the Republic of Kazakhstan", "… in Ashgabat": the host country by its name.
  title = title.replace(/^(.*\b(?:Ambassador|High Commissioner)(?: Extraordinary and Plenipotentiary)?) (?:to|in) (?:the )?(.+)$/u, (whole, head: string, host: string) => {
    const party = findParties(host)[0];
    if (party && party.start === 0 && party.end === host.length && !party.adjective) return `${head} to ${withArticle(countryName(party.code))}`;
    return Object.hasOwn(CITIES, host) ? `${head} to ${withArticle(countryName(CITIES[host]!))}` : whole;
  });
  // "Kazakhstan’s Senate": the country's possessive belongs to the post's country, not its title.
  title = title.replace(/\b(\p{Lu}[\p{L}-]+)['’]s (?=\p{Lu})/gu, (whole, name: string) => (lookupParty(name) ? '' : whole)).replace(/(?<!\bChief) of (?=(?:Senate|Parliament|Government|Cabinet|Presidential Administration)\b)/, ' of the ');
  // "Minister for Road Transport", "Minister for Foreign Affairs": one post with "Minister of …" (a prime minister's
  // brief and a minister of state's field keep their "for").
  title = title.replace(/(?<!\bPrime |\bof State )\bMinister for (?=\p{Lu})/u, 'Minister of ').replace(/\bDefense\b/, 'Defence').replace(/\bVice-Minister\b/, 'Vice Minister');
  title = title.replace(/^Presidential Aide$/, 'Aide to the President');
  // "Head of the Ministry of Foreign Affairs", "Head of the Foreign Ministry": the ministry's head is its minister.
  title = title.replace(/^Head of the Ministry of (.+)$/, 'Minister of $1').replace(/^Head of the Foreign Ministry$/, 'Minister of Foreign Affairs');
  title = title.replace(/^(Ambassador) Extraordinary and Plenipotentiary/, '$1');
  // "of the French Ministry for Europe and Foreign Affairs": a body named by its country
  // belongs to the organization, not to the title.
  title = title.replace(/ of the (\p{Lu}\p{L}+) (?:Federal )?Ministry\b.*$/u, (whole, adjective: string) => (lookupParty(adjective)?.adjective ? '' : whole));
  title = title.replace(/ (city|region|district)$/i, '');
  // Trailing "of Kazakhstan", "of the Republic of Korea", "of the Slovak Republic".
  title = stripTrailingCountry(title);
  // "of the Romanian Senate" → "of the Senate"; "of the UAE Armed Forces" → "of the Armed Forces" (a country's short name as an adjective).
  title = title.replace(/\b(the) (\p{Lu}\p{L}+) (?=\p{Lu})/gu, (whole, the: string, word: string) => (lookupParty(word)?.adjective || /^\p{Lu}{2,4}$/u.test(word) && lookupParty(word) ? `${the} ` : whole));
  // "Head of Asia and Pacific Department at Ministry of Foreign Affairs", "Director of the Department for … at the UK Foreign
  // Office" (its country gone above): the department of the ministry.
  title = title.replace(/^(.*\b(?:Department|Division|Directorate|Bureau|Office)\b.*?) at (?:the )?(Ministry of .+|Foreign Ministry|Foreign Office|Foreign, Commonwealth and Development Office)$/, '$1 of the $2');
  title = title.replace(/ in the$/, '').replace(/\s+(?:of|for|to|and|the|in|at|with)$/, '');
  return title.trim();
}

/** The party a title names as its holder's ("of Kazakhstan", "the Romanian Senate", "of the Saeima"), not the host of an ambassador. */
export function countryInTitle(title: string, places: { country: string; start: number }[] = []): string | undefined {
  // (An adviser "to the French President" serves his own country's head, not a host: en-302.)
  // (The words may be parted by a line break where a communiqué's line wraps: "Ambassador to⏎South Africa".)
  const hostAt = /\bto\s+(?:the\s+)?(?![\p{Lu}][\p{L}]+\s+(?:President|Prime Minister|Government|King|Emir|Sultan|Chancellor)\b)[\p{Lu}]/u.exec(title)?.index ?? Infinity;
  // "Director for EU Affairs", "Minister of State for South Asia", "Department of Europe": the
  // post's field names a party, which is not where its holder is from.
  // So does a party listed in a ministry's name ("… of the Ministry of Foreign Affairs, European Union and Cooperation of Spain").
  // (A list in the field too: "Senior Director for China and Taiwan Affairs".)
  // (And a desk in brackets after the post: "Deputy Secretary (Nepal)", "Director General (Afghanistan, Iran & Turkey)", the
  // South Asian usage for the officer of a desk of countries.)
  const field = (at: number) => /\([^()]*$/.test(title.slice(0, at)) || /\b(?:for|on|with|Department of|Division of|Directorate of|Desk of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?(?:(?:[\p{Lu}][\p{L}-]*,?\s+)+and\s+)?$/u.test(title.slice(Math.max(0, at - 60), at))
    || /\bMinistry of [\p{L} ]+(?:,\s+[\p{L} ]+)*,\s+(?:the\s+)?$/u.test(title.slice(0, at));
  // "Director General of the North American and Oceanian Affairs Department": a region's adjective ("North
  // American", where the two words name no country together) or a department's name is the post's field too.
  const region = (at: number) => /\b(?:North|South|Latin|Central|East|West|Eastern|Western|Northern|Southern)\s+$/.test(title.slice(Math.max(0, at - 12), at));
  const department = (end: number) => /^(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*\s+(?:Affairs\s+)?(?:Department|Division|Bureau|Directorate|Desk)\b/u.test(title.slice(end, end + 80));
  const party = findParties(title).find((mention) => mention.start < hostAt && !field(mention.start) && !region(mention.start) && !department(mention.end));
  if (party) return party.code;
  // "… and Moroccans Abroad", "… and Senegalese Abroad": a ministry for a people's nationals abroad is their own country's.
  const abroad = /\b(\p{Lu}[\p{L}-]+) Abroad\b/u.exec(title)?.[1];
  const people = abroad ? lookupParty(abroad) ?? (/[^s]s$/.test(abroad) ? lookupParty(abroad.slice(0, -1)) : undefined) : undefined;
  if (people?.adjective) return people.code;
  const seat = Object.keys(SEATS).find((name) => title.includes(name));
  if (seat) return SEATS[seat];
  return places.find((place) => place.start < hostAt)?.country;
}

function stripTrailingCountry(title: string): string {
  // "… of the Democratic Republic of Congo (DRC)" (en-459): the country's abbreviation after it goes with it.
  const abbreviated = / \((\p{Lu}{2,5})\)$/u.exec(title);
  if (abbreviated && stripTrailingCountry(title.slice(0, abbreviated.index)) !== title.slice(0, abbreviated.index)) return stripTrailingCountry(title.slice(0, abbreviated.index));
  // "of the Lithuanian Republic", "of the Russian Federation"
  const adjectival = / of (?:the )?(\p{Lu}\p{L}+) (?:Republic|Federation|Kingdom|State)$/u.exec(title);
  if (adjectival && lookupParty(adjectival[1]!)) return title.slice(0, adjectival.index);
  for (const match of title.matchAll(/ of /g)) {
    // (Not the host's full name after an envoy's "to": "High Commissioner … to the Republic of Ghana".)
    if (/\b(?:to|in) (?:the )?(?:\p{Lu}\p{L}+ )?(?:Republic|Kingdom|State|Sultanate|Federation|Commonwealth|Principality|Grand Duchy)$/u.test(title.slice(0, match.index))) continue;
    const rest = title.slice(match.index + 4).replace(/^the /, '').replace(/^(?:Republic|Kingdom|Federal Republic) of (?:the )?/, '');
    if (lookupParty(rest) && !lookupParty(rest)!.adjective) return title.slice(0, match.index);
  }
  return title;
}

/** Names English writes with "the": the United Kingdom, the Netherlands, the Philippines. */
export function withArticle(name: string): string {
  return /^(?:United|Republic|Czech Republic|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia|Holy See|Central African|Dominican|Marshall|Solomon)\b/.test(name) ? `the ${name}` : name;
}

/**
 * The post a counterpart holds, from the posts of the person they are the counterpart of:
 * the portfolio of a double post ("Deputy Prime Minister – Foreign Minister" → the foreign
 * minister's), and a foreign ministry by its common name, since the counterpart's own
 * ministry is named otherwise ("… and International Cooperation", India's "External Affairs").
 */
export function counterpartTitle(titles: string[]): string | undefined {
  const portfolio = titles.find((t) => /^(?:(?:First|Deputy|Vice|State)\s+)*Minister of /.test(t)) ?? titles.at(-1);
  return portfolio?.replace(/\bMinister of (?:Foreign|External) Affairs\b.*$/, 'Minister of Foreign Affairs');
}
