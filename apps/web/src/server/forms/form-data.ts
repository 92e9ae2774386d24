/**
 * Turns a form's fields, named by dotted paths (`participants.0.personId`), into the
 * nested object the schemas validate. Blank fields are left out, and so are rows left
 * entirely blank, so a spare empty row in a form adds nothing.
 */
export function formToObject(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, raw] of form.entries()) {
    if (typeof raw !== 'string' || key.startsWith('$') || key.startsWith('_')) continue;
    const path = key.split('.');
    let node = root as Record<string, unknown>;
    path.forEach((segment, index) => {
      if (index === path.length - 1) {
        const existing = node[segment];
        node[segment] = existing === undefined ? raw.trim() : ([] as unknown[]).concat(existing, raw.trim());
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[index + 1]!);
      node[segment] ??= nextIsIndex ? [] : {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return (prune(root) as Record<string, unknown> | undefined) ?? {};
}

function prune(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const pruned = prune(item);
      return pruned === undefined ? [] : [[key, pruned] as const];
    });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** A comma- or line-separated list ("transport, energy") as an array of its items. */
export function listOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A whole number from a field, or the text itself so that the schema names the problem. */
export function numberOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}
