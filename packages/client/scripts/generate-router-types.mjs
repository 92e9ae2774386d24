// @ts-check
/*
 * Writes src/generated/router.ts: the server's AppRouter as plain TypeScript types, so
 * that the published client carries every procedure's input and output types and
 * nothing of the server. Declaration bundlers would keep the server's own references
 * (zod schemas, the Kysely context, trpc-to-openapi's meta), which a user's project
 * does not have; here the compiler resolves each type and this script writes it out
 * structurally, naming the shapes that the domain's schemas name (Meeting, Dossier…).
 *
 * Run by `npm run build` in this package, after @bilat/api is built (turbo's ^build).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(packageDir, 'src', 'generated', 'router.ts');
// A file that exists only in memory, placed in the package so that module resolution finds @bilat/api.
const entryFile = join(packageDir, 'src', '__router-entry__.ts');

const ENTRY = `
import type { AppRouter } from '@bilat/api';
import type * as domain from '@bilat/domain';
import type * as bundle from '@bilat/domain/bundle';
import type { z } from 'zod';
type Schemas<T> = { [K in keyof T as K extends \`\${string}Schema\` ? (T[K] extends z.ZodType ? K : never) : never]: T[K] };
type AllSchemas = Schemas<typeof domain> & Schemas<typeof bundle>;
export type Outputs = { [K in keyof AllSchemas]: z.output<AllSchemas[K]> };
export type Inputs = { [K in keyof AllSchemas]: z.input<AllSchemas[K]> };
export type Router = AppRouter;
`;

/** The shapes worth a name of their own: objects and unions of literals (enums). */
function worthNaming(type) {
  if (type.flags & ts.TypeFlags.Object) return !checker.isArrayType(type) && !checker.isTupleType(type);
  if (type.flags & ts.TypeFlags.Union) return type.types.every((member) => member.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral));
  return false;
}

// ─── The program ─────────────────────────────────────────────────────────────────────
/**
 * The workspace's packages read from their sources rather than their built declarations:
 * the declarations drop the comments on schema fields, which the client's types keep.
 */
function sourcePaths() {
  const packagesDir = resolve(packageDir, '..');
  const paths = {};
  for (const name of readdirSync(packagesDir)) {
    const manifestFile = join(packagesDir, name, 'package.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = join(packagesDir, name, String(target.types ?? '').replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts'));
      if (existsSync(source)) paths[`${manifest.name}${subpath.slice(1)}`] = [source];
    }
  }
  return paths;
}

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
  resolveJsonModule: true,
  paths: sourcePaths(),
};
const host = ts.createCompilerHost(options);
const readSource = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, ...rest) =>
  fileName === entryFile ? ts.createSourceFile(fileName, ENTRY, languageVersion, true) : readSource(fileName, languageVersion, ...rest);
const fileExists = host.fileExists.bind(host);
host.fileExists = (fileName) => fileName === entryFile || fileExists(fileName);
const program = ts.createProgram([entryFile], options, host);
// Only the entry is checked here: each package's own typecheck answers for its sources.
const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(entryFile)).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
if (problems.length) {
  throw new Error(`The router's types do not compile:\n${ts.formatDiagnostics(problems, host)}`);
}
const checker = program.getTypeChecker();
const entry = /** @type {ts.SourceFile} */ (program.getSourceFile(entryFile));
const exported = new Map(checker.getExportsOfModule(/** @type {ts.Symbol} */ (checker.getSymbolAtLocation(entry))).map((symbol) => [symbol.name, checker.getDeclaredTypeOfSymbol(symbol)]));
const typeOf = (name) => /** @type {ts.Type} */ (exported.get(name));
const member = (type, name) => {
  const symbol = checker.getPropertyOfType(type, name);
  if (!symbol) throw new Error(`Expected a property "${name}" on ${checker.typeToString(type)}`);
  return checker.getTypeOfSymbol(symbol);
};

// ─── Canonical text: one line, members sorted, so equal shapes compare equal ───────────
const canonicalText = new Map();
const inProgress = new Set();

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propertyName = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

function isOptional(symbol) {
  return (symbol.flags & ts.SymbolFlags.Optional) !== 0;
}

