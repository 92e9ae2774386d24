import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { hsgDatasetPath } from '@bilat/dataset';
import { describe, expect, it } from 'vitest';
import { buildHsgDataset } from '../src/index.js';
import { SHARED_DATA } from './support/fixtures.js';

/*
 * The shipped bundle (packages/dataset/data/hsg.ndjson.gz) must be what `npm run
 * dataset:hsg` gives from the snapshot: built again here and compared, text for text.
 */

const HSG = join(SHARED_DATA, 'hsg');
const HAS_HSG = existsSync(join(HSG, 'travels'));
if (!HAS_HSG) console.warn(`[bilat tests] ${HSG} is absent: skipping the check that the shipped hsg bundle is what the script gives.`);

describe.skipIf(!HAS_HSG)('the shipped Office of the Historian bundle', () => {
  it('is what npm run dataset:hsg gives from the snapshot, and leaves the curated set as it is', async () => {
    const built = await buildHsgDataset(HSG);
    expect(built.curatedTouched).toEqual([]);
    const committed = gunzipSync(readFileSync(hsgDatasetPath())).toString('utf8');
    // Compared line by line so a difference names the record, not a 9 MB string.
    const builtLines = built.text.split('\n');
    const committedLines = committed.split('\n');
    expect(committedLines.length).toBe(builtLines.length);
    const differing = builtLines.flatMap((line, index) => (line === committedLines[index] ? [] : [`line ${index + 1}: ${line.slice(0, 160)}`]));
    expect(differing.slice(0, 5)).toEqual([]);
  }, 300_000);
});
