'use client';

import { useActionState } from 'react';
import { saveHolding } from '~/server/actions/people';
import { CitationsField, type CitationValue } from './citations-field';
import { SelectField, TextField, type Option } from './fields';
import { EditFormHead, Fieldset, SaveButton, StatusField, text } from './form-shell';
import { EMPTY_FORM_STATE, type FormState } from './form-state';
import { useEditForm } from './use-edit-form';
import { RepeatingField } from './repeating-field';

type Values = Record<string, unknown> & { attestations?: unknown[]; citations?: CitationValue[] };

/** A post held by a person: dates only when a source gives them, and attestations ("held on this day per this report"). */
export function HoldingForm({ id, revision, personId, initial, posts, sources, legend }: { id?: string; revision?: number; personId: string; initial: Values; posts: Option[]; sources: Option[]; legend: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveHolding, EMPTY_FORM_STATE);
  const edit = useEditForm(state, initial, revision);
  const { values } = edit;
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form stack" key={edit.key} noValidate aria-busy={pending} aria-label={legend}>
      <input type="hidden" name="personId" value={personId} />
      <EditFormHead id={id} edit={edit} what="post holding" />
      <Fieldset legend={legend} hint="Never invent a start: leave dates empty unless a source gives them, and attest the days a source shows the post held.">
        <SelectField name="postId" label="Post" errors={errors} defaultValue={text(values.postId)} options={posts} blank="— choose a post —" required />
        <TextField name="start" label="Start" errors={errors} defaultValue={text(values.start)} placeholder="2019-09" size={12} />
        <TextField name="end" label="End" errors={errors} defaultValue={text(values.end)} size={12} />
        <StatusField values={values} errors={errors} />
      </Fieldset>
      <RepeatingField
        name="attestations"
        legend="Attestations"
        initial={values.attestations ?? []}
        columns={[
          { key: 'on', label: 'Held on', size: 12, placeholder: '2024-06-20' },
          { key: 'sourceId', label: 'Per source', options: sources },
          { key: 'locator', label: 'Passage', size: 8, placeholder: 'p2' },
          { key: 'titleAsReported', label: 'Title as the source gives it', size: 30 },
        ]}
        errors={errors}
        addLabel="Add an attestation"
      />
      <CitationsField initial={values.citations ?? []} sources={sources} errors={errors} />
      <SaveButton pending={pending} label={id ? 'Save the post' : 'Add the post'} />
    </form>
  );
}
