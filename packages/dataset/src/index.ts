import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BundleError, bundleRecords, mergeBundles, parseBundle, type Bundle, type BundleIssue } from '@bilat/domain/yaml';

const DESCRIPTION = "bilat's curated dataset: Kazakhstan–Lithuania relations, every fact cited";

/**
 * The absolute path of the package's `data/` folder. Both `src/index.ts` (under vitest)
 * and the built `dist/index.js` sit one level below the package root.
 */
export function curatedDataDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data');
}

/** The absolute paths of the curated YAML bundles, sorted by file name. */
export function curatedFiles(): string[] {
  const dir = curatedDataDir();
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads and validates every curated bundle and merges them into one. Ids are unique per
 * kind across all files: a second record with the same kind and id is an error rather
 * than a silent overwrite.
 */
export function loadCuratedBundle(): Bundle {
  const seen = new Map<string, string>();
  const issues: BundleIssue[] = [];
  const bundles = curatedFiles().map((path) => {
    const file = basename(path);
    const bundle = parseBundle(readFileSync(path, 'utf8'), file);
    for (const { kind, record } of bundleRecords(bundle)) {
      const key = `${kind}:${record.id}`;
      const first = seen.get(key);
      if (first) issues.push({ file, recordId: record.id, message: `duplicate ${kind} id, first used in ${first}` });
      else seen.set(key, file);
    }
    return bundle;
  });
  if (issues.length) throw new BundleError(issues);
  return mergeBundles(bundles, DESCRIPTION);
}
