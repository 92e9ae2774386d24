'use client';

import { useActionState } from 'react';
import { saveMeeting } from '~/server/actions/meetings';
import { CitationsField, type CitationValue } from './citations-field';
import { SelectField, TextAreaField, TextField, type Option } from './fields';
import { EditFormHead, Fieldset, NotesField, SaveButton, StatusField, text } from './form-shell';
import { EMPTY_FORM_STATE, type FormState } from './form-state';
import { useEditForm } from './use-edit-form';
import { ParticipantsField, type ParticipantValue } from './participants-field';
import { DATE_QUALIFIERS, LOCATION_QUALIFIERS, MEETING_STAGE_OPTIONS } from './choices';

export interface MeetingFormOptions {
  kinds: Option[];
  people: Option[];
  posts: Option[];
  sources: Option[];
  places: Option[];
  series: Option[];
  visits: Option[];
  sides: Option[];
}

type Values = Record<string, unknown> & {
  date?: Record<string, unknown> | null;
  location?: Record<string, unknown>;
  participants?: ParticipantValue[];
  citations?: CitationValue[];
  topics?: string[] | string;
};


/** Creates or edits a meeting: facts, participants with their posts, and citations. Errors appear beside their fields. */
export function MeetingForm({ id, revision, initial, options }: { id?: string; revision?: number; initial: Values; options: MeetingFormOptions }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveMeeting, EMPTY_FORM_STATE);
  const edit = useEditForm(state, initial, revision);
  const { values } = edit;
  const errors = state.fieldErrors;
  const date = (values.date ?? {}) as Record<string, unknown>;
  const derived = date.derivedFrom as { kind?: string; id?: string } | undefined;
  const location = values.location ?? {};
  const topics = Array.isArray(values.topics) ? values.topics.join(', ') : text(values.topics);
  return (
    <form action={action} className="form stack" key={edit.key} noValidate aria-busy={pending} data-testid="meeting-form">
      <EditFormHead id={id} edit={edit} what="meeting" />
      <Fieldset legend="The meeting">
        <TextField name="title" label="Title" errors={errors} defaultValue={text(values.title)} required size={60} />
        <SelectField name="kind" label="Kind" errors={errors} defaultValue={text(values.kind)} options={options.kinds} blank="—" required />
        <SelectField name="stage" label="Stage" errors={errors} defaultValue={text(values.stage) ?? 'held'} options={MEETING_STAGE_OPTIONS} />
        {id ? (
          <>
            <input type="hidden" name="pair" value={text(values.pair)} />
            <p className="field">
              <span>Pair</span>
              <strong>{text(values.pair)}</strong>
            </p>
          </>
        ) : (
          <TextField name="pair" label="Pair" errors={errors} defaultValue={text(values.pair)} required placeholder="KZ-LT" size={8} hint="Two country codes, e.g. KZ-LT" />
        )}
        <SelectField name="seriesId" label="Series" errors={errors} defaultValue={text(values.seriesId)} options={options.series} blank="— none —" />
        <TextField name="ordinal" label="Number in the series" errors={errors} defaultValue={text(values.ordinal)} inputMode="numeric" size={5} />
        <SelectField name="visitId" label="During the visit" errors={errors} defaultValue={text(values.visitId)} options={options.visits} blank="— none —" />
        <StatusField values={values} errors={errors} />
      </Fieldset>
      <Fieldset legend="When" hint="Only as precise as the source: 2024, 2024-05 or 2024-05-14. Leave the start empty if no source dates it.">
        <TextField name="date.start" label="Start" errors={errors} defaultValue={text(date.start)} placeholder="2024-06-20" size={12} />
        <TextField name="date.end" label="End (for several days)" errors={errors} defaultValue={text(date.end)} size={12} />
        <SelectField name="date.qualifier" label="How the date is known" errors={errors} defaultValue={text(date.qualifier) ?? 'stated'} options={DATE_QUALIFIERS} />
        <TextField name="date.note" label="Note on the date" errors={errors} defaultValue={text(date.note)} size={40} />
        {derived?.kind && derived.id && (
          <>
            <input type="hidden" name="date.derivedFrom.kind" value={derived.kind} />
            <input type="hidden" name="date.derivedFrom.id" value={derived.id} />
          </>
        )}
      </Fieldset>
      <Fieldset legend="Where">
        <TextField name="location.country" label="Country code" errors={errors} defaultValue={text(location.country)} size={4} placeholder="LT" />
        <SelectField name="location.placeId" label="Place" errors={errors} defaultValue={text(location.placeId)} options={options.places} blank="— not known —" />
        <SelectField name="location.qualifier" label="How the place is known" errors={errors} defaultValue={text(location.qualifier) ?? 'stated'} options={LOCATION_QUALIFIERS} />
        <TextField name="location.note" label="Note on the place" errors={errors} defaultValue={text(location.note)} size={40} />
      </Fieldset>
      <ParticipantsField initial={values.participants ?? []} people={options.people} posts={options.posts} sides={options.sides} errors={errors} />
      <Fieldset legend="What it was about">
        <TextField name="topics" label="Topics" errors={errors} defaultValue={topics} hint="Comma-separated kebab-case words, e.g. trade, legal-framework" size={60} />
        <TextAreaField name="summary" label="Summary (in your own words)" errors={errors} defaultValue={text(values.summary)} />
        <NotesField values={values} errors={errors} />
      </Fieldset>
      <CitationsField initial={values.citations ?? []} sources={options.sources} errors={errors} />
      <SaveButton pending={pending} label={id ? 'Save changes' : 'Create the meeting'} />
    </form>
  );
}
