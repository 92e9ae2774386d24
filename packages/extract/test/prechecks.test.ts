import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../src/index.js';
import { anchoredMatches, registeredAnchors, registeredPrechecks } from '../src/prechecks.js';
import { splitSentences } from '../src/segment.js';
import { loadCorpus, PACKAGE_ROOT } from './support/corpus.js';

// A precheck only saves time if it is implied by its pattern: wherever the pattern matches,
// the precheck must match too, or the pattern's matches would be lost. Checked on every
// sentence (and whole text) of the corpus, and of the real reports when they are here.
const REAL = process.env.BILAT_REAL_TEXTS ?? join(PACKAGE_ROOT, 'real', 'texts');
const real = existsSync(REAL)
  ? readdirSync(REAL).filter((f) => f.endsWith('.txt')).map((f) => parseFrontMatter(readFileSync(join(REAL, f), 'utf8')).text)
  : [];
// Shapes the written corpus lacks, so every pattern matches somewhere even where the real
// reports are not on the machine (a fresh clone, CI).
const SHAPES = [
  'The talks ran from 30 May – 2 June 2024 in Baku.',
  'Trade has grown since the beginning of the year.',
  'В первом полугодии 2024 года товарооборот вырос.',
  'The protocol was signed on 12.03.2024 in Tashkent.',
  'Posted 2024-06-20 by the press office.',
  'Posted 28/09/2022 by the press office.',
  'The forum is due on June 10–12, 2024 in Astana.',
  'In the first six months of 2024 trade rose by a tenth.',
  'Товарооборот с начала текущего года вырос на треть.',
  'Комиссия работает с 2019 года.',
  'The statement of foreign minister Ivan Petrov was read out.',
  'Переговоры пройдут в следующем месяце, а протокол подпишут до конца месяца.',
  'Министры встречались в начале марта, а комиссия соберётся в конце октября.',
  // Bodies named before their keyword (the anchored searches), and near misses around them.
  'The Lithuanian-Kazakh Intergovernmental Commission on Trade, Economic and Cultural Cooperation met; the Kazakh-Lithuanian Business Council too.',
  'Deputies of the Lithuania-Kazakhstan Interparliamentary Friendship Group and the Klaipeda State Seaport Authority attended.',
  'The Joint Ministerial Commission (JMC) and the Kenya – Somalia Joint Commission for Cooperation (JCC) (UN) met.',
  '2Joint Commission, Joint\nCommission (JC), A-B  Business Council, (ABC) Council (CC), Friendship Group, x-Y Cooperation Council.',
];
const texts = [...loadCorpus('dev'), ...loadCorpus('holdout')].map((t) => t.text).concat(real, SHAPES);
const pieces = texts.flatMap((text) => [text, ...splitSentences(text).map((s) => s.text)]);
// The patterns are imported with the extractor, which registers them.
await import('../src/extract.js');
const prechecks = registeredPrechecks();

describe('prechecks', () => {
  it('are registered for the patterns tried in every sentence', () => {
    expect(prechecks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(prechecks.map(([pattern, needs]) => [pattern.source.slice(0, 60), pattern, needs] as const))('hold wherever %s matches', (_name, pattern, needs) => {
    let matched = 0;
    let skipped = 0;
    for (const piece of pieces) {
      const passes = needs.every((need) => need.test(piece));
      if (!passes) skipped++;
      if (new RegExp(pattern.source, pattern.flags).test(piece)) {
        matched++;
        expect(passes, `${pattern} matches "${piece.slice(0, 200)}" but a precheck does not`).toBe(true);
      }
    }
    // Each precheck saves running its pattern somewhere (else it is dead weight).
    expect(skipped).toBeGreaterThan(0);
    // And its pattern matches somewhere, so the implication above is put to the test.
    expect(matched).toBeGreaterThan(0);
  });
});

// An anchored search must find exactly what the whole-text search finds, in the same order.
const anchors = registeredAnchors();
const asFound = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => ({ index: m.index, groups: [...m] }));

describe('anchored searches', () => {
  it('are registered for the patterns run over whole reports', () => {
    expect(anchors.length).toBeGreaterThanOrEqual(5);
  });

  it.each(anchors.map(([pattern]) => [pattern.source.slice(0, 60), pattern] as const))('find what %s finds, text by text', (_name, pattern) => {
    let matched = 0;
    for (const text of texts) {
      const expected = asFound(text.matchAll(new RegExp(pattern.source, pattern.flags)));
      matched += expected.length;
      expect(asFound(anchoredMatches(text, pattern)), text.slice(0, 120)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(0);
  });
});
