import { CITIES, PARLIAMENTS, findCities, findParties, lookupParty } from './gazetteer.js';
import { bodyBeforeHead, capitaliseLowerPosts } from './lower-titles.js';
import { mayMatch, prechecked } from './prechecks.js';
import type { Sentence, Span } from './segment.js';
import { FIELD_WORD, SEATS, TITLE_HEADS, TITLE_MODIFIERS, canonicalTitle, counterpartTitle, countryInTitle, isField } from './titles.js';
import { FUNCTION_WORDS, MONTH_WORDS, NAME_PARTICLES, REGION_WORDS, TITLE_VOCABULARY, isCommonWord, tokenize, tokensOf, type Token } from './words.js';

/** A person named in the text, with the title the text gives them there. */
export interface PersonMention extends Span {
  name: string;
  /** The title's words as written, and its canonical shape. */
  titleSpan?: Span;
  titleRaw?: string;
  title?: string;
  /** Further posts the same words give: "Deputy Prime Minister – Foreign Minister". */
  moreTitles?: string[];
  country?: string;
  /** How the country is known: from the title, an adjective before it, or the delegation it leads. */
  countryFrom?: 'title' | 'modifier' | 'delegation' | 'known';
  sentence: number;
  /** A surname alone ("Vassilenko said"), resolved to a full name later. */
  partial: boolean;
  /** "his Kazakh counterpart X" with no title in the sentence: X holds the post of the person named before. */
  counterpart?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'to', 'on', 'and', '&', 'the', 'within', 'in', 'at']);
/** Words of address before a name: "Ambassador Mr. Faruk Kaymakcı", "H.E. Talgat Kaliyev", "Lord David Cameron". */
export const HONORIFICS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Madam', 'Mister', 'H.E', 'H.E.', 'HE', 'H.H', 'H.H.', 'HH', 'HRH', 'H.R.H', 'H.R.H.', 'Excellency', 'Highness', 'Majesty', 'Lord', 'Lady', 'Sir', 'Dame', 'Sheikh', 'Sheikha', 'Sayyid', 'Sayyida', 'Prof', 'Professor',
  // "Amb. Raychelle Omamo, the Cabinet Secretary …" (Kenya's ministry, en-450): a diplomat's rank kept as a form of address.
  'Amb',
  // Chiefly and religious styles before a name: Fiji's "Ratu <Name>", "Ro <Name>" (en-527), West Africa's "Alhaji <Name>",
  // "Ustaz <Name>" (en-518).
  'Ratu', 'Ro', 'Alhaji', 'Ustaz']);

/**
 * Brunei's titles of honour, which a patronymic carries too: "<Name> bin Pehin Datu Pekerma Jaya Haji <Father>",
 * "<Name> bin Dato Paduka Haji <Father>" (en-517). After "bin" they are the father's styles, no name words.
 */
const COURT_HONOURS = new Set(['Pehin', 'Datu', 'Dato', 'Datuk', 'Orang', 'Kaya', 'Seri', 'Setia', 'Pekerma', 'Jaya', 'Laila', 'Utama', 'Diraja',
  'Maharaja', 'Lela', 'Bakti', 'Paduka', 'Indera', 'Dewa', 'Kerma', 'Udana', 'Khatib', 'Haji', 'Hajah', 'Awang', 'Dayang', 'Pengiran']);
/** Whether the token at `i` is a court honour inside a patronymic (right after "bin" or after another such honour). */
function patronymicHonour(tokens: Token[], i: number): boolean {
  if (!COURT_HONOURS.has(tokens[i]?.text ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && COURT_HONOURS.has(tokens[k]!.text)) k--;
  return /^(?:bin|binti|Bin|Binti)$/.test(tokens[k]?.text ?? '') && isNameWord(tokens[i + 1]) || (/^(?:bin|binti|Bin|Binti)$/.test(tokens[k]?.text ?? '') && COURT_HONOURS.has(tokens[i + 1]?.text ?? ''));
}
/** A name read with its father's court honours ("Erywan bin Pehin Datu … Mohammad Yusof"), without them ("Erywan bin Mohammad Yusof"). */
export function withoutCourtHonours(name: string): string {
  if (!/\b(?:bin|binti)\s/i.test(name)) return name;
  const words = name.split(' ');
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (COURT_HONOURS.has(word) && k + 1 < words.length) {
      let b = out.length - 1;
      while (b >= 0 && COURT_HONOURS.has(out[b]!)) b--;
      if (/^(?:bin|binti)$/i.test(out[b] ?? '')) continue;
    }
    out.push(word);
  }
  return out.join(' ');
}

/** Particles of Arabic names written with a capital ("Mohammed Bin Awadh Al Hassan"), which are name words too but count as none. */
const CAPITAL_PARTICLES = new Set(['Al', 'Bin', 'Bint', 'Ibn']);
const isParticle = (text: string) => NAME_PARTICLES.has(text) || CAPITAL_PARTICLES.has(text);
/** "Majid bin Sultan Al …", "Khalid bin Prince …": after "bin" a father's name, even one that is also a ruler's title. */
const sonOf = (tokens: Token[], i: number) => /^(?:bin|ibn|bint|Bin|Ibn|Bint)$/.test(tokens[i - 1]?.text ?? '') && TITLE_HEADS.has(tokens[i]?.text ?? '');

/** Verbs of saying that may follow a name in apposition after its post. */
const SAYING = new Set(['said', 'says', 'noted', 'stressed', 'told', 'added', 'emphasized', 'emphasised', 'underlined', 'stated', 'highlighted', 'remarked']);
/** Verbs in the past that do not end in -ed, which may follow a name in apposition after its post ("…, <Name> met with …"). */
const IRREGULAR_PAST = new Set(['met', 'held', 'led', 'paid', 'made', 'gave', 'took', 'sent', 'spoke', 'began', 'left', 'came', 'went', 'saw']);

/** Words of Cambodian honours after "Samdech". */
const KHMER_HONOURS = new Set(['Akka', 'Moha', 'Sena', 'Padei', 'Techo', 'Borvor', 'Thipadei', 'Krolahom', 'Vibol', 'Kittisangahak', 'Bandit']);

/** A regnal number: II, III, IV … XII. */
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,2})$/;

/**
 * Where a name starting at `start` ends: name words, initials before a name word, and particles
 * between name words ("Abdullah bin Zayed Al Nahyan"); at most four words besides the particles.
 */
/** Malay hereditary styles written inside a name (its father's): "Syed Mohamad Hasrin Tengku Hussin". */
const MALAY_STYLES = new Set(['Tengku', 'Tunku', 'Syed', 'Sharifah', 'Syarifah']);

function nameRunEnd(tokens: Token[], start: number): number {
  let end = start;
  let words = 0;
  while (words < 4) {
    const token = tokens[end];
    // (A name does not run over a line break or an ellipsis: "… Daniel …⏎⏎Read More".)
    if (end > start && token && token.start - tokens[end - 1]!.end > 3) break;
    // "Mohammed Bin Awadh Al Hassan": a capitalised particle between name words lengthens the name without counting as one.
    if (end > start && token && CAPITAL_PARTICLES.has(token.text) && (isNameWord(tokens[end + 1]) || sonOf(tokens, end + 1))) end++;
    // "Syed Mohamad Hasrin Tengku Hussin": a Malay hereditary style inside a name lengthens it without counting as a word.
    else if (end > start && token && MALAY_STYLES.has(token.text) && isNameWord(tokens[end + 1])) end++;
    // "Erywan bin Pehin Datu Pekerma Jaya Haji Mohammad Yusof": the father's honours count as no name words.
    else if (end > start && patronymicHonour(tokens, end)) end++;
    else if (isNameWord(token) || (end > start && sonOf(tokens, end))) {
      end++;
      // ("Abdullah Hamad Ali Al-Adham Al-Marri": a name joined to its article counts as a particle's, en-517.)
      if (!/^(?:Al|al|El|el)-\p{Lu}/u.test(token!.text) || end - start < 2) words++;
      // "Secretary Blinken’s Call with …" (a headline): a possessive ends the name.
      if (/['’]s$/.test(token!.text)) break;
    } else if (end > start && token && isParticle(token.text) && (isNameWord(tokens[end + 1]) || sonOf(tokens, end + 1))) end++;
    // "Sabah IV Ahmad Al-Jaber Al-Sabah", "Charles III": a ruler's regnal number after a name word is part of the name.
    else if (end > start && token && REGNAL.test(token.text) && isNameWord(tokens[end - 1])) end++;
    else if (token && isInitial(token.text) && initialsThenName(tokens, end)) end++;
    else break;
  }
  return end;
}

/** Whether the word before `i` is part of a title's "of …" phrase (a connector or a title word), not its head. */
function titleWordBefore(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1]?.text ?? '';
  return CONNECTORS.has(previous) || TITLE_VOCABULARY.has(previous);
}

/**
 * Whether the capitalised words at `i`, inside a title's "of …" phrase, are more of the title:
 * common words only ("Strategic Planning"), or one word the title goes on after
 * ("… Analysis and Forecasting of Kazakhstan MFA").
 */
function insideTitle(tokens: Token[], head: number, i: number): boolean {
  if (i - 1 <= head || !titleWordBefore(tokens, i)) return false;
  const end = nameRunEnd(tokens, i);
  if (!plausibleName(tokens.slice(i, end).map((t) => t.text).join(' '))) return true;
  // "… of the Revolutionary Government of Zanzibar, and …": one capitalised word after "of" that ends the title's phrase
  // is a place the gazetteer lacks, not the holder's name (a holder named after the post has a given name too).
  if (end - i === 1 && tokens[i - 1]!.text === 'of' && (tokens[end] === undefined || /^[,.;:)]$/.test(tokens[end]!.text))) return true;
  return end - i === 1 && /^(?:and|of|for|on)$/.test(tokens[end]?.text ?? '') && Boolean(tokens[end + 1]?.capital) && !isHeadAt(tokens, end + 1);
}

/** "Prime Minister and Minister of Foreign Affairs": a short post, then "and" and a minister's post (not another person's rank). */
function secondPost(tokens: Token[], first: number, and: number): boolean {
  if (and - first > 6 || tokens.slice(first, and).some((t) => t.text === ',' || t.text === '(')) return false;
  let j = and + 1;
  while (tokens[j] && /^(?:First|Deputy|Vice|Prime|Supreme)$/.test(tokens[j]!.text)) j++;
  // ("… and Foreign Minister of …": a field before the head.)
  if (tokens[j] && isField(tokens[j]!.text) && tokens[j + 1]?.text === 'Minister') j++;
  // (Also a ruler's or a commander's post: "Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces";
  // and the press's "DPM and FM <Name>", en-509.)
  return /^(?:Minister|Commander|Ruler|Governor|Chairman|Chairwoman)$/.test(tokens[j]?.text ?? '') || tokens[first]!.text === 'DPM' && tokens[j]?.text === 'FM';
}

/**
 * How many tokens a name of two words or more (a party's, a city's), found by `find` in the `width` tokens from `i`, covers when
 * it starts at `i`; 0 when none. The words stand at their own distances, so the name's end maps back to tokens.
 */
