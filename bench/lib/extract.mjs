// Extraction time of a 5,000-word press text: the development corpus's texts put one
// after another until they reach 5,000 words (a long report with many meetings, people
// and figures), drafted by @bilat/extract after a warm-up. The baseline is reading the
// same text once with a plain regular expression (the floor of touching every word).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';
import { summarize, ratio } from './stats.mjs';

export async function measureExtract({ runs, words = 5000, log = () => {} }) {
  const { extractDraft, parseFrontMatter } = await import('@bilat/extract');
  const corpus = join(ROOT, 'packages', 'extract', 'corpus', 'dev');
  const texts = readdirSync(corpus)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseFrontMatter(readFileSync(join(corpus, file), 'utf8')).text.trim());
  if (texts.length === 0) throw new Error(`no texts in ${corpus}`);
  const parts = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = texts[i % texts.length];
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  const text = parts.join('\n\n');
  const input = { text, published: '2024-06-20', publisher: 'Kazinform' };
  for (let i = 0; i < 3; i++) extractDraft(input);
  const times = [];
  const floor = [];
  let facts = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    facts = extractDraft(input).facts.length;
    times.push(performance.now() - started);
    started = performance.now();
    let n = 0;
    for (const _ of text.matchAll(/\p{L}+/gu)) n += 1;
    floor.push(performance.now() - started + (n < 0 ? 1 : 0));
  }
  const stats = summarize(times);
  const baseline = summarize(floor);
  log(`  extract: ${count} words, ${facts} facts, p50 ${stats.p50} ms (word scan ${baseline.p50} ms)`);
  return { words: count, characters: text.length, facts, texts: parts.length, extract: stats, wordScan: baseline, ratio: ratio(stats.p50, baseline.p50) };
}
