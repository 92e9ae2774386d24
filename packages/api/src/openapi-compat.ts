import { fileURLToPath } from 'node:url';

/*
 * Whether the server's OpenAPI document still serves the clients of the committed one.
 * Every procedure is a REST operation, so the document describes each procedure's input
 * and output; comparing the server's document with openapi.json at the repository root
 * finds what a change does to a client made from the committed one:
 *
 * - breaking: an operation, input field, output field or response removed; an input
 *   field newly required; an input accepting less (a type, an enum value, a tighter
 *   bound or pattern); an output that may now be of another type (null, say), or may
 *   now be missing;
 * - additive: an operation, an optional input field or an output field added, an input
 *   accepting more, an output enum gaining a value (clients should expect values they
 *   do not know: a new record kind is not a breaking change).
 *
 * A breaking change needs the API's major version raised; any change needs openapi.json
 * regenerated (`npm run openapi:update`), so the committed document is always the
 * server's and its diff shows in review.
 */

/** openapi.json at the repository root: the document clients are made from. */
export const COMMITTED_OPENAPI_FILE = fileURLToPath(new URL('../../../openapi.json', import.meta.url));

export interface ApiChange {
  breaking: boolean;
  /**
   * The operation, its part and the place in it: `GET /pairs/{pair}/dossier, 200 response →
   * meetings[].date`; or, inside a named shape, the shape: `components/schemas/Meeting → date`.
   */
  where: string;
  what: string;
  /** The operations the change reaches (a named shape is used by many). */
  operations: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };
type Document = { info?: { version?: string }; paths?: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } };
type Direction = 'input' | 'output';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const REF_PREFIX = '#/components/schemas/';

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

class Comparison {
  private readonly found = new Map<string, ApiChange>();
  /** The operation being compared, which every change found is counted against. */
  private operation = '';
  /** Pairs of named schemas already being compared (a shape may contain itself). */
  private readonly visiting = new Set<string>();

  constructor(
    private readonly before: Document,
    private readonly after: Document,
  ) {}

  private note(breaking: boolean, where: string, what: string) {
    const key = `${breaking}|${where}|${what}`;
    const change = this.found.get(key) ?? { breaking, where, what, operations: [] };
    if (!change.operations.includes(this.operation)) change.operations.push(this.operation);
    this.found.set(key, change);
  }

  private resolve(schema: Json | undefined, document: Document): Schema {
    let current: Json | undefined = schema;
    for (let depth = 0; isObject(current) && typeof current.$ref === 'string' && depth < 50; depth += 1) {
      const ref: string = current.$ref;
      current = ref.startsWith(REF_PREFIX) ? document.components?.schemas?.[ref.slice(REF_PREFIX.length)] : undefined;
    }
    if (!isObject(current)) return {};
    // { allOf: [one] } is how a described reference is often written: read the one.
    if (Array.isArray(current.allOf) && current.allOf.length === 1 && Object.keys(current).every((key) => ['allOf', 'description', 'title', 'example', 'examples'].includes(key))) {
      return this.resolve(current.allOf[0], document);
    }
    return current;
  }

  // ─── Operations ──────────────────────────────────────────────────────────────────────
  compare(): ApiChange[] {
    const beforePaths = this.before.paths ?? {};
    const afterPaths = this.after.paths ?? {};
    for (const [path, beforeItem] of Object.entries(beforePaths)) {
      for (const method of METHODS) {
        const beforeOperation = beforeItem[method];
        if (!isObject(beforeOperation)) continue;
        const afterOperation = afterPaths[path]?.[method];
        const where = `${method.toUpperCase()} ${path}`;
        this.operation = where;
        if (!isObject(afterOperation)) this.note(true, where, 'operation removed');
        else this.compareOperation(where, beforeOperation, afterOperation);
      }
    }
    for (const [path, afterItem] of Object.entries(afterPaths)) {
      for (const method of METHODS) {
        if (!isObject(afterItem[method]) || isObject(beforePaths[path]?.[method])) continue;
        this.operation = `${method.toUpperCase()} ${path}`;
        this.note(false, this.operation, 'operation added');
      }
    }
    return [...this.found.values()];
  }

