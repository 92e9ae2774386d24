import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { unstorableTextPath } from '../text.js';
import { bundleSchema, type Bundle } from './schema.js';
import { BundleError, COLLECTIONS, refuse, type BundleIssue } from './validate.js';


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
  const unstorable = unstorableTextPath(parsed.data);
  if (unstorable) {
    const node = nodeAt(document, unstorable.path).node;
    const position = node?.range ? lines.linePos(node.range[0]) : undefined;
    const [collection, index, ...rest] = unstorable.path;
    refuse([{ file, line: position?.line, column: position?.col, record: `${String(collection)}[${String(index)}]`, field: rest.map(String).join('.') || undefined, message: unstorable.message }]);
  }
  return parsed.data;
}

