import { translate, WIKIPEDIA } from 'iuliia';
import snowball from 'snowball-stemmers';

/*
 * Russian words as the extractor compares them: Snowball's Russian stemmer for inflected
 * forms (Казахстана, Литве, литовской), and a standard romanisation (the Wikipedia schema
 * of iuliia, close to what ministries print in English: Василенко → Vasilenko, Ержан →
 * Yerzhan) for names matched against the Latin spellings already held.
 */

const stemmer = snowball.newStemmer('russian');
const cache = new Map<string, string>();

/** The Snowball stem of a Russian word, lower-cased, ё read as е. */
export function stemRu(word: string): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  let stem = cache.get(lower);
  if (stem === undefined) {
    stem = stemmer.stem(lower);
    if (cache.size > 20_000) cache.clear();
    cache.set(lower, stem);
  }
  return stem;
}

/**
 * Whether two stems are one word's: equal, or one a prefix of the other by at most two
 * letters (the stemmer leaves "казахстан" for Казахстане but "казахста" for Казахстана).
 */
export function stemsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  // (No pair array: this runs for every title phrase at every Russian word.)
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  return short.length >= 3 && long.length - short.length <= 2 && long.startsWith(short);
}

/** A Cyrillic name in Latin letters (Wikipedia's romanisation). */
export function romanise(text: string): string {
  return translate(text, WIKIPEDIA);
}
