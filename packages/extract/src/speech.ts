import type { PartialDate } from '@bilat/domain';
import type { Context } from './context.js';
import type { TextPerson } from './registry.js';
import type { Span } from './segment.js';

export interface DraftStatement {
  speaker: TextPerson;
  text: string;
  textSpan: Span;
  spans: Span[];
  sentence: number;
  /** In quotation marks, rather than reported ("…, said X" without quotes, "X said that …"). */
  quoted: boolean;
}

export interface DraftCommitment {
  description: string;
  spans: Span[];
  sentence: number;
  dueBy?: PartialDate;
  /** "the agreements reached at the 14th meeting": the commitment concerns that meeting. */
  concernsSentence?: boolean;
}

const SAY = '(?:said|says|told(?:\\s+[\\p{L}]+)?|noted|stressed|added|emphasi[sz]ed|underlined|stated|remarked)';
const OPEN = '["“‘\']';
const CLOSE = '["”’\']';

function speakerAt(context: Context, index: number, from: number, to: number): TextPerson | undefined {
  return context.personMentions[index]!.find((m) => m.span.start >= from && m.span.end <= to)?.person;
}

/** Words attributed to a named person: quoted, or "…, said X", or "X said that …". */
export function findStatements(context: Context): DraftStatement[] {
  const statements: DraftStatement[] = [];
  context.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const after = new RegExp(`^${OPEN}(.+?),?${CLOSE}\\s*,?\\s*(.{2,80}?)\\s+${SAY}\\b`, 'u').exec(text);
    const before = new RegExp(`^(.{2,80}?)\\s+${SAY}\\s*[:,]?\\s*${OPEN}(.+?)${CLOSE}?\\.?$`, 'u').exec(text);
    const unquoted = new RegExp(`^(.{20,}?),\\s+${SAY}\\s+(.{2,80}?)\\.?$`, 'u').exec(text);
    const indirect = new RegExp(`^(.{2,80}?)\\s+said\\s+that\\s+(.{20,}?)\\.?$`, 'u').exec(text);
    let speaker: TextPerson | undefined;
    let words: string | undefined;
    let wordsStart = 0;
    let quoted = true;
    if (after) {
      speaker = speakerAt(context, index, sentence.start + after[0].length - after[2]!.length - 30, sentence.start + after[0].length);
      words = after[1];
      wordsStart = 1;
    } else if (before) {
      speaker = speakerAt(context, index, sentence.start, sentence.start + before[1]!.length);
      words = before[2]!.replace(/["”’']\.?$/, '');
      wordsStart = text.indexOf(words);
    } else if (unquoted) {
      speaker = speakerAt(context, index, sentence.start + unquoted[1]!.length, sentence.end);
      words = unquoted[1];
      wordsStart = 0;
      quoted = false;
    } else if (indirect) {
      speaker = speakerAt(context, index, sentence.start, sentence.start + indirect[1]!.length);
      words = indirect[2];
      wordsStart = text.indexOf(words!);
      quoted = false;
    }
    if (!speaker || !words) return;
    const textSpan = { start: sentence.start + wordsStart, end: sentence.start + wordsStart + words.length };
    statements.push({ speaker, text: words, textSpan, spans: [{ start: sentence.start, end: sentence.end }], sentence: index, quoted });
  });
  return statements;
}

const AGREED = /\b(?:agreed|decided|undertook|pledged|committed themselves|promised|resolved)\s+to\s+((?:[^.;]|\.\d)+)/gi;
const IMPLEMENT = /\b(?:importance of implementing|need to implement|implementation of|must be (?:put into practice|implemented|carried out)|put into practice|to implement)\b/i;
const WOULD = /\b(?:confirmed|announced|said|stated)\s+that\s+[\p{Lu}][\p{L}]+\s+(?:would|will)\s+((?:[^.;]|\.\d)+)/u;

/** What the sides agreed, decided or undertook to do, and earlier agreements they stressed implementing. */
export function findCommitments(context: Context): DraftCommitment[] {
  const commitments: DraftCommitment[] = [];
  context.sentences.forEach((sentence, index) => {
    if (sentence.paragraph === 1 && !/[.!?]$/.test(sentence.text)) return;
    for (const match of sentence.text.matchAll(AGREED)) {
      const clauseStart = sentence.start + match.index + match[0].indexOf(match[1]!);
      // "agreed to A and to B": two undertakings.
      const parts = match[1]!.split(/\s+and\s+to\s+/);
      let cursor = clauseStart;
      for (const part of parts) {
        const start = context.text.indexOf(part, cursor);
        const span = { start, end: start + part.length };
        commitments.push({ description: part.trim(), spans: [span], sentence: index, dueBy: deadline(context, index, span) });
        cursor = span.end;
      }
    }
    const would = WOULD.exec(sentence.text);
    if (would) {
      const start = sentence.start + would.index + would[0].indexOf(would[1]!);
      const span = { start, end: start + would[1]!.length };
      commitments.push({ description: would[1]!.trim(), spans: [span], sentence: index, dueBy: deadline(context, index, span) });
    }
    if (IMPLEMENT.test(sentence.text) && /\b(?:agreements|decisions|arrangements|agreed)\b/.test(sentence.text) && !AGREED.test(sentence.text)) {
      AGREED.lastIndex = 0;
      commitments.push({ description: sentence.text.replace(/\.$/, ''), spans: [{ start: sentence.start, end: sentence.end }], sentence: index, concernsSentence: true });
    }
    AGREED.lastIndex = 0;
  });
  return commitments;
}

function deadline(context: Context, index: number, span: Span): PartialDate | undefined {
  return context.dates[index]!.find((d) => d.deadline && d.start >= span.start && d.end <= span.end + 5)?.from;
}
