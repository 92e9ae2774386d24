/* The YAML (and JSON) reader and writer of bundles: its own entry, so code that only validates does not load the YAML parser. */
import { stringify } from 'yaml';
import type { Bundle } from './schema.js';

export { parseBundle } from './parse.js';
export * from './index.js';

/** A bundle as YAML that `parseBundle` reads back to the same records (dates and amounts stay strings). */
export function stringifyBundle(bundle: Bundle): string {
  return stringify(bundle, { lineWidth: 0 });
}
