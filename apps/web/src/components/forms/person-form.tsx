'use client';

import { useActionState } from 'react';
import { savePerson } from '~/server/actions/people';
import { NAME_KINDS } from './choices';
import { CitationsField, type CitationValue } from './citations-field';
import { TextField, type Option } from './fields';
import { EditFormHead, Fieldset, NotesField, SaveButton, StatusField, text } from './form-shell';
import { EMPTY_FORM_STATE, type FormState } from './form-state';
import { useEditForm } from './use-edit-form';
import { RepeatingField } from './repeating-field';

type Values = Record<string, unknown> & { names?: unknown[]; citations?: CitationValue[] };

/** A person: the name bilat shows, other spellings and scripts, the country, and the sources naming them. */
export function PersonForm({ id, revision, initial, sources }: { id?: string; revision?: number; initial: Values; sources: Option[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(savePerson, EMPTY_FORM_STATE);
  const edit = useEditForm(state, initial, revision);
  const { values } = edit;
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form stack" key={edit.key} noValidate aria-busy={pending} data-testid="person-form">
      <EditFormHead id={id} edit={edit} what="person" />
      <Fieldset legend="The person">
        <TextField name="name" label="Name" errors={errors} defaultValue={text(values.name)} required size={40} />
        <TextField name="country" label="Country code" errors={errors} defaultValue={text(values.country)} size={4} placeholder="KZ" />
        <StatusField values={values} errors={errors} />
        <NotesField values={values} errors={errors} />
      </Fieldset>
      <RepeatingField
        name="names"
        legend="Other names"
        hint="Transliterations (Vasilenko), other scripts (Василенко), a report's own spelling; search finds them all."
        initial={values.names ?? []}
        columns={[
          { key: 'value', label: 'Name', size: 30 },
          { key: 'kind', label: 'Kind', options: NAME_KINDS },
          { key: 'lang', label: 'Language', size: 5, placeholder: 'ru' },
        ]}
        errors={errors}
        addLabel="Add a name"
      />
      <CitationsField initial={values.citations ?? []} sources={sources} errors={errors} />
      <SaveButton pending={pending} label={id ? 'Save changes' : 'Create the person'} />
    </form>
  );
}
