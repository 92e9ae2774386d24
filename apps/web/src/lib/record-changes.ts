/*
 * What changed between versions of a record, field by field, and an edit re-applied onto
 * a newer version: the three-way view a stale edit form shows. A "field" is a leaf of the
 * record: nested objects (a date, a location) are followed down to their values, while a
 * list (participants, citations) counts as one field, since its items have no identity of
 * their own to match. Pure and client-safe.
 */

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every field of a record by its dotted path (`date.start`, `participants`); absent and undefined alike left out. */
export function fieldsOf(record: unknown, prefix = ''): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (!isPlainObject(record)) return fields;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) for (const [inner, leaf] of fieldsOf(value, path)) fields.set(inner, leaf);
    else fields.set(path, value);
  }
  return fields;
}

/** A value in a canonical text form: objects with their keys sorted, so equal values compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  // Absent and null differ: a date cleared to null is a change from no date field at all.
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** The paths where two versions differ, in the order the newer version lists its fields (then the ones it dropped). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.filter((path) => !sameValue(a.get(path), b.get(path)));
}

function setPath(target: Json, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    if (!isPlainObject(node[segment])) node[segment] = {};
    node = node[segment] as Json;
  }
  node[segments.at(-1)!] = value;
}

function removePath(target: Json, path: string): void {
  const segments = path.split('.');
  let node: unknown = target;
  for (const segment of segments.slice(0, -1)) {
    node = isPlainObject(node) ? node[segment] : undefined;
    if (!isPlainObject(node)) return;
  }
  delete (node as Json)[segments.at(-1)!];
}

export interface Reapplied {
  /** The current version with the editor's changes on top. */
  record: Json;
  /** The fields the editor changed (from the version the form was opened on). */
  mine: string[];
  /** The fields someone else changed since the form was opened. */
  theirs: string[];
  /** Fields both changed: the editor's value wins in `record`, and should be looked at. */
  both: string[];
}

/**
 * Re-applies an edit onto the current version: every field the editor changed from the
 * version they opened (`base`) takes their value; every other field keeps the current one.
 */
export function reapplyEdit(base: unknown, current: unknown, edited: unknown): Reapplied {
  const mine = changedFields(base, edited);
  const theirs = changedFields(base, current);
  const record = structuredClone(isPlainObject(current) ? current : {}) as Json;
  const editedFields = fieldsOf(edited);
  const editedPaths = [...editedFields.keys()];
  // Removals first (a field the editor cleared, unless it became an object with fields of
  // its own, such as a date set where there was none), then the values the editor gave.
  for (const path of mine.filter((changed) => !editedFields.has(changed))) {
    if (!editedPaths.some((inner) => inner.startsWith(`${path}.`))) removePath(record, path);
  }
  for (const path of mine.filter((changed) => editedFields.has(changed))) setPath(record, path, editedFields.get(path));
  return { record, mine, theirs, both: mine.filter((path) => theirs.includes(path)) };
}

/** A field's value as a short line of text for the conflict table. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(describeItem).join('; ');
  if (isPlainObject(value)) return describeItem(value);
  return String(value);
}

function describeItem(item: unknown): string {
  if (!isPlainObject(item)) return String(item);
  return [...fieldsOf(item)].map(([key, value]) => `${key}: ${Array.isArray(value) ? value.map(describeItem).join(', ') : String(value)}`).join(', ');
}

/** `date.start` → "Date › start"; `participants` → "Participants". */
export function fieldLabel(path: string): string {
  const words = path.split('.').map((segment) => segment.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  const first = words[0] ?? '';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' › ');
}
