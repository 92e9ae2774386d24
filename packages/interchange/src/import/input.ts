import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readLines, type Line } from '../read/lines.js';
import type { ImportContext, ImportInput } from './types.js';

/** A file on disk as an import input (its folder gives `sibling` files); a folder, for formats that read one. */
export async function fileInput(path: string): Promise<ImportInput> {
  const info = await stat(path);
  if (info.isDirectory()) return folderInput(path);
  return {
    name: basename(path),
    size: info.size,
    open: () => createReadStream(path, { highWaterMark: 1024 * 1024 }),
    sibling: async (name) => readFile(join(dirname(path), name), 'utf8').catch(() => undefined),
  };
}

/** A folder on disk (the Office of the Historian's repositories): read file by file by the format. */
export function folderInput(path: string, name = basename(path)): ImportInput {
  return {
    name,
    folder: path,
    open: () => {
      throw new Error(`${name} is a folder: this format reads single files`);
    },
  };
}

/** A stream read once (an upload). */
export function streamInput(name: string, stream: AsyncIterable<Buffer | Uint8Array>, size?: number): ImportInput {
  let used = false;
  return {
    name,
    size,
    open: () => {
      if (used) throw new Error('An uploaded file can be read only once');
      used = true;
      return stream;
    },
  };
}

/** The input's lines, decoded strictly, counted into the meter as they are read. */
export async function* inputLines(context: ImportContext): AsyncGenerator<Line> {
  for await (const line of readLines(context.input.open(), { encoding: context.settings.encoding })) {
    context.meter.bytes = line.bytesRead;
    context.meter.lines = line.number;
    yield line;
  }
}
