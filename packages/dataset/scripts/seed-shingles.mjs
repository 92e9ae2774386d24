// Prints the hashes of every run of 12 consecutive words in a text, as JSON, so the
// dataset tests can check for copied wording without the repository holding the text.
//   node scripts/seed-shingles.mjs ../../../shared/seeds/000_c260db9e8577273d.txt > test/fixtures/seed-shingles.json
// Keep the normalisation in step with test/shingles.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const RUN = 12;
const words = (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const hash = (run) => createHash('sha256').update(run).digest('hex').slice(0, 16);

const list = words(readFileSync(process.argv[2], 'utf8'));
const hashes = new Set();
for (let i = 0; i + RUN <= list.length; i++) hashes.add(hash(list.slice(i, i + RUN).join(' ')));
process.stdout.write(`${JSON.stringify({ run: RUN, hash: 'sha256, first 16 hex digits, of the words joined by one space', shingles: [...hashes].sort() }, null, 1)}\n`);
