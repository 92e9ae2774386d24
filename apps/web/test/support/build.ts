import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The newest modification time of the files under a directory (0 when it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/**
 * Builds the production app unless `.next/BUILD_ID` is newer than every source of it: the
 * app's own files and the built workspace packages it consumes. `npm test` through turbo
 * has built it already, so this is usually a no-op.
 */
export function ensureProductionBuild(app: string): void {
  const buildId = join(app, '.next', 'BUILD_ID');
  const packages = join(app, '..', '..', 'packages');
  const inputs = [join(app, 'src'), join(app, 'next.config.ts'), join(app, 'package.json'), ...readdirSync(packages).map((name) => join(packages, name, 'dist'))];
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...inputs.map(newest))) return;
  const nextBin = createRequire(join(app, 'package.json')).resolve('next/dist/bin/next');
  console.log('web tests: building the production app (next build)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: app, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
}
