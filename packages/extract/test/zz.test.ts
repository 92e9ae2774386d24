import { it } from 'vitest';
import { loadCorpus } from './support/corpus.js';
import { evaluate } from './support/evaluate.js';
it('probe', () => {
  const r = evaluate(loadCorpus('dev').filter((t) => Number(t.name.slice(4, 6)) >= 36));
  for (const k of ['meeting dates', 'people with posts', 'figures']) console.log('MISS', k, r[k]!.misses, 'EXTRA', r[k]!.extras);
});