  private compareOperation(where: string, before: Schema, after: Schema) {
    const parameters = (operation: Schema) =>
      new Map(
        (Array.isArray(operation.parameters) ? operation.parameters : [])
          .filter(isObject)
          .map((parameter) => [`${String(parameter.in)} parameter "${String(parameter.name)}"`, parameter] as const),
      );
    const beforeParameters = parameters(before);
    const afterParameters = parameters(after);
    for (const [name, parameter] of beforeParameters) {
      const next = afterParameters.get(name);
      if (!next) {
        this.note(true, where, `${name} removed`);
        continue;
      }
      if (next.required === true && parameter.required !== true) this.note(true, where, `${name} is now required`);
      this.compareSchemas(`${where}, ${name}`, '', parameter.schema, next.schema, 'input');
    }
    for (const [name, parameter] of afterParameters) {
      if (!beforeParameters.has(name)) this.note(parameter.required === true, where, `${name} added${parameter.required === true ? ', required' : ''}`);
    }

    const body = (operation: Schema) => (isObject(operation.requestBody) ? operation.requestBody : undefined);
    const beforeBody = body(before);
    const afterBody = body(after);
    if (beforeBody && !afterBody) this.note(true, where, 'request body removed');
    if (!beforeBody && afterBody) this.note(afterBody.required === true, where, `request body added${afterBody.required === true ? ', required' : ''}`);
    if (beforeBody && afterBody) {
      if (afterBody.required === true && beforeBody.required !== true) this.note(true, where, 'request body is now required');
      this.compareSchemas(`${where}, request body`, '', jsonSchemaOf(beforeBody), jsonSchemaOf(afterBody), 'input');
    }

    const beforeResponses = isObject(before.responses) ? before.responses : {};
    const afterResponses = isObject(after.responses) ? after.responses : {};
    for (const [status, response] of Object.entries(beforeResponses)) {
      const next = afterResponses[status];
      if (!isObject(next)) {
        this.note(status.startsWith('2'), where, `${status} response removed`);
        continue;
      }
      if (isObject(response)) this.compareSchemas(`${where}, ${status} response`, '', jsonSchemaOf(response), jsonSchemaOf(next), 'output');
    }
    for (const status of Object.keys(afterResponses)) {
      if (!(status in beforeResponses)) this.note(false, where, `${status} response added`);
    }
  }

  // ─── Schemas ─────────────────────────────────────────────────────────────────────────
  /** `where` is the operation and part (`GET /pairs, 200 response`); `path` the place in its value (`items[].date`). */
  private compareSchemas(operation: string, path: string, beforeRaw: Json | undefined, afterRaw: Json | undefined, direction: Direction) {
    if (beforeRaw === undefined && afterRaw === undefined) return;
    // Both sides the same named shape: its changes are the shape's, found once however many operations use it.
    const shared = refName(beforeRaw);
    if (shared && shared === refName(afterRaw) && shared.startsWith(REF_PREFIX)) {
      operation = `components/schemas/${shared.slice(REF_PREFIX.length)}`;
      path = '';
    }
    const where = path ? `${operation} → ${path}` : operation;
    const pair = `${refName(beforeRaw)}|${refName(afterRaw)}|${direction}`;
    if (pair !== '||' + direction) {
      if (this.visiting.has(pair)) return;
      this.visiting.add(pair);
    }
    try {
      const before = this.resolve(beforeRaw, this.before);
      const after = this.resolve(afterRaw, this.after);
      const beforeBranches = branches(before, (schema) => this.resolve(schema, this.before));
      const afterBranches = branches(after, (schema) => this.resolve(schema, this.after));
      const accepts = (set: Map<Kind, Schema[]>, kind: Kind) => set.has(kind) || set.has('any') || (kind === 'integer' && set.has('number'));
      const [narrower, wider] = direction === 'input' ? [afterBranches, beforeBranches] : [beforeBranches, afterBranches];
      // Input: what the server accepted before it must accept still. Output: what it sends now it must have promised before.
      for (const kind of wider.keys()) {
        if (accepts(narrower, kind)) continue;
        if (direction === 'input') this.note(true, where, `no longer accepts ${describeKind(kind)}`);
        else this.note(true, where, `may now be ${describeKind(kind)}`);
      }
      for (const kind of narrower.keys()) {
        if (!accepts(wider, kind)) this.note(false, where, direction === 'input' ? `accepts ${describeKind(kind)} too` : `is no longer ${describeKind(kind)}`);
      }
      for (const [kind, beforeSchemas] of beforeBranches) {
        const afterSchemas = afterBranches.get(kind) ?? (kind === 'integer' ? afterBranches.get('number') : undefined);
        if (!afterSchemas) continue;
        if (beforeSchemas.length === 1 && afterSchemas.length === 1) this.compareBranch(operation, path, kind, beforeSchemas[0]!, afterSchemas[0]!, direction);
        else if (beforeSchemas.length === afterSchemas.length) beforeSchemas.forEach((schema, index) => this.compareBranch(operation, path, kind, schema, afterSchemas[index]!, direction));
        else if (!sameJson(beforeSchemas, afterSchemas)) this.note(true, where, `the ${kind} alternatives changed (${beforeSchemas.length} → ${afterSchemas.length})`);
      }
    } finally {
      this.visiting.delete(pair);
    }
  }

