/* The YAML (and JSON) reader of bundles: its own entry, so code that only validates does not load the YAML parser. */
export { parseBundle } from './parse.js';
export * from './index.js';
