'use server';

import { parsePair, type Meeting } from '@bilat/domain';
import { redirect } from 'next/navigation';
import type { FormState } from '~/components/forms/form-state';
import { recordHref } from '~/lib/links';
import { api } from '~/trpc/server';
import { formToObject, listOf, numberOf } from '../forms/form-data';
import { refusal, validate, writeRefusal } from '../forms/save';

/** A meeting from its form; fields the form does not show (event links) are kept from the stored record. */
function meetingDraft(values: Record<string, unknown>, existing: Meeting | undefined): Record<string, unknown> {
  const date = values.date as Record<string, unknown> | undefined;
  let pair = values.pair as string | undefined;
  try {
    if (pair) pair = parsePair(pair).pair;
  } catch {
    // Left as typed: the schema names the problem beside the field.
  }
  return {
    ...(existing ? { id: existing.id, links: existing.links } : {}),
    title: values.title,
    kind: values.kind,
    stage: values.stage,
    status: values.status,
    pair,
    seriesId: values.seriesId,
    ordinal: numberOf(values.ordinal),
    date: date?.start ? { ...date } : null,
    location: values.location ?? { qualifier: 'unknown' },
    participants: values.participants ?? [],
    topics: listOf(values.topics) ?? [],
    visitId: values.visitId,
    summary: values.summary,
    notes: values.notes,
    citations: values.citations ?? [],
  };
}

/**
 * Creates or updates a meeting through the API (so it is validated by the same schema,
 * checked for consistency and written to the revision log), then shows the meeting.
 */
export async function saveMeeting(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const refused = await writeRefusal(values);
  if (refused) return refused;
  const caller = await api();
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await caller.meetings.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return { fieldErrors: {}, formError: 'This meeting no longer exists.', values, version: Date.now() };
  const draft = meetingDraft(values, existing);
  const invalid = validate('meeting', draft, values);
  if (invalid) return invalid;
  let saved: Meeting;
  try {
    saved = existing ? await caller.meetings.update(draft as Meeting) : await caller.meetings.create(draft as Meeting);
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${recordHref('meeting', saved.id)}?saved=1`);
}
