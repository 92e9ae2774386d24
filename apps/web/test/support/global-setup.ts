import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKey, openDatabase, scopeOf } from '@bilat/db';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ensureProductionBuild } from './build';
import { startServer, type RunningServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
    databasePath: string;
    writeKey: string;
    writeKeyId: string;
  }
}

const app = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

let server: RunningServer | undefined;
let browser: BrowserServer | undefined;
let directory: string | undefined;

/**
 * Once for the suite: a production build, a fresh seeded SQLite file in a temporary
 * directory (never the repository's), a write key, the server on a free port, and one
 * browser that every test file connects to.
 */
export async function setup(project: TestProject): Promise<void> {
  ensureProductionBuild(app);
  directory = mkdtempSync(join(tmpdir(), 'bilat-web-test-'));
  const databasePath = join(directory, 'bilat.db');
  const database = await openDatabase({ kind: 'sqlite', path: databasePath });
  const key = await createApiKey(scopeOf(database), { name: 'web tests', scope: 'write', createdBy: 'local:web-tests' });
  await database.close();
  server = await startServer(app, databasePath);
  // Playwright gives the browser a fresh profile (user data directory) of its own.
  browser = await chromium.launchServer({ ...CHROMIUM, headless: true });
  project.provide('baseURL', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('databasePath', databasePath);
  project.provide('writeKey', key.secret);
  project.provide('writeKeyId', key.id);
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await server?.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
}
