'use server';

import type { Holding, Person } from '@bilat/domain';
import { redirect } from 'next/navigation';
import type { FormState } from '~/components/forms/form-state';
import { recordHref } from '~/lib/links';
import { api } from '~/trpc/server';
import { formToObject } from '../forms/form-data';
import { refusal, validate, writeRefusal } from '../forms/save';

const gone = (values: Record<string, unknown>, what: string): FormState => ({ fieldErrors: {}, formError: `This ${what} no longer exists.`, values, version: Date.now() });

/** Creates or updates a person; identifiers (from imports) are kept from the stored record. */
export async function savePerson(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const refused = await writeRefusal(values);
  if (refused) return refused;
  const caller = await api();
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await caller.people.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return gone(values, 'person');
  const draft = {
    ...(existing ? { id: existing.id, identifiers: existing.identifiers } : {}),
    name: values.name,
    country: typeof values.country === 'string' ? values.country.toUpperCase() : values.country,
    names: values.names ?? [],
    status: values.status,
    notes: values.notes,
    citations: values.citations ?? [],
  };
  const invalid = validate('person', draft, values);
  if (invalid) return invalid;
  let saved: Person;
  try {
    saved = existing ? await caller.people.update(draft as Person) : await caller.people.create(draft as Person);
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${recordHref('person', saved.id)}?saved=1`);
}

/** Creates or updates a holding (a person in a post), with its dates and attestations. */
export async function saveHolding(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const refused = await writeRefusal(values);
  if (refused) return refused;
  const caller = await api();
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await caller.holdings.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return gone(values, 'post holding');
  const draft = {
    ...(existing ? { id: existing.id, identifiers: existing.identifiers } : {}),
    personId: existing?.personId ?? values.personId,
    postId: values.postId,
    start: values.start,
    end: values.end,
    attestations: values.attestations ?? [],
    status: values.status,
    notes: values.notes,
    citations: values.citations ?? [],
  };
  const invalid = validate('holding', draft, values);
  if (invalid) return invalid;
  let saved: Holding;
  try {
    saved = existing ? await caller.holdings.update(draft as Holding) : await caller.holdings.create(draft as Holding);
  } catch (error) {
    return refusal(error, values);
  }
  redirect(`${recordHref('person', saved.personId)}?saved=1#posts-heading`);
}