function namedTokensAt(tokens: Token[], i: number, width: number, find: (text: string) => { start: number; end: number }[]): number {
  const window = tokens.slice(i, i + width);
  const first = window[0]!.start;
  let text = '';
  for (const token of window) text = text.padEnd(token.start - first) + token.text;
  const name = find(text)[0];
  if (!name || name.start !== 0) return 0;
  const covered = window.filter((t) => t.start - first < name.end).length;
  return covered >= 2 ? covered : 0;
}

/** How many tokens a party's name of two words or more starting at `i` covers ("United States of America"); 0 when none. */
function partyTokensAt(tokens: Token[], i: number): number {
  if (!tokens[i]?.capital || !tokens[i + 1]?.capital && tokens[i + 1]?.text !== 'of') return 0;
  return namedTokensAt(tokens, i, 6, findParties);
}

/** How many tokens a city's name of two words or more starting at `i` covers ("Crown Prince of Abu Dhabi"); 0 when none. */
function cityTokensAt(tokens: Token[], i: number): number {
  if (!tokens[i + 1]?.capital) return 0;
  return namedTokensAt(tokens, i, 4, findCities);
}

/**
 * Where a list of portfolios that starts at `at` ends: "Forestry and Fisheries", "African Cooperation and Moroccan
 * Expatriates" — capitalised common words (or a country's adjective) in runs of one to three, parted by commas, the last
 * after "and", and no name word after it. 0 when the words there are no such list.
 */
function portfolioListEnd(tokens: Token[], at: number): number {
  // (A portfolio's noun the word list lacks has the endings of abstract and collective nouns: Forestry, Fisheries,
  // Expatriates, Telecommunications.)
  const portfolioWord = (t: Token | undefined) => t !== undefined && t.capital && !HONORIFICS.has(t.text) && !TITLE_HEADS.has(t.text)
    && (TITLE_VOCABULARY.has(t.text) || isCommonWord(t.text.toLowerCase()) || Boolean(lookupParty(t.text)?.code) || isPlaceWord(t.text)
      || /\p{Ll}(?:ry|ries|tions?|ments?|ture|ism|ics|ates|ances?|ities)$/u.test(t.text));
  let j = at;
  let last = false;
  for (;;) {
    const from = j;
    while (portfolioWord(tokens[j]) && j - from < 3) j++;
    if (j === from) return 0;
    if (last) break;
    // (With a serial comma before the last: "…, African Cooperation, and Moroccan Expatriates", en-506.)
    if (tokens[j]?.text === ',' && /^(?:and|&)$/.test(tokens[j + 1]?.text ?? '')) j++;
    // ("Minister of Ports, Shipping & Aviation": an ampersand for the last "and".)
    if (tokens[j]?.text === 'and' || tokens[j]?.text === '&') last = true;
    else if (tokens[j]?.text !== ',') return 0;
    j++;
  }
  return isNameWord(tokens[j]) ? 0 : j;
}

/** How many tokens of address start at `i`, one form after another ("H.E. Mr.", "His Excellency Dr."); 0 when none. */
function honorificsAt(tokens: Token[], i: number): number {
  let count = 0;
  for (let n = honorificAt(tokens, i); n > 0 && count < 4; n = honorificAt(tokens, i + count)) count += n;
  return count;
}

/** Posts after which a royal style or a military rank is the holder's form of address (see readTitle). */
const STYLED_POSTS = new Set(['President', 'Vice-President', 'Minister', 'Premier', 'Ambassador']);
/** A rank of the armed forces written before a name: "Lt General", "Brigadier General", "Major General (Retd)". */
const MILITARY_RANKS = new Set(['Lt', 'Lieutenant', 'Maj', 'Major', 'Brig', 'Brigadier', 'Gen', 'General', 'Col', 'Colonel', 'Admiral', 'Marshal', 'Field']);

/** How many tokens of address start at `i` ("His Excellency" is two); 0 when none. */
function honorificAt(tokens: Token[], i: number): number {
  const token = tokens[i];
  if (!token) return 0;
  if ((token.text === 'His' || token.text === 'Her') && /^(?:Excellency|Highness|Majesty)$/.test(tokens[i + 1]?.text ?? '')) return 2;
  if (HONORIFICS.has(token.text)) return 1;
  // British and Commonwealth styles: "First Secretary of State RT Hon. Dominic Raab", "Secretary of State Hon <Name>" (en-454).
  // ("Hon. Consul General" is an honorary consul: a post follows, not a name.)
  const honourable = (at: number) => /^(?:Hon|Honourable|Honorable)$/.test(tokens[at]?.text ?? '') && isNameWord(tokens[at + 1]) && !TITLE_HEADS.has(tokens[at + 1]!.text) && !TITLE_MODIFIERS.has(tokens[at + 1]!.text);
  if (/^(?:Rt|RT|Right)$/.test(token.text) && honourable(i + 1)) return 2;
  if (honourable(i)) return 1;
  // "Prime Minister the Honourable Mark Brown" (the Cook Islands' ministry, en-528): the article belongs to the style.
  if (token.text === 'the' && honourable(i + 1)) return 2;
  // "His Majesty Sultan Haji Hassanal Bolkiah" (en-517): a pilgrim's style before a name.
  if (/^(?:Haji|Hajah|Hajjah|Alhaja)$/.test(token.text) && isNameWord(tokens[i + 1])) return 1;
  // Cambodian honours before a name: "Samdech Akka Moha Sena Padei Techo <Name>", "Samdech Moha Borvor Thipadei <Name>" (en-380).
  if (token.text === 'Samdech') {
    let j = i + 1;
    while (KHMER_HONOURS.has(tokens[j]?.text ?? '')) j++;
    return isNameWord(tokens[j]) ? j - i : 0;
  }
  return malayHonours(tokens, i);
}

/**
 * Malaysian honours written before a name ("Dato' Seri Utama Haji <Name>", "Tan Sri <Name>", "Datuk <Name>"):
 * words of address, never part of the name. "Seri" and "Sri" count only after an honour ("Sri Lanka" is a
 * country), and "Tan" only before "Sri" (Tan is a surname too).
 */
function malayHonours(tokens: Token[], i: number): number {
  const text = (at: number) => tokens[at]?.text ?? '';
  const apostrophe = (at: number) => /^['’]$/.test(text(at));
  let j = i;
  // Brunei's and Malaysia's forms of address before the honours: "Yang Berhormat", "Yang Mulia", "Yang Amat Berhormat" (en-517).
  if (text(j) === 'Yang' && /^(?:Berhormat|Mulia|Amat|Teramat|Berbahagia|Dimuliakan)$/.test(text(j + 1))) {
    j++;
    while (/^(?:Berhormat|Mulia|Amat|Teramat|Berbahagia|Dimuliakan)$/.test(text(j))) j++;
    if (isNameWord(tokens[j]) && !/^(?:Dato|Datuk|Datin|Tun|Toh|Pehin|Awang|Dayang|Pengiran|Haji|Hajah)$/.test(text(j))) return j - i;
  }
  // "Pehin Orang Kaya … Dato … Haji <Name>": Brunei's titles of honour, word after word.
  if (text(j) === 'Pehin' && COURT_HONOURS.has(text(j + 1))) {
    while (COURT_HONOURS.has(text(j)) && !/^(?:Awang|Dayang|Haji|Hajah)$/.test(text(j))) j++;
  }
  if (/^(?:Dato|Datuk|Datin|Tun|Toh)$/.test(text(j))) j++;
  else if (j === i && text(j) === 'Tan' && /^Sri$/.test(text(j + 1))) j++;
  // (Inside a run, the rank after "Dato'" is met on its own: "Dato' | Sri Amran …".)
  else if (j === i && !(/^(?:Seri|Sri|Utama)$/.test(text(j)) && (apostrophe(j - 1) || /^(?:Dato|Datuk|Tan|Seri|Sri)$/.test(text(j - 1))))) return 0;
  if (apostrophe(j)) j++;
  while (/^(?:Seri|Sri|Utama|Paduka|Setia|Panglima|Puan|Laila|Jaya|Diraja)$/.test(text(j))) j++;
  // (Brunei's "Awang", "Dayang" and "Pengiran" before a name: "Dato Seri Setia Awang Haji <Name>".)
  if (j > i && /^(?:Awang|Dayang)$/.test(text(j)) && isNameWord(tokens[j + 1])) j++;
  if (/^(?:Haji|Hajjah|Hajah|Hj)$/.test(text(j)) && isNameWord(tokens[j + 1])) j++;
  return j > i && isNameWord(tokens[j]) ? j - i : 0;
}

/**
 * Whether words read as a name may be one: not a region ("Latin America"), and not made
 * only of common English words ("Community Abroad"), which a name never is alone.
 */
export function plausibleName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.some((w) => REGION_WORDS.has(w))) return false;
  // "©REUTERS/Jason Reed", "@handle": a photo credit or an account, not a name.
  if (/[/©@|]/.test(name)) return false;
  // "… Of SCO Ministerial - New Delhi" (a headline and its place, en-508): no name holds a spaced dash.
  if (/\s[-–—]\s/.test(name)) return false;
  if (/\p{Script=Cyrillic}/u.test(name)) return true;
  // "… a reception Hosted By": no name ends in a preposition or an article.
  if (NAME_NEVER_ENDS.has(words.at(-1)!)) return false;
  // "<Name>\nImage: <credit>": a caption's label on the next line is no part of the name before it (en-376).
  if (PAGE_LABELS.has(words.at(-1)!)) return false;
  return !words.every((w) => isCommonWord(w.toLowerCase()) || NAME_PARTICLES.has(w));
}
const NAME_NEVER_ENDS = new Set(['By', 'Of', 'To', 'For', 'With', 'And', 'The', 'At', 'In', 'On', 'From', 'A', 'An']);
const PAGE_LABELS = new Set(['Image', 'Photo', 'Photos', 'Video', 'Caption', 'Credit', 'Source', 'File']);
// ("… for Asia-Pacific affairs": the field's last word in lower case.)
/** A portfolio's noun after its adjective: "International cooperation", "Foreign trade". */
const PORTFOLIO_NOUN_AFTER = /^(?:cooperation|co-operation|relations|trade|integration|development|affairs)$/;
const LOWER_TITLE_WORDS = new Set(['city', 'region', 'district', 'e', 'affairs', "d'affaires", 'd’affaires']);
/** "Secretary of State of the friendly United States of America": courtesy adjectives before a country inside a title. */
const COURTESY = new Set(['friendly', 'brotherly', 'fraternal', 'sisterly']);

function isPlaceWord(text: string): boolean {
  // "Tunisians Abroad", "Kazakhs": a people's name in the plural is not a person's.
  if (/[^s]s$/.test(text) && lookupParty(text.slice(0, -1))?.adjective) return true;
  return Object.hasOwn(CITIES, text) || Object.hasOwn(PARLIAMENTS, text) || lookupParty(text) !== undefined || /-\p{Lu}/u.test(text) && findParties(text).length > 0;
}