/** What a type is, in the terms this printer knows; anything else stops the build with its name. */
function describe(type, where) {
  const f = type.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return { kind: 'keyword', text: 'unknown' };
  if (f & ts.TypeFlags.String) return { kind: 'keyword', text: 'string' };
  if (f & ts.TypeFlags.Number) return { kind: 'keyword', text: 'number' };
  if (f & ts.TypeFlags.Boolean) return { kind: 'keyword', text: 'boolean' };
  if (f & ts.TypeFlags.BigInt) return { kind: 'keyword', text: 'bigint' };
  if (f & ts.TypeFlags.Null) return { kind: 'keyword', text: 'null' };
  if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { kind: 'keyword', text: 'undefined' };
  if (f & ts.TypeFlags.Never) return { kind: 'keyword', text: 'never' };
  if (f & ts.TypeFlags.StringLiteral) return { kind: 'keyword', text: JSON.stringify(/** @type {ts.StringLiteralType} */ (type).value) };
  if (f & ts.TypeFlags.NumberLiteral) return { kind: 'keyword', text: String(/** @type {ts.NumberLiteralType} */ (type).value) };
  if (f & ts.TypeFlags.BooleanLiteral) return { kind: 'keyword', text: checker.typeToString(type) };
  if (f & ts.TypeFlags.TemplateLiteral) return { kind: 'keyword', text: checker.typeToString(type) };
  if (f & ts.TypeFlags.Union) return { kind: 'union', members: /** @type {ts.UnionType} */ (type).types };
  if (f & ts.TypeFlags.Intersection) return { kind: 'intersection', members: /** @type {ts.IntersectionType} */ (type).types };
  if (f & ts.TypeFlags.Object) {
    if (checker.isArrayType(type)) return { kind: 'array', element: checker.getTypeArguments(/** @type {ts.TypeReference} */ (type))[0] };
    if (checker.isTupleType(type)) {
      const reference = /** @type {ts.TupleTypeReference} */ (type);
      return { kind: 'tuple', elements: checker.getTypeArguments(reference), flags: reference.target.elementFlags };
    }
    if (type.getCallSignatures().length || type.getConstructSignatures().length) {
      throw new Error(`${where}: a function type (${checker.typeToString(type)}) cannot travel over HTTP`);
    }
    const declaration = type.symbol?.declarations?.[0];
    const declaredClass = (type.symbol?.flags ?? 0) & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface);
    if (declaredClass && declaration && program.isSourceFileDefaultLibrary(declaration.getSourceFile())) {
      // Date, Map… are not JSON: a procedure's schema should say what is sent (a string).
      throw new Error(`${where}: ${type.symbol.name} is not JSON; give the procedure a schema of what it sends`);
    }
    return {
      kind: 'object',
      properties: checker.getPropertiesOfType(type),
      indexes: checker.getIndexInfosOfType(type),
    };
  }
  throw new Error(`${where}: cannot print ${checker.typeToString(type)} (flags ${f})`);
}

/** Union members as written: booleans folded, null and undefined last. */
function unionMembers(members) {
  const trueAndFalse = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral).length === 2;
  const rest = members.filter((t) => !(trueAndFalse && t.flags & ts.TypeFlags.BooleanLiteral));
  const nullish = (t) => (t.flags & ts.TypeFlags.Null ? 1 : t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void) ? 2 : 0);
  const ordered = rest.map((type, index) => ({ type, index })).sort((a, b) => nullish(a.type) - nullish(b.type) || a.index - b.index);
  return { booleans: trueAndFalse, types: ordered.map((entry) => entry.type) };
}

function canonical(type, where) {
  const known = canonicalText.get(type);
  if (known !== undefined) return known;
  if (inProgress.has(type)) throw new Error(`${where}: a recursive type; name it in the domain and teach this printer to refer to it`);
  inProgress.add(type);
  const shape = describe(type, where);
  let text;
  switch (shape.kind) {
    case 'keyword':
      text = shape.text;
      break;
    case 'union': {
      const { booleans, types } = unionMembers(shape.members);
      text = [...(booleans ? ['boolean'] : []), ...types.map((t) => canonical(t, where))].sort().join('|');
      break;
    }
    case 'intersection':
      text = shape.members.map((t) => canonical(t, where)).sort().join('&');
      break;
    case 'array':
      text = `(${canonical(shape.element, where)})[]`;
      break;
    case 'tuple':
      text = `[${shape.elements.map((t, i) => `${shape.flags[i] & ts.ElementFlags.Rest ? '...' : ''}${canonical(t, where)}${shape.flags[i] & ts.ElementFlags.Optional ? '?' : ''}`).join(',')}]`;
      break;
    case 'object': {
      const fields = shape.properties
        .map((p) => `${propertyName(p.name)}${isOptional(p) ? '?' : ''}:${canonical(checker.getTypeOfSymbol(p), `${where}.${p.name}`)}`)
        .sort();
      const indexes = shape.indexes.map((info) => `[k:${checker.typeToString(info.keyType)}]:${canonical(info.type, `${where}[]`)}`);
      text = `{${[...fields, ...indexes].join(';')}}`;
      break;
    }
  }
  inProgress.delete(type);
  canonicalText.set(type, text);
  return text;
}

