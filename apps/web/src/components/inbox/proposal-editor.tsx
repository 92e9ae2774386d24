'use client';

import { useEffect, useRef, useState } from 'react';
import { humanize } from '~/lib/labels';
import type { ReviewItem } from './review-item';

/*
 * Edit then accept: the proposed record's title and its other plain fields (text, a date's
 * start), prefilled. Only what the reviewer changed is sent as edits; the API validates
 * the record with the domain's schema on accepting, and a refusal is announced with the
 * editor left open.
 */

export type Edits = Record<string, unknown>;

/** Fields the reviewer does not type: identity and the review state. */
const FIXED = new Set(['id', 'status', 'pair', 'citations']);

interface EditableField {
  name: string;
  label: string;
  value: string;
  multiline: boolean;
}

function editableFields(record: Record<string, unknown>): EditableField[] {
  const fields: EditableField[] = [{ name: 'title', label: 'Title', value: typeof record.title === 'string' ? record.title : '', multiline: false }];
  for (const [name, value] of Object.entries(record)) {
    if (FIXED.has(name) || name === 'title') continue;
    if (typeof value === 'string') fields.push({ name, label: humanize(name), value, multiline: value.length > 80 });
  }
  const date = record.date as { start?: unknown } | null | undefined;
  if (date && typeof date.start === 'string') fields.push({ name: 'date.start', label: 'Date', value: date.start, multiline: false });
  return fields;
}

/** The changed fields as a partial record (`date.start` back inside the record's date). */
function editsFrom(record: Record<string, unknown>, fields: EditableField[], values: Record<string, string>): Edits {
  const edits: Edits = {};
  for (const field of fields) {
    const value = values[field.name]?.trim() ?? '';
    if (value === field.value) continue;
    if (field.name === 'date.start') edits.date = { ...(record.date as object), start: value };
    else edits[field.name] = value;
  }
  return edits;
}

export function ProposalEditor({ proposal, pending, onAccept, onCancel }: { proposal: ReviewItem; pending: boolean; onAccept: (edits: Edits) => void; onCancel: () => void }) {
  const fields = editableFields(proposal.record);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.name, field.value])));
  const first = useRef<HTMLInputElement>(null);
  const prefix = `edit-${proposal.id}`;

  // Opening the editor puts the cursor in the title, ready to type.
  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);

  return (
    <form
      className="stack fact-editor"
      aria-label={`Edit ${proposal.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        onAccept(editsFrom(proposal.record, fields, values));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {fields.map((field, index) => (
        <div className="field" key={field.name}>
          <label htmlFor={`${prefix}-${field.name}`}>{field.label}</label>
          {field.multiline ? (
            <textarea id={`${prefix}-${field.name}`} rows={3} value={values[field.name] ?? ''} onChange={(event) => setValues({ ...values, [field.name]: event.target.value })} />
          ) : (
            <input
              id={`${prefix}-${field.name}`}
              ref={index === 0 ? first : undefined}
              value={values[field.name] ?? ''}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
            />
          )}
        </div>
      ))}
      <p className="row">
        <button type="submit" disabled={pending}>
          Save edits and accept
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
