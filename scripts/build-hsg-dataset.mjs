#!/usr/bin/env node
/*
 * Builds the Office of the Historian bundle that `bilat db seed` and a fresh `npm start`
 * load beside the curated set: packages/dataset/data/hsg.ndjson.gz, from the snapshot in
 * ../shared/data/hsg (or the folder given). The bundle is what `bilat import hsg --no-texts`
 * stores on top of the curated set: facts and addresses, none of the Office's sentences
 * (no remark is kept as text, nothing is drafted from one). Run it again after the
 * snapshot changes; a test checks the committed file is what this gives.
 *
 *   npm run dataset:hsg [-- FOLDER] [--check]
 */
import { hsgDatasetPath } from '@bilat/dataset';
import { buildHsgDataset } from '@bilat/interchange';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? resolve(root, '..', 'shared', 'data', 'hsg'));
if (!existsSync(folder)) {
  console.error(`bilat: ${folder} does not exist: give the folder holding travels/, visits/, pocom/ and rdcr/ (npm run dataset:hsg -- FOLDER)`);
  process.exit(2);
}
const started = Date.now();
const { text, records, gzipped, curatedTouched } = await buildHsgDataset(folder, (message) => process.stderr.write(`${message}\n`));
// A curated record the import would change would be changed back by every seed: the two sets must not overlap.
if (curatedTouched.length) {
  console.error(`bilat: the import changes records of the curated set: ${curatedTouched.join(', ')}`);
  process.exit(1);
}
if (check) {
  const committed = existsSync(hsgDatasetPath()) ? gunzipSync(readFileSync(hsgDatasetPath())).toString('utf8') : '';
  if (committed !== text) {
    console.error(`bilat: ${hsgDatasetPath()} is not what the script gives from ${folder}; run npm run dataset:hsg`);
    process.exit(1);
  }
  console.error(`${hsgDatasetPath()} is up to date (${records} records)`);
} else {
  writeFileSync(hsgDatasetPath(), gzipped);
  console.error(`Wrote ${records} records to ${hsgDatasetPath()} (${Math.round(gzipped.length / 1024)} KiB gzipped, ${Math.round(text.length / 1024)} KiB of NDJSON) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
