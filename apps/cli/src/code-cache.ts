import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/*
 * A CommonJS file run with a V8 code cache beside it: Node 20 keeps no compiled code
 * between runs (22's module.enableCompileCache() does, for every module), so the terminal
 * UI's libraries, about 850 KB, were parsed and compiled again at every start. Here the
 * file's compiled code is written once, after the UI's first frame (so it holds the
 * functions the first frame ran, not only the top level), and later starts read it back.
 *
 * The cache is only ever a shortcut to the same code:
 * - its name carries a hash of the file's text, Node's version and the architecture, so
 *   a rebuilt file or another Node never reads it (V8 itself checks only the text's
 *   length, and refuses a cache from another V8 or other flags: that counts as stale);
 * - it is written under a temporary name and renamed into place, so a reader sees a whole
 *   cache or none;
 * - any failure to read or write it (a read-only install, a full disk) is ignored: the
 *   file is then compiled from its text, as it would be without a cache.
 */

/** The wrapper Node puts around a CommonJS module: line numbers in stack traces stay the file's. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;

const CACHE_SUFFIX = '.v8-cache';

/** Where the compiled code of `file`, with this text, under this Node, is kept. */
export function codeCachePath(file: string, source: string): string {
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 20);
  return `${file}.${key}${CACHE_SUFFIX}`;
}

/** Saves still to be made, run by keepCompiledCode(). */
const unsaved: (() => void)[] = [];

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache whole under a temporary name, then renames it; removes the file's older
 * caches. The temporary file is opened first, so a read-only installation costs no
 * serialising of compiled code at every start.
 */
function writeCache(file: string, path: string, produce: () => Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch {
    return;
  }
  try {
    try {
      writeFileSync(fd, produce());
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
    return;
  }
  // Caches of earlier builds of the file are never read again.
  try {
    const prefix = `${basename(file)}.`;
    for (const name of readdirSync(dirname(file))) {
      const other = join(dirname(file), name);
      if (other !== path && name.startsWith(prefix) && name.endsWith(CACHE_SUFFIX)) rmSync(other, { force: true });
    }
  } catch {
    // Leftovers cost disk space only.
  }
}

export interface CachedRequireResult {
  exports: unknown;
  /** Whether compiled code was read from the cache (and accepted by V8). */
  fromCache: boolean;
}

/**
 * `require(file)` for a self-contained CommonJS file (without import()), compiled with its code cache when
 * there is a valid one; when there is none, keepCompiledCode() writes it later.
 */
export function requireWithCodeCache(file: string): CachedRequireResult {
  const source = readFileSync(file, 'utf8');
  const cachePath = codeCachePath(file, source);
  const cachedData = readCache(cachePath);
  // No import() inside the file: Node 20 gives a Script one only through an experimental
  // option (which prints a warning); build/ui-vendor.ts checks the vendor file has none.
  const script = new Script(wrap(source), { filename: file, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  if (!fromCache) unsaved.push(() => writeCache(file, cachePath, () => script.createCachedData()));
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, fromCache };
}

/**
 * Writes the code caches not yet written, with every function compiled so far: called
 * once the code has done its usual start-up work (the UI, after its first frame).
 */
export function keepCompiledCode(): void {
  for (const save of unsaved.splice(0)) {
    try {
      save();
    } catch {
      // A cache is an optimisation: failing to make one changes nothing else.
    }
  }
}
