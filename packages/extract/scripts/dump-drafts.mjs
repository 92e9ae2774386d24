#!/usr/bin/env node
// node scripts/dump-drafts.mjs OUT [--dist DIR] [--today YYYY-MM-DD]
//
// Drafts every corpus text (corpus/dev, corpus/holdout) and every real report text
// (real/texts) and writes each draft, whole, as OUT/<part>/<name>.json. A change meant to
// leave the drafts alone (a speed-up, a refactor) is checked by dumping before and after it
// and diffing the two folders (`diff -r`). --dist points at another build of the package
// (a copy of dist/ kept from before the change) so both can be dumped side by side.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const PACKAGE = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string' }, today: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: node scripts/dump-drafts.mjs OUT [--dist DIR] [--today YYYY-MM-DD]');
  process.exit(2);
}
const out = resolve(positionals[0]);
const dist = resolve(values.dist ?? join(PACKAGE, 'dist'));
// A fixed "today", so a report without a date of its own drafts the same on any day.
const today = values.today ?? '2026-12-02';
const { extractDraft, parseFrontMatter } = await import(pathToFileURL(join(dist, 'index.js')).href);

const parts = [
  ['corpus-dev', join(PACKAGE, 'corpus', 'dev')],
  ['corpus-holdout', join(PACKAGE, 'corpus', 'holdout')],
  ['real', join(PACKAGE, 'real', 'texts')],
];
let count = 0;
for (const [part, folder] of parts) {
  if (!existsSync(folder)) {
    console.error(`dump-drafts: ${folder} is missing; skipped`);
    continue;
  }
  mkdirSync(join(out, part), { recursive: true });
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    const { text, fields } = parseFrontMatter(readFileSync(join(folder, file), 'utf8'));
    const draft = extractDraft({
      text,
      ...(fields.published ? { published: fields.published } : {}),
      ...(fields.publisher ? { publisher: fields.publisher } : {}),
      ...(fields.url ? { url: fields.url } : {}),
      today,
    });
    writeFileSync(join(out, part, file.replace(/\.txt$/, '.json')), `${JSON.stringify(draft, null, 1)}\n`);
    count += 1;
  }
}
console.error(`dump-drafts: ${count} drafts written to ${out}`);
