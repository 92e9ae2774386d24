'use client';

import { FieldError, SelectField, TextField, type Errors, type Option } from './fields';
import { KeptFields } from './kept-fields';
import { useRows } from './use-rows';

export interface Column {
  /** The field's path inside a row: `value`, `date.start`. */
  key: string;
  label: string;
  options?: Option[];
  placeholder?: string;
  size?: number;
}

function valueAt(row: unknown, path: string): string | undefined {
  let node = row;
  for (const segment of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  return node === undefined || node === null ? undefined : String(node);
}

/** A list of rows with the same fields (other names, attestations, steps); a blank row is ignored on save. */
export function RepeatingField({ name, legend, hint, initial, columns, errors, addLabel }: { name: string; legend: string; hint?: string; initial: readonly unknown[]; columns: Column[]; errors: Errors; addLabel: string }) {
  const { rows, add, remove } = useRows<unknown>([...initial, {}], {});
  return (
    <fieldset className="fieldset" data-testid={`${name}-fieldset`}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <FieldError name={name} errors={errors} />
      {rows.map((row, index) => (
        <div className="form-grid row-group" key={row.key}>
          {columns.map((column) =>
            column.options ? (
              <SelectField key={column.key} name={`${name}.${index}.${column.key}`} label={column.label} errors={errors} defaultValue={valueAt(row.value, column.key)} options={column.options} blank="—" />
            ) : (
              <TextField key={column.key} name={`${name}.${index}.${column.key}`} label={column.label} errors={errors} defaultValue={valueAt(row.value, column.key)} placeholder={column.placeholder} size={column.size} />
            ),
          )}
          <KeptFields name={`${name}.${index}`} value={row.value} shown={columns.map((column) => column.key)} />
          <button type="button" className="secondary remove" onClick={() => remove(row.key)} aria-label={`Remove row ${index + 1} of ${legend.toLowerCase()}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
