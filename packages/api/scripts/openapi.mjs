#!/usr/bin/env node
/*
 * The committed OpenAPI document (openapi.json at the repository root):
 *
 *   npm run openapi:update   write the server's document there, unless the change breaks
 *                            clients under the same major version (then say what broke)
 *   npm run openapi:check    exit 1 unless it is the server's document (what CI checks)
 *
 * Both build @bilat/api first (through turbo), then read its built modules.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { openApiDocument } from '@bilat/api/openapi';
import { checkCommitted, COMMITTED_OPENAPI_FILE } from '@bilat/api/openapi-compat';

const command = process.argv[2];
if (command !== 'update' && command !== 'check') {
  console.error('usage: node packages/api/scripts/openapi.mjs update|check');
  process.exit(2);
}

const shown = relative(process.cwd(), COMMITTED_OPENAPI_FILE) || 'openapi.json';
const committed = existsSync(COMMITTED_OPENAPI_FILE) ? JSON.parse(readFileSync(COMMITTED_OPENAPI_FILE, 'utf8')) : undefined;
const current = JSON.parse(JSON.stringify(openApiDocument()));
const check = checkCommitted(committed, current, shown);

if (check.upToDate) {
  console.error(check.message);
  process.exit(0);
}
if (command === 'check' || !check.allowed) {
  console.error(check.message);
  process.exit(1);
}
writeFileSync(COMMITTED_OPENAPI_FILE, `${JSON.stringify(current, null, 2)}\n`);
const breaking = check.changes.filter((change) => change.breaking).length;
console.error(
  `Wrote ${shown} (API ${current.info.version}): ${check.changes.length} change(s) to operations and shapes, ${breaking} breaking. Commit it with your change.`,
);
