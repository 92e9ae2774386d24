import { RECORD_COLLECTIONS } from '../records/index.js';
import { unstorableTextPath } from '../text.js';
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

export const COLLECTIONS = new Set<string>(Object.values(RECORD_COLLECTIONS));

/**
 * Validates a bundle that is already an object (built in code, or read from NDJSON):
 * the same schemas and the same issue shape as `parseBundle`, without line numbers.
 */
export function validateBundle(value: unknown, file = '(bundle)'): Bundle {
  const parsed = bundleSchema.safeParse(value);
  const unstorable = parsed.success ? unstorableTextPath(parsed.data) : undefined;
  if (parsed.success && !unstorable) return parsed.data;
  if (parsed.success && unstorable) {
    const [collection, index, ...rest] = unstorable.path;
    return refuse([{ file, record: `${String(collection)}[${String(index)}]`, field: rest.map(String).join('.') || undefined, message: unstorable.message }]);
  }
  return refuse(
    parsed.error!.issues.map((issue) => {
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

export function refuse(issues: BundleIssue[]): never {
  throw new BundleError(issues);
}
