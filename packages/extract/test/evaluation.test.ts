import { describe, expect, it } from 'vitest';
import { loadCorpus } from './support/corpus.js';
import { evaluate, formatReport } from './support/evaluate.js';
import { precision, recall } from '../src/evaluation/index.js';

// Precision and recall per kind of fact, on the texts the extractor was built against and on
// the third set aside until it was done. The bar holds for the kinds the issue names.
const BAR = { precision: 0.9, recall: 0.8 };
const GUARDED = ['meetings', 'people', 'figures'] as const;

describe.each(['dev', 'holdout'] as const)('extraction quality on %s', (part) => {
  const report = evaluate(loadCorpus(part));
  console.log(formatReport(`${part} (${loadCorpus(part).length} texts)`, report));

  it.each(GUARDED)(`drafts %s at ${BAR.precision} precision and ${BAR.recall} recall or better`, (kind) => {
    const score = report[kind]!;
    expect(score.expected, `${kind}: the corpus expects some`).toBeGreaterThan(0);
    expect(precision(score), `${kind} precision; extra: ${score.extras.join(' | ')}`).toBeGreaterThanOrEqual(BAR.precision);
    expect(recall(score), `${kind} recall; missed: ${score.misses.join(' | ')}`).toBeGreaterThanOrEqual(BAR.recall);
  });
});
