import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDraft, parseFrontMatter } from '../src/index.js';
import { validatingOutput } from '@bilat/domain';
import { loadCorpus, PACKAGE_ROOT } from './support/corpus.js';

// A running program does not parse the records it drafts (they are built by typed code);
// it only puts their keys in schema order. That must give what parsing gives, byte for
// byte: checked on every corpus text, and on the real reports when they are here.
const REAL = process.env.BILAT_REAL_TEXTS ?? join(PACKAGE_ROOT, 'real', 'texts');
const real = existsSync(REAL)
  ? readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const { text, fields } = parseFrontMatter(readFileSync(join(REAL, f), 'utf8'));
    return { name: f, input: { text, ...(fields.published ? { published: fields.published } : {}), ...(fields.publisher ? { publisher: fields.publisher } : {}), ...(fields.url ? { url: fields.url } : {}), today: '2026-12-02' } };
  })
  : [];
const corpus = [...loadCorpus('dev'), ...loadCorpus('holdout')].map((t) => ({ name: t.name, input: { text: t.text, published: t.published, publisher: t.publisher } }));

describe('records drafted without parsing', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are validated under test (vitest.config sets BILAT_VALIDATE_OUTPUT)', () => {
    expect(validatingOutput()).toBe(true);
  });

  it('equal the parsed records, key order included, for every text', () => {
    for (const { name, input } of [...corpus, ...real]) {
      vi.stubEnv('BILAT_VALIDATE_OUTPUT', '1');
      const parsed = extractDraft(input);
      expect(parsed.warnings.filter((w) => w.startsWith('Left out')), name).toEqual([]);
      vi.stubEnv('BILAT_VALIDATE_OUTPUT', '');
      const ordered = extractDraft(input);
      expect(JSON.stringify(ordered), name).toBe(JSON.stringify(parsed));
    }
  });

});
