/** What a form action answers: errors keyed by dotted field path, rules broken, and the values to show again. */
export interface FormState {
  fieldErrors: Record<string, string[]>;
  /** A problem with the whole form (not signed in, the record is gone). */
  formError?: string;
  /** Consistency rules the write would break, as the data layer names them. */
  violations?: string[];
  /** The values as submitted, so the form shows them again beside the errors. */
  values?: Record<string, unknown>;
  /** Changes on every answer, so the form re-renders with the submitted values. */
  version: number;
}

export const EMPTY_FORM_STATE: FormState = { fieldErrors: {}, version: 0 };
