import { describe, expect, it } from 'vitest';
import { normalTitle, precision, recall } from '../src/evaluation/index.js';
import { loadCorpus } from './support/corpus.js';
import { GATED, evaluate, formatReport, languageOf } from './support/evaluate.js';

// Precision and recall per kind of fact, on the texts the extractor was built against and
// on the third set aside until it was done, English and Russian scored apart. The bar is
// the issue's: meetings on the right pair, their dates, people with posts and figures.
const BAR = { precision: 0.9, recall: 0.85 };

describe.each(['dev', 'holdout'] as const)('extraction quality on %s', (part) => {
  const corpus = loadCorpus(part);
  describe.each(['en', 'ru'] as const)('in %s', (language) => {
    const texts = corpus.filter((text) => languageOf(text) === language);
    const report = evaluate(texts);
    console.log(formatReport(`${part}, ${language} (${texts.length} texts)`, report));

    it('has texts to score', () => {
      expect(texts.length).toBeGreaterThanOrEqual(5);
    });

    it.each(GATED)(`drafts %s at ${BAR.precision} precision and ${BAR.recall} recall or better`, (kind) => {
      const score = report[kind]!;
      expect(score.expected, `${kind}: the corpus expects some`).toBeGreaterThan(0);
      expect(precision(score), `${kind} precision; extra: ${score.extras.join(' | ')}`).toBeGreaterThanOrEqual(BAR.precision);
      expect(recall(score), `${kind} recall; missed: ${score.misses.join(' | ')}`).toBeGreaterThanOrEqual(BAR.recall);
    });
  });
});

// One post written two ways must score as one; two posts must stay two.
describe('titles compared', () => {
  it('folds British and American spelling and a committee called parliamentary', () => {
    expect(normalTitle('Chair of the Parliamentary Committee on Foreign Affairs, Defence and Security'))
      .toBe(normalTitle('Chair of the Committee on Foreign Affairs, Defense and Security'));
    expect(normalTitle('Minister of Labor')).toBe(normalTitle('Minister of Labour'));
    expect(normalTitle('Spokesman for the Presidency')).toBe(normalTitle('Spokesperson for the Presidency'));
    expect(normalTitle('Minister of Ports, Shipping & Aviation')).toBe(normalTitle('Minister of Ports, Shipping and Aviation'));
    // "Minister for <Field>" is "Minister of <Field>"; a minister of state's field keeps its "for".
    expect(normalTitle('Minister for Road Transport')).toBe(normalTitle('Minister of Road Transport'));
    expect(normalTitle('Minister of State for Foreign Affairs')).not.toBe(normalTitle('Minister of State of Foreign Affairs'));
  });

  it('keeps posts apart that differ in more than spelling', () => {
    expect(normalTitle('Minister of Defence')).not.toBe(normalTitle('Deputy Minister of Defence'));
    expect(normalTitle('Chair of the Committee on Defence')).not.toBe(normalTitle('Chair of the Committee on Security'));
    expect(normalTitle('Parliamentary Secretary')).not.toBe(normalTitle('Secretary'));
  });
});
