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

/** Half of a UTF-16 surrogate pair standing alone: not a character, so not text. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a string cannot be stored as text, or undefined when it can. PostgreSQL refuses
 * the NUL character and a lone surrogate (its JSON cannot hold either); SQLite would take
 * them, so they are refused on every backend alike. No real text contains them.
 */
export function unstorableTextReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'text may not contain the NUL character';
  if (LONE_SURROGATE.test(text)) return 'text may not contain a lone surrogate (half of a UTF-16 pair, not a character)';
  return undefined;
}

/** Where in a value (record, bundle) a string cannot be stored as text, and why; undefined when every string can. */
export function unstorableTextPath(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string } | undefined {
  if (typeof value === 'string') {
    const message = unstorableTextReason(value);
    return message ? { path, message } : undefined;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = unstorableTextPath(value[index], [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      const found = unstorableTextPath(entry, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
