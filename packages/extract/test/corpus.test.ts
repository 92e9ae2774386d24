import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, PACKAGE_ROOT, loadCorpus } from './support/corpus.js';

const SEED = join(PACKAGE_ROOT, '..', '..', '..', 'shared', 'seeds', '000_c260db9e8577273d.txt');

describe('the corpus', () => {
  const dev = loadCorpus('dev');
  const holdout = loadCorpus('holdout');

  it('has at least 30 texts, about a third set aside', () => {
    expect(dev.length + holdout.length).toBeGreaterThanOrEqual(30);
    expect(holdout.length / (dev.length + holdout.length)).toBeGreaterThan(0.28);
    expect(holdout.length / (dev.length + holdout.length)).toBeLessThan(0.4);
  });

  it('pairs every text with its expectations', () => {
    for (const part of ['dev', 'holdout']) {
      const files = readdirSync(join(CORPUS, part));
      for (const text of files.filter((f) => f.endsWith('.txt'))) expect(files, text).toContain(text.replace(/\.txt$/, '.expected.yaml'));
    }
  });

  it('covers many pairs of countries and the shapes the issue names', () => {
    const all = [...dev, ...holdout];
    const pairs = new Set(all.flatMap((t) => t.expected.meetings.map((m) => m.pair)));
    expect(pairs.size).toBeGreaterThanOrEqual(15);
    const meetings = all.flatMap((t) => t.expected.meetings);
    expect(meetings.some((m) => m.stage === 'planned')).toBe(true);
    expect(meetings.some((m) => /^\d{4}-\d{2}$/.test(m.date.start))).toBe(true);
    expect(meetings.some((m) => m.date.end)).toBe(true);
    expect(meetings.some((m) => m.kind === 'other' && !m.ordinal)).toBe(true);
    expect(all.some((t) => /\d,\d{1,2} (?:billion|million)/.test(t.text))).toBe(true);
    expect(all.some((t) => /\blast year\b/.test(t.text))).toBe(true);
    expect(all.some((t) => /\b(?:May|October|June) this year\b/.test(t.text))).toBe(true);
    expect(all.some((t) => /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday)\b/i.test(t.text))).toBe(true);
  });

  // The real reports' texts (kept out of the repository): none of their sentences may be in the corpus.
  const REAL = process.env.BILAT_REAL_TEXTS ?? join(PACKAGE_ROOT, 'real', 'texts');
  const hasReal = existsSync(REAL);
  if (!hasReal) console.warn(`notice: ${REAL} not found; the check that the corpus copies no real report is skipped`);
  it.skipIf(!hasReal)('copies no run of twelve words from the real reports', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\d]+(?:['’][\p{L}]+)*/gu) ?? [];
    const runs = new Map<string, string>();
    for (const file of readdirSync(REAL).filter((f) => f.endsWith('.txt'))) {
      const own = words(readFileSync(join(REAL, file), 'utf8').split(/^---$/m).at(-1)!);
      for (let i = 0; i + 12 <= own.length; i++) runs.set(own.slice(i, i + 12).join(' '), file);
    }
    for (const { name, text } of [...dev, ...holdout]) {
      const own = words(text);
      for (let i = 0; i + 12 <= own.length; i++) {
        const run = own.slice(i, i + 12).join(' ');
        expect(runs.has(run), `${name}: "${run}" is in ${runs.get(run)}`).toBe(false);
      }
    }
  });

  const hasSeed = existsSync(SEED);
  it.skipIf(!hasSeed)('copies no run of twelve words from the founding report', () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:[.'][a-z0-9]+)*/g) ?? [];
    const seed = words(readFileSync(SEED, 'utf8'));
    const runs = new Set(seed.slice(0, -11).map((_, i) => seed.slice(i, i + 12).join(' ')));
    const texts = [...dev, ...holdout].map((t) => [t.name, t.text] as const);
    texts.push(['fixtures/seed-facts.txt', readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'seed-facts.txt'), 'utf8')]);
    for (const [name, text] of texts) {
      const own = words(text);
      for (let i = 0; i + 12 <= own.length; i++) expect(runs.has(own.slice(i, i + 12).join(' ')), `${name}: "${own.slice(i, i + 12).join(' ')}"`).toBe(false);
    }
  });
});
