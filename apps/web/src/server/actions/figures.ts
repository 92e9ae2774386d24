'use server';

import type { FormState } from '~/components/forms/form-state';
import { saveRecordForm } from '../forms/edit';
import { INVESTMENT_FORM, TRADE_FORM } from '../forms/record-forms';

/** Creates or updates a trade figure (one flow, one period, as one side reports it). */
export async function saveTrade(_previous: FormState, form: FormData): Promise<FormState> {
  return saveRecordForm(TRADE_FORM, form);
}

/** Creates or updates an investment figure over a span (cumulative or a year's flow). */
export async function saveInvestment(_previous: FormState, form: FormData): Promise<FormState> {
  return saveRecordForm(INVESTMENT_FORM, form);
}