  private compareBranch(operation: string, path: string, kind: Kind, before: Schema, after: Schema, direction: Direction) {
    const where = path ? `${operation} → ${path}` : operation;
    this.compareValues(where, before, after, direction);
    if (direction === 'input') this.compareBounds(where, before, after);
    if (kind === 'array') this.compareSchemas(operation, `${path}[]`, before.items, after.items, direction);
    if (kind === 'object') this.compareObjects(operation, path, before, after, direction);
  }

  /** enum and const: the values a field may take. */
  private compareValues(where: string, before: Schema, after: Schema, direction: Direction) {
    const values = (schema: Schema) => (Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : undefined);
    const beforeValues = values(before);
    const afterValues = values(after);
    if (!beforeValues && !afterValues) return;
    const show = (list: Json[]) => list.map((value) => JSON.stringify(value)).join(', ');
    if (direction === 'input') {
      if (!afterValues) return this.note(false, where, 'accepts any value of its type now');
      if (!beforeValues) return this.note(true, where, `now accepts only ${show(afterValues)}`);
      const dropped = beforeValues.filter((value) => !afterValues.some((other) => sameJson(other, value)));
      const added = afterValues.filter((value) => !beforeValues.some((other) => sameJson(other, value)));
      if (dropped.length) this.note(true, where, `no longer accepts ${show(dropped)}`);
      if (added.length) this.note(false, where, `accepts ${show(added)} too`);
    } else {
      if (!beforeValues) return this.note(false, where, `is now one of ${show(afterValues!)}`);
      if (!afterValues) return this.note(true, where, `may now be any value, not only ${show(beforeValues)}`);
      const added = afterValues.filter((value) => !beforeValues.some((other) => sameJson(other, value)));
      const dropped = beforeValues.filter((value) => !afterValues.some((other) => sameJson(other, value)));
      // A new value of an enum in an answer: clients are to expect values they do not know.
      if (added.length) this.note(false, where, `may now be ${show(added)}`);
      if (dropped.length) this.note(false, where, `is no longer ${show(dropped)}`);
    }
  }

  /** Lengths, bounds, patterns and formats of an input: tighter ones refuse what passed before. */
  private compareBounds(where: string, before: Schema, after: Schema) {
    const lower = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
    const upper = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
    for (const key of [...lower, ...upper]) {
      const was = before[key];
      const now = after[key];
      if (typeof now !== 'number' || now === was) continue;
      const tighter = typeof was !== 'number' || (lower.includes(key) ? now > was : now < was);
      this.note(tighter, where, `${key} ${typeof was === 'number' ? `${was} → ` : ''}${now}`);
    }
    for (const key of ['pattern', 'format']) {
      if (after[key] !== undefined && after[key] !== before[key]) this.note(true, where, `${key} ${before[key] === undefined ? 'added' : 'changed'}: ${String(after[key])}`);
      else if (after[key] === undefined && before[key] !== undefined) this.note(false, where, `${key} dropped`);
    }
  }

