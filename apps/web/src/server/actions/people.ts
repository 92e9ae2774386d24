'use server';

import type { FormState } from '~/components/forms/form-state';
import { saveRecordForm } from '../forms/edit';
import { HOLDING_FORM, PERSON_FORM } from '../forms/record-forms';

/** Creates or updates a person; what the form does not show (identifiers from imports) is kept. */
export async function savePerson(_previous: FormState, form: FormData): Promise<FormState> {
  return saveRecordForm(PERSON_FORM, form);
}

/** Creates or updates a holding (a person in a post), with its dates and attestations. */
export async function saveHolding(_previous: FormState, form: FormData): Promise<FormState> {
  return saveRecordForm(HOLDING_FORM, form);
}
