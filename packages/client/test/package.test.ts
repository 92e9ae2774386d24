import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../src/index.js';

/*
 * What the published package holds and promises: the API's version, and declarations and
 * modules that import nothing but @trpc/* (no workspace package, no server code).
 */

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  version: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  files: string[];
};

/** Every module a file imports or requires, by specifier. */
function importsOf(text: string): string[] {
  const found = new Set<string>();
  const patterns = [/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm, /^\s*import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /\brequire\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  return [...found].sort();
}

describe('the published package', () => {
  it('carries the version of the API it was generated from', () => {
    expect(
      manifest.version,
      `@bilat/client is generated from @bilat/api ${API_VERSION} and must carry the same version: npm version ${API_VERSION} --no-git-tag-version -w @bilat/client`,
    ).toBe(API_VERSION);
  });

  it('depends at run time on @trpc/client alone (and @trpc/server, its peer, for types)', () => {
    expect(Object.keys(manifest.dependencies)).toEqual(['@trpc/client']);
    expect(Object.keys(manifest.peerDependencies)).toEqual(['@trpc/server']);
    expect(manifest.files).toEqual(['dist']);
  });

  it.each(['dist/index.d.ts', 'dist/index.d.cts', 'dist/index.js', 'dist/index.cjs'])('%s imports only @trpc/*', (file) => {
    const text = read(file);
    expect(importsOf(text).filter((specifier) => !/^@trpc\/(client|server)$/.test(specifier))).toEqual([]);
    expect(text).not.toContain('@bilat/');
  });

  it('declares every procedure and the shapes they use, with the domain’s comments', () => {
    const declarations = read('dist/index.d.ts');
    for (const name of ['AppRouter', 'Dossier', 'Meeting', 'BilatErrorData', 'createBilatClient', 'RouterOutputs']) expect(declarations).toContain(name);
    expect(declarations).toMatch(/dossier: TRPCQueryProcedure<\{\s+input: \{\s+\/\*\* KZ-LT/);
    expect(declarations).toContain('REST: GET /api/v1/pairs/{pair}/dossier');
  });
});
