import type { Options } from 'tsup';

/*
 * What every workspace package's build shares (each package's tsup.config.ts spreads it and
 * adds its entries and its own needs). One place for the target, because the reason for it
 * is easy to undo by accident:
 *
 * es2022, not node20: for a node20 target esbuild rewrites regular expressions with \p{…}
 * (and lookbehinds) as `new RegExp(…)` at their place, so one inside a function is compiled
 * again on every call (the extractor bundled into `bilat extract` did so for 116 patterns);
 * Node 20 runs them as written, and es2022 keeps them literals.
 */
export const BUILD_TARGET = 'es2022';

/** A Node package: ES modules with declarations and source maps, its dist/ emptied first. */
export const packageBuild = {
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: BUILD_TARGET,
} satisfies Options;
