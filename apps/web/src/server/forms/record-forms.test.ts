import { meetingSchema, recordSchemas } from '@bilat/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KeptFields } from '~/components/forms/kept-fields';
import { formToObject } from './form-data';
import { AGREEMENT_FORM, applyForm, HOLDING_FORM, MEETING_FORM, TRADE_FORM } from './record-forms';

/*
 * A save starts from the stored record and puts the form's fields on top: what the form
 * does not show survives an edit made on the web, including a field the schema gains
 * after the form was written (here added to a fixture copy of the meeting schema).
 */

/** The meeting schema with a field no form knows of. */
const fixtureMeetingSchema = meetingSchema.extend({ protocolNumber: z.string().min(1).optional() });

const stored = fixtureMeetingSchema.parse({
  id: 'kz-lt-political-consultations-10',
  status: 'verified',
  citations: [{ sourceId: 'kazinform-2024-06-20-kz-lt-consultations', locator: 'p1', note: 'The round and its number.' }],
  title: '10th round of Kazakhstan–Lithuania political consultations',
  kind: 'political-consultations',
  pair: 'KZ-LT',
  seriesId: 'kz-lt-political-consultations',
  ordinal: 10,
  date: { start: '2024-06-20', qualifier: 'reported', note: 'Only the report date is known.' },
  location: { country: 'LT', qualifier: 'inferred' },
  participants: [
    { personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-minister-of-foreign-affairs' },
    { personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-minister-of-foreign-affairs' },
  ],
  topics: ['trade', 'transport'],
  links: [{ relation: 'follows-up', target: { kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' } }],
  protocolNumber: 'KZ-LT/PC/10',
});

/**
 * The form as a browser submits the meeting edit form filled in from the stored record:
 * its fields by name (`date.start`, `participants.0.personId`, topics comma-separated),
 * only what the form shows, and the hidden id and revision.
 */
function submittedMeetingForm(edit: (fields: Map<string, string>) => void): FormData {
  const fields = new Map<string, string>([
    ['_id', stored.id],
    ['_revision', '42'],
    ['title', stored.title],
    ['kind', stored.kind],
    ['stage', stored.stage],
    ['pair', stored.pair],
    ['seriesId', stored.seriesId ?? ''],
    ['ordinal', String(stored.ordinal ?? '')],
    ['visitId', ''],
    ['status', stored.status],
    ['date.start', stored.date!.start],
    ['date.end', ''],
    ['date.qualifier', stored.date!.qualifier],
    ['date.note', stored.date!.note ?? ''],
    ['location.country', stored.location.country ?? ''],
    ['location.placeId', ''],
    ['location.qualifier', stored.location.qualifier],
    ['location.note', ''],
    ['topics', stored.topics.join(', ')],
    ['summary', ''],
    ['notes', ''],
  ]);
  stored.participants.forEach((participant, index) => {
    for (const [key, value] of Object.entries(participant)) fields.set(`participants.${index}.${key}`, value);
  });
  stored.citations.forEach((citation, index) => {
    for (const [key, value] of Object.entries(citation)) fields.set(`citations.${index}.${key}`, value);
  });
  edit(fields);
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** What the save action writes for a submitted form: the stored record with the form's fields on top. */
function saved(form: FormData) {
  const { fields, errors } = MEETING_FORM.fields(formToObject(form), stored);
  expect(errors).toBeUndefined();
  return fixtureMeetingSchema.parse(applyForm(stored, fields));
}

describe('a web edit of a meeting', () => {
  it('keeps a field the schema gained that no form shows, beside the edit', () => {
    const written = saved(submittedMeetingForm((fields) => fields.set('title', '10th round of political consultations (Vilnius)')));
    expect(written.protocolNumber).toBe('KZ-LT/PC/10');
    expect(written.title).toBe('10th round of political consultations (Vilnius)');
    // Everything else as stored: the links the form does not show too.
    expect({ ...written, title: stored.title }).toEqual(stored);
  });

  it('clears a field the editor emptied and keeps the rest', () => {
    const written = saved(submittedMeetingForm((fields) => fields.set('date.note', '')));
    expect(written.date).toEqual({ start: '2024-06-20', qualifier: 'reported' });
    expect(written.protocolNumber).toBe('KZ-LT/PC/10');
    expect(written.links).toEqual(stored.links);
  });

  it('would lose the field if the form rebuilt the record from its own fields alone', () => {
    // The behaviour this replaces: a record made of the form's fields only.
    const { fields } = MEETING_FORM.fields(formToObject(submittedMeetingForm(() => {})), stored);
    expect(fixtureMeetingSchema.parse({ id: stored.id, ...fields })).not.toHaveProperty('protocolNumber');
  });
});

describe('what each form leaves alone', () => {
  it('lists only fields its form shows: a trade figure keeps its valuation and compiler, a holding its notes', () => {
    expect(Object.keys(TRADE_FORM.fields({ value: { figure: '1' } }, undefined).fields)).not.toContain('valuation');
    expect(Object.keys(TRADE_FORM.fields({ value: { figure: '1' } }, undefined).fields)).not.toContain('compiler');
    expect(Object.keys(HOLDING_FORM.fields({}, undefined).fields)).not.toContain('notes');
    const holding = recordSchemas.holding.parse({
      id: 'h',
      status: 'verified',
      citations: [{ sourceId: 's' }],
      personId: 'p',
      postId: 'post',
      notes: 'From the ministry page',
      identifiers: [{ scheme: 'wikidata', value: 'Q1' }],
    });
    const written = applyForm(holding, HOLDING_FORM.fields({ postId: 'post', status: 'verified', citations: [{ sourceId: 's' }] }, holding).fields);
    expect(recordSchemas.holding.parse(written)).toMatchObject({ notes: 'From the ministry page', identifiers: [{ scheme: 'wikidata', value: 'Q1' }] });
  });

  it('a row keeps, as hidden fields, what its columns do not show (a step date’s end)', () => {
    const step = { stage: 'signed', date: { start: '2024-05', end: '2024-06', qualifier: 'stated', derivedFrom: { kind: 'meeting', id: 'm-1' } } };
    const html = renderToStaticMarkup(createElement(KeptFields, { name: 'steps.0', value: step, shown: ['stage', 'date.start', 'date.qualifier', 'date.note'] }));
    expect(html).toBe(
      '<input type="hidden" name="steps.0.date.end" value="2024-06"/><input type="hidden" name="steps.0.date.derivedFrom.kind" value="meeting"/><input type="hidden" name="steps.0.date.derivedFrom.id" value="m-1"/>',
    );
    // Read back with the shown fields, the step is whole again.
    const form = new FormData();
    for (const [name, value] of [['steps.0.stage', 'signed'], ['steps.0.date.start', '2024-05'], ['steps.0.date.qualifier', 'stated'], ['steps.0.date.end', '2024-06'], ['steps.0.date.derivedFrom.kind', 'meeting'], ['steps.0.date.derivedFrom.id', 'm-1']]) form.append(name!, value!);
    expect(AGREEMENT_FORM.fields(formToObject(form), undefined).fields.steps).toEqual([step]);
  });
});