/** Verbs a headline capitalises after a name ("<Title> <Name> Meets with …"): never part of the name. */
const HEADLINE_VERBS = new Set(['Meets', 'Holds', 'Receives', 'Discusses', 'Visits', 'Calls', 'Says', 'Talks', 'Hosts', 'Signs', 'Attends', 'Welcomes', 'Urges', 'Congratulates']);

/** A capitalised word that may be part of a person's name. */
export function isNameWord(token: Token | undefined): boolean {
  if (!token || !token.capital) return false;
  const text = token.text.replace(/['’]s$/, '');
  if (text.length < 2 || /^\p{Lu}+$/u.test(text) && text.length <= 4) return false;
  // A sovereign's epithet after the name ("Hassanal Bolkiah Mu'izzaddin Waddaulah") and the Malay monarch's style
  // ("Yang Di-Pertuan"): no name words.
  if (/^(?:Mu['’]izzaddin|[Dd]i-Pertuan)$/.test(text)) return false;
  return !TITLE_VOCABULARY.has(text) && !TITLE_HEADS.has(text) && !TITLE_MODIFIERS.has(text) && !MONTH_WORDS.has(text) && !FUNCTION_WORDS.has(text) && !HEADLINE_VERBS.has(text) && !isPlaceWord(text);
}

function isHeadAt(tokens: Token[], index: number): boolean {
  let i = index;
  if (tokens[i]?.text === 'the') i++;
  if (tokens[i] && lookupParty(tokens[i]!.text)) i++;
  while (tokens[i] && (TITLE_MODIFIERS.has(tokens[i]!.text) || isField(tokens[i]!.text))) i++;
  return tokens[i] !== undefined && TITLE_HEADS.has(tokens[i]!.text);
}

interface TitleMatch {
  first: number;
  headIndex: number;
  /** Index of the first token after the title (the name's first token when there is one). */
  titleEnd: number;
  nameStart: number;
  nameEnd: number;
  modifierCountry?: string;
}

/** Reads a title around a head word and the name that follows it. */
/**
 * An initial: "A", "K." — or, before a name, two or three capitals that are no party or region, as Sri Lankan
 * and South Indian names give their initials ("MUM Ali Sabry").
 */
function isInitial(text: string): boolean {
  return /^\p{Lu}\.?$/u.test(text);
}
/** Two or three capitals straight after a post, before a name: initials ("Foreign Minister MUM Ali Sabry"), unless an abbreviation. */
function capitalInitials(tokens: Token[], i: number, head: number): boolean {
  const text = tokens[i]!.text;
  if (!/^\p{Lu}{2,3}$/u.test(text) || i !== head + 1 || !isNameWord(tokens[i + 1]) || !isNameWord(tokens[i + 2])) return false;
  return !REGION_WORDS.has(text) && !lookupParty(text) && !HONORIFICS.has(text) && !TITLE_HEADS.has(text) && !/^(?:MFA|MEA|MOFA|MID|FO|PM)$/.test(text);
}

/** Whether one or more initials start a name here: "A K Abdul Momen", "G. L. Peiris" (the stops are no tokens). */
function initialsThenName(tokens: Token[], at: number): boolean {
  let j = at;
  while (isInitial(tokens[j]?.text ?? '') && j - at < 3) j++;
  return j > at && isNameWord(tokens[j]);
}

/** Whether a name of two words or more and a comma stand right before the title at `first` ("<Name>, [the] [Malaysia's] <Title>"). */
function apposedName(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k] && lookupParty(tokens[k]!.text.replace(/['’]s$/, ''))) k--;
  if (tokens[k]?.text === 'the') k--;
  if (!(tokens[k]?.text === ',' && isNameWord(tokens[k - 1]) && isNameWord(tokens[k - 2]))) return false;
  // ("his New Zealand counterpart, Christopher Luxon, Australian Prime Minister, Anthony Albanese, and …", en-527: a name
  // that is itself the holder of the post before it, after a comma, is no apposition to this one.)
  let n = k - 1;
  while (n > 0 && isNameWord(tokens[n - 1])) n--;
  // (Nor one straight after a head of its own, "… with Foreign Minister <A>, Minister of Ports …, <B>, …": <A> holds the post
  // before his name, and the name after the comma is this post's holder.)
  return !(tokens[n - 1]?.text === ',' && (TITLE_HEADS.has(tokens[n - 2]?.text ?? '') || tokens[n - 2]?.text === 'counterpart') || TITLE_HEADS.has(tokens[n - 1]?.text ?? ''));
}

function readTitle(tokens: Token[], head: number): TitleMatch {
  let first = head;
  // (A field goes right before its head or "Affairs", never before "Prime" or a deputy's rank: in "… Forum, Foreign⏎⏎Prime
  // Minister <Name>", a page's tags above its headline (en-528), the field word is a tag's.)
  while (first > 0 && (TITLE_MODIFIERS.has(tokens[first - 1]!.text) || isField(tokens[first - 1]!.text) && !/^(?:Prime|First|Deputy|Vice)$/.test(tokens[first]!.text))) first--;
  // "Burundian External Relations and International Cooperation Minister <Name>" (en-307): a ministry's long name before
  // "Minister", its words joined by "and", taken whole when a country stands right before it (else it is no post's).
  if (first === head && tokens[head]!.text === 'Minister') {
    let k = head;
    // ("Zambia's Commerce, Trade and Industry Minister": the ministry's words parted by commas too.)
    while (k > 0 && (FIELD_WORD.test(tokens[k - 1]!.text) || /^(?:and|,)$/.test(tokens[k - 1]!.text) && FIELD_WORD.test(tokens[k - 2]?.text ?? '') && k < head)) k--;
    const words = tokens.slice(k, head).filter((t) => t.text !== 'and' && t.text !== ',').length;
    if (words >= 2 && tokens[k]!.text !== 'and' && tokens[k - 1] && lookupParty(tokens[k - 1]!.text.replace(/['’]s$/, ''))) first = k;
  }
  // "First Deputy of the Prime Minister": a translation's order for the First Deputy Prime Minister.
  if (tokens[head]!.text === 'Minister' && tokens[first]?.text === 'Prime' && tokens[first - 1]?.text === 'the' && tokens[first - 2]?.text === 'of' && tokens[first - 3]?.text === 'Deputy') {
    first -= 3;
    while (first > 0 && TITLE_MODIFIERS.has(tokens[first - 1]!.text)) first--;
  }
  // ("United States' Acting Assistant Secretary": a plural's possessive is an apostrophe of its own after the name.)
  const at = /^['’]$/.test(tokens[first - 1]?.text ?? '') && /s$/.test(tokens[first - 2]?.text ?? '') ? first - 2 : first - 1;
  const before = tokens[at];
  const single = before && lookupParty(before.text.replace(/['’]s$/, ''))?.code;
  // "North Korean First Deputy Foreign Minister": the party whose name ends right before the title.
  // (Two words: "SINGAPORE — Prime Minister <Name>" is a dateline's city and a dash, not the post's country, en-309.)
  const pair = before && tokens[at - 1] && /\p{L}/u.test(before.text) ? findParties(`${tokens[at - 1]!.text} ${before.text}`) : [];
  const seat = before && tokens[at - 1] ? SEATS[`${tokens[at - 1]!.text} ${before.text}`] ?? SEATS[before.text] : before ? SEATS[before.text] : undefined;
  // "Australian High Commission’s Chargé d’affaires <Name>" (en-526): the post of a country's mission is that country's.
  const mission = before && /^(?:Commission|Embassy|Mission)['’]s$/.test(before.text) ? [at - 1, at - 2].map((k) => tokens[k] && lookupParty(tokens[k]!.text)).find(Boolean)?.code : undefined;
  let modifierCountry = pair.length === 1 && pair[0]!.start === 0 ? pair[0]!.code : single ?? seat ?? mission;
  // "(Deputy) United States Trade Representative <Name>" (en-548): a post whose name holds its country; the country's
  // words stay in the post, and a deputy's rank before them too.
  if (tokens[head]!.text === 'Representative' && tokens[first]?.text === 'Trade' && tokens[first - 1]?.text === 'States' && tokens[first - 2]?.text === 'United') {
    first -= 2;
    while (first > 0 && /^(?:Deputy|Acting|Principal)$/.test(tokens[first - 1]!.text)) first--;
    modifierCountry = 'US';
  }
  let nameStart = -1;
  let nameEnd = -1;
  let addressAt = -1;
  let i = head + 1;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // (A possessive ends the name: "Secretary Blinken’s Call with …"; so does a line break or an ellipsis.)
    if (nameStart >= 0 && nameEnd === i && (/['’]s$/.test(tokens[i - 1]!.text) || token.start - tokens[i - 1]!.end > 3)) break;
    const inName = nameStart >= 0 && nameEnd === i;
    // "Minister K Natwar Singh", "Zaheer A. Janjua": an initial is part of the name around it.
    // (Initials spaced apart inside a name: "Retno L. P. Marsudi", en-373.)
    const initialsToName = isInitial(token.text) && isInitial(tokens[i + 1]?.text ?? '') && (isNameWord(tokens[i + 2]) || (isInitial(tokens[i + 2]?.text ?? '') && isNameWord(tokens[i + 3])));
    if ((isInitial(token.text) || nameStart < 0 && capitalInitials(tokens, i, head)) && ((isNameWord(tokens[i + 1]) || initialsToName) && (nameStart < 0 || inName))) {
      if (nameStart < 0) nameStart = i;
      nameEnd = i + 1;
      i++;
      continue;
    }
    // "Additional Foreign Secretary (Africa) Ambassador Hamid Asghar Khan": a diplomat's rank
    // after another post is a form of address, not part of the post.
    // (So is an Egyptian counsellor's style after a post and its comma: "Spokesman for the Presidency, Counselor <Name>".)
    if (nameStart < 0 && i > head && (/^Amb(?:assador|\.)?$/.test(token.text) || /^Counsell?or$/.test(token.text) && tokens[i - 1]?.text === ',') && !/^(?:Extraordinary|Plenipotentiary|at-Large)$/.test(tokens[i + 1]?.text ?? '')
      && (isNameWord(tokens[i + 1]) || honorificAt(tokens, i + 1) > 0)) {
      addressAt = i;
      i += 1 + honorificAt(tokens, i + 1);
      nameStart = i;
      nameEnd = i;
      while ((isNameWord(tokens[nameEnd]) || (/^\p{Lu}\.?$/u.test(tokens[nameEnd]?.text ?? '') && isNameWord(tokens[nameEnd + 1]))) && nameEnd - nameStart < 4) nameEnd++;
      break;
    }
    // "Representative of His Highness the Emir of Kuwait Sheikh <Name>" (en-522): a style before another post opens
    // another person's title; this one has no holder here.
    if (nameStart < 0 && i > head + 1 && /^(?:His|Her)$/.test(token.text) && /^(?:Highness|Majesty|Excellency)$/.test(tokens[i + 1]?.text ?? '')
      && (tokens[i + 2]?.text === 'the' || TITLE_HEADS.has(tokens[i + 2]?.text ?? ''))) break;
    // "Sultan of Brunei Sultan Hassanal Bolkiah", "Foreign Minister of Eswatini Senator <Name>" (en-518, en-529): a ruler's
    // or a senator's rank repeated as a style after the post's country is the name's form of address, not more post.
    if (nameStart < 0 && i > head + 1 && /^(?:Sultan|King|Queen|Emir|Senator)$/.test(token.text) && tokens[i - 1]!.capital && !CONNECTORS.has(tokens[i - 1]!.text)
      && !TITLE_HEADS.has(tokens[i - 1]!.text) && !TITLE_MODIFIERS.has(tokens[i - 1]!.text)) {
      const from = i + 1 + honorificAt(tokens, i + 1);
      if (isNameWord(tokens[from])) {
        addressAt = i;
        nameStart = from;
        nameEnd = nameRunEnd(tokens, from);
        break;
      }
    }
    // "Foreign Minister Prince <Name>", "President Lt General <Name>" (en-607, en-608): a royal style or a military rank
    // straight after a whole post is the holder's form of address, not more of the post. (Only after posts that never
    // take "General" as their own word: a secretary general or a governor general keeps it.)
    if (nameStart < 0 && i === head + 1 && STYLED_POSTS.has(tokens[head]!.text)) {
      let j = i;
      if (/^(?:Prince|Princess)$/.test(token.text)) j++;
      else while (MILITARY_RANKS.has(tokens[j]?.text ?? '') && j - i < 3) j++;
      const styled = j > i;
      j += honorificsAt(tokens, j);
      if (styled && isNameWord(tokens[j]) && !TITLE_HEADS.has(tokens[j]!.text)) {
        addressAt = i;
        nameStart = j;
        nameEnd = nameRunEnd(tokens, j);
        break;
      }
    }
    // "Ambassador Mr. Faruk Kaymakcı": the words of address end the title; the name follows them.
    // ("Foreign Minister HE Mr. <Name>", en-605: they may come two in a row.)
    const address = nameStart < 0 ? honorificsAt(tokens, i) : 0;
    // ("Foreign Minister Dr A K Abdul Momen": initials may open the name after the words of address.)
    if (address && (isNameWord(tokens[i + address]) || initialsThenName(tokens, i + address))) {
      addressAt = i;
      i += address;
      // "Sheikh Abdullah bin Zayed": a second word of address, then a name with its particles.
      if (HONORIFICS.has(tokens[i]!.text) && isNameWord(tokens[i + 1])) i++;
      nameStart = i;
      nameEnd = nameRunEnd(tokens, i);
      // "Prime Minister Sheikh Hasina": with one name word left, "Sheikh" is part of the name, as South Asia writes it (the
      // registry still finds a Gulf ruler's "Sheikh Abdullah" among the people whose name opens with Abdullah).
      if (nameEnd - nameStart === 1 && /^(?:Sheikh|Sheikha)$/.test(tokens[nameStart - 1]!.text)) nameStart--;
      break;
    }
    // "of the friendly United States of America": a country of several words inside the title.
    // (Only where a name could start: other capitalised words stay in the title anyway.)
    // ("to Saudi Arabia": a country whose first word alone is an adjective, not a name word, is the title's too.)
    const party = nameStart < 0 && i > head && (isNameWord(token) || token.capital && isPlaceWord(token.text)) ? partyTokensAt(tokens, i) || cityTokensAt(tokens, i) : 0;
    if (party) {
      i += party;
      continue;
    }
    if (isNameWord(token) || (inName && sonOf(tokens, i))) {
      if (inName) nameEnd = i + 1;
      else if (insideTitle(tokens, head, i)) {
        // "… of Foreign Policy Analysis and Strategic Planning", "… of the White House National Security Council",
        // "… and National Community Abroad": capitalised common words inside the title are its words, not a name.
        i = nameRunEnd(tokens, i);
        continue;
      } else {
        // "… and Market Access Emre Yildirim": common words that open a run inside the title end the title, not start the name.
        const end = nameRunEnd(tokens, i);
        if (i - 1 > head && titleWordBefore(tokens, i)) while (end - i > 2 && isCommonWord(tokens[i]!.text.toLowerCase())) i++;
        nameStart = i;
        nameEnd = i + 1;
      }
      i++;
      continue;
    }
    // "King Mohammed VI": a regnal number ends the name it follows.
    if (inName && REGNAL.test(token.text)) {
      nameEnd = i + 1;
      i++;
      continue;
    }
    if (inName && isParticle(token.text) && (isNameWord(tokens[i + 1]) || sonOf(tokens, i + 1))) {
      nameEnd = i + 1;
      i++;
      continue;
    }
    // After a name, anything but more title words ends the title.
    if (nameStart >= 0 && nameEnd === i && !token.capital) break;
    // "Argentine Foreign Minister Santiago Cafiero": a city's name straight after the post and before a name word is a
    // given name (Santiago, Florence, Victoria), not the post's place.
    if (nameStart < 0 && i === head + 1 && token.capital && Object.hasOwn(CITIES, token.text) && !lookupParty(token.text) && isNameWord(tokens[i + 1]) && !isNameWord(tokens[i + 2])) {
      nameStart = i;
      nameEnd = i + 2;
      break;
    }
    // "… the King of Morocco A statement by …": an article opening the next sentence (its full stop lost) ends the title;
    // so does a preposition opening the paragraph after a caption ("<Name>, Minister of Foreign Affairs of Namibia⏎⏎In a
    // meeting with …", en-308).
    if (/^(?:A|An|The|In|At|During|After)$/.test(token.text) && tokens[i + 1] && !tokens[i + 1]!.capital && i > head + 1) break;
    // "Indian Foreign Minister Holds Bilateral Talks On …" (a title-case headline, en-508): its verb ends the post.
    if (nameStart < 0 && HEADLINE_VERBS.has(token.text)) break;
    if (token.capital) {
      i++;
      continue;
    }
    // "Minister of Foreign Affairs and International cooperation of <Country>" (en-378): a portfolio's noun written in
    // lower case after its capitalised adjective is still the post's.
    const lowerPortfolio = nameStart < 0 && PORTFOLIO_NOUN_AFTER.test(token.text) && /^(?:International|Regional|Economic|Foreign|Bilateral|Multilateral)$/.test(tokens[i - 1]?.text ?? '');
    if (lowerPortfolio || LOWER_TITLE_WORDS.has(token.text) || (COURTESY.has(token.text) && tokens[i + 1]?.capital)) {
      i++;
      continue;
    }
    // "<A>, Minister of Foreign Affairs and <B>, Minister of State": a name of two words or more with a post of
    // its own after "and" is the next person of a list, not more of this title.
    if (token.text === 'and') {
      const end = nameRunEnd(tokens, i + 1);
      // (The next post may open with a word of its own before the head: "… National Security Advisor and <B>, Diplomatic
      // Advisor to the President", en-302.)
      if (end - (i + 1) >= 2 && tokens[end]?.text === ',' && (isHeadAt(tokens, end + 1) || TITLE_MODIFIERS.has(tokens[end + 1]?.text ?? '') && isHeadAt(tokens, end + 2))) break;
    }
    if (CONNECTORS.has(token.text)) {
      // "<Name>, Prime Minister and Minister of Foreign Affairs,": a double post in apposition goes on; elsewhere "and" parts two people.
      // (So does a deputy premier's second post before the holder's name: "… between <A> and Deputy Prime Minister and Foreign
      // Minister of the Republic of Iraq <Name>", en-520.)
      const deputyPremier = tokens[first - 1]?.text !== 'the' && (/^(?:First|Deputy|Vice)$/.test(tokens[first]!.text) && /^Minister$/.test(tokens[i - 1]!.text) && tokens[i - 2]?.text === 'Prime' || tokens[first]!.text === 'DPM' && i === first + 1);
      if (token.text === 'and' && isHeadAt(tokens, i + 1) && !(nameStart < 0 && (tokens[first - 1]?.text === ',' || deputyPremier) && secondPost(tokens, first, i))) break;
      if (!tokens[i + 1] || !(tokens[i + 1]!.capital || tokens[i + 1]!.text === 'the' || CONNECTORS.has(tokens[i + 1]!.text) || COURTESY.has(tokens[i + 1]!.text))) break;
      // "<Name>, Japan's Special Envoy for Horn of Africa on January 11, 2023": a date after the post ends it (en-452).
      if (/^(?:on|in|at)$/.test(token.text) && MONTH_WORDS.has(tokens[i + 1]!.text)) break;
      // "greetings of the Prime Minister of Kuwait to Tigran Sargsyan": "to" before a person's name ends the title
      // (an ambassador's "to" is followed by a country or a capital, which are not name words).
      if (token.text === 'to' && isNameWord(tokens[i + 1]) && isNameWord(tokens[i + 2])) break;
      // "a message from my President to President <Name>" (en-609): a head of state's post takes "of", never "to"; the
      // post after "to" is the next person's.
      if (token.text === 'to' && i === head + 1 && nameStart < 0 && /^(?:President|Vice-President|King|Queen|Emir|Sultan|Premier|Chancellor)$/.test(tokens[head]!.text) && isHeadAt(tokens, i + 1)) break;
      i++;
      continue;
    }
    // "Additional Secretary (Europe)", "Secretary (Economic Relations)": the post's field in brackets.
    if (token.text === '(' && nameStart < 0) {
      let close = i + 1;
      // ("Director General (Afghanistan, Iran & Turkey)": a desk of several countries, with commas and an ampersand.)
      while (close < tokens.length && close - i <= 8 && tokens[close]!.text !== ')' && (tokens[close]!.capital || CONNECTORS.has(tokens[close]!.text) || tokens[close]!.text === ',' && tokens[close + 1]?.capital)) close++;
      if (tokens[close]?.text === ')' && close > i + 1) {
        i = close + 1;
        continue;
      }
    }
    // A spaced hyphen stands for the dash in plain-text reports ("Deputy Prime Minister - Minister of Trade").
    if ((token.text === '–' || token.text === '—' || token.text === '-') && isHeadAt(tokens, i + 1)) {
      i++;
      continue;
    }
    // "Director for Latin America, Africa, Asia and Pacific Department": a list of regions is the post's field, commas and all.
    if ((token.text === ',' || token.text === '&') && nameStart < 0 && REGION_WORDS.has(tokens[i - 1]?.text ?? '') && REGION_WORDS.has(tokens[i + 1]?.text ?? '')) {
      i++;
      while (REGION_WORDS.has(tokens[i]?.text ?? '')) i++;
      continue;
    }
    // "Minister of Agriculture, Forestry and Fisheries", "Minister of Foreign Affairs, African Cooperation and Moroccan
    // Expatriates" (en-608, en-506): portfolios listed with commas and a last "and" are one minister's post.
    const portfolios = token.text === ',' && nameStart < 0 && /^(?:Minister|Ministry|Secretary)$/.test(tokens[head]!.text) ? portfolioListEnd(tokens, i + 1) : 0;
    if (portfolios) {
      // (The post reads on after the list: "…, International Trade and Worship of the Argentine Republic", en-002.)
      i = portfolios;
      continue;
    }
    // (Not "In the conversation with the Deputy Minister of Foreign Affairs of Greece, Minister Djuric underlined": a
    // head and a surname alone after the comma are someone named before, the subject, not a second post of the one met,
    // en-313.)
    const surnameAfter = isHeadAt(tokens, i + 1) && isNameWord(tokens[i + 2]) && !isNameWord(tokens[i + 3]) && tokens[i + 3] !== undefined && !tokens[i + 3]!.capital;
    const counsellor = /^Counsell?or$/.test(tokens[i + 1]?.text ?? '') && isNameWord(tokens[i + 2]) && isNameWord(tokens[i + 3]);
    if (token.text === ',' && tokens[i + 1]?.capital && (TITLE_VOCABULARY.has(tokens[i + 1]!.text) || counsellor) && nameStart < 0 && !surnameAfter) {
      i++;
      continue;
    }
    // "the State Secretary of the Romanian Ministry of Foreign Affairs, Dan Neculaescu": the name after a comma.
    // (Not when a name stands apposed before the title: in "Do Hung Viet, Deputy Minister of Foreign Affairs, Nguyen
    // Minh Hang, and …" the name after the comma is the list's next person, not the post's holder.)
    if (token.text === ',' && nameStart < 0 && !apposedName(tokens, first)) {
      let j = i + 1 + honorificAt(tokens, i + 1);
      // ("Director of the … Service, Major General <Name>": a military rank before the name is its form of address.)
      let rank = j;
      while (MILITARY_RANKS.has(tokens[rank]?.text ?? '') && rank - j < 3) rank++;
      if (rank > j && isNameWord(tokens[rank]) && isNameWord(tokens[rank + 1])) j = rank;
      const start = j;
      // (With its particles: "…, Dato' Seri Mohamad bin Haji Hasan"; with initials: "…, V. Muraleedharan,".)
      if (isNameWord(tokens[j]) || initialsThenName(tokens, j)) j = nameRunEnd(tokens, j);
      const next = tokens[j]?.text;
      // "the King of Eswatini, Mswati-III at Lozitha Palace" (en-529): a ruler's name with its number is a name, one word or two.
      const ruler = j > start && /-(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})$/.test(tokens[j - 1]!.text) || j - start >= 2 && REGNAL.test(tokens[j - 1]!.text);
      if (ruler && j - start <= 3) {
        addressAt = i;
        nameStart = start;
        nameEnd = j;
        break;
      }
      // (Or a verb of saying, or a verb in the past: "…, chair of the Senate Committee on …, <Name> noted", "US Acting
      // Assistant Secretary for … Affairs, <Name> reached Sri Lanka".)
      // (Or a verb's auxiliary: "Prime Minister, <Name> is confident …", FBC News, en-526.)
      // (Or a word of the day: "… Cabinet Secretary for Ministry of Foreign and Diaspora Affairs, <Name> today in <City>", en-511.)
      const day = /^(?:today|yesterday|tonight|earlier|recently)$/.test(next ?? '') || (next === 'on' && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2})$/.test(tokens[j + 1]?.text ?? ''));
      // (Or a semicolon, the end of one item of a list: "…; Minister of Energy, Ms <Name>; …", en-608.)
      // (Not a name with a post of its own after it while a name stands right before this post: in "<Title> A, Minister of
      // Foreign Affairs of <X>, B, Minister of … of <Y>" the post is A's second and B holds the next.)
      const ownPostAfter = next === ',' && isHeadAt(tokens, j + 1) && tokens[first - 1]?.text === ',' && isNameWord(tokens[first - 2]);
      if (j - start >= 2 && !ownPostAfter && (next === undefined || next === ',' || next === ';' || next === 'and' || next === ')' || next === '–' || next === 'who' || SAYING.has(next) || (j - start <= 3 && (day || /^\p{Ll}+ed$/u.test(next) || IRREGULAR_PAST.has(next) || /^(?:is|was|has|had|will|would)$/.test(next))))) {
        addressAt = i;
        nameStart = start;
        nameEnd = j;
      }
    }
    break;
  }
  // Particles lengthen a name ("Faysal bin Ferhan Al Saud"); without them five name words are two people or a body.
  const particles = nameStart >= 0 ? tokens.slice(nameStart, nameEnd).filter((t, n) => isParticle(t.text) || REGNAL.test(t.text) || patronymicHonour(tokens, nameStart + n) || (n > 0 && MALAY_STYLES.has(t.text))).length : 0;
  if (nameStart >= 0 && nameEnd - nameStart > 4 + particles) nameStart = nameEnd - 3;
  const titleEnd = addressAt >= 0 ? addressAt : nameStart >= 0 ? nameStart : i;
  return { first, headIndex: head, titleEnd, nameStart, nameEnd, modifierCountry };
}

/**
 * A title's head word misspelt by a dropped and a moved letter ("Seanor Sherry Rehman" for Senator): a word that is no
 * English word, with the letters of a head of six letters or more but one, before a name of two words. Read as that
 * head, so the misspelling is not taken for a first name.
 */
function misspeltHead(tokens: Token[], i: number): string | undefined {
  const word = tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word) || isCommonWord(word.toLowerCase()) || !isNameWord(tokens[i + 1]) || !isNameWord(tokens[i + 2])) return undefined;
  const letters = (text: string) => [...text.toLowerCase()].sort().join('');
  const have = letters(word);
  for (const head of TITLE_HEADS) {
    if (head.length < 6 || head.length !== word.length + 1 || head[0] !== word[0] || !/^\p{L}+$/u.test(head)) continue;
    const full = [...head.toLowerCase()];
    if (full.some((_, k) => letters(full.filter((__, m) => m !== k).join('')) === have)) return head;
  }
  return undefined;
}

/** Right after a party: "The Kazakh delegation …", "the Pakistani side", "… and Austria by …" (not "as part of" far after it). */
const DELEGATION = /^\s*(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:delegation|side|part|party|team)\b|^\s*(?:was|is|were)\s+(?:represented|led|headed)\s+by\b|^\s*by\b/u;

/** "delegation includes", "delegation was made up of": a delegation's members listed after it. */
const DELEGATION_LIST = /\b(?:delegation|team)\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of|(?:was|is)\s+made\s+up\s+of)\b/;

/** The party whose delegation a person leads: "The Kazakh delegation was led by …", "… and Austria by …". */
function delegationCountry(sentence: Sentence, from: number, to: number): string | undefined {
  const window = sentence.text.slice(from - sentence.start, to - sentence.start);
  const parties = findParties(window, from);
  for (const party of parties.reverse()) {
    const after = sentence.text.slice(party.end - sentence.start, to - sentence.start);
    // (Not across "at the invitation of": whoever invited the delegation is its host, of the other side.)
    if (DELEGATION.test(after.slice(0, 60).replace(/^['’]s\b/, '')) && !/\b(?:met|with|received|invitation|invited)\b/.test(after)) return party.code;
  }
  return undefined;
}

/**
 * Every titled person in a sentence, every "Name, Title" apposition and every honorific
 * with a surname ("Ms Balciuniene").
 */
export function findTitledPeople(original: Sentence, index: number): PersonMention[] {
  const sentence = { ...original, text: capitaliseTitles(original.text) };
  const tokens = sentence.text === original.text ? tokensOf(original) : tokenize(sentence.text, sentence.start);
  const mentions: PersonMention[] = [];
  let consumed = -1;
  let lastPersonEnd = sentence.start;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumed) continue;
    const token = tokens[i]!;
    const address = honorificAt(tokens, i);
    if (address && isNameWord(tokens[i + address]) && !TITLE_HEADS.has(tokens[i + address]!.text)) {
      // "His Highness Sheikh Abdullah bin Zayed Al Nahyan": words of address one after another, then the name.
      let from = i + address;
      while (HONORIFICS.has(tokens[from]!.text) && isNameWord(tokens[from + 1])) from++;
      const end = nameRunEnd(tokens, from);
      const mention = nameOnly(tokens, from, end, index, sentence.text, sentence.start);
      if (plausibleName(mention.name)) mentions.push(mention);
      consumed = end - 1;
      continue;
    }
    // "Senior Special Assistant to the President on …": an assistant to someone heads a post of their own
    // (elsewhere "Assistant" only qualifies a head: "Assistant Secretary of State").
    // So does a chief of staff or of cabinet (elsewhere "Chief" qualifies a head: "Chief Director").
    const assistant = (token.text === 'Assistant' && tokens[i + 1]?.text === 'to') || (token.text === 'Chief' && tokens[i + 1]?.text === 'of' && /^(?:Staff|Cabinet)$/.test(tokens[i + 2]?.text ?? ''));
    const misspelt = TITLE_HEADS.has(token.text) || assistant ? undefined : misspeltHead(tokens, i);
    if ((!TITLE_HEADS.has(token.text) || sonOf(tokens, i)) && !assistant && !misspelt) continue;
    const match = readTitle(tokens, i);
    consumed = Math.max(match.titleEnd, match.nameEnd) - 1;
    // "Roscosmos head <Name>": a head in lower case after its body's name heads that body.
    const body = bodyBeforeHead(tokens, match.first, match.headIndex, (k) => /^\p{Ll}/u.test(original.text.charAt(tokens[k]!.start - original.start)));
    const titleStart = tokens[body?.start ?? match.first]!.start;
    const titleEnd = tokens[match.titleEnd - 1]!.end;
    const titleRaw = sentence.text.slice(titleStart - sentence.start, titleEnd - sentence.start);
    const places = findCities(titleRaw).map((city) => ({ country: city.country, start: city.start }));
    for (const [name, country] of Object.entries(PARLIAMENTS)) {
      const at = titleRaw.indexOf(name);
      if (at >= 0) places.push({ country, start: at });
    }
    const inTitle = countryInTitle(titleRaw, places.sort((a, b) => a.start - b.start));
    let nameStart = match.nameStart;
    let nameEnd = match.nameEnd;
    // "…, director general for Africa, Central Asia …": a region after "for" belongs to the title; the
    // holder is then the name before it.
    // (So with any words the title reader took for a name that are none: "…, Director of China Institute of …".)
    if (nameStart >= 0 && !plausibleName(sentence.text.slice(tokens[nameStart]!.start - sentence.start, tokens[nameEnd - 1]!.end - sentence.start))) {
      nameStart = -1;
      nameEnd = -1;
    }
    // "Claire Martin, Director for …": the name stands before the title.
    if (nameStart < 0) {
      let j = match.first - 1;
      // "Daniel Kritenbrink, U.S. Assistant Secretary of State …": the title's country between the comma and the title.
      if (tokens[j] && lookupParty(tokens[j]!.text.replace(/['’]s$/, ''))) j--;
      // "Faruk Demirsoy, the new Ambassador of Türkiye to Azerbaijan"
      while (tokens[j] && /^(?:new|newly|appointed|incoming|outgoing|current)$/.test(tokens[j]!.text)) j--;
      if (tokens[j]?.text === 'the') j--;
      // "<Name>, GOSK, Secretary for …", "<Name>, MP, Minister of …": a post-nominal honour between the name and its title.
      if (tokens[j]?.text === ',' && /^\p{Lu}{2,5}$/u.test(tokens[j - 1]?.text ?? '') && !lookupParty(tokens[j - 1]!.text) && tokens[j - 2]?.text === ',' && isNameWord(tokens[j - 3])) j -= 2;
      if (tokens[j]?.text === ',') {
        // "Marius Skuodis @Skuodis, Minister of …": a handle between the name and its title.
        const end = /^@/.test(tokens[j - 1]?.text ?? '') ? j - 1 : j;
        let k = end;
        // "Zaheer A. Janjua, Additional Secretary": an initial (with or without its stop) inside the name.
        const initialAt = (at: number) => /^\p{Lu}\.?$/u.test(tokens[at]?.text ?? '') && isNameWord(tokens[at - 1]) || tokens[at]?.text === '.' && /^\p{Lu}$/u.test(tokens[at - 1]?.text ?? '');
        // ("Mohammed VI, the King of Morocco": a regnal number ends the name.)
        if (k > 1 && REGNAL.test(tokens[k - 1]!.text) && isNameWord(tokens[k - 2])) k--;
        while (k > 0 && (isNameWord(tokens[k - 1]) || sonOf(tokens, k - 1) || initialAt(k - 1) || (NAME_PARTICLES.has(tokens[k - 1]!.text) && isNameWord(tokens[k - 2])))) k--;
        // "Seanor Sherry Rehman, …": a misspelt head before the name is a post of its own, not a first name.
        if (end - k >= 3 && misspeltHead(tokens, k)) k++;
        while (k < end && honorificAt(tokens, k)) k += honorificAt(tokens, k);
        // "Sheikh Tamim, the Emir of Qatar" (en-524): a Gulf ruler named by style and given name keeps the style, as the
        // registry finds him by it ("Sheikh <Given name>" is the one person whose name opens so).
        if (end - k === 1 && /^(?:Sheikh|Sheikha)$/.test(tokens[k - 1]?.text ?? '') && /^(?:Emir|King|Sultan|Crown|President|Ruler)$/.test(tokens[match.first]?.text ?? '')) k--;
        // Particles lengthen a name: "Abdullah bin Zayed Al Nahyan".
        // (An Arabic name with its particles may give five names: "Suhail bin Mohammed Faraj Faris Al Mazrouei, Minister of …".)
        // (So does an article joined to a name: "Abdullah Hamad Ali Al-Adham Al-Marri", en-517.)
        const particles = tokens.slice(k, end).filter((t, n) => isParticle(t.text) || /^(?:Al|al|El|el)-\p{Lu}/u.test(t.text) || patronymicHonour(tokens, k + n)).length;
        if (end - k >= 2 && end - k <= 4 + particles + (particles > 0 ? 1 : 0)) {
          nameStart = k;
          nameEnd = end;
        }
      }
    }
    if (nameStart < 0) continue;
    const name = sentence.text.slice(tokens[nameStart]!.start - sentence.start, tokens[nameEnd - 1]!.end - sentence.start).replace(/['’]s$/, '');
    if (!plausibleName(name)) continue;
    // "Minister of Foreign Affairs Grace Wanjiru. ©KNA/Peter Otieno": a photo's caption and its credit, run together
    // without a capital to split them, give no holder of the caption's post.
    const stretch = sentence.text.slice(Math.min(titleStart, tokens[nameStart]!.start) - sentence.start, Math.max(titleEnd, tokens[nameEnd - 1]!.end) - sentence.start);
    if (/©|\p{Lu}{2,}\/\p{Lu}/u.test(stretch)) continue;
    const delegation = delegationCountry(sentence, lastPersonEnd, titleStart);
    // "Deputy Foreign Minister for Asia-Pacific affairs Gayrat Fazilov of Uzbekistan": the country after the name.
    const ofAfter = nameStart > match.first ? countryAfterName(sentence, tokens[nameEnd - 1]!.end) : ministryCountry(sentence, titleStart, titleEnd);
    const country = inTitle ?? body?.country ?? match.modifierCountry ?? ofAfter ?? delegation;
    mentions.push({
      start: tokens[nameStart]!.start,
      end: tokens[nameStart]!.start + name.length,
      name: tidyName(name),
      titleSpan: { start: titleStart, end: titleEnd },
      titleRaw,
      ...(body ? { title: canonicalTitle(body.title) } : misspelt && titleRaw === token.text ? { title: misspelt } : splitTitles(titleRaw)),
      country,
      countryFrom: inTitle || ofAfter ? 'title' : body?.country || match.modifierCountry ? 'modifier' : delegation ? 'delegation' : undefined,
      sentence: index,
      partial: nameEnd - nameStart < 2 && !/\s/.test(tidyName(name)),
    });
    lastPersonEnd = tokens[Math.max(nameEnd, match.titleEnd) - 1]!.end;
  }
  counterparts(sentence, tokens, index, mentions);
  pairedHolders(sentence, index, mentions);
  if (sentence.text.includes('respectively')) respectiveHolders(sentence, index, mentions);
  // "President <Name> and a Vietnamese delegation arrived …": the delegation the person travels with is of their country.
  for (const mention of mentions) {
    if (mention.country) continue;
    const after = sentence.text.slice(mention.end - sentence.start, mention.end - sentence.start + 80);
    const party = lookupParty(/^\s+and\s+(?:a|an|the|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Lu}[\p{L}-]+)\s+delegation\b/u.exec(after)?.[1] ?? '');
    if (party?.adjective) Object.assign(mention, { country: party.code, countryFrom: 'delegation' as const });
  }
  mentions.sort((a, b) => a.start - b.start);
  // "The Russian delegation includes <Title> A, <Title> B and <Title> C": everyone the list names is of the delegation.
  const listing = DELEGATION_LIST.exec(sentence.text);
  const member = listing ? mentions.find((m) => m.countryFrom === 'delegation' && m.start > sentence.start + listing.index) : undefined;
  if (member) for (const mention of mentions) if (!mention.country && mention.start > member.start) Object.assign(mention, { country: member.country, countryFrom: 'delegation' as const });
  listSide(sentence, mentions);
  // "* Lesotho: Prime Minister <Name>", "Zambia: President <Name>": an item of a list of attendees, opened by its country
  // and a colon, gives that country to the officials it names (a post's own country still stands).
  const labelled = /^\s*(?:[*•▪●-]\s*)?(\p{Lu}[\p{L} ]{2,40}?)\s*:\s/u.exec(sentence.text);
  const labelParty = labelled ? findParties(labelled[1]!) : [];
  if (labelParty.length === 1 && labelParty[0]!.start === 0 && labelParty[0]!.end === labelled![1]!.length && !labelParty[0]!.adjective) {
    for (const mention of mentions) if (!mention.country || mention.countryFrom === 'delegation') Object.assign(mention, { country: labelParty[0]!.code, countryFrom: 'modifier' as const });
  }
  // "with UK Minister of State for South Asia, Lord Tariq Ahmad, and Minister of State for Development, Andrew Mitchell":
  // a post without a country, listed right after a person whose country the text gives, is of the same country;
  // so is one whose post follows the name ("… of Kazakhstan’s Senate Askar Shakirov and Aigul Kuspan, chair of …").
  for (let k = 1; k < mentions.length; k++) {
    const [previous, mention] = [mentions[k - 1]!, mentions[k]!];
    if (mention.country || !previous.country || previous.countryFrom === 'delegation' || !mention.titleSpan || mention.titleSpan.start < previous.end) continue;
    const next = Math.min(mention.start, mention.titleSpan.start);
    if (next >= previous.end && /^\s*,?\s*and\s+(?:the\s+)?$/.test(sentence.text.slice(previous.end - sentence.start, next - sentence.start))) {
      mention.country = previous.country;
      mention.countryFrom = 'delegation';
    }
  }
  return mentions;
}

/** ", representing Colombia", "from Ecuador", "from the Ministry of External Affairs, India": a list's side, closing its clause. */
const LIST_SIDE = /^\s*,?\s+(?:representing|from)\s+((?:the\s+)?\p{Lu}[^.;:()]{0,80}?)\s*(?=[.;:]|,\s+(?:\p{Ll}|$)|$)/u;

/**
 * "… Foreign Minister <A> and Defence Minister <B>, representing Colombia", "… <Title> <C> and <Title> <D> from Ecuador":
 * the side named after a list of titled people, at the end of its clause, is the side of everyone the list names (each
 * parted from the next by a comma or "and" only) whose own words give no country.
 */
function listSide(sentence: Sentence, mentions: PersonMention[]): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const unitEnd = (m: PersonMention) => Math.max(m.end, m.titleSpan?.end ?? m.end);
  const unitStart = (m: PersonMention) => Math.min(m.start, m.titleSpan?.start ?? m.start);
  for (let k = ordered.length - 1; k >= 0; k--) {
    const last = ordered[k]!;
    if (!last.titleSpan) continue;
    const side = LIST_SIDE.exec(sentence.text.slice(unitEnd(last) - sentence.start));
    if (!side) continue;
    // (One country in the phrase, and no person's name: "from the Ministry of External Affairs, India", not "from <Name>".)
    const parties = findParties(side[1]!);
    const codes = [...new Set(parties.map((p) => p.code))];
    if (codes.length !== 1 || !/(?:^(?:the\s+)?|[\s,])\p{Lu}[\p{L}-]*$/u.test(side[1]!) || parties.at(-1)!.end < side[1]!.replace(/\s+$/, '').length) continue;
    for (let n = k; n >= 0; n--) {
      const mention = ordered[n]!;
      if (n < k && !/^\s*(?:,\s*)?(?:and\s+)?$/.test(sentence.text.slice(unitEnd(mention) - sentence.start, unitStart(ordered[n + 1]!) - sentence.start))) break;
      if (!mention.titleSpan) break;
      if (!mention.country || mention.countryFrom === 'delegation') Object.assign(mention, { country: codes[0], countryFrom: 'delegation' as const });
    }
    break;
  }
}

const SIDE_AFTER_NAME = /^\s*,?\s+(?:(?:led|headed|represented)\s+the|on\s+the)\s+(\p{Lu}[\p{L}-]+)\s+(?:side|delegation|team)\b/u;

/** "<Name> of Uzbekistan held …": a country's name (not an adjective) right after a name, ending the phrase. */
function countryAfterName(sentence: Sentence, nameEnd: number): string | undefined {
  const rest = sentence.text.slice(nameEnd - sentence.start, nameEnd - sentence.start + 60);
  // "<Title> <Name> led the Pakistani side", "chaired by <Name> on the Azerbaijani side": the side named after the
  // person is theirs.
  const side = SIDE_AFTER_NAME.exec(rest);
  if (side) {
    const party = lookupParty(side[1]!);
    if (party) return party.code;
  }
  const of = /^\s+of\s+(?:the\s+)?/.exec(rest);
  if (!of) return undefined;
  const party = findParties(rest.slice(of[0].length))[0];
  if (!party || party.start !== 0 || party.adjective) return undefined;
  // ("… of Uzbekistan held", "… of Uzbekistan,": the phrase ends; "… of Uzbekistan Affairs" is another title's.)
  return /^(?:\s*[,.;)]|\s+\p{Ll}|\s*$)/u.test(rest.slice(of[0].length + party.end)) ? party.code : undefined;
}

/**
 * "<Name>, Joint Secretary (Central Europe), Ministry of External Affairs, India and …": the ministry's
 * country, named after it between commas, is the holder's.
 */
function ministryCountry(sentence: Sentence, titleStart: number, titleEnd: number): string | undefined {
  const rest = sentence.text.slice(titleStart - sentence.start, titleEnd - sentence.start + 120);
  const ministry = /,\s*(?:the\s+)?(?:Ministry|Department|Office)\b[^,;()]*,\s*(?:the\s+)?/.exec(rest);
  if (!ministry || ministry.index > titleEnd - titleStart) return undefined;
  const after = rest.slice(ministry.index + ministry[0].length);
  const party = findParties(after.slice(0, 60))[0];
  if (!party || party.start !== 0 || party.adjective) return undefined;
  return /^(?:\s+and\b|\s*[,.;]|\s*$)/.test(after.slice(party.end)) ? party.code : undefined;
}

/** Posts named in the plural for two holders, by the English shape the records use. */
const PLURAL_POSTS: [RegExp, string][] = [
  [/^(?:foreign|Foreign)\s+[Mm]inisters$/, 'Minister of Foreign Affairs'], [/^(?:[Mm]inisters\s+of\s+[Ff]oreign\s+[Aa]ffairs)$/, 'Minister of Foreign Affairs'],
  [/^(?:defen[cs]e|Defen[cs]e)\s+[Mm]inisters$/, 'Minister of Defence'], [/^[Pp]rime\s+[Mm]inisters$/, 'Prime Minister'], [/^[Pp]residents$/, 'President'],
];
/** The post of a plural ("foreign ministers" → Minister of Foreign Affairs), by the records' shape; undefined for another. */
export function pluralPost(words: string): string | undefined {
  return PLURAL_POSTS.find(([pattern]) => pattern.test(words.replace(/\s+/g, ' ')))?.[1];
}
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:bin|al|Al|el|El|de|van|von)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,4}";
const PAIRED = new RegExp(`((?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime)\\s+[Mm]inisters|[Mm]inisters\\s+of\\s+[Ff]oreign\\s+[Aa]ffairs|[Pp]residents)\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L} ]*?)\\s+and\\s+((?:the\\s+)?\\p{Lu}[\\p{L} ]*?),?\\s+(${NAME})\\s+and\\s+(${NAME})`, 'gu');

/**
 * "Foreign ministers of Armenia and Kuwait, Zohrab Mnatsakanyan and Sabah Al Khalid Al Sabah,
 * met …": a post in the plural for two countries, then two names, paired in order.
 */
function pairedHolders(sentence: Sentence, index: number, mentions: PersonMention[]): void {
  // "foreign ministers of the Kyrgyz Republic [<Name>] and Tajikistan [<Name>]" (a quoted post's brackets, en-508).
  if (sentence.text.includes('[')) bracketedHolders(sentence, index, mentions);
  for (const match of sentence.text.matchAll(PAIRED)) {
    const title = PLURAL_POSTS.find(([pattern]) => pattern.test(match[1]!.replace(/\s+/g, ' ')))?.[1];
    const a = findParties(match[2]!)[0];
    const b = findParties(match[3]!)[0];
    if (!title || !a || !b || a.adjective || b.adjective || a.code === b.code) continue;
    const titleStart = sentence.start + match.index;
    const titleSpan = { start: titleStart, end: titleStart + match[1]!.length };
    const names = [match[4]!, match[5]!];
    let from = match.index + match[1]!.length + match[2]!.length + match[3]!.length;
    names.forEach((name, k) => {
      const at = sentence.text.indexOf(name, from);
      if (at < 0) return;
      from = at + name.length;
      const start = sentence.start + at;
      if (!plausibleName(name) || mentions.some((m) => m.start < start + name.length && m.end > start)) return;
      mentions.push({ start, end: start + name.length, name, titleSpan, titleRaw: match[1]!, title, country: (k === 0 ? a : b).code, countryFrom: 'title', sentence: index, partial: false });
    });
  }
}

const BRACKETED = new RegExp(`((?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime)\\s+[Mm]inisters|[Pp]residents)\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L} ]*?)\\s+\\[(${NAME})\\]\\s+and\\s+((?:the\\s+)?\\p{Lu}[\\p{L} ]*?)\\s+\\[(${NAME})\\]`, 'gu');

/** Two countries, each with its holder's name in brackets after it, after a post in the plural. */
function bracketedHolders(sentence: Sentence, index: number, mentions: PersonMention[]): void {
  for (const match of sentence.text.matchAll(BRACKETED)) {
    const title = pluralPost(match[1]!);
    const parties = [findParties(match[2]!)[0], findParties(match[4]!)[0]];
    if (!title || parties.some((p) => !p)) continue;
    const titleSpan = { start: sentence.start + match.index, end: sentence.start + match.index + match[1]!.length };
    let from = match.index;
    [match[3]!, match[5]!].forEach((name, k) => {
      const at = sentence.text.indexOf(`[${name}]`, from) + 1;
      from = at + name.length;
      const start = sentence.start + at;
      if (!plausibleName(name) || mentions.some((m) => m.start < start + name.length && m.end > start)) return;
      mentions.push({ start, end: start + name.length, name, titleSpan, titleRaw: match[1]!, title, country: parties[k]!.code, countryFrom: 'title', sentence: index, partial: false });
    });
  }
}

const ADDRESS = '(?:(?:Madam|Mr|Mrs|Ms|Dr|H\\.E)\\.?\\s+)?';
const PLACE_WORDS = '(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}';
const COUNTRIES_RESPECTIVELY = `(?:for|of)\\s+(${PLACE_WORDS})\\s+and\\s+(${PLACE_WORDS}),?\\s+respectively\\b`;
/** "led by <A> and <B>, Minister of Foreign Affairs for Ghana and Nigeria respectively": one post, two holders. */
const RESPECTIVELY_AFTER = new RegExp(`${ADDRESS}(${NAME})\\s+and\\s+${ADDRESS}(${NAME}),\\s+((?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|of|and|the)){0,8}?)\\s+${COUNTRIES_RESPECTIVELY}`, 'gu');
/** "led by the ministers of Foreign Affairs, <A> and <B>, for Ghana and Nigeria respectively": a plural post before them. */
const RESPECTIVELY_BEFORE = new RegExp(`((?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime)\\s+[Mm]inisters|[Mm]inisters\\s+of\\s+[Ff]oreign\\s+[Aa]ffairs|[Pp]residents),\\s+${ADDRESS}(${NAME})\\s+and\\s+${ADDRESS}(${NAME}),\\s+${COUNTRIES_RESPECTIVELY}`, 'gu');

/**
 * Two people, one post and two countries paired in order by "respectively" (West African and South Asian
 * English): each holds the post in the country of the same rank. A name already read without a post takes it.
 */
function respectiveHolders(sentence: Sentence, index: number, mentions: PersonMention[]): void {
  const found: { match: RegExpMatchArray; title: string | undefined; titleRaw: string; names: [string, string]; places: [string, string] }[] = [];
  for (const match of sentence.text.matchAll(RESPECTIVELY_AFTER)) {
    found.push({ match, title: canonicalTitle(match[3]!), titleRaw: match[3]!, names: [match[1]!, match[2]!], places: [match[4]!, match[5]!] });
  }
  for (const match of sentence.text.matchAll(RESPECTIVELY_BEFORE)) {
    const title = PLURAL_POSTS.find(([pattern]) => pattern.test(match[1]!.replace(/\s+/g, ' ')))?.[1];
    found.push({ match, title, titleRaw: match[1]!, names: [match[2]!, match[3]!], places: [match[4]!, match[5]!] });
  }
  for (const { match, title, titleRaw, names, places } of found) {
    const a = findParties(places[0])[0];
    const b = findParties(places[1])[0];
    if (!title || !a || !b || a.adjective || b.adjective || a.code === b.code) continue;
    const titleAt = match.index! + match[0].indexOf(titleRaw);
    const titleSpan = { start: sentence.start + titleAt, end: sentence.start + titleAt + titleRaw.length };
    let from = match.index!;
    names.forEach((name, k) => {
      const at = sentence.text.indexOf(name, from);
      if (at < 0) return;
      from = at + name.length;
      const start = sentence.start + at;
      if (!plausibleName(name)) return;
      const overlapping = mentions.findIndex((m) => m.start < start + name.length && m.end > start);
      // (A post read for the second name from the same words, "… for Ghana and Nigeria", gives way.)
      const other = mentions[overlapping];
      if (other?.title && !(other.titleSpan && other.titleSpan.start < titleSpan.end && other.titleSpan.end > titleSpan.start)) return;
      if (overlapping >= 0) mentions.splice(overlapping, 1);
      mentions.push({ start, end: start + name.length, name, titleSpan, titleRaw, title, country: (k === 0 ? a : b).code, countryFrom: 'title', sentence: index, partial: false });
    });
  }
}

// Titles in lower case (capitaliseTitles), each run only on a sentence holding a head word in lower case (src/prechecks.ts).
const LOWER_TITLE_AFTER_COMMA = prechecked(
  /(?<=,\s+(?:the\s+)?(?:U\.S\.\s+|\p{Lu}\p{Ll}+(?:['’]s)?\s+)?)((?:(?:first|vice|deputy|assistant|senior|under|principal|chief|additional|foreign|joint|presidential|press|acting)\s+)*(?:secretary|minister|director(?:[- ]general)?|ambassador|adviser|advisor|spokesperson|envoy|chair|chairman|chairwoman|chairperson|head)\b(?:(?!\b(?:has|have|had|is|are|was|were|will|would|met|meets|said|says|held|holds|also|who|which|attended|attends|hosted|hosts|visited|visits|received|receives|called|calls|paid|pays|signed|signs|discussed|discusses|told|tells|thanked|welcomed|opened|arrived|arrives|led|leads|chaired)\b)[^,;.]){0,90}?)(?=,|;|\.(?:\s|$)|$)/gu,
  /,/u, /(?:secretary|minister|director|ambassador|advis[eo]r|spokesperson|envoy|chair|head)/u,
);
const LOWER_TITLE_BEFORE_NAME = prechecked(
  /(?<![\p{L}])((?:(?:first|vice|deputy|foreign|prime|state|defence|defense|trade|finance|economy|senior|assistant|presidential)\s+)*(?:minister|president|ambassador|secretary|premier|envoy|spokesperson|spokesman|aide|leader))(?=\s+(?:Mr\.?\s+|Ms\.?\s+)?\p{Lu}\p{Ll}+[\s-]+\p{Lu}?\p{Ll})/gu,
  /(?:minister|president|ambassador|secretary|premier|envoy|spokes|aide|leader)/u,
);

/**
 * "South Korean vice foreign minister Kim Hong-kyun": a title written in lower case before
 * a name reads as one written with capitals (the same length, so offsets hold).
 */
function capitaliseTitles(text: string): string {
  // "then-Foreign Minister Ban Ki-moon", "then-U.S. Secretary of State": the holder of the time, the post as any other.
  text = text.replace(/(?<![\p{L}])then-(?=\p{Lu})/gu, '     ');
  // "His Highness the Amir Sheikh <Name>", "the Amir of Kuwait" (Gulf agencies' spelling): the Emir (the same length, so
  // offsets hold). Only after "the", as Amir is a given name too.
  if (text.includes('Amir')) text = text.replace(/(?<=\bthe )Amir(?= (?:of |Sheikh\b|His\b|H\.H\b))/g, 'Emir');
  // "the acting Foreign Minister of Uzbekistan, <Name>": "acting" before a capitalised post is part of it.
  // So are "deputy" and "vice": "led by Mr. <Name>, deputy Minister of Foreign Affairs" (en-462).
  if (/acting|deputy|vice/.test(text)) text = text.replace(/(?<![\p{L}])(acting|deputy|vice)(?= (?:(?:First|Deputy|Vice) )*(?:Foreign |Prime )?(?:Minister|President|Ambassador|Secretary|Director|Head|Mayor|Governor|Chairman)\b)/gu, (word: string) => word.charAt(0).toUpperCase() + word.slice(1));
  // "Vice - Minister of Foreign Affairs": a compound title typed with a spaced dash is the one post (spaces keep the offsets).
  text = text.replace(/(?<=\b(?:Vice|Deputy))\s[-–]\s(?=(?:Minister|President|Premier|Chairman|Chairwoman|Speaker)\b)/g, (dash) => ' '.repeat(dash.length));
  // "Brazil’s foreign affairs Minister <Name>": a field in lower case before a capitalised "Minister" is the post's, in capitals.
  if (/\b(?:foreign|external) affairs Minister\b/.test(text)) text = text.replace(/(?<![\p{L}])(foreign|external) (affairs)(?= Minister\b)/gu, (_, field: string, affairs: string) => `${field.charAt(0).toUpperCase()}${field.slice(1)} ${affairs.charAt(0).toUpperCase()}${affairs.slice(1)}`);
  // "the head of the Ministry of Foreign Affairs of Iran <Name>" (translated agency English): the head of a ministry is its minister.
  text = text.replace(/(?<![\p{L}])head(?= of the (?:Ministry of|Foreign Ministry\b))/gu, 'Head');
  // "Daniel Kritenbrink, U.S. assistant secretary of state for East Asian and Pacific affairs, and …": a title in lower case
  // after a name and a comma, up to the next comma, in title case (function words kept small).
  // A clause with a verb ("…, the Lithuanian foreign minister has also met with …") is not a title.
  if (mayMatch(text, LOWER_TITLE_AFTER_COMMA)) text = text.replace(
    LOWER_TITLE_AFTER_COMMA,
    (words: string) => words.replace(/(?<![\p{L}'’])(\p{Ll})(\p{L}*)/gu, (word: string, first: string, rest: string) => (/^(?:of|for|and|the|to|on|in|at|with)$/.test(word) ? word : first.toUpperCase() + rest)),
  );
  if (mayMatch(text, LOWER_TITLE_BEFORE_NAME)) text = text.replace(
    LOWER_TITLE_BEFORE_NAME,
    (words: string) => words.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()),
  );
  // What is left: "state minister for foreign affairs of Pakistan <Name>", "Roscosmos head <Name>" (src/lower-titles.ts).
  return capitaliseLowerPosts(text);
}

/**
 * "Foreign Minister Cho Tae-yul and his Chinese counterpart, Wang Yi": the counterpart holds
 * the same post in the country the adjective names.
 */
function counterparts(sentence: Sentence, tokens: Token[], index: number, mentions: PersonMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    // "his Chinese counterpart", "his visiting Pakistani counterpart"; "his counterpart" alone, the other side of the text's pair;
    // "his Omani opposite number" (en-219), said the same way.
    const opposite = tokens[i]!.text === 'number' && tokens[i - 1]?.text === 'opposite';
    // ("his Egyptian colleague <Name>", en-601: a colleague of another country's is a counterpart; one without the
    // adjective may be of the same cabinet, so it needs one.)
    const colleague = tokens[i]!.text === 'colleague' && /^(?:his|her|their)$/.test(tokens[i - 2]?.text ?? '') && Boolean(lookupParty(tokens[i - 1]?.text ?? ''));
    if (tokens[i]!.text !== 'counterpart' && !opposite && !colleague) continue;
    const p = opposite ? i - 1 : i;
    const bare = /^(?:his|her|their)$/.test(tokens[p - 1]?.text ?? '');
    // (Or with no possessive, after "and" or "with": "Minister <Name> and Colombian counterpart <Name> reaffirmed …".)
    const unowned = /^(?:and|with)$/.test(tokens[p - 2]?.text ?? '');
    if (!bare && !unowned && ![2, 3].some((back) => /^(?:his|her|their)$/.test(tokens[p - back]?.text ?? ''))) continue;
    // ("his New Zealand counterpart", en-527: a country of two words before it.)
    const adjective = bare ? undefined : lookupParty(tokens[p - 1]!.text) ?? (tokens[p - 2] && /^(?:his|her|their)$/.test(tokens[p - 3]?.text ?? '') ? lookupParty(`${tokens[p - 2]!.text} ${tokens[p - 1]!.text}`) : undefined);
    if (!adjective && !bare) continue;
    let start = i + 1;
    if (tokens[start]?.text === ',') start++;
    start += honorificAt(tokens, start);
    // "his Botswana counterpart, His Excellency President <Name>" (en-608): the counterpart is named with a post of his
    // own, read apart; the person so titled is of the adjective's country all the same.
    const own = adjective && tokens[start] && !isNameWord(tokens[start]) ? mentions.find((m) => m.titleSpan && !m.country
      && m.titleSpan.start >= tokens[start]!.start && m.titleSpan.start <= tokens[start]!.start + 30) : undefined;
    if (own) {
      Object.assign(own, { country: adjective!.code, countryFrom: 'modifier' as const });
      continue;
    }
    // (A name with its particles: "his counterpart Sheikh Abdullah bin Zayed Al Nahyan".)
    const end = isNameWord(tokens[start]) ? nameRunEnd(tokens, start) : start;
    if (end - start < 2 && !(end - start === 1 && tokens[end]?.text === ',')) continue;
    const subject = [...mentions].reverse().find((m) => m.start < tokens[p]!.start && m.title);
    if (end === start) continue;
    const name = sentence.text.slice(tokens[start]!.start - sentence.start, tokens[end - 1]!.end - sentence.start);
    // A name already read with its words of address and no post ("Sheikh …") takes the counterpart's post.
    const untitled = mentions.findIndex((m) => m.start === tokens[start]!.start && !m.title);
    if (untitled >= 0) mentions.splice(untitled, 1);
    if (!plausibleName(name) || mentions.some((m) => m.start === tokens[start]!.start)) continue;
    // "The Iranian foreign minister arrived … at the invitation of his Omani opposite number <Name>": a post named
    // without its holder, and nobody named before, is the post of the subject.
    const unnamed = subject || mentions.some((m) => m.start < tokens[p]!.start) ? undefined : unnamedPost(sentence.text.slice(0, tokens[p]!.start - sentence.start));
    // ("Minister <Name> met his Romanian counterpart <Name>" after "Polish Foreign Minister <Name>": a bare "Minister"
    // says less than the post the subject was given before; the counterpart's is resolved with the text's people.)
    const bareHead = subject?.title && /^(?:(?:First|Deputy|Vice)\s+)?Minister$/.test(subject.title) && !subject.moreTitles?.length;
    const title = subject?.title && !bareHead ? counterpartTitle([subject.title, ...(subject.moreTitles ?? [])]) : unnamed;
    // Without a titled subject in the sentence, the post is that of whoever the sentence names before (resolved with the text's people).
    mentions.push({
      start: tokens[start]!.start, end: tokens[end - 1]!.end, name, ...(title ? { title } : { counterpart: true }),
      titleSpan: { start: tokens[p - 1]!.start, end: tokens[i]!.end }, titleRaw: `${tokens[p - 1]!.text} counterpart`,
      ...(adjective ? { country: adjective.code, countryFrom: 'modifier' as const } : {}), sentence: index, partial: end - start < 2,
    });
  }
}

const UNNAMED_POST = /\b(?:foreign|defen[cs]e|prime)\s+minister|\bminister\s+of\s+foreign\s+affairs|\bpresident\b/gi;

/** The last post the words name without a holder ("The Iranian foreign minister arrived …"), in its canonical shape. */
function unnamedPost(words: string): string | undefined {
  const last = [...words.matchAll(UNNAMED_POST)].at(-1)?.[0];
  return last ? canonicalTitle(last.toLowerCase().replace(/(^|\s)(?!of\b)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase())) : undefined;
}

function nameOnly(tokens: Token[], from: number, to: number, sentence: number, text: string, offset: number): PersonMention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, name: tidyName(text.slice(start - offset, end - offset)), sentence, partial: to - from < 2 };
}

/** A name as the records keep it: without a father's court honours, and a ruler's number apart ("Mswati-III" → "Mswati III"). */
export function tidyName(name: string): string {
  return withoutCourtHonours(name).replace(/-(?=(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})$)/, ' ')
    // ("Léon Kacou ADOM": a family name in capitals after the given names is written as a name, words.ts.)
    .replace(/(?<=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ )(\p{Lu})(\p{Lu}{2,})$/u, (_, first: string, rest: string) => first + rest.toLowerCase());
}

/** One title or several joined by a dash (or a spaced hyphen): "Deputy Prime Minister of Kazakhstan – Foreign Minister". */
let titleBreak: RegExp | undefined;

function splitTitles(raw: string): { title: string; moreTitles?: string[] } {
  // "Deputy Prime Minister, Foreign Minister": a comma before another title's head word parts them too;
  // so does a slash ("Vice-Prime Minister / Minister of Foreign Affairs").
  titleBreak ??= new RegExp(`\\s+[–—-]\\s+(?=(?:the\\s+)?\\p{Lu})|\\s*\\/\\s*(?=\\p{Lu})|\\s+and\\s+(?=(?:(?:First|Deputy|Vice|Supreme|Crown)\\s+)*(?:(?:Foreign|Defen[cs]e|Finance|Trade|Interior)\\s+)?(?:Minister|Prime Minister|President|Speaker|Commander|Prince|Ruler|Emir|King|Governor|Chairman|Chairwoman|FM)\\b)|,\\s+(?=(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${[...TITLE_HEADS].join('|')})\\b)`, 'u');
  const parts = raw.split(titleBreak).map(canonicalTitle).filter(Boolean);
  return parts.length > 1 ? { title: parts[0]!, moreTitles: parts.slice(1) } : { title: canonicalTitle(raw) };
}
