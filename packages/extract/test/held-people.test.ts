import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script of the package, plain JavaScript
import { OUTPUT, heldPeople } from '../scripts/generate-held-people.mjs';
import { extractDraft } from '../src/index.js';
import { holdingLabels } from './support/holdings.js';

// The name gazetteer from the people the project holds (the Office of the Historian's bundle): leaders named without
// their posts, whose country no rule gives. The texts are written for these tests.

function labels(text: string, published = '2023-05-10') {
  return holdingLabels(extractDraft({ text, published, publisher: 'Test Wire' }).bundle, { country: true });
}

describe('the held people', () => {
  it('is what the generator makes of the committed hsg bundle', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(`${JSON.stringify(heldPeople(join(import.meta.dirname, '..', '..', 'dataset', 'data', 'hsg.ndjson.gz')))}\n`);
  });

  it('give leaders named without a post their country, and the post held near the report\'s date', () => {
    const text = 'Ottawa, 9 May. The two foreign ministers agreed to prepare a meeting between Justin Trudeau and Andrés Manuel López Obrador in June.';
    expect(labels(text)).toEqual(expect.arrayContaining(['Justin Trudeau (CA): Prime Minister', 'Andrés Manuel López Obrador (MX): President']));
  });

  it('give no post far from the days it was attested, and leave a country the text gives', () => {
    expect(labels('Ottawa, 9 May. A letter from Justin Trudeau was read out.', '1995-05-10')).toEqual([]);
    const text = 'Lima, 9 May. Peruvian Deputy Minister Olaf Scholz met the Chilean ambassador.';
    expect(labels(text)).toEqual(['Olaf Scholz (PE): Deputy Minister']);
  });
});
