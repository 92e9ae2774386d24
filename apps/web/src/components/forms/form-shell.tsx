import type { ReactNode } from 'react';
import type { FormState } from './form-state';

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
