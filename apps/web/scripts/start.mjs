#!/usr/bin/env node
// Runs the production server with Next's own binary (not `npx next start`, which leaves a
// next-server child behind when killed), on PORT (default 3000) and HOSTNAME.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
if (!existsSync(join(app, '.next', 'BUILD_ID'))) {
  console.error('The web viewer is not built yet: run `npm run build` (or `npm install`) at the repository root.');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const child = spawn(process.execPath, [nextBin, 'start', '--port', process.env.PORT ?? '3000', ...(process.env.HOSTNAME ? ['--hostname', process.env.HOSTNAME] : [])], {
  cwd: app,
  stdio: 'inherit',
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
});
// BILAT_WATCH=1: watched sources are fetched on their schedule beside the server, into the same database.
const watcher =
  process.env.BILAT_WATCH === '1'
    ? spawn(process.execPath, [join(app, '..', 'cli', 'bin', 'bilat.js'), 'watch', 'run', '--loop'], { cwd: join(app, '..', '..'), stdio: 'inherit', env: process.env })
    : undefined;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    child.kill(signal);
    watcher?.kill(signal);
  });
child.on('exit', (code, signal) => {
  watcher?.kill('SIGTERM');
  process.exit(code ?? (signal ? 0 : 1));
});
