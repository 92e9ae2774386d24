import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expectedSchema, type Expected } from '../../src/evaluation/index.js';
import { parseFrontMatter } from '../../src/index.js';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = join(PACKAGE_ROOT, 'corpus');

export interface CorpusText {
  name: string;
  text: string;
  published: string;
  publisher: string;
  expected: Expected;
}

/** Reads one part of the corpus (`dev` or `holdout`). */
export function loadCorpus(part: 'dev' | 'holdout', root = CORPUS): CorpusText[] {
  const folder = join(root, part);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const { text, fields } = parseFrontMatter(readFileSync(join(folder, file), 'utf8'));
      const expected = expectedSchema.parse(parse(readFileSync(join(folder, file.replace(/\.txt$/, '.expected.yaml')), 'utf8')) ?? {});
      if (!fields.published || !fields.publisher) throw new Error(`${part}/${file}: front matter needs published and publisher`);
      return { name: `${part}/${file}`, text, published: fields.published, publisher: fields.publisher, expected };
    });
}
