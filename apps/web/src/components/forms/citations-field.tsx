'use client';

import { FieldError, SelectField, TextField, type Errors, type Option } from './fields';
import { KeptFields } from './kept-fields';
import { useRows } from './use-rows';

export interface CitationValue {
  sourceId?: string;
  locator?: string;
  note?: string;
}

/**
 * The sources a fact rests on. A fact needs at least one: saving without is refused, and
 * the refusal is shown here, beside the citations.
 */
export function CitationsField({ name = 'citations', initial, sources, errors, legend = 'Citations' }: { name?: string; initial: readonly CitationValue[]; sources: readonly Option[]; errors: Errors; legend?: string }) {
  const { rows, add, remove } = useRows<CitationValue>(initial.length ? initial : [{}], {});
  const groupError = Boolean(errors[name]?.length);
  return (
    <fieldset className="fieldset" aria-invalid={groupError} aria-describedby={groupError ? `field-${name}-error` : `${name}-hint`} data-testid={`${name}-fieldset`}>
      <legend>
        {legend} <span aria-hidden="true">*</span>
      </legend>
      <p className="hint" id={`${name}-hint`}>
        Which source states the fact, and where: <code>p3</code> for its third paragraph, <code>c120-185</code> for characters of a stored text.
      </p>
      <FieldError name={name} errors={errors} />
      {rows.map((row, index) => (
        <div className="form-grid row-group" key={row.key} data-row={`${name}-${index}`}>
          <SelectField name={`${name}.${index}.sourceId`} label={`Source ${index + 1}`} errors={errors} defaultValue={row.value.sourceId} options={sources} blank="— choose a source —" />
          <TextField name={`${name}.${index}.locator`} label="Passage" errors={errors} defaultValue={row.value.locator} placeholder="p3" size={10} />
          <TextField name={`${name}.${index}.note`} label="Why it supports the fact (optional)" errors={errors} defaultValue={row.value.note} />
          <KeptFields name={`${name}.${index}`} value={row.value} shown={['sourceId', 'locator', 'note']} />
          <button type="button" className="secondary remove" onClick={() => remove(row.key)} aria-label={`Remove source ${index + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={add}>
        Add a source
      </button>
    </fieldset>
  );
}
