import type { ReactNode } from 'react';
import { STATUSES } from './choices';
import { ConflictView } from './conflict-view';
import { SelectField, TextAreaField, type Errors } from './fields';
import type { FormState } from './form-state';
import type { EditForm } from './use-edit-form';

/** A stored value as a field's default: absent stays absent, anything else as text. */
export const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));

/**
 * The head of every edit form: the record it saves (`_id`, none for a new one), the
 * revision the edit is based on (`_revision`, for the stale-save check), what kept the last
 * save from going through, and the conflict view after a stale save.
 */
export function EditFormHead({ id, edit, what }: { id?: string; edit: EditForm; what: string }) {
  return (
    <>
      {id && <input type="hidden" name="_id" value={id} />}
      {edit.revision !== undefined && <input type="hidden" name="_revision" value={edit.revision} />}
      <FormMessages state={edit.messages} />
      <ConflictView edit={edit} what={what} />
    </>
  );
}

/** A record's review status; what a curator adds by hand is verified unless they say otherwise. */
export function StatusField({ values, errors }: { values: Record<string, unknown>; errors: Errors }) {
  return <SelectField name="status" label="Status" errors={errors} defaultValue={text(values.status) ?? 'verified'} options={STATUSES} />;
}

export function NotesField({ values, errors }: { values: Record<string, unknown>; errors: Errors }) {
  return <TextAreaField name="notes" label="Curator's notes" errors={errors} defaultValue={text(values.notes)} />;
}

/** The submit button at a form's foot, disabled while the save runs. */
export function SaveButton({ pending, label }: { pending: boolean; label: string }) {
  return (
    <p>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : label}
      </button>
    </p>
  );
}

/** The messages above a form: what kept it from saving, and the rules it would break. */
export function FormMessages({ state }: { state: FormState }) {
  const count = Object.keys(state.fieldErrors).length;
  if (!state.formError && !state.violations?.length && count === 0) return null;
  return (
    <div className="error-box" role="alert" data-testid="form-errors">
      {state.formError && <p>{state.formError}</p>}
      {count > 0 && <p>Not saved: {count === 1 ? 'one field needs' : `${count} fields need`} attention (marked below).</p>}
      {state.violations && state.violations.length > 0 && (
        <ul>
          {state.violations.map((violation) => (
            <li key={violation}>{violation}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Fieldset({ legend, children, hint }: { legend: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}
