import anyAscii from 'any-ascii';

/**
 * Text folding for search and ids. Every backend indexes and queries the same folded
 * text, so "Klaipėda", "KLAIPEDA" and "Клайпеда" meet on both SQLite and PostgreSQL.
 */

const ASCII = /^\p{ASCII}*$/u;

/** Lower-case ASCII words: diacritics dropped, other scripts transliterated. */
export function foldText(text: string): string {
  // (ASCII comes out of both unchanged, and most text folded for ids and matching is ASCII already.)
  return (ASCII.test(text) ? text : anyAscii(text.normalize('NFKC')))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function foldedTokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

const collapseDoubles = (text: string) => text.replace(/([a-z])\1+/g, '$1');

/**
 * A spelling skeleton of one folded token, so transliteration variants of a name meet:
 * doubled letters collapse (Vassilenko/Vasilenko, Idrissov/Idrisov), a leading "ye"
 * before a consonant reads as "e" (Yerlan/Erlan), a "y" between vowels drops
 * (Karabayev/Karabaev) and any other "y" reads as "i" (Klaypeda/Klaipeda).
 */
export function spellingSkeleton(token: string): string {
  let skeleton = collapseDoubles(token);
  skeleton = skeleton.replace(/^ye(?=[^aeiouy])/, 'e');
  skeleton = skeleton.replace(/([aeiou])y(?=[aeiou])/g, '$1');
  skeleton = skeleton.replaceAll('y', 'i');
  return collapseDoubles(skeleton);
}

/**
 * The words a record is found by: each folded token and, where it differs, its
 * skeleton. Indexed once, queried the same way, on every backend.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of foldedTokens(text)) {
    terms.add(token);
    terms.add(spellingSkeleton(token));
  }
  return [...terms];
}

/** Query words reduced the same way; only [a-z0-9] survive, so no query syntax leaks through. */
export function queryTerms(query: string): string[] {
  return [...new Set(foldedTokens(query).map(spellingSkeleton))].slice(0, 12);
}

/** A readable id part: "Roman Vassilenko" → "roman-vassilenko". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldText(text).replaceAll(' ', '-');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'record';
}

/**
 * Where in a value (record, bundle) a string holds the NUL character, which PostgreSQL
 * cannot store and no real text contains; undefined when there is none.
 */
export function nulCharacterPath(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = nulCharacterPath(value[index], [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      const found = nulCharacterPath(entry, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
