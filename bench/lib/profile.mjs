// A V8 CPU profile (node --cpu-prof) summed up: where the samples fell, by function and by
// package, self time only. Enough to say what a slow path spends its time on; the file
// itself is kept for a closer look in Chrome DevTools.
import { readFileSync } from 'node:fs';

/** Which package a script URL belongs to: a dependency, a bilat package, node itself, or V8. */
function owner(url) {
  if (!url) return '(native / V8)';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const own = /\/(packages|apps|bench)\/([^/]+)\//.exec(url);
  if (own) return own[1] === 'bench' ? 'bench' : `@bilat/${own[2]}`;
  if (url.startsWith('node:')) return 'node (core)';
  return url;
}

/** The `top` functions by self time, and self time by package, from a .cpuprofile file. */
export function summarizeProfile(path, { top = 15 } = {}) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((sum, value) => sum + value, 0) || 1;
  const byFunction = new Map();
  const byPackage = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = nodes.get(id);
    const name = callFrame.functionName || '(anonymous)';
    const where = callFrame.url ? `${callFrame.url.replace(/^file:\/\/.*?\/(node_modules|packages|apps)\//, '$1/')}:${callFrame.lineNumber + 1}` : '';
    const key = `${name} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : owner(callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  }
  const share = (entries) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), percent: Number(((100 * micros) / total).toFixed(1)) }));
  return { file: path, sampledMs: Math.round(total / 1000), functions: share(byFunction), packages: share(byPackage) };
}
