'use server';

import type { Agreement } from '@bilat/domain';
import { redirect } from 'next/navigation';
import type { FormState } from '~/components/forms/form-state';
import { recordHref } from '~/lib/links';
import { api } from '~/trpc/server';
import { formToObject, listOf } from '../forms/form-data';
import { refusal, validate, writeRefusal } from '../forms/save';

/** Steps as the form gives them: a step without a date start has no date at all. */
function steps(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((step: Record<string, unknown>) => {
    const date = step.date as Record<string, unknown> | undefined;
    return { stage: step.stage, ...(date?.start ? { date } : {}) };
  });
}

/** Creates or updates an agreement; signatories and ratifications are kept from the stored record. */
export async function saveAgreement(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const refused = await writeRefusal(values);
  if (refused) return refused;
  const caller = await api();
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await caller.agreements.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return { fieldErrors: {}, formError: 'This agreement no longer exists.', values, version: Date.now() };
  const related = typeof values.relatedEvent === 'string' ? values.relatedEvent.split(':') : undefined;
  const draft = {
    ...(existing ? { id: existing.id, signatoryOrganizationIds: existing.signatoryOrganizationIds, ratifications: existing.ratifications } : {}),
    title: values.title,
    kind: values.kind,
    parties: listOf(values.parties)?.map((code) => code.toUpperCase()) ?? [],
    stage: values.stage,
    steps: steps(values.steps) ?? [],
    placeId: values.placeId,
    relatedEvent: related && related.length === 2 ? { kind: related[0], id: related[1] } : undefined,
    summary: values.summary,
    status: values.status,
    notes: values.notes,
    citations: values.citations ?? [],
  };
  const invalid = validate('agreement', draft, values);
  if (invalid) return invalid;
  let saved: Agreement;
  try {
    saved = existing ? await caller.agreements.update(draft as Agreement) : await caller.agreements.create(draft as Agreement);
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${recordHref('agreement', saved.id)}?saved=1`);
}
