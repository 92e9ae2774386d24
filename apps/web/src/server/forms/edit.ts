import 'server-only';
import { RECORD_ROUTERS } from '@bilat/api';
import { recordSchemas, type RecordKind, type RecordOf } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { redirect } from 'next/navigation';
import type { ConflictRow, FormConflict, FormState } from '~/components/forms/form-state';
import { describeValue, fieldLabel, fieldsOf, reapplyEdit } from '~/lib/record-changes';
import { api } from '~/trpc/server';
import { formToObject } from './form-data';
import { applyForm, type RecordForm } from './record-forms';
import { refusal, validate, writeRefusal } from './save';

type Values = Record<string, unknown>;

/** The procedures an edit form saves through, typed loosely enough to serve every kind. */
interface WriteRouter<K extends RecordKind> {
  get(input: { id: string }): Promise<RecordOf<K>>;
  create(input: Values): Promise<RecordOf<K>>;
  update(input: Values & { expectedRevision?: number }): Promise<RecordOf<K>>;
}

/** What the API's refusal of a stale write carries (the data layer's RevisionConflictError). */
interface StaleWrite {
  name: 'RevisionConflictError';
  base: unknown;
  current: { record: unknown; revision: number; deletedAt: string | null };
  changes: { actor: string; at: string; action: string }[];
}

function staleWriteOf(error: unknown): StaleWrite | undefined {
  const cause = error instanceof TRPCError ? error.cause : undefined;
  return (cause as { name?: string } | undefined)?.name === 'RevisionConflictError' ? (cause as unknown as StaleWrite) : undefined;
}

/** The revision a form was opened on, from its hidden `_revision` field. */
function revisionOf(form: FormData): number | undefined {
  const raw = form.get('_revision');
  return typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** A record as the schema normalises it (defaults filled in), so comparing versions finds only real differences. */
function normalised(kind: RecordKind, record: Values): Values {
  const parsed = recordSchemas[kind].safeParse(record);
  return parsed.success ? (parsed.data as Values) : record;
}

/**
 * The conflict view of a stale save: field by field, the record as the form was opened on
 * it, as it is now, and the editor's own edit; and the current version with that edit
 * re-applied, as the form's values.
 */
function conflictOf<K extends RecordKind>(spec: RecordForm<K>, stale: StaleWrite, fields: Values, from: number): FormConflict {
  const current = stale.current.record as Values;
  const baseKnown = stale.base !== null && stale.base !== undefined;
  // Without the version the form was opened on, the edit is measured against the current one.
  const base = (baseKnown ? stale.base : current) as Values;
  const edited = normalised(spec.kind, applyForm(base, fields));
  const { record, mine, theirs, both } = reapplyEdit(base, current, edited);
  const [then, now, yours] = [fieldsOf(base), fieldsOf(current), fieldsOf(edited)];
  const rows: ConflictRow[] = [...new Set([...theirs, ...mine])].map((field) => ({
    field,
    label: fieldLabel(field),
    then: describeValue(then.get(field)),
    now: describeValue(now.get(field)),
    yours: mine.includes(field) ? describeValue(yours.get(field)) : null,
    changedBy: both.includes(field) ? 'both' : mine.includes(field) ? 'you' : 'them',
  }));
  return {
    from,
    revision: stale.current.revision,
    deleted: stale.current.deletedAt !== null,
    baseKnown,
    changes: stale.changes.map(({ actor, at, action }) => ({ actor, at, action })),
    rows,
    reapplied: spec.formValues(record as RecordOf<K>),
  };
}

/**
 * Saves an edit form through the API (the schema, the consistency rules, the revision
 * log): the stored record with the form's fields on top, sent with the revision the form
 * was opened on. When the record changed since, nothing is saved and the form shows what
 * changed, ready to re-apply the edit onto the current version.
 */
export async function saveRecordForm<K extends RecordKind>(spec: RecordForm<K>, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const revision = revisionOf(form);
  const answer = (state: Omit<FormState, 'version' | 'values' | 'revision'>): FormState => ({ ...state, values, revision, version: Date.now() });
  const refused = await writeRefusal(values);
  if (refused) return { ...refused, revision };
  const caller = await api();
  const router = caller[RECORD_ROUTERS[spec.kind]] as unknown as WriteRouter<K>;
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await router.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return answer({ fieldErrors: {}, formError: `This ${spec.what} no longer exists: it was deleted or merged since the form was opened.` });
  const { fields, errors } = spec.fields(values, existing);
  const draft = applyForm(existing, fields);
  const invalid = validate(spec.kind, draft, values);
  if (invalid || errors) return { ...answer({ fieldErrors: { ...invalid?.fieldErrors, ...errors } }) };
  let saved: RecordOf<K>;
  try {
    saved = existing ? await router.update({ ...draft, expectedRevision: revision }) : await router.create(draft);
  } catch (error) {
    const stale = staleWriteOf(error);
    if (stale && revision !== undefined) {
      return answer({ fieldErrors: {}, formError: `Not saved: this ${spec.what} was changed by someone else since you opened the form.`, conflict: conflictOf(spec, stale, fields, revision) });
    }
    return { ...refusal(error, values), revision };
  }
  redirect(spec.savedHref(saved));
}