// ─── Names: the domain's schemas, in output and input form ─────────────────────────────
// The list is the API's (namedSchemas), so the OpenAPI document's components carry the same names.
const { appRouter, API_VERSION, namedSchemas } = await import('@bilat/api');

/** canonical text → name */
const names = new Map();
/** name → type, in the order they were found */
const named = new Map();

function nameShape(name, type, where) {
  if (!worthNaming(type)) return;
  const text = canonical(type, where);
  if (names.has(text) || named.has(name)) return;
  names.set(text, name);
  named.set(name, type);
}

const outputs = typeOf('Outputs');
const inputs = typeOf('Inputs');
const listed = namedSchemas();
for (const { name, exportName } of listed) nameShape(name, member(outputs, exportName), exportName);
// What a caller sends, where it differs from what the server answers (defaults not yet applied).
for (const { name, exportName } of listed) nameShape(`${name}Input`, member(inputs, exportName), exportName);

// ─── Printing, with names where a shape has one ────────────────────────────────────────
const pad = (depth) => '  '.repeat(depth);

function docComment(text, depth) {
  const clean = text.trim();
  if (!clean) return '';
  const lines = clean.split('\n').map((line) => line.replace(/\*\//g, '*\\/'));
  return lines.length === 1 ? `${pad(depth)}/** ${lines[0]} */\n` : `${pad(depth)}/**\n${lines.map((line) => `${pad(depth)} * ${line}`.trimEnd()).join('\n')}\n${pad(depth)} */\n`;
}

/** The names the printed text refers to: only those are declared. */
const used = new Set();

/**
 * @param {ts.Type} type
 * @param {number} depth
 * @param {string} where
 * @param {string} [self] the name being declared, which the type may not be printed as
 * @param {Map<string, string>} [fieldDocs] comments for the top level's fields (a procedure input's `.describe()`)
 */
function print(type, depth, where, self, fieldDocs) {
  const name = names.get(canonical(type, where));
  if (name && name !== self) {
    used.add(name);
    return name;
  }
  const shape = describe(type, where);
  const wrap = (t) => {
    const text = print(t, depth, where);
    const compound = t.flags & (ts.TypeFlags.Union | ts.TypeFlags.Intersection) && !names.has(canonical(t, where)) && !(t.flags & ts.TypeFlags.Boolean);
    return compound ? `(${text})` : text;
  };
  switch (shape.kind) {
    case 'keyword':
      return shape.text;
    case 'union': {
      const { booleans, types } = unionMembers(shape.members);
      return [...(booleans ? ['boolean'] : []), ...types.map((t) => (t.flags & ts.TypeFlags.Intersection ? wrap(t) : print(t, depth, where, undefined, fieldDocs)))].join(' | ');
    }
    case 'intersection':
      return shape.members.map(wrap).join(' & ');
    case 'array':
      return `${wrap(shape.element)}[]`;
    case 'tuple':
      return `[${shape.elements.map((t, i) => `${shape.flags[i] & ts.ElementFlags.Rest ? '...' : ''}${print(t, depth, where)}${shape.flags[i] & ts.ElementFlags.Optional ? '?' : ''}`).join(', ')}]`;
    case 'object': {
      if (!shape.properties.length && !shape.indexes.length) return '{}';
      const lines = shape.properties.map((p) => {
        const doc = docComment(ts.displayPartsToString(p.getDocumentationComment(checker)) || (fieldDocs?.get(p.name) ?? ''), depth + 1);
        return `${doc}${pad(depth + 1)}${propertyName(p.name)}${isOptional(p) ? '?' : ''}: ${print(checker.getTypeOfSymbol(p), depth + 1, `${where}.${p.name}`)};`;
      });
      for (const info of shape.indexes) lines.push(`${pad(depth + 1)}[key: ${checker.typeToString(info.keyType)}]: ${print(info.type, depth + 1, `${where}[]`)};`);
      return `{\n${lines.join('\n')}\n${pad(depth)}}`;
    }
  }
}

// ─── The router ───────────────────────────────────────────────────────────────────────
/** @type {Record<string, { _def: { inputs: unknown[]; meta?: { openapi?: { method: string; path: string; summary?: string } } } }>} */
const procedures = appRouter._def.procedures;

/** What the input schemas' `.describe()` says of each top-level field (the OpenAPI document shows the same). */
function inputFieldDocs(path) {
  const docs = new Map();
  for (const input of procedures[path]?._def.inputs ?? []) {
    let schema = /** @type {any} */ (input);
    // Through .optional(), .refine() and the like to the object underneath.
    while (schema && !schema.shape && (schema.def?.innerType || schema.def?.in)) schema = schema.def.innerType ?? schema.def.in;
    for (const [field, fieldSchema] of Object.entries(schema?.shape ?? {})) {
      const description = /** @type {any} */ (fieldSchema).description;
      if (description) docs.set(field, description);
    }
  }
  return docs;
}

const routerType = typeOf('Router');
const rootTypes = member(member(member(routerType, '_def'), '_config'), '$types');
const errorShape = member(rootTypes, 'errorShape');
nameShape('BilatErrorShape', errorShape, 'errorShape');
nameShape('BilatErrorData', member(errorShape, 'data'), 'errorShape.data');

const isProcedure = (type) => Boolean(checker.getPropertyOfType(type, '_def') && checker.getPropertyOfType(member(type, '_def'), 'procedure'));
const counts = { query: 0, mutation: 0, subscription: 0 };
const WRAPPERS = { query: 'TRPCQueryProcedure', mutation: 'TRPCMutationProcedure', subscription: 'TRPCSubscriptionProcedure' };

function printRecord(record, depth, path) {
  const lines = [];
  for (const symbol of checker.getPropertiesOfType(record)) {
    const type = checker.getTypeOfSymbol(symbol);
    const at = [...path, symbol.name];
    if (isProcedure(type)) {
      const def = member(type, '_def');
      const kind = /** @type {ts.StringLiteralType} */ (member(def, 'type')).value;
      counts[kind] += 1;
      const wrapper = WRAPPERS[kind];
      const types = member(def, '$types');
      const openapi = procedures[at.join('.')]?._def.meta?.openapi;
      const doc = openapi ? `${openapi.summary ?? ''}\n\nREST: ${openapi.method} /api/v1${openapi.path}` : '';
      lines.push(
        `${docComment(doc, depth + 1)}${pad(depth + 1)}${symbol.name}: ${wrapper}<{\n` +
          `${pad(depth + 2)}input: ${print(member(types, 'input'), depth + 2, `${at.join('.')} input`, undefined, inputFieldDocs(at.join('.')))};\n` +
          `${pad(depth + 2)}output: ${print(member(types, 'output'), depth + 2, `${at.join('.')} output`)};\n` +
          `${pad(depth + 2)}meta: object;\n${pad(depth + 1)}}>;`,
      );
    } else {
      lines.push(`${pad(depth + 1)}${symbol.name}: ${printRecord(type, depth + 1, at)};`);
    }
  }
  return `{\n${lines.join('\n')}\n${pad(depth)}}`;
}

const routerText = printRecord(member(member(routerType, '_def'), 'record'), 0, []);
const transformer = checker.typeToString(member(rootTypes, 'transformer'));

// The names the router used, and those their declarations use in turn, in the domain's order.
used.add('BilatErrorShape');
const declared = new Map();
for (let pending = [...used]; pending.length; pending = [...used].filter((name) => !declared.has(name))) {
  for (const name of pending) {
    const type = named.get(name);
    const body = print(type, 0, name, name);
    declared.set(name, type.flags & ts.TypeFlags.Object ? `export interface ${name} ${body}` : `export type ${name} = ${body};`);
  }
}
const declarations = [...named.keys()].filter((name) => declared.has(name)).map((name) => declared.get(name));

const text = `// Generated by scripts/generate-router-types.mjs from @bilat/api ${API_VERSION}: do not edit.
// Rebuild to refresh it: npx turbo run build --filter=@bilat/client
import type { ${['TRPCBuiltRouter', ...Object.entries(WRAPPERS).filter(([kind]) => counts[kind]).map(([, wrapper]) => wrapper)].join(', ')} } from '@trpc/server';

/** The version of the bilat API these types describe (the server answers its own in /healthz). */
export const API_VERSION = ${JSON.stringify(API_VERSION)};

${declarations.join('\n\n')}

/** Every procedure of the bilat API, with its input and output types. */
export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: BilatErrorShape; transformer: ${transformer} },
  ${routerText.replace(/\n/g, '\n  ')}
>;
`;

mkdirSync(dirname(outputFile), { recursive: true });
writeFileSync(outputFile, text);
console.log(
  `@bilat/client: ${counts.query} queries, ${counts.mutation} mutations, ${counts.subscription} subscriptions and ${declarations.length} named shapes → ${outputFile.slice(packageDir.length + 1)} (${Math.round(text.length / 1024)} KB)`,
);
