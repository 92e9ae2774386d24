import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * What `bilat` loads before it knows the command: Node's own modules and small chunks of
 * its own (commander is bundled into them). Ink and React (the UI), the data layer, the API and the
 * renderers are reached only through import() when a command needs them, so
 * `bilat meetings --json` never loads the UI. Checked on the built files.
 */

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module the entry loads before running anything: static imports, followed through its own chunks. */
function staticGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(`${DIST}${file}`, 'utf8');
    for (const match of source.matchAll(/^import\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
      const target = match[1] ?? match[2]!;
      if (target.startsWith('./')) visit(target.slice(2));
      else packages.add(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('start-up', () => {
  it('the entry loads only Node built-ins and small chunks of its own', () => {
    const { files, packages } = staticGraph('main.js');
    const external = [...packages].filter((name) => !name.startsWith('node:') && !/^(fs|path|url|os|readline\/promises|module|child_process|events)$/.test(name));
    expect(external).toEqual([]);
    for (const file of files) {
      const source = readFileSync(`${DIST}${file}`, 'utf8');
      expect(source, file).not.toMatch(/react-reconciler|yoga-layout|useInput/);
      // The budget grew with the watch, inbox and countries commands' definitions (210 KB on 2026-12-02); past it, split commands into lazily loaded chunks.
      expect(source.length, file).toBeLessThan(240_000);
    }
  });

  it('the UI (Ink and React) is a chunk of its own, reached only by import()', () => {
    const main = readFileSync(`${DIST}main.js`, 'utf8');
    const ui = /import\("\.\/(run-[\w-]+\.js)"\)/.exec(main)?.[1];
    expect(ui).toBeDefined();
    expect(staticGraph('main.js').files).not.toContain(ui);
    // Ink may sit in a chunk the UI shares with `bilat extract --apply`'s review; either way the UI's own graph holds it.
    const ink = staticGraph(ui!).files.filter((file) => readFileSync(`${DIST}${file}`, 'utf8').includes('yoga'));
    expect(ink.length).toBeGreaterThan(0);
    for (const file of ink) expect(staticGraph('main.js').files).not.toContain(file);
  });
});
