type Leaf = { path: (string | number)[]; value: string | number | boolean };

// What a reviewer does not edit by hand: the record's identity and where it points in the text.
const HIDDEN = new Set(['id', 'citations', 'sourceId', 'locator', 'identifiers', 'text']);

/** Every plain value inside a record, with where it is. */
export function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [{ path, value }];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) => (HIDDEN.has(key) ? [] : leavesOf(entry, [...path, Array.isArray(value) ? Number(key) : key])));
}

/** A copy of the record with one value changed (an emptied field stays, empty, until saving). */
export function withValue<T>(record: T, path: (string | number)[], raw: string | boolean, original: Leaf['value']): T {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  let value: unknown = raw;
  if (typeof original === 'number' && typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw))) value = Number(raw);
  node[last] = value;
  return copy as T;
}

/** Fields emptied in review are left out when saving; the schema then says whether they may be. */
export function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== '').map(([key, entry]) => [key, withoutEmpty(entry)])) as T;
}

const label = (path: (string | number)[]) =>
  path
    .map((part) => (typeof part === 'number' ? String(part + 1) : part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()))
    .join(' › ');

/** The record's fields as inputs, each with its schema errors beside it. */
export function FactEditor({ factKey, record, errors, onChange }: { factKey: string; record: unknown; errors: Record<string, string[]>; onChange: (next: unknown) => void }) {
  const leaves = leavesOf(record);
  const idFor = (path: (string | number)[]) => `edit-${factKey.replace(/[^a-z0-9]+/gi, '-')}-${path.join('-')}`;
  return (
    <fieldset className="fieldset fact-editor">
      <legend>Edit the drafted fields</legend>
      <div className="form-grid">
        {leaves.map((leaf) => {
          const name = leaf.path.join('.');
          const id = idFor(leaf.path);
          const messages = errors[name];
          if (typeof leaf.value === 'boolean') {
            return (
              <label key={name} className="field checkbox">
                <input id={id} type="checkbox" checked={leaf.value} onChange={(event) => onChange(withValue(record, leaf.path, event.target.checked, leaf.value))} />
                <span>{label(leaf.path)}</span>
              </label>
            );
          }
          return (
            <label key={name} className="field" htmlFor={id}>
              <span>{label(leaf.path)}</span>
              <input
                id={id}
                data-field={name}
                type="text"
                value={String(leaf.value)}
                aria-invalid={Boolean(messages?.length)}
                aria-describedby={messages?.length ? `${id}-error` : undefined}
                onChange={(event) => onChange(withValue(record, leaf.path, event.target.value, leaf.value))}
              />
              {messages?.length ? (
                <span id={`${id}-error`} className="field-error" data-error-for={name}>
                  {messages.join('; ')}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
      {Object.entries(errors)
        .filter(([field]) => !leaves.some((leaf) => leaf.path.join('.') === field))
        .map(([field, messages]) => (
          <p key={field} className="field-error" data-error-for={field}>
            {field === '(record)' ? '' : `${field}: `}
            {messages.join('; ')}
          </p>
        ))}
    </fieldset>
  );
}
