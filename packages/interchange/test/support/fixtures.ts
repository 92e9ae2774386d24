import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

/**
 * The shared folder of real public files, found from the repository root (`../shared/data`);
 * BILAT_SHARED_DATA names another place (a work tree beside the main checkout).
 */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const SHARED_DATA = process.env.BILAT_SHARED_DATA ?? resolve(REPOSITORY_ROOT, '..', 'shared', 'data');
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);

/** A fixed day, so the file's source record is the same whenever the tests run. */
export const TODAY = '2026-11-28';
