import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/*
 * XML read as a stream: the parser sees the file a chunk at a time and hands back only
 * the elements asked for, each as a small tree, so a file of any size takes the memory
 * of one element. A malformed or truncated file is an XmlFileError naming the file and
 * the line where reading stopped.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Text and child elements in document order (mixed content, as TEI headings have). */
  content: (string | XmlElement)[];
  /** The line the element starts on. */
  line: number;
  /** For an element handed back by readXmlElements: the names from the root to it (`['country-mission', 'other-nominees', 'chief']`). */
  path?: readonly string[];
}

export class XmlFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'XmlFileError';
  }
}

export interface ReadXmlOptions {
  /** The file's name as problems should show it (its path inside the folder). */
  name: string;
  /** Which elements to hand back, by their path from the root: `['trips', 'trip']`. */
  select: (path: readonly string[]) => boolean;
  /** Bytes read so far in this file, for progress. */
  onBytes?: (bytes: number) => void;
}

/** The children that are elements. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.content.filter((part): part is XmlElement => typeof part !== 'string' && (name === undefined || part.name === name));
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.content.find((part): part is XmlElement => typeof part !== 'string' && part.name === name);
}

/** All the text inside an element, its descendants' included, with runs of white space made one space. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: XmlElement) => {
    for (const part of node.content) {
      if (typeof part === 'string') parts.push(part);
      else walk(part);
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text of a child element (empty when absent): `childText(trip, 'start-date')`. */
export function childText(element: XmlElement, name: string): string {
  return textOf(child(element, name));
}

/** Every descendant element with this name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const part of node.content) {
      if (typeof part === 'string') continue;
      if (part.name === name) found.push(part);
      walk(part);
    }
  };
  walk(element);
  return found;
}

/** Streams a file and yields the selected elements as they close. */
export async function* readXmlElements(path: string, options: ReadXmlOptions): AsyncGenerator<XmlElement> {
  const parser = new SaxesParser({ position: true });
  const path_: string[] = [];
  // The element being collected and its open descendants; empty when outside a selected element.
  const open: XmlElement[] = [];
  const ready: XmlElement[] = [];
  let failure: XmlFileError | undefined;
  parser.on('error', (error) => {
    // saxes prefixes its messages with "line:column: "; the file and line are said by us.
    failure ??= new XmlFileError(options.name, parser.line, error.message.replace(/^\d+:\d+:\s*/, ''));
  });
  parser.on('opentag', (tag) => {
    path_.push(tag.name);
    if (open.length === 0 && !options.select(path_)) return;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = typeof value === 'string' ? value : value.value;
    const element: XmlElement = { name: tag.name, attributes, content: [], line: parser.line, ...(open.length === 0 ? { path: [...path_] } : {}) };
    open.at(-1)?.content.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    if (open.length) open.at(-1)!.content.push(text);
  });
  parser.on('cdata', (text) => {
    if (open.length) open.at(-1)!.content.push(text);
  });
  parser.on('closetag', () => {
    path_.pop();
    if (open.length === 0) return;
    const element = open.pop()!;
    if (open.length === 0) ready.push(element);
  });
  let bytes = 0;
  // Streaming decode: a character split between two chunks is joined, and invalid UTF-8 is refused.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (buffer?: Buffer) => {
    try {
      return buffer ? decoder.decode(buffer, { stream: true }) : decoder.decode();
    } catch {
      throw new XmlFileError(options.name, parser.line, 'not valid UTF-8 text');
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    parser.write(decode(buffer));
    if (failure) throw failure;
    options.onBytes?.(bytes);
    while (ready.length) yield ready.shift()!;
  }
  parser.write(decode());
  parser.close();
  if (failure) throw failure;
  // A file cut in the middle of an element ends with it still open; saxes says so, but say where it began.
  if (path_.length) throw new XmlFileError(options.name, parser.line, `the file ends inside <${path_.at(-1)}> (it is cut off or not closed)`);
  while (ready.length) yield ready.shift()!;
}
