import { fieldsOf } from '~/lib/record-changes';

/**
 * Hidden fields for what a row of a form holds but does not show (a step's date end, a
 * field added to the schema later), so that saving the form keeps it: forms send only
 * their fields, and a list is saved as the form sends it. Text and numbers round-trip
 * this way; the schema reads them back.
 */
export function KeptFields({ name, value, shown }: { name: string; value: unknown; shown: readonly string[] }) {
  const kept = [...fieldsOf(value)].filter(([path, leaf]) => !shown.includes(path) && (typeof leaf === 'string' || typeof leaf === 'number'));
  return kept.map(([path, leaf]) => <input key={path} type="hidden" name={`${name}.${path}`} value={String(leaf)} />);
}
