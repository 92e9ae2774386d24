import { layoutTable, pad, textWidth, truncate, type Column } from '../table.js';
import type { Route } from './routes.js';

/*
 * What every view builds: lines of styled spans, already cut to the width, some leading
 * somewhere. The terminal UI draws them with Ink and moves a cursor over the ones with a
 * target; the commands print them as plain text. Builders are pure functions of the
 * data and the width, so both agree and tests need no terminal.
 */

export type Tone = 'title' | 'heading' | 'muted' | 'accent' | 'good' | 'warning' | 'export' | 'import' | 'turnover';

export interface Span {
  text: string;
  tone?: Tone;
}

export interface Line {
  spans: Span[];
  /** Where Enter on this line goes; lines with a target are the ones the cursor visits. */
  target?: Route;
}

export const span = (text: string, tone?: Tone): Span => (tone ? { text, tone } : { text });

export const line = (spans: Span[] | string, target?: Route): Line => {
  const list = typeof spans === 'string' ? [span(spans)] : spans;
  return target ? { spans: list, target } : { spans: list };
};

export const blank = (): Line => ({ spans: [] });

export function lineText(l: Line): string {
  return l.spans.map((s) => s.text).join('');
}

/** Word-wraps text to a display width; words longer than the width are cut. */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(10, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (textWidth(candidate) <= max) {
        current = candidate;
        continue;
      }
      if (current) out.push(current);
      current = textWidth(word) > max ? truncate(word, max) : word;
    }
    out.push(current);
  }
  return out;
}

/** A paragraph as lines, each indented; the first line may carry a label in a fixed-width gutter. */
export function paragraph(text: string, width: number, options: { indent?: number; label?: string; labelWidth?: number; tone?: Tone } = {}): Line[] {
  const indent = options.indent ?? 0;
  const gutter = options.label !== undefined ? (options.labelWidth ?? textWidth(options.label) + 1) : 0;
  const lines = wrapText(text, width - indent - gutter);
  return lines.map((content, index) => {
    const spans: Span[] = [];
    if (indent) spans.push(span(' '.repeat(indent)));
    if (options.label !== undefined) spans.push(index === 0 ? span(pad(options.label, gutter), 'muted') : span(' '.repeat(gutter)));
    spans.push(span(content, options.tone));
    return { spans };
  });
}

/** A section heading, as the UI and plain text both show it. */
export function heading(text: string, count?: number | string): Line {
  return line([span(text, 'heading'), ...(count !== undefined ? [span(` (${count})`, 'muted')] : [])]);
}

/** Cuts every line to the width (spans keep their tones). */
export function clip(lines: readonly Line[], width: number): Line[] {
  return lines.map((l) => {
    let room = width;
    const spans: Span[] = [];
    for (const s of l.spans) {
      if (room <= 0) break;
      const w = textWidth(s.text);
      if (w <= room) {
        spans.push(s);
        room -= w;
      } else {
        spans.push({ ...s, text: truncate(s.text, room) });
        room = 0;
      }
    }
    return { ...l, spans };
  });
}

/** Lines as plain text for the commands: trailing spaces trimmed, record lines followed by their id. */
export function toPlainText(lines: readonly Line[], options: { ids?: boolean } = {}): string {
  return lines
    .map((l) => {
      const text = lineText(l).trimEnd();
      const target = l.target;
      return options.ids && target?.screen === 'record' ? `${text}  [${target.id}]` : text;
    })
    .join('\n');
}

/** A table as view lines: a muted header, then one line per row leading where `target` says. */
export function tableLines<T>(rows: readonly T[], columns: readonly Column<T>[], width: number, target?: (row: T) => Route | undefined, options: { indent?: number } = {}): Line[] {
  const indent = ' '.repeat(options.indent ?? 0);
  const layout = layoutTable(rows, columns, { maxWidth: width - indent.length });
  return [
    line([span(indent), span(layout.header, 'muted')]),
    ...layout.rows.map((text, index) => line([span(indent), span(text)], target?.(rows[index]!))),
  ];
}
