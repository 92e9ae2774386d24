'use client';

import { useActionState } from 'react';
import { saveAgreement } from '~/server/actions/agreements';
import { DATE_QUALIFIERS } from './choices';
import { CitationsField, type CitationValue } from './citations-field';
import { SelectField, TextAreaField, TextField, type Option } from './fields';
import { EditFormHead, Fieldset, NotesField, SaveButton, StatusField, text } from './form-shell';
import { EMPTY_FORM_STATE, type FormState } from './form-state';
import { useEditForm } from './use-edit-form';
import { RepeatingField } from './repeating-field';

type Values = Record<string, unknown> & { steps?: unknown[]; citations?: CitationValue[]; parties?: string[] | string; relatedEvent?: { kind: string; id: string } | string };

export interface AgreementFormOptions {
  kinds: Option[];
  stages: Option[];
  places: Option[];
  events: Option[];
  sources: Option[];
}

/** An agreement: its kind, parties, where it stands and the dated steps that got it there. */
export function AgreementForm({ id, revision, initial, options }: { id?: string; revision?: number; initial: Values; options: AgreementFormOptions }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveAgreement, EMPTY_FORM_STATE);
  const edit = useEditForm(state, initial, revision);
  const { values } = edit;
  const errors = state.fieldErrors;
  const related = typeof values.relatedEvent === 'string' ? values.relatedEvent : values.relatedEvent ? `${values.relatedEvent.kind}:${values.relatedEvent.id}` : undefined;
  return (
    <form action={action} className="form stack" key={edit.key} noValidate aria-busy={pending} data-testid="agreement-form">
      <EditFormHead id={id} edit={edit} what="agreement" />
      <Fieldset legend="The agreement">
        <TextField name="title" label="Title" errors={errors} defaultValue={text(values.title)} required size={60} />
        <SelectField name="kind" label="Kind" errors={errors} defaultValue={text(values.kind)} options={options.kinds} blank="—" required />
        <TextField name="parties" label="Parties" errors={errors} defaultValue={Array.isArray(values.parties) ? values.parties.join(', ') : text(values.parties)} placeholder="KZ, LT" hint="Country codes, comma-separated" />
        <SelectField name="stage" label="Where it stands" errors={errors} defaultValue={text(values.stage)} options={options.stages} blank="—" required />
        <SelectField name="placeId" label="Signed in" errors={errors} defaultValue={text(values.placeId)} options={options.places} blank="— not known —" />
        <SelectField name="relatedEvent" label="Signed at or prepared by" errors={errors} defaultValue={related} options={options.events} blank="— none —" />
        <StatusField values={values} errors={errors} />
        <TextAreaField name="summary" label="Summary (in your own words)" errors={errors} defaultValue={text(values.summary)} />
        <NotesField values={values} errors={errors} />
      </Fieldset>
      <RepeatingField
        name="steps"
        legend="Steps"
        hint="Each stage reached, with its date as precise as the source gives it. At least one."
        initial={values.steps ?? []}
        columns={[
          { key: 'stage', label: 'Stage', options: options.stages },
          { key: 'date.start', label: 'Date', size: 12, placeholder: '2024-05' },
          { key: 'date.qualifier', label: 'Known how', options: DATE_QUALIFIERS },
          { key: 'date.note', label: 'Note on the date', size: 30 },
        ]}
        errors={errors}
        addLabel="Add a step"
      />
      <CitationsField initial={values.citations ?? []} sources={options.sources} errors={errors} />
      <SaveButton pending={pending} label={id ? 'Save changes' : 'Create the agreement'} />
    </form>
  );
}
