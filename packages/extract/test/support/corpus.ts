import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseFrontMatter } from '../../src/index.js';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = join(PACKAGE_ROOT, 'corpus');

const date = z.strictObject({ start: z.string(), end: z.string().optional(), qualifier: z.enum(['stated', 'inferred', 'reported']) });
const head = z.strictObject({ name: z.string(), side: z.string(), title: z.string().optional() });

/** The expected facts of one corpus text, as `NN-name.expected.yaml` lists them. */
export const expectedSchema = z.strictObject({
  meetings: z.array(z.strictObject({
    pair: z.string(), kind: z.string(), ordinal: z.number().optional(), stage: z.enum(['held', 'planned']), date,
    location: z.strictObject({ country: z.string().optional(), place: z.string().optional(), qualifier: z.enum(['stated', 'inferred', 'unknown']) }),
    heads: z.array(head).optional(),
  })).default([]),
  visits: z.array(z.strictObject({ from: z.string(), to: z.string(), kind: z.string(), visitor: z.string(), date })).default([]),
  people: z.array(z.strictObject({ name: z.string(), country: z.string(), post: z.string() })).default([]),
  organizations: z.array(z.strictObject({ name: z.string() })).default([]),
  agreements: z.array(z.strictObject({ title: z.string(), kind: z.string(), stage: z.string() })).default([]),
  commitments: z.array(z.strictObject({ text: z.string() })).default([]),
  statements: z.array(z.strictObject({ speaker: z.string() })).default([]),
  trade: z.array(z.strictObject({ reporter: z.string(), partner: z.string(), period: z.string(), flow: z.string(), amount: z.string(), currency: z.string() })).default([]),
  investment: z.array(z.strictObject({ from: z.string(), to: z.string(), span: z.string(), amount: z.string(), currency: z.string() })).default([]),
  indicators: z.array(z.strictObject({ subject: z.string(), partner: z.string().optional(), value: z.string(), unit: z.string(), asOf: z.string() })).default([]),
});

export type Expected = z.infer<typeof expectedSchema>;

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
