import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { x as extract } from 'tar';
import { folderInput } from '../input.js';
import { ImportUsageError, type ImportInput } from '../types.js';
import { hsgParts } from './read.js';

/*
 * A folder sent as one stream: a tar archive, gzipped or not (`tar -czf - -C hsg .`),
 * unpacked into a temporary folder as it arrives (paths outside it are refused, only XML
 * files are kept) and imported from there, then removed. This is how the upload route
 * and `bilat import hsg FILE.tar.gz` take a folder.
 */

export interface ArchiveFolder {
  input: ImportInput;
  /** Removes the temporary folder. */
  dispose(): Promise<void>;
}

/** The folder inside an unpacked archive that holds the repositories: the top, or its one subfolder. */
async function rootOf(dir: string): Promise<string> {
  if ((await hsgParts(dir)).length) return dir;
  const entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  if (entries.length === 1 && (await hsgParts(join(dir, entries[0]!.name))).length) return join(dir, entries[0]!.name);
  return dir;
}

export async function unpackArchive(name: string, body: AsyncIterable<Buffer | Uint8Array>): Promise<ArchiveFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'bilat-hsg-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  // An error of the stream itself (an upload over its size limit) is the caller's to report, not a bad archive.
  let streamError: unknown;
  async function* watched() {
    const iterator = body[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Buffer | Uint8Array>;
      try {
        next = await iterator.next();
      } catch (error) {
        streamError = error;
        throw error;
      }
      if (next.done) return;
      yield next.value;
    }
  }
  try {
    await pipeline(
      Readable.from(watched()),
      extract({ cwd: dir, strict: true, filter: (path, entry) => ('type' in entry && entry.type === 'Directory') || /\.xml$/i.test(path) }),
    );
  } catch (error) {
    await dispose();
    if (streamError) throw streamError;
    const message = (error as Error).message;
    throw Object.assign(new ImportUsageError(`${name}: not a tar archive (gzipped or not) of the folder, or cut off: ${message}`), { cause: error });
  }
  return { input: folderInput(await rootOf(dir), name), dispose };
}

/** The files an hsg import of this folder reads, as one gzipped tar stream (what `bilat --api … import hsg DIR` uploads). */
export async function packFolder(root: string): Promise<AsyncIterable<Buffer>> {
  const { c: create } = await import('tar');
  const { relative } = await import('node:path');
  const { hsgFiles } = await import('./read.js');
  const files = (await hsgFiles(root)).map((file) => relative(root, file));
  // The people's files are read as the chiefs name them, so they go too.
  const people = join(root, 'pocom', 'people');
  for (const letter of await readdir(people, { withFileTypes: true }).catch(() => [])) {
    if (!letter.isDirectory()) continue;
    for (const name of await readdir(join(people, letter.name))) if (name.endsWith('.xml')) files.push(join('pocom', 'people', letter.name, name));
  }
  return Readable.from(create({ gzip: true, cwd: root, portable: true }, files) as unknown as AsyncIterable<Buffer>);
}
