import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * Reading text files line by line, at any size, with honest encodings: UTF-8 is
 * decoded strictly (an invalid byte is refused, naming the line and suggesting
 * --encoding), a byte-order mark is dropped, and Latin-1 / Windows-1252 files are read
 * when asked. Lines are split on raw bytes first, so a bad byte is always pinned to its
 * line and memory stays bounded by the longest line.
 */

export type TextEncoding = 'utf-8' | 'latin1' | 'cp1252';

export const ENCODINGS: readonly TextEncoding[] = ['utf-8', 'latin1', 'cp1252'];

export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly encoding: TextEncoding,
  ) {
    super(`line ${line}: not valid ${encoding.toUpperCase()} text; if the file is Latin-1 or Windows-1252, run again with --encoding cp1252`);
    this.name = 'EncodingError';
  }
}

export class LineTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(`line ${line}: longer than ${limit} bytes; the file is probably not in the expected format`);
    this.name = 'LineTooLongError';
  }
}

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** Bytes read so far (for progress). */
  bytesRead: number;
}

function decoderFor(encoding: TextEncoding): InstanceType<typeof TextDecoder> {
  // WHATWG maps "latin1" to Windows-1252, which is what such files nearly always are.
  return encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }) : new TextDecoder('windows-1252');
}

export interface ReadLinesOptions {
  encoding?: TextEncoding;
  /** Refuse a line longer than this many bytes (default 16 MiB). */
  maxLineBytes?: number;
}

/** Yields the lines of a byte stream (without their line ending). */
export async function* readLines(stream: Readable | AsyncIterable<Buffer | Uint8Array | string>, options: ReadLinesOptions = {}): AsyncGenerator<Line> {
  const encoding = options.encoding ?? 'utf-8';
  const maxLineBytes = options.maxLineBytes ?? 16 * 1024 * 1024;
  const decoder = decoderFor(encoding);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  let bytesRead = 0;
  const decode = (bytes: Buffer): string => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end -= 1;
    let start = 0;
    // A UTF-8 byte-order mark at the very start is not text.
    if (number === 1 && encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    try {
      return decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new EncodingError(number, encoding);
    }
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytesRead += buffer.length;
    let offset = 0;
    for (;;) {
      const newline = buffer.indexOf(0x0a, offset);
      if (newline === -1) break;
      const piece = buffer.subarray(offset, newline);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      number += 1;
      if (bytes.length > maxLineBytes) throw new LineTooLongError(number, maxLineBytes);
      yield { number, text: decode(bytes), bytesRead };
      offset = newline + 1;
    }
    if (offset < buffer.length) {
      pending.push(buffer.subarray(offset));
      pendingBytes += buffer.length - offset;
      if (pendingBytes > maxLineBytes) throw new LineTooLongError(number + 1, maxLineBytes);
    }
  }
  if (pendingBytes > 0) {
    number += 1;
    yield { number, text: decode(Buffer.concat(pending)), bytesRead };
  }
}

/** The lines of a file on disk. */
export function readFileLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<Line> {
  return readLines(createReadStream(path, { highWaterMark: 1024 * 1024 }), options);
}

/** Reads a whole (small) file as text with the same encoding rules, for JSON and YAML formats. */
export async function readText(path: string, options: ReadLinesOptions = {}): Promise<string> {
  const lines: string[] = [];
  for await (const line of readFileLines(path, options)) lines.push(line.text);
  return lines.join('\n');
}
