import { it } from 'vitest';
import { loadCorpus } from './support/corpus.js';
import { evaluate } from './support/evaluate.js';
it('probe', () => {
  for (const part of ['dev', 'holdout'] as const) { const r = evaluate(loadCorpus(part));
  console.log('MISS', r.meetings!.misses, 'EXTRA', r.meetings!.extras); }
});
