import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type Info } from 'csv-parse';
import type { Line } from './lines.js';

/**
 * CSV over the strict line reader: lines are decoded (and a bad byte pinned to its line)
 * first, then csv-parse reads the text, so quoted fields with line breaks, doubled
 * quotes and the rest of RFC 4180 are handled by a maintained parser.
 */

export interface CsvRecord {
  /** The line the record starts on. */
  line: number;
  fields: string[];
}

/** Malformed CSV (an unclosed quote, a stray quote), with the line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: not valid CSV: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Decoded lines joined back into blocks of text, so the parser is not fed one tiny string at a time. */
async function* textBlocks(lines: AsyncIterable<Line>): AsyncGenerator<string> {
  let block: string[] = [];
  for await (const line of lines) {
    block.push(line.text);
    if (block.length >= 512) {
      yield `${block.join('\n')}\n`;
      block = [];
    }
  }
  if (block.length) yield `${block.join('\n')}\n`;
}

export interface ReadCsvOptions {
  delimiter?: string;
}

/** Yields CSV records with their line numbers; column counts are left to the caller to judge. */
export async function* readCsv(lines: AsyncIterable<Line>, options: ReadCsvOptions = {}): AsyncGenerator<CsvRecord> {
  const parser = parse({ delimiter: options.delimiter ?? ',', relax_column_count: true, info: true, skip_empty_lines: true, bom: true });
  const feeding = pipeline(Readable.from(textBlocks(lines)), parser);
  // The pipeline's own promise is awaited below; its rejection is the parser's error too.
  feeding.catch(() => {});
  try {
    // `info.lines` is where a record ends; it starts after the previous one and any empty lines.
    let endedAt = 0;
    let empty = 0;
    for await (const entry of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const start = endedAt + 1 + (entry.info.empty_lines - empty);
      endedAt = entry.info.lines;
      empty = entry.info.empty_lines;
      yield { line: start, fields: entry.record };
    }
    await feeding;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string; name?: string };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
      throw new CsvSyntaxError(e.lines ?? 0, (e.message ?? e.code).replace(/^Invalid [^:]*: /, '').replace(/ at line \d+.*$/, ''));
    }
    throw error;
  }
}
