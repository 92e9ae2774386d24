'use server';

import type { FormState } from '~/components/forms/form-state';
import { saveRecordForm } from '../forms/edit';
import { MEETING_FORM } from '../forms/record-forms';

/**
 * Creates or updates a meeting through the API (so it is validated by the same schema,
 * checked for consistency, refused if changed since the form was opened, and written to
 * the revision log), then shows the meeting.
 */
export async function saveMeeting(_previous: FormState, form: FormData): Promise<FormState> {
  return saveRecordForm(MEETING_FORM, form);
}
