/** A stretch of the input text, by character offsets (end exclusive), as citations use them. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** 1-based paragraph number, so a `p3` locator could be given as well. */
  paragraph: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(['г', 'гг', 'т.е', 'т.д', 'т.п', 'др', 'долл', 'млн', 'млрд', 'тыс', 'руб', 'г-н', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'prof', 'amb', 'h.e', 'hon']);

/**
 * Splits a text into sentences, keeping offsets into the original string. Paragraphs are
 * separated by blank lines (or by single line breaks in texts that have no blank lines);
 * a heading line without a full stop is a sentence of its own.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphBreak = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n+/g : /\n+/g;
  let paragraph = 0;
  let cursor = 0;
  const pieces: Span[] = [];
  for (const match of text.matchAll(paragraphBreak)) {
    pieces.push({ start: cursor, end: match.index });
    cursor = match.index + match[0].length;
  }
  pieces.push({ start: cursor, end: text.length });
  for (const piece of joinBrokenParagraphs(text, pieces)) {
    const raw = text.slice(piece.start, piece.end);
    if (!raw.trim()) continue;
    paragraph += 1;
    // A single line break inside a paragraph still separates a heading from its text.
    for (const line of splitLines(raw, piece.start)) splitInto(text, line, paragraph, sentences);
  }
  return sentences;
}

/**
 * "Pakistan and Lithuania during 5th Round of" / (blank line) / "Bilateral Political
 * Consultations …": some pages put a paragraph break inside a sentence. A paragraph that
 * stops mid-sentence — on a word that never ends one, before a lower-case start, or after
 * a clause with a comma and no closing stop — is joined to the next.
 */
function joinBrokenParagraphs(text: string, pieces: Span[]): Span[] {
  const joined: Span[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    if (previous) {
      const before = text.slice(previous.start, previous.end).trimEnd();
      const next = text.slice(piece.start, piece.end).trimStart();
      const open = before !== '' && !/[.!?:;\u201d"')\]»]$/.test(before);
      if (open && next !== '' && cutMidSentence(before, next)) {
        previous.end = piece.end;
        continue;
      }
    }
    joined.push({ ...piece });
  }
  return joined;
}

/** Whether a line ending in `before` stops mid-sentence, `next` going on with it. */
function cutMidSentence(before: string, next: string): boolean {
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  return /\b(?:of|and|the|to|in|on|at|for|with|between|by|a|an|from|into|Additional|Deputy|Vice|First|Foreign)$/.test(before)
    || /^\p{Ll}/u.test(next)
    // (Not a caption of capitalised words and the small words of a post: "<Name>, Minister of Foreign Affairs of <Country>"
    // above the paragraph on that minister's meeting, en-308.)
    || (/,/.test(lastLine) && lastLine.split(/\s+/).length >= 6 && !/^\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|the|and|for))*$/u.test(lastLine.replace(/[,\s]+/g, ' ').trim()));
}

function splitLines(raw: string, offset: number): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const match of raw.matchAll(/\n/g)) {
    const before = raw.slice(start, match.index).trimEnd();
    // Join wrapped lines of one sentence; split after a line that ends without punctuation
    // only when it looks like a heading (short, and the next line starts a new sentence).
    const next = raw.slice(match.index + 1).trimStart();
    // A line cut mid-sentence ("… during 5th Round of" / "Bilateral …") is joined, not split.
    const midSentence = /\b(?:of|and|the|to|in|on|at|for|with|between|by|a|an|from|into)$/i.test(before) || cutMidSentence(before, next);
    // A list's item marked by a bullet ("* Botswana: President <Name>") is a sentence of its own, whatever ends the line before.
    const bullet = /^[*•▪●]\s/.test(next);
    if (before && (bullet || !/[.!?:;,\u201d"')]$/.test(before) && before.length < 120 && !midSentence)) {
      lines.push({ start: offset + start, end: offset + match.index });
      start = match.index + 1;
    }
  }
  lines.push({ start: offset + start, end: offset + raw.length });
  return lines;
}

function splitInto(text: string, span: Span, paragraph: number, out: Sentence[]): void {
  let start = span.start;
  // ("… at Charter House in Lusaka yesterday.The Czech …", "Chalwe Lombe.Mr Lombe": some pages lose the space after a
  // full stop; a stop straight between a lower-case word of three letters or more and a capitalised word still ends
  // the sentence. Not "U.S.Embassy" (capitals before the stop) nor "Kun.uz" (lower case after it). The same in Cyrillic:
  // "… Акил Акилов.Официальная часть …" (ru-440), "… конфликта.Добавим, …" (ru-448); not "Н.Удовиченко".)
  const boundary = /([.!?])(["'\u201d\u2019)\u00bb]*)(?:\s+(?=["'\u201c\u2018(\u00ab]?[A-Z0-9\u00C0-\u024F\u0400-\u042F])|(?<=[a-z\u00DF-\u00FF]{3}\.)(?=[A-Z][a-z])|(?<=[\u0430-\u044f\u0451]{3}\.)(?=[\u0410-\u042f\u0401][\u0430-\u044f\u0451]))/g;
  const chunk = text.slice(span.start, span.end);
  for (const match of chunk.matchAll(boundary)) {
    const at = span.start + match.index;
    const word = /([A-Za-z\u0400-\u04FF.-]+)$/.exec(text.slice(Math.max(span.start, at - 12), at))?.[1]?.toLowerCase() ?? '';
    // Initials ("В. Путин", "K. Natwar") and abbreviations ("г.", "Mr.") do not end a sentence.
    if (match[1] === '.' && (ABBREVIATIONS.has(word) || /^[a-z\u0430-\u044f\u0451]$/i.test(word) || /\.[a-z\u0430-\u044f]$/i.test(word))) continue;
    const end = at + 1 + match[2]!.length;
    push(text, start, end, paragraph, out);
    start = end;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  push(text, start, span.end, paragraph, out);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
