import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { RECORD_COLLECTIONS } from '../records/index.js';
import { bundleSchema, type Bundle } from './schema.js';

/** One problem in a bundle file, located as precisely as the file allows. */
export interface BundleIssue {
  file: string;
  line?: number;
  column?: number;
  /** The collection and position of the record, e.g. `meetings[3]`. */
  record?: string;
  recordId?: string;
  /** The field inside the record, e.g. `date.start`. */
  field?: string;
  message: string;
}

export class BundleError extends Error {
  constructor(readonly issues: BundleIssue[]) {
    super(issues.map(formatBundleIssue).join('\n'));
    this.name = 'BundleError';
  }
}

/** `kz-lt.yaml:120:9: meetings[3] (kz-lt-pc-10) date.start: Expected a real date…` */
export function formatBundleIssue(issue: BundleIssue): string {
  const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
  const record = issue.record ? ` ${issue.record}${issue.recordId ? ` (${issue.recordId})` : ''}` : '';
  const field = issue.field ? ` ${issue.field}` : '';
  return `${where}:${record}${field}: ${issue.message}`;
}

const COLLECTIONS = new Set<string>(Object.values(RECORD_COLLECTIONS));

/** The deepest node of the document that exists along a path. */
function nodeAt(document: Document, path: readonly PropertyKey[]): { node: Node | undefined; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return { node, depth };
  }
  return { node: undefined, depth: 0 };
}

function describeIssue(document: Document, issue: z.core.$ZodIssue, file: string, lines: LineCounter): BundleIssue {
  // An unknown field is shown where it is written, not at the start of its record.
  const path = issue.code === 'unrecognized_keys' && issue.keys.length ? [...issue.path, issue.keys[0]!] : issue.path;
  const result: BundleIssue = { file, message: issue.message };
  const [collection, index, ...rest] = path;
  if (typeof collection === 'string' && COLLECTIONS.has(collection) && typeof index === 'number') {
    result.record = `${collection}[${index}]`;
    const id = document.getIn([collection, index, 'id']);
    if (typeof id === 'string') result.recordId = id;
    if (rest.length) result.field = rest.map(String).join('.');
  } else if (path.length) {
    result.field = path.map(String).join('.');
  }
  const { node, depth } = nodeAt(document, path);
  if (node?.range) {
    const position = lines.linePos(node.range[0]);
    result.line = position.line;
    result.column = position.col;
  }
  // A number where text is wanted is nearly always an unquoted date or amount in YAML.
  if (depth === path.length && isScalar(node) && typeof node.value === 'number' && issue.code === 'invalid_type') {
    result.message += ` (write it in quotes: "${String(node.source ?? node.value)}")`;
  }
  // Zod reports a missing enum or literal as `invalid_value`, any other missing field as `invalid_type`.
  if (depth < path.length && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    result.message = `missing required field "${String(path[path.length - 1])}"`;
  }
  return result;
}

function duplicateIdIssues(document: Document, value: Record<string, unknown>, file: string, lines: LineCounter): BundleIssue[] {
  const issues: BundleIssue[] = [];
  const seen = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    const records = value[collection];
    if (!Array.isArray(records)) continue;
    records.forEach((record: unknown, index) => {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      // Ids are unique per kind; `series` and `sources` may share an id with another kind.
      const key = `${collection}:${id}`;
      const first = seen.get(key);
      if (first) {
        const node = document.getIn([collection, index, 'id'], true) as Node | undefined;
        const position = node?.range ? lines.linePos(node.range[0]) : undefined;
        issues.push({
          file,
          line: position?.line,
          column: position?.col,
          record: `${collection}[${index}]`,
          recordId: id,
          field: 'id',
          message: `duplicate id, first used by ${first}`,
        });
      } else {
        seen.set(key, `${collection}[${index}]`);
      }
    });
  }
  return issues;
}

/**
 * Reads a bundle from YAML or JSON text (JSON is YAML) and validates every record with
 * the domain schemas. Problems name the file, line, record and field; nothing partial
 * is returned.
 */
export function parseBundle(text: string, file: string): Bundle {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length) {
    throw new BundleError(
      document.errors.map((error) => {
        // Without `prettyErrors` the parser leaves `linePos` unset; the offset still locates it.
        const position = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
        return { file, line: position?.line, column: position?.col, message: `not valid YAML: ${error.message.split('\n')[0]}` };
      }),
    );
  }
  const value = document.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isMap(document.contents) && !isSeq(document.contents)) {
    throw new BundleError([{ file, line: 1, message: 'a bundle is a mapping with "format", "version" and record lists' }]);
  }
  const parsed = bundleSchema.safeParse(value);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(document, issue, file, lines));
  if (value && typeof value === 'object') issues.push(...duplicateIdIssues(document, value as Record<string, unknown>, file, lines));
  if (issues.length || !parsed.success) throw new BundleError(issues);
  return parsed.data;
}

/**
 * Validates a bundle that is already an object (built in code, or read from NDJSON):
 * the same schemas and the same issue shape as `parseBundle`, without line numbers.
 */
export function validateBundle(value: unknown, file = '(bundle)'): Bundle {
  const parsed = bundleSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new BundleError(
    parsed.error.issues.map((issue) => {
      const [collection, index, ...rest] = issue.path;
      const isRecord = typeof collection === 'string' && COLLECTIONS.has(collection) && typeof index === 'number';
      const records = isRecord ? (value as Record<string, unknown[]>)[collection] : undefined;
      const id = isRecord ? (records?.[index as number] as { id?: unknown } | undefined)?.id : undefined;
      return {
        file,
        record: isRecord ? `${collection}[${index}]` : undefined,
        recordId: typeof id === 'string' ? id : undefined,
        field: (isRecord ? rest : issue.path).map(String).join('.') || undefined,
        message: issue.message,
      };
    }),
  );
}
