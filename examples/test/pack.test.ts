import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binOf, run, runNode, serveFreshDatabase, type Served } from './support/serve.js';

/*
 * @bilat/client as a stranger gets it: `npm pack`, installed into an empty project
 * outside the repository from the tarball and the registry alone (no workspace links),
 * type-checked with `tsc --strict`, then run against `bilat serve`.
 */

const repository = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = join(repository, 'packages', 'client');
const typescriptVersion = (JSON.parse(readFileSync(binOf('typescript/package.json'), 'utf8')) as { version: string }).version;
const KIB = 1024;

/**
 * `npm test` passes the repository's npm settings on (its prefix, workspace, package): the
 * stranger's npm has none of those. The registry, cache and proxy settings stay.
 */
const REPOSITORY_SETTINGS = /^(npm_config_(prefix|local_prefix|global_prefix|workspaces?|include_workspace_root)|npm_package_.*|npm_lifecycle_.*|INIT_CWD)$/i;
const strangerEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !REPOSITORY_SETTINGS.test(key)));
const npm = (args: string[], cwd: string) => {
  const result = run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: strangerEnv, timeout: 300_000 });
  expect(result.status, `npm ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
};

/** Bytes of the files under a folder (what the package takes on disk, before block rounding). */
function sizeOf(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Installed packages by name (`@trpc/client`), with their size. */
function installed(modules: string): Map<string, number> {
  const packages = new Map<string, number>();
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    const names = name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name];
    for (const full of names) packages.set(full, sizeOf(join(modules, full)));
  }
  return packages;
}

const CONSUMER = `import { createBilatClient, isBilatError, type PairDossier } from '@bilat/client';

const client = createBilatClient({ url: process.argv[2] ?? 'http://localhost:4000' });
try {
  const dossier: PairDossier = await client.pairs.dossier.query({ pair: 'KZ-LT' });
  const meetings = dossier.meetings.items;
  if (meetings[0]?.date) console.log(\`latest: \${meetings[0].date.start}\`);
  const years = new Set(dossier.trade.flatMap((series) => series.points.map((point) => point[0].slice(0, 4))));
  const figures = dossier.trade.reduce((sum, series) => sum + series.figures, 0);
  console.log(\`trade: \${figures} figures in \${dossier.trade.length} series over \${years.size} years\`);
  for (const meeting of meetings) console.log(\`\${meeting.date?.start ?? 'undated'}  \${meeting.title}\`);
} catch (error) {
  if (isBilatError(error)) console.error(error.data?.code, error.message);
  process.exitCode = 1;
}
`;

const MISTAKEN = `import { createBilatClient } from '@bilat/client';

const client = createBilatClient({ url: 'http://localhost:4000' });
const dossier = await client.pairs.dossier.query({ pair: 'KZ-LT' });
console.log(dossier.meetings.items[0]?.date?.begin);
console.log(dossier.tradeTotal);
`;

const IN_A_BROWSER = `import { createBilatClient, type Meeting } from '@bilat/client';

const client = createBilatClient({ url: location.origin });
const page = await client.meetings.list.query({ country: 'KZ', partner: 'LT', limit: 5 });
const meetings: Meeting[] = page.items;
document.title = \`\${meetings.length} meetings\`;
`;

/** The package's own declarations under a full check: skipLibCheck off for them (only: @trpc/server's need \`ws\`). */
const CHECK_DECLARATIONS = `import ts from 'typescript';
const files = ['node_modules/@bilat/client/dist/index.d.ts', 'node_modules/@bilat/client/dist/index.d.cts'];
const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: false, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
const diagnostics = files.flatMap((file) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)));
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\\n' };
process.stdout.write(ts.formatDiagnostics(diagnostics, host));
process.exit(diagnostics.length ? 1 : 0);
`;

const tsconfig = (compilerOptions: Record<string, unknown>, files: string[]) =>
  `${JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, target: 'ES2022', ...compilerOptions }, files }, null, 2)}\n`;

describe('@bilat/client installed into an empty project', () => {
  let scratch: string;
  let project: string;
  let footprint: Map<string, number>;
  let served: Served;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'bilat-client-user-'));
    project = join(scratch, 'project');
    const packed = JSON.parse(run('npm', ['pack', '--pack-destination', scratch, '--json', '--loglevel=error'], { cwd: clientDir, env: strangerEnv }).stdout) as { filename: string }[];
    const tarball = join(scratch, packed[0]!.filename);

    run('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'someones-project', private: true, type: 'module' }, null, 2)}\n`);
    npm(['install', tarball], project);
    footprint = installed(join(project, 'node_modules'));
    // What the project itself brings to check and run it: the compiler and Node's types.
    npm(['install', '--save-dev', `typescript@${typescriptVersion}`, '@types/node@^20'], project);

    writeFileSync(join(project, 'meetings.ts'), CONSUMER);
    writeFileSync(join(project, 'mistaken.ts'), MISTAKEN);
    writeFileSync(join(project, 'in-a-browser.ts'), IN_A_BROWSER);
    writeFileSync(join(project, 'check-declarations.mjs'), CHECK_DECLARATIONS);
    writeFileSync(join(project, 'tsconfig.json'), tsconfig({ module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], outDir: 'out' }, ['meetings.ts']));
    writeFileSync(join(project, 'tsconfig.mistaken.json'), tsconfig({ module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], noEmit: true }, ['mistaken.ts']));
    writeFileSync(join(project, 'tsconfig.browser.json'), tsconfig({ module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], noEmit: true }, ['in-a-browser.ts']));

    served = await serveFreshDatabase();
  });
  afterAll(async () => {
    await served?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const tsc = (...args: string[]) => runNode([join(project, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd: project });

  it('installs from the tarball and the registry alone, outside the repository, and weighs under 1 MB besides tRPC', () => {
    expect(relative(repository, project).startsWith('..')).toBe(true);
    const client = join(project, 'node_modules', '@bilat', 'client');
    expect(lstatSync(client).isSymbolicLink()).toBe(false);
    expect(readdirSync(join(project, 'node_modules', '@bilat'))).toEqual(['client']);
    // @trpc/client is the one dependency; it asks for @trpc/server and typescript as peers, which npm
    // installs with it (the latest typescript, with its platform binary under @typescript/).
    const trpcAndItsPeers = (name: string) => ['@trpc/client', '@trpc/server', 'typescript'].includes(name) || name.startsWith('@typescript/');
    expect([...footprint.keys()].filter((name) => name !== '@bilat/client' && !trpcAndItsPeers(name))).toEqual([]);
    const ours = footprint.get('@bilat/client')!;
    const besidesTrpc = [...footprint].filter(([name]) => !trpcAndItsPeers(name)).reduce((sum, [, size]) => sum + size, 0);
    const kib = (size: number) => `${Math.round(size / KIB)} KiB`;
    const typescript = [...footprint].filter(([name]) => name === 'typescript' || name.startsWith('@typescript/')).reduce((sum, [, size]) => sum + size, 0);
    console.log(
      `installed footprint: @bilat/client ${kib(ours)} (everything besides @trpc/client and its peers: ${kib(besidesTrpc)}); ` +
        `@trpc/client ${kib(footprint.get('@trpc/client') ?? 0)}, its peers @trpc/server ${kib(footprint.get('@trpc/server') ?? 0)} and typescript ${kib(typescript)}`,
    );
    expect(besidesTrpc).toBeLessThan(1024 * KIB);
    expect(statSync(join(client, 'dist', 'index.d.ts')).size).toBeGreaterThan(10 * KIB);
  });

  it('type-checks with tsc --strict a file reading dossier.meetings.items[0].date.start and the series of dossier.trade', () => {
    const result = tsc('-p', 'tsconfig.json');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses to compile a file using fields that do not exist, naming them', () => {
    const result = tsc('-p', 'tsconfig.mistaken.json');
    expect(result.status).not.toBe(0);
    const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/mistaken\.ts\(5,\d+\): error TS2339: Property 'begin' does not exist/);
    expect(errors[1]).toMatch(/mistaken\.ts\(6,\d+\): error TS2339: Property 'tradeTotal' does not exist/);
  });

  it('type-checks in a browser project: DOM, no Node types', () => {
    const result = tsc('-p', 'tsconfig.browser.json');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('has declarations that pass a full check of their own (skipLibCheck off)', () => {
    const result = runNode(['check-declarations.mjs'], { cwd: project });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs against bilat serve, printing the KZ–LT dossier’s meetings', async () => {
    const answer = (await (await fetch(`${served.url}/api/v1/pairs/KZ-LT/dossier`)).json()) as { meetings: { items: { title: string; date: { start: string } | null }[] }; trade: { figures: number }[] };
    const dossier = { meetings: answer.meetings.items, figures: answer.trade.reduce((sum, series) => sum + series.figures, 0), series: answer.trade.length };
    expect(dossier.figures).toBeGreaterThan(dossier.series);
    const result = runNode(['out/meetings.js', served.url], { cwd: project });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`latest: ${dossier.meetings[0]!.date!.start}`);
    expect(lines[1]).toMatch(new RegExp(`^trade: ${dossier.figures} figures in ${dossier.series} series over \\d+ years$`));
    expect(lines.slice(2)).toEqual(dossier.meetings.map((meeting) => `${meeting.date?.start ?? 'undated'}  ${meeting.title}`));
    expect(lines.slice(2)).toContain('2024-06-20  10th round of Kazakhstan–Lithuania political consultations');
    console.log(`the installed client printed the ${lines.length - 2} KZ–LT meetings:\n${lines.slice(2).join('\n')}`);
  });

  it('loads from CommonJS too', () => {
    const result = runNode(['-e', "const { createBilatClient, API_VERSION } = require('@bilat/client'); console.log(typeof createBilatClient, API_VERSION)"], { cwd: project });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^function \d+\.\d+\.\d+$/);
  });
});
