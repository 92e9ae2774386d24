#!/usr/bin/env node
// Runs the production server on PORT (default 3000) and HOSTNAME: Next's request handler in
// this process (no next-server child to leave behind when killed), behind the kept pages of
// page-cache.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPageCache } from './page-cache.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
if (!existsSync(join(app, '.next', 'BUILD_ID'))) {
  console.error('The web viewer is not built yet: run `npm run build` (or `npm install`) at the repository root.');
  process.exit(1);
}
// As `next start` would: a production server, no telemetry.
process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

const { default: next } = await import('next');
const nextApp = next({ dev: false, dir: app, hostname, port });
await nextApp.prepare();
const handle = nextApp.getRequestHandler();
const server = createServer(withPageCache((request, response) => handle(request, response)));
server.listen(port, hostname, () => console.log(`bilat web viewer on http://${hostname ?? 'localhost'}:${port}`));

// BILAT_WATCH=1: watched sources are fetched on their schedule beside the server, into the same database.
const watcher =
  process.env.BILAT_WATCH === '1'
    ? spawn(process.execPath, [join(app, '..', 'cli', 'bin', 'bilat.js'), 'watch', 'run', '--loop'], { cwd: join(app, '..', '..'), stdio: 'inherit', env: process.env })
    : undefined;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    watcher?.kill(signal);
    server.close();
    process.exit(0);
  });