  private compareObjects(operation: string, path: string, before: Schema, after: Schema, direction: Direction) {
    const where = path ? `${operation} → ${path}` : operation;
    const properties = (schema: Schema) => (isObject(schema.properties) ? schema.properties : {});
    const required = (schema: Schema) => new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const beforeProperties = properties(before);
    const afterProperties = properties(after);
    const beforeRequired = required(before);
    const afterRequired = required(after);
    const inner = (name: string) => (path ? `${path}.${name}` : name);
    const at = (name: string) => `${operation} → ${inner(name)}`;
    for (const [name, schema] of Object.entries(beforeProperties)) {
      if (!(name in afterProperties)) {
        this.note(true, at(name), direction === 'input' ? 'input field removed' : 'output field removed');
        continue;
      }
      if (direction === 'input' && afterRequired.has(name) && !beforeRequired.has(name)) this.note(true, at(name), 'input field is now required');
      if (direction === 'output' && beforeRequired.has(name) && !afterRequired.has(name)) this.note(true, at(name), 'output field may now be missing');
      if (direction === 'input' && !afterRequired.has(name) && beforeRequired.has(name)) this.note(false, at(name), 'input field is now optional');
      if (direction === 'output' && afterRequired.has(name) && !beforeRequired.has(name)) this.note(false, at(name), 'output field is now always present');
      this.compareSchemas(operation, inner(name), schema, afterProperties[name], direction);
    }
    for (const name of Object.keys(afterProperties)) {
      if (name in beforeProperties) continue;
      const needed = direction === 'input' && afterRequired.has(name);
      this.note(needed, at(name), direction === 'input' ? `input field added${needed ? ', required' : ''}` : 'output field added');
    }
    const beforeExtra = before.additionalProperties;
    const afterExtra = after.additionalProperties;
    if (direction === 'input' && afterExtra === false && beforeExtra !== false) this.note(true, where, 'no longer accepts fields beyond those listed');
    if (isObject(beforeExtra) && isObject(afterExtra)) this.compareSchemas(operation, `${path}[key]`, beforeExtra, afterExtra, direction);
  }
}

type Kind = 'null' | 'boolean' | 'string' | 'number' | 'integer' | 'object' | 'array' | 'any';

const describeKind = (kind: Kind) => (kind === 'any' ? 'any value' : kind === 'integer' || kind === 'array' || kind === 'object' ? `an ${kind}` : kind === 'null' ? 'null' : `a ${kind}`);

function kindOfValue(value: Json): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as Kind;
}

/** A schema as the kinds of value it admits, each with the alternatives describing it. */
function branches(schema: Schema, resolve: (schema: Json) => Schema): Map<Kind, Schema[]> {
  const result = new Map<Kind, Schema[]>();
  const add = (kind: Kind, branch: Schema) => result.set(kind, [...(result.get(kind) ?? []), branch]);
  const visit = (node: Schema) => {
    const alternatives = (Array.isArray(node.anyOf) && node.anyOf) || (Array.isArray(node.oneOf) && node.oneOf);
    if (alternatives) {
      for (const alternative of alternatives) visit(resolve(alternative));
      return;
    }
    if (Array.isArray(node.enum) || 'const' in node) {
      const values = Array.isArray(node.enum) ? node.enum : [node.const as Json];
      const byKind = new Map<Kind, Json[]>();
      for (const value of values) byKind.set(kindOfValue(value), [...(byKind.get(kindOfValue(value)) ?? []), value]);
      for (const [kind, kindValues] of byKind) {
        const { const: _const, enum: _enum, ...rest } = node;
        add(kind === 'integer' && node.type === 'number' ? 'number' : kind, { ...rest, enum: kindValues });
      }
      return;
    }
    const types = Array.isArray(node.type) ? node.type : typeof node.type === 'string' ? [node.type] : [];
    if (types.length) for (const type of types) add(type as Kind, node);
    else if (isObject(node.properties) || node.additionalProperties !== undefined) add('object', node);
    else if (node.items !== undefined) add('array', node);
    else add('any', node);
  };
  visit(schema);
  return result;
}

function jsonSchemaOf(holder: Schema): Json | undefined {
  const content = isObject(holder.content) ? holder.content : undefined;
  const json = content && (content['application/json'] ?? Object.values(content)[0]);
  return isObject(json) ? json.schema : undefined;
}

