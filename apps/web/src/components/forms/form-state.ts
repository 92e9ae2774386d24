/** What a form action answers: errors keyed by dotted field path, rules broken, and the values to show again. */
export interface FormState {
  fieldErrors: Record<string, string[]>;
  /** A problem with the whole form (not signed in, the record is gone). */
  formError?: string;
  /** Consistency rules the write would break, as the data layer names them. */
  violations?: string[];
  /** The values as submitted, so the form shows them again beside the errors. */
  values?: Record<string, unknown>;
  /** The revision the form's edit is based on, kept across answers (an edit form's hidden `_revision`). */
  revision?: number;
  /** The record changed since the form was opened: nothing was saved. */
  conflict?: FormConflict;
  /** Changes on every answer, so the form re-renders with the submitted values. */
  version: number;
}

/** One field in the conflict table: as the form was opened on it, as it is now, and the editor's value. */
export interface ConflictRow {
  field: string;
  label: string;
  then: string;
  now: string;
  /** The editor's value, when they changed this field. */
  yours: string | null;
  changedBy: 'them' | 'you' | 'both';
}

/** A save refused because someone else changed the record since the form was opened. */
export interface FormConflict {
  /** The revision the form was opened on. */
  from: number;
  /** The current revision: what a re-applied edit is based on. */
  revision: number;
  /** The record was deleted meanwhile: nothing to re-apply onto. */
  deleted: boolean;
  /** Whether the version the form was opened on is known (the revision log keeps it); without it only the current version shows. */
  baseKnown: boolean;
  changes: { actor: string; at: string; action: string }[];
  rows: ConflictRow[];
  /** The current version with the editor's changes re-applied, as the form's values. */
  reapplied: Record<string, unknown>;
}

export const EMPTY_FORM_STATE: FormState = { fieldErrors: {}, version: 0 };
