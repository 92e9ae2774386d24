import { fileURLToPath } from 'node:url';
import type * as Ink from 'ink';
import type * as React from 'react';
import type * as JsxRuntime from 'react/jsx-runtime';
import { requireWithCodeCache } from '../code-cache.js';

/*
 * Ink, React and React's JSX runtime, from the UI's vendor file (dist/ui-vendor.cjs,
 * built by build/ui-vendor.ts), run with its V8 code cache. In the built command line,
 * `import … from 'ink'` (and 'react', 'react/jsx-runtime') reads from here; the tests,
 * which run the sources, import the packages themselves.
 */

interface UiVendor {
  ink: typeof Ink;
  react: typeof React;
  jsxRuntime: typeof JsxRuntime;
  /** Settles once Yoga's WebAssembly is instantiated, before anything is laid out. */
  ready: Promise<void>;
}

const loaded = requireWithCodeCache(fileURLToPath(new URL('./ui-vendor.cjs', import.meta.url))).exports as UiVendor;
await loaded.ready;

export const uiVendor: UiVendor = loaded;
