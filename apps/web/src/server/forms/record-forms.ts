import { moneyFromFigure, pairOf, parsePair, type RecordKind, type RecordOf, type Scale } from '@bilat/domain';
import { figureOf } from '~/lib/money-figure';
import { pairHref, recordHref } from '~/lib/links';
import { listOf, numberOf } from './form-data';

/*
 * What each edit form shows of its record, read back from the submitted values. A save
 * starts from the stored record and puts these fields on top (`applyForm`), so a field
 * the form does not show (a meeting's links, identifiers from an import, a field added to
 * the schema later) is kept as it is. Every field a form shows is listed, blank ones as
 * undefined, so that clearing a field clears it. Pure: the save action and its tests use
 * the same descriptions.
 */

type Values = Record<string, unknown>;

export interface RecordForm<K extends RecordKind> {
  kind: K;
  /** The record's name in messages: "This meeting no longer exists." */
  what: string;
  /** The fields the form shows, from its values; problems found reading them, by field. */
  fields(values: Values, existing: RecordOf<K> | undefined): { fields: Values; errors?: Record<string, string[]> };
  /** The form's values for a record, as its edit page fills it in. */
  formValues(record: RecordOf<K>): Values;
  /** Where the editor goes once it is saved. */
  savedHref(saved: RecordOf<K>): string;
}

/** The record a save writes: the stored one (if any) with the form's fields on top. */
export function applyForm<T extends object>(existing: T | undefined, fields: Values): Values {
  return { ...(existing ?? {}), ...fields };
}

const asRecord = (record: object): Values => record as Values;
const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

/** A figure's page once saved: its pair's dossier at the figure's section, or the changes list when the codes make no pair. */
function savedFigureHref(a: unknown, b: unknown, section: 'trade' | 'investment'): string {
  try {
    if (typeof a === 'string' && typeof b === 'string') return `${pairHref(pairOf(a.toUpperCase(), b.toUpperCase()))}#${section}`;
  } catch {
    // Not a pair (one code twice, or an unknown code): the changes list shows the save.
  }
  return '/changes';
}

/** The fields every fact record has and every form but the holding's shows: its review status, notes and citations. */
function review(values: Values): Values {
  return { status: values.status, notes: values.notes, citations: values.citations ?? [] };
}

/** A trade or investment figure's form shows its money as the source wrote it. */
const figureFormValues = (record: { value: Parameters<typeof figureOf>[0] }): Values => ({ ...asRecord(record), value: figureOf(record.value) });

/** Money from the figure as a source writes it ("92.9" million USD); the decimals given fix its precision. */
function money(values: Values): { value?: unknown; errors?: Record<string, string[]> } {
  const value = values.value as { figure?: string; scale?: string; currency?: string } | undefined;
  if (!value?.figure) return { errors: { 'value.figure': ['Give the figure as the source states it, e.g. 92.9'] } };
  try {
    return { value: moneyFromFigure(value.figure, (value.scale ?? 'million') as Scale, (value.currency ?? 'USD').toUpperCase()) };
  } catch (error) {
    return { errors: { 'value.figure': [(error as Error).message] } };
  }
}

export const MEETING_FORM: RecordForm<'meeting'> = {
  kind: 'meeting',
  what: 'meeting',
  fields(values) {
    const date = values.date as Values | undefined;
    let pair = values.pair as string | undefined;
    try {
      if (pair) pair = parsePair(pair).pair;
    } catch {
      // Left as typed: the schema names the problem beside the field.
    }
    return {
      fields: {
        title: values.title,
        kind: values.kind,
        stage: values.stage,
        pair,
        seriesId: values.seriesId,
        ordinal: numberOf(values.ordinal),
        date: date?.start ? { ...date } : null,
        location: values.location ?? { qualifier: 'unknown' },
        participants: values.participants ?? [],
        topics: listOf(values.topics) ?? [],
        visitId: values.visitId,
        summary: values.summary,
        ...review(values),
      },
    };
  },
  formValues: asRecord,
  savedHref: (saved) => `${recordHref('meeting', saved.id)}?saved=1`,
};

export const PERSON_FORM: RecordForm<'person'> = {
  kind: 'person',
  what: 'person',
  fields: (values) => ({
    fields: {
      name: values.name,
      country: upper(values.country),
      names: values.names ?? [],
      ...review(values),
    },
  }),
  formValues: asRecord,
  savedHref: (saved) => `${recordHref('person', saved.id)}?saved=1`,
};

export const HOLDING_FORM: RecordForm<'holding'> = {
  kind: 'holding',
  what: 'post holding',
  fields: (values, existing) => ({
    fields: {
      // A holding stays with its person; the form names the person only for a new one.
      personId: existing?.personId ?? values.personId,
      postId: values.postId,
      start: values.start,
      end: values.end,
      attestations: values.attestations ?? [],
      // The holding form has no notes field: stored notes stay as they are.
      status: values.status,
      citations: values.citations ?? [],
    },
  }),
  formValues: asRecord,
  savedHref: (saved) => `${recordHref('person', saved.personId)}?saved=1#posts-heading`,
};

/** Steps as the form gives them: a step without a date start has no date at all. */
function steps(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((step: Values) => {
    const date = step.date as Values | undefined;
    return { stage: step.stage, ...(date?.start ? { date } : {}) };
  });
}

export const AGREEMENT_FORM: RecordForm<'agreement'> = {
  kind: 'agreement',
  what: 'agreement',
  fields(values) {
    const related = typeof values.relatedEvent === 'string' ? values.relatedEvent.split(':') : undefined;
    return {
      fields: {
        title: values.title,
        kind: values.kind,
        parties: listOf(values.parties)?.map((code) => code.toUpperCase()) ?? [],
        stage: values.stage,
        steps: steps(values.steps) ?? [],
        placeId: values.placeId,
        relatedEvent: related && related.length === 2 ? { kind: related[0], id: related[1] } : undefined,
        summary: values.summary,
        ...review(values),
      },
    };
  },
  formValues: asRecord,
  savedHref: (saved) => `${recordHref('agreement', saved.id)}?saved=1`,
};

export const TRADE_FORM: RecordForm<'trade'> = {
  kind: 'trade',
  what: 'figure',
  fields(values) {
    const amount = money(values);
    return {
      fields: {
        reporter: upper(values.reporter),
        partner: upper(values.partner),
        period: values.period,
        flow: values.flow,
        value: amount.value,
        changePercent: values.changePercent,
        ...review(values),
      },
      errors: amount.errors,
    };
  },
  formValues: figureFormValues,
  savedHref: (saved) => savedFigureHref(saved.reporter, saved.partner, 'trade'),
};

export const INVESTMENT_FORM: RecordForm<'investment'> = {
  kind: 'investment',
  what: 'figure',
  fields(values) {
    const amount = money(values);
    return {
      fields: {
        from: upper(values.from),
        to: upper(values.to),
        reporter: upper(values.reporter),
        kind: values.kind,
        category: values.category,
        span: values.span,
        cumulative: values.cumulative === 'on' || values.cumulative === 'true',
        value: amount.value,
        ...review(values),
      },
      errors: amount.errors,
    };
  },
  formValues: figureFormValues,
  savedHref: (saved) => savedFigureHref(saved.from, saved.to, 'investment'),
};