function refName(schema: Json | undefined): string {
  return isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : '';
}

/** What changed between two OpenAPI documents, for a client made from the first. */
export function compareDocuments(before: unknown, after: unknown): ApiChange[] {
  return new Comparison(before as Document, after as Document).compare();
}

export interface CommittedCheck {
  /** The committed document may be replaced by the server's (unchanged, or every change allowed). */
  allowed: boolean;
  /** The committed document is the server's already. */
  upToDate: boolean;
  changes: ApiChange[];
  /** What to tell whoever changed the API: what broke and what to do. */
  message: string;
}

const majorOf = (version: string) => Number(version.split('.')[0]);

function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index += 1) if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) - (y[index] ?? 0);
  return 0;
}

function describeChange(change: ApiChange): string {
  const reach = change.operations.length > 1 ? ` (${change.operations.length} operations, e.g. ${change.operations[0]})` : change.where.startsWith('components/') ? ` (${change.operations[0]})` : '';
  return `  - ${change.where}: ${change.what}${reach}`;
}

const listChanges = (changes: ApiChange[], limit = 40) =>
  [...changes.slice(0, limit).map(describeChange), ...(changes.length > limit ? [`  … and ${changes.length - limit} more`] : [])].join('\n');

/**
 * The committed document against the server's: whether it is current, and if not,
 * whether the change may be committed as it is (additive, or breaking under a raised
 * major) and exactly what to run.
 */
export function checkCommitted(committed: unknown | undefined, current: unknown, committedPath = 'openapi.json'): CommittedCheck {
  const currentVersion = String((current as Document).info?.version ?? '0.0.0');
  if (committed === undefined) {
    return {
      allowed: true,
      upToDate: false,
      changes: [],
      message: `There is no committed OpenAPI document (${committedPath}). Write it with \`npm run openapi:update\` and commit it.`,
    };
  }
  if (sameJson(committed, current)) return { allowed: true, upToDate: true, changes: [], message: `${committedPath} is the server's document (API ${currentVersion}).` };

  const committedVersion = String((committed as Document).info?.version ?? '0.0.0');
  const changes = compareDocuments(committed, current);
  const breaking = changes.filter((change) => change.breaking);
  const additive = changes.filter((change) => !change.breaking);
  const nextMajor = `${majorOf(committedVersion) + 1}.0.0`;
  const regenerate = `Run \`npm run openapi:update\` and commit ${committedPath} with your change.`;

  if (compareVersions(currentVersion, committedVersion) < 0) {
    return {
      allowed: false,
      upToDate: false,
      changes,
      message: `The API's version went down: ${committedPath} says ${committedVersion}, the server ${currentVersion}. Versions only go up (packages/api/package.json and packages/client/package.json).`,
    };
  }
  if (breaking.length && majorOf(currentVersion) <= majorOf(committedVersion)) {
    return {
      allowed: false,
      upToDate: false,
      changes,
      message: [
        `The API changed in ways that break clients made from ${committedPath} (API ${committedVersion}), and its major version was not raised:`,
        listChanges(breaking),
        '',
        'Either keep what clients rely on (add a field or a procedure beside the old one rather than change or remove it; make a new input optional), or release a new major version of the API and of @bilat/client:',
        `  npm version ${nextMajor} --no-git-tag-version -w @bilat/api -w @bilat/client`,
        '  npm run openapi:update',
        `and commit ${committedPath}, both package.json files and package-lock.json with the change.`,
        ...(additive.length ? ['', `Other changes (not breaking):`, listChanges(additive, 10)] : []),
      ].join('\n'),
    };
  }
  const kind = breaking.length ? `breaking, under the new major version ${currentVersion}` : 'none of them breaking';
  return {
    allowed: true,
    upToDate: false,
    changes,
    message: [
      `${committedPath} is not the server's document: ${changes.length || 'no'} change(s) to operations and shapes (${kind})${changes.length ? ':' : ' — descriptions, examples or the version only.'}`,
      ...(changes.length ? [listChanges(changes)] : []),
      '',
      regenerate,
    ].join('\n'),
  };
}
