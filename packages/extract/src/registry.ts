import { foldText, spellingSkeleton } from '@bilat/domain';
import type { PersonMention } from './people.js';
import type { Span } from './segment.js';

const keys = new Map<string, string[]>();

/** Folded, skeletal tokens of a name, so transliteration variants compare equal (kept, as every name is compared many times). */
export function nameKey(name: string): string[] {
  let key = keys.get(name);
  if (!key) {
    // (A soft or hard sign is no letter in a Latin spelling: Эльнур is Elnur.)
    key = foldText(name.replace(/[ьъЬЪ]/g, '')).split(' ').filter(Boolean).map((token) => romanisationSkeleton(spellingSkeleton(token)));
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/**
 * Romanisations of one Cyrillic or Central European name differ in a few letter groups:
 * Aleksey/Alexey (кс), Koulter/Coulter, Khatardova/Chatardová (х), Aleksandr/Alexander, Gombozhavyn/Gombojavyn (ж).
 * Reduced here (for comparing names in the extractor only; the stored search terms keep
 * the plain skeleton).
 */
function romanisationSkeleton(token: string): string {
  // (Джордин, Гомбожавын: "dzh"/"zh" in the Russian romanisation, "j" or "dj" in English.)
  // (В is V or W: Winde is Винде, Vinde; so is a w against a v of another romanisation. Russian drops the h that opens an
  // Armenian name: Harutyunyan is Арутюнян, Hakobyan Акопян.)
  // (Х is "kh" in the Russian romanisation and "h" in the name's own spelling: Хаджиев is Khadzhiyev and Hajiyev; so
  // "kh" becomes "h" before an opening h is dropped, or the two would differ by that h alone.)
  return token.replace(/w/g, 'v').replace(/[kc]h/g, 'h').replace(/^h(?=[aeiou])/, '').replace(/d?zh|dj/g, 'j').replace(/ks/g, 'x').replace(/ck/g, 'k').replace(/c(?=[aou])/g, 'k').replace(/ph/g, 'f').replace(/([^aeiou])er$/, '$1r');
}

/** Words of address that may open a written name ("Sheikh Nasser al-Sabah"): no first name of the person's. */
const LEADING_STYLE = /^(?:(?:Sheikh|Sheik|Sheikha|Shaikh|Sayyid|Sayyida|Sayed|H\.?\s?H\.?|H\.?\s?E\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)+(?=\S+\s+\S)/iu;

/** A name without the words of address that open it. */
function withoutStyle(name: string): string {
  return name.replace(LEADING_STYLE, '');
}

/** A name's key without the words of address that open it. */
function personalKey(name: string): string[] {
  return nameKey(withoutStyle(name));
}

/** Whether two names may be one person's: the same surname skeleton and a compatible first name. */
export function namesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  // (A style before both names is no first name: "Sheikh Nasser al-Sabah" is not "Sheikh Sabah al-Ahmed al-Jaber al-Sabah".)
  const x = personalKey(a);
  const y = personalKey(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  // "Kim Jae-won" written surname first in one report and last in another.
  if (x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ')) return true;
  if (x.at(-1) !== y.at(-1)) return false;
  if (x.length === 1 || y.length === 1) return true;
  // A double surname written alone, as one hyphenated word ("Meza-Cuadra" for Gustavo Meza-Cuadra, en-366, en-367).
  const alone = (name: string, key: string[], other: string[]) => !/\s/.test(name.trim()) && key.length < other.length && other.slice(-key.length).join(' ') === key.join(' ');
  if (alone(b, y, x) || alone(a, x, y)) return true;
  const [f, g] = [x[0]!, y[0]!];
  // (An initial is a letter as written, "N." or "N": not a given name its skeleton shrank to one letter, as "Haya" to "a",
  // which made Sheikha Haya Rashed al-Khalifa one person with Hamad bin Isa al-Khalifa.)
  const firstCompatible = f === g || (f.length === 1 && writtenInitial(a) && g.startsWith(f)) || (g.length === 1 && writtenInitial(b) && f.startsWith(g)) || givenNamesClose(f, g);
  return firstCompatible && middlesCompatible(x.slice(1, -1), y.slice(1, -1));
}

/**
 * Whether two names share a family name and a given name but tell apart by their middle names: "Sabah al-Salim al-Sabah"
 * against "Sabah al-Ahmad al-Jaber al-Sabah". A record holding both is two people, though a short form ("Sabah al-Sabah")
 * agrees with each.
 */
export function namesConflict(a: string, b: string): boolean {
  const x = personalKey(a);
  const y = personalKey(b);
  if (x.length < 3 || y.length < 3 || x.at(-1) !== y.at(-1) || x[0] !== y[0]) return false;
  return !middlesCompatible(x.slice(1, -1), y.slice(1, -1));
}

/** Whether a name (less a leading style) opens with an initial: "N. Asanaliev", "N Asanaliev", "S.V. Lavrov", "С.В.Лавров". */
function writtenInitial(name: string): boolean {
  const first = withoutStyle(name).trim().split(/\s+/)[0] ?? '';
  return /^\p{L}\.?$|^(?:\p{L}\.){2,3}/u.test(first);
}

/** Particles of a patronymic chain or family name, which tell no one apart ("bin", "al", "ibn", "bint", "el", "ould"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'bint', 'abu', 'ould', 'van', 'von', 'der', 'de', 'da', 'di', 'du', 'la', 'le', 'y']);

/**
 * Where both names give middle names, one of them must agree: "Sabah al-Salim al-Sabah" and "Sabah al-Ahmad al-Jaber
 * al-Sabah" share a given name and a family name, and are two emirs. Agreeing is what first names do (an initial, a spelling
 * a letter apart: Isa and Essa); a name without middle names agrees with any ("George Bush", "George Walker Bush").
 */
function middlesCompatible(x: string[], y: string[]): boolean {
  const own = (key: string[]) => key.filter((token) => !PARTICLES.has(token));
  const [p, q] = [own(x), own(y)];
  if (p.length === 0 || q.length === 0) return true;
  return p.some((m) => q.some((n) => m === n || (m.length === 1 && n.startsWith(m)) || (n.length === 1 && m.startsWith(n)) || givenNamesClose(m, n) || (Math.min(m.length, n.length) >= 3 && editDistance(m, n, 1) <= 1)));
}

/**
 * Two spellings of one given name beside the same surname: a letter apart in a name of five letters or more
 * (Giorgi, Георгий → Georgy; Sahle-Work and Sahley-Work), two apart in one of eight or more (Toshimitsu, misspelt
 * Toshimishu). Shorter names must agree exactly: Ivan and Iван are one, Ali and Ala are two.
 */
function givenNamesClose(f: string, g: string): boolean {
  const shorter = Math.min(f.length, g.length);
  if (shorter < 5 || Math.abs(f.length - g.length) > 2 || f[0] !== g[0]) return false;
  // (Not a name and its feminine or its other gender, which differ only at the end: Robert/Roberta, Mario/Maria,
  // Louis/Louise, Alexander/Alexandra.)
  const stem = (name: string) => name.replace(/[aeiou]$/, '');
  const [short, long] = f.length <= g.length ? [f, g] : [g, f];
  if (stem(f) === stem(g) || (long.length === short.length + 1 && long.startsWith(short) && /[ae]$/.test(long))) return false;
  return editDistance(f, g, shorter >= 8 ? 2 : 1) <= (shorter >= 8 ? 2 : 1);
}

/** Levenshtein distance, given up past `limit` (returns limit + 1). */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Posts whose holders the press names by surname alone. */
const LEADER = /^(?:President|Prime Minister|King|Queen|Emir|Sultan)$/;

/** One person of the text, gathered from every mention of them. */
export interface TextPerson {
  key: number;
  name: string;
  /** Other spellings the text uses ("Asanaliev" beside "Asanaliyev"). */
  variants: string[];
  country?: string;
  countryFrom?: PersonMention['countryFrom'] | 'meeting' | 'sentence' | 'publisher' | 'known';
  mentions: PersonMention[];
  /** Distinct titles, most specific first. */
  titles: { title: string; raw: string; span: Span; sentence: number }[];
}

/** The people of one text, matched to each other across mentions and spellings. */
export class PersonRegistry {
  readonly people: TextPerson[] = [];
  /** People by each word of their names (as spelling skeletons): names agree only if they share one. */
  private readonly byWord = new Map<string, Set<TextPerson>>();

  private index(person: TextPerson, name: string): void {
    for (const word of nameKey(name)) {
      const set = this.byWord.get(word) ?? new Set<TextPerson>();
      set.add(person);
      this.byWord.set(word, set);
    }
  }

  /**
   * Adds a mention, to an earlier person where the names agree; a lone surname that matches nobody is dropped, except
   * a head of state's or government's whose country the words give ("Kazakh President Tokayev", "президент Казахстана
   * Токаев"): leaders are named by surname alone. (Without a country the sides of such a surname are guesses.)
   */
  add(mention: PersonMention): TextPerson | undefined {
    let person = this.find(mention.name) ?? this.addressed(mention.name);
    if (!person) {
      if (mention.partial && !(mention.title && mention.country && LEADER.test(mention.title) && /^\p{Lu}\p{Ll}{3,}$/u.test(mention.name))) return undefined;
      person = { key: this.people.length, name: mention.name, variants: [], mentions: [], titles: [] };
      this.people.push(person);
      this.index(person, mention.name);
    }
    person.mentions.push(mention);
    if (!mention.partial && mention.name !== person.name && !person.variants.includes(mention.name)) {
      // A surname spelled differently: keep the full name's spelling as a variant.
      person.variants.push(mention.name);
      this.index(person, mention.name);
    } else if (mention.partial && !person.name.endsWith(mention.name)) {
      const variant = `${person.name.split(' ').slice(0, -1).join(' ')} ${mention.name}`.trim();
      if (!person.variants.includes(variant)) person.variants.push(variant);
      this.index(person, variant);
    }
    if (mention.country && (!person.country || rank(mention.countryFrom) > rank(person.countryFrom))) {
      person.country = mention.country;
      person.countryFrom = mention.countryFrom;
    }
    if (mention.title && mention.titleRaw && mention.titleSpan) {
      this.addTitle(person, mention);
      for (const title of mention.moreTitles ?? []) this.addTitle(person, { ...mention, title });
    }
    return person;
  }

  addTitle(person: TextPerson, mention: PersonMention): void {
    const title = mention.title!;
    const words = (t: string) => t.toLowerCase().split(' ');
    // "Deputy Minister" after "Deputy Minister of Foreign Affairs" is the same post, said short.
    const covered = person.titles.some((t) => t.title === title || words(t.title).slice(0, words(title).length).join(' ') === words(title).join(' '));
    if (covered) return;
    person.titles = person.titles.filter((t) => words(title).slice(0, words(t.title).length).join(' ') !== words(t.title).join(' '));
    person.titles.push({ title, raw: mention.titleRaw!, span: mention.titleSpan!, sentence: mention.sentence });
    // "Ambassador Jose Perez, Under Secretary for Foreign Policy": a bare "Ambassador" beside another post is a form of address.
    if (person.titles.length > 1) person.titles = person.titles.filter((t) => t.title !== 'Ambassador');
  }

  /** Keeps a spelling added from outside (a Cyrillic variant) findable. */
  addVariant(person: TextPerson, variant: string): void {
    if (person.variants.includes(variant)) return;
    person.variants.push(variant);
    this.index(person, variant);
  }

  /** "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed Al Nahyan": the one person whose name opens with the given name. */
  private addressed(name: string): TextPerson | undefined {
    const given = /^(?:Sheikh|Sheikha) (\S+)$/.exec(name)?.[1];
    if (!given) return undefined;
    const key = nameKey(given)[0];
    const matches = this.people.filter((person) => nameKey(person.name).length > 2 && nameKey(person.name)[0] === key);
    return matches.length === 1 ? matches[0] : undefined;
  }

  find(name: string): TextPerson | undefined {
    const candidates = new Set<TextPerson>();
    for (const word of nameKey(name)) for (const person of this.byWord.get(word) ?? []) candidates.add(person);
    const matches = [...candidates].filter((person) => [person.name, ...person.variants].some((known) => namesAgree(known, name)));
    if (matches.length === 0) return this.tail(name, [...candidates]);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * "Madam Ayorkor Botchwey" after "Shirley Ayorkor Botchwey", "Lacalle Pou" after "Luis Lacalle Pou": a name of two
   * words or more that is the last words of one person's longer name (a given name dropped, the family names kept) is
   * that person, when no other has a name that ends so.
   */
  private tail(name: string, candidates: TextPerson[]): TextPerson | undefined {
    const key = personalKey(name);
    if (key.length < 2) return undefined;
    const ends = (known: string) => {
      const other = personalKey(known);
      return other.length > key.length && other.slice(-key.length).join(' ') === key.join(' ');
    };
    const matches = candidates.filter((person) => [person.name, ...person.variants].some(ends));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** The person a mention at these offsets belongs to. */
  at(start: number): TextPerson | undefined {
    return this.people.find((person) => person.mentions.some((mention) => mention.start === start));
  }
}

function rank(from: TextPerson['countryFrom']): number {
  return { title: 5, modifier: 4, delegation: 3, known: 6, meeting: 2, sentence: 1.5, publisher: 1 }[from ?? 'publisher'] ?? 0;
}
