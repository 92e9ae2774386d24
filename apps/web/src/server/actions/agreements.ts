'use server';

import type { FormState } from '~/components/forms/form-state';
import { saveRecordForm } from '../forms/edit';
import { AGREEMENT_FORM } from '../forms/record-forms';

/** Creates or updates an agreement; what the form does not show (signatories, ratifications) is kept. */
export async function saveAgreement(_previous: FormState, form: FormData): Promise<FormState> {
  return saveRecordForm(AGREEMENT_FORM, form);
}
