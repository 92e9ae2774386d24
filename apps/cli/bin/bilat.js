#!/usr/bin/env node
// The built entry; `npm install` builds it (root postinstall), so `npx bilat` works at once.
import module from 'node:module';

// Node 22 and later keep compiled code between runs, which shortens every start after the first.
module.enableCompileCache?.();

import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    console.error('bilat is not built yet: run `npm install` (or `npm run build`) at the repository root.');
    process.exit(1);
  }
  throw error;
});
