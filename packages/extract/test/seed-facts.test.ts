import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { extractDraft, parseFrontMatter } from '../src/index.js';
import { PACKAGE_ROOT } from './support/corpus.js';
import { expectSeedFacts } from './support/seed-check.js';

// shared/ sits beside the repository: ../shared from the repository root.
const SEED = join(PACKAGE_ROOT, '..', '..', '..', 'shared', 'seeds', '000_c260db9e8577273d.txt');

describe('the seed facts', () => {
  it('are all drafted from our retelling of the founding report', () => {
    const { text, fields } = parseFrontMatter(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'seed-facts.txt'), 'utf8'));
    expectSeedFacts(extractDraft({ text, published: fields.published!, publisher: fields.publisher! }));
  });

  const hasSeed = existsSync(SEED);
  if (!hasSeed) console.warn(`notice: ${SEED} not found; the check on the founding report itself is skipped`);
  it.skipIf(!hasSeed)('are all drafted from the founding report itself', () => {
    const text = readFileSync(SEED, 'utf8');
    expectSeedFacts(extractDraft({ text, published: '2024-06-20', publisher: 'Kazinform' }));
  });
});
