'use client';

import { useState } from 'react';
import type { FormState } from './form-state';

/**
 * What an edit form shows after each answer of its action: the values (as submitted, or
 * the stored record at first), the revision its edit is based on (the hidden
 * `_revision`), and, after a refused stale save, the conflict and the way to re-apply the
 * edit onto the current version: then the form shows that version with the edit on top
 * and is based on the current revision.
 */
export function useEditForm<V extends Record<string, unknown>>(state: FormState, initial: V, revision: number | undefined) {
  const [reappliedAt, setReappliedAt] = useState<number | null>(null);
  const conflict = state.conflict;
  const reapplied = conflict !== undefined && reappliedAt === state.version;
  return {
    values: (reapplied ? conflict.reapplied : (state.values ?? initial)) as V,
    revision: reapplied ? conflict.revision : (state.revision ?? revision),
    /** Re-mounts the form (its fields are uncontrolled) whenever what it shows changes. */
    key: reapplied ? `${state.version}-reapplied` : String(state.version),
    /** The form's messages; a conflict says its own. */
    messages: conflict ? { ...state, formError: undefined } : state,
    conflict,
    reapplied,
    reapply: () => setReappliedAt(state.version),
  };
}

export type EditForm = ReturnType<typeof useEditForm>;
