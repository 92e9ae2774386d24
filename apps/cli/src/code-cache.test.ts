import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCachePath, keepCompiledCode, requireWithCodeCache } from './code-cache.js';

// V8 keeps what a process compiled and would answer a second compile of the same text
// from memory; each load here is to behave as the first of a new process.
setFlagsFromString('--no-compilation-cache');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-code-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A CommonJS file that uses what a bundle does: require of a neighbour and of Node's modules, __filename, a computed answer. */
function writeModule(name: string, answer: string): string {
  writeFileSync(join(dir, 'neighbour.cjs'), 'module.exports = { word: "neighbour" };\n');
  const file = join(dir, name);
  writeFileSync(
    file,
    [
      'const { word } = require("./neighbour.cjs");',
      'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }',
      `exports.answer = ${answer};`,
      'exports.word = word;',
      'exports.file = __filename;',
      'exports.fib = fib(15);',
      'exports.later = () => require("node:path").basename(__filename);',
    ].join('\n'),
  );
  return file;
}

type Answers = { answer: number; word: string; file: string; fib: number; later(): string };

function answersOf(file: string) {
  const { exports, fromCache } = requireWithCodeCache(file);
  const module = exports as Answers;
  return { fromCache, answer: module.answer, word: module.word, file: module.file, fib: module.fib, later: module.later() };
}

const caches = () => readdirSync(dir).filter((name) => name.endsWith('.v8-cache'));

describe('requireWithCodeCache', () => {
  it('compiles without a cache, writes one when asked, and reads it back with the same results', () => {
    const file = writeModule('bundle.cjs', '6 * 7');
    const first = answersOf(file);
    expect(first).toEqual({ fromCache: false, answer: 42, word: 'neighbour', file, fib: 610, later: 'bundle.cjs' });
    expect(caches()).toEqual([]);
    keepCompiledCode();
    expect(caches()).toHaveLength(1);
    // Named by the file's text (and Node): see codeCachePath.
    expect(existsSync(codeCachePath(file, readFileSync(file, 'utf8')))).toBe(true);
    const second = answersOf(file);
    expect(second).toEqual({ ...first, fromCache: true });
    // Nothing is left to write once the cache was read.
    keepCompiledCode();
    expect(caches()).toHaveLength(1);
  });

  it('never reads the cache of another text of the file, and drops it when the new one is written', () => {
    const file = writeModule('bundle.cjs', '6 * 7');
    answersOf(file);
    keepCompiledCode();
    const [old] = caches();
    // The same length, other code: V8 alone would accept the old cache (it checks the length).
    writeModule('bundle.cjs', '5 * 9');
    const changed = answersOf(file);
    expect(changed.fromCache).toBe(false);
    expect(changed.answer).toBe(45);
    keepCompiledCode();
    expect(caches()).toHaveLength(1);
    expect(caches()).not.toContain(old);
    expect((answersOf(file)).fromCache).toBe(true);
  });

  it('ignores a damaged cache (V8 refuses it) and replaces it', () => {
    const file = writeModule('bundle.cjs', '6 * 7');
    answersOf(file);
    keepCompiledCode();
    const [cache] = caches();
    writeFileSync(join(dir, cache!), Buffer.from('not compiled code at all'));
    const damaged = answersOf(file);
    expect(damaged).toMatchObject({ fromCache: false, answer: 42, fib: 610 });
    keepCompiledCode();
    expect((answersOf(file)).fromCache).toBe(true);
  });

  it('runs as without a cache where none can be read or written', () => {
    const file = writeModule('bundle.cjs', '6 * 7');
    // A directory where the cache would go: reading it and renaming onto it both fail.
    mkdirSync(codeCachePath(file, readFileSync(file, 'utf8')));
    const first = answersOf(file);
    expect(first).toMatchObject({ fromCache: false, answer: 42 });
    expect(() => keepCompiledCode()).not.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((answersOf(file)).fromCache).toBe(false);
    keepCompiledCode();
  });

  it.skipIf(process.getuid?.() === 0)('leaves a read-only installation as it is', () => {
    const file = writeModule('bundle.cjs', '6 * 7');
    chmodSync(dir, 0o555);
    try {
      expect((answersOf(file)).answer).toBe(42);
      expect(() => keepCompiledCode()).not.toThrow();
      expect(caches()).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('reports errors thrown by the file as they are', () => {
    const file = join(dir, 'throws.cjs');
    writeFileSync(file, 'throw new RangeError("from the file");\n');
    expect(() => requireWithCodeCache(file)).toThrow(RangeError);
    keepCompiledCode();
  });
});
