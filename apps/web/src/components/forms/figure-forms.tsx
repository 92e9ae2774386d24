'use client';

import { useActionState } from 'react';
import { saveInvestment, saveTrade } from '~/server/actions/figures';
import { SCALES } from './choices';
import { CitationsField, type CitationValue } from './citations-field';
import { SelectField, TextField, type Errors, type Option } from './fields';
import { EditFormHead, Fieldset, NotesField, SaveButton, StatusField, text } from './form-shell';
import { EMPTY_FORM_STATE, type FormState } from './form-state';
import { useEditForm } from './use-edit-form';

type Values = Record<string, unknown> & { citations?: CitationValue[]; value?: { figure?: string; scale?: string; currency?: string } };
const at = (values: Values, key: string) => text((values[key] as Record<string, unknown> | undefined)?.start);
const end = (values: Values, key: string) => text((values[key] as Record<string, unknown> | undefined)?.end);

function MoneyFields({ values, errors }: { values: Values; errors: Errors }) {
  return (
    <>
      <TextField name="value.figure" label="Figure as the source states it" errors={errors} defaultValue={values.value?.figure} inputMode="decimal" placeholder="92.9" size={10} required hint="Its decimals fix the precision: 92.9 million is known to 0.1 million." />
      <SelectField name="value.scale" label="Scale" errors={errors} defaultValue={values.value?.scale ?? 'million'} options={SCALES} />
      <TextField name="value.currency" label="Currency" errors={errors} defaultValue={values.value?.currency ?? 'USD'} size={4} />
    </>
  );
}

/** One trade figure: a flow in a period, as one side reports it. */
export function TradeForm({ id, revision, initial, sources }: { id?: string; revision?: number; initial: Values; sources: Option[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveTrade, EMPTY_FORM_STATE);
  const edit = useEditForm(state, initial, revision);
  const { values } = edit;
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form stack" key={edit.key} noValidate aria-busy={pending} data-testid="trade-form">
      <EditFormHead id={id} edit={edit} what="figure" />
      <Fieldset legend="The figure" hint="The reporter is the side whose statistics give the figure: Kazakhstan's exports are Lithuania's imports, and the two differ.">
        <TextField name="reporter" label="Reported by" errors={errors} defaultValue={text(values.reporter)} size={4} placeholder="KZ" required />
        <TextField name="partner" label="Partner" errors={errors} defaultValue={text(values.partner)} size={4} placeholder="LT" required />
        <SelectField name="flow" label="Flow" errors={errors} defaultValue={text(values.flow)} options={[{ value: 'export', label: "Reporter's exports" }, { value: 'import', label: "Reporter's imports" }, { value: 'turnover', label: 'Turnover (both ways)' }]} blank="—" required />
        <TextField name="period.start" label="Period" errors={errors} defaultValue={at(values, 'period')} placeholder="2023" size={10} required />
        <TextField name="period.end" label="Period end (for a run of months)" errors={errors} defaultValue={end(values, 'period')} size={10} />
        <MoneyFields values={values} errors={errors} />
        <TextField name="changePercent" label="Change on the previous period, %" errors={errors} defaultValue={text(values.changePercent)} size={6} />
        <StatusField values={values} errors={errors} />
        <NotesField values={values} errors={errors} />
      </Fieldset>
      <CitationsField initial={values.citations ?? []} sources={sources} errors={errors} />
      <SaveButton pending={pending} label={id ? 'Save changes' : 'Add the figure'} />
    </form>
  );
}

/** One investment figure over a span: cumulative or a single period's flow. */
export function InvestmentForm({ id, revision, initial, sources }: { id?: string; revision?: number; initial: Values; sources: Option[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveInvestment, EMPTY_FORM_STATE);
  const edit = useEditForm(state, initial, revision);
  const { values } = edit;
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form stack" key={edit.key} noValidate aria-busy={pending} data-testid="investment-form">
      <EditFormHead id={id} edit={edit} what="figure" />
      <Fieldset legend="The figure">
        <TextField name="from" label="From" errors={errors} defaultValue={text(values.from)} size={4} placeholder="LT" required />
        <TextField name="to" label="To" errors={errors} defaultValue={text(values.to)} size={4} placeholder="KZ" required />
        <TextField name="reporter" label="Reported by" errors={errors} defaultValue={text(values.reporter)} size={4} />
        <SelectField name="kind" label="Kind" errors={errors} defaultValue={text(values.kind)} options={['gross-inflow', 'net-inflow', 'outflow', 'stock'].map((k) => ({ value: k, label: k.replace('-', ' ') }))} blank="—" required />
        <SelectField name="category" label="Category" errors={errors} defaultValue={text(values.category) ?? 'direct'} options={['direct', 'portfolio', 'other', 'total'].map((k) => ({ value: k, label: k }))} />
        <TextField name="span.start" label="Span start" errors={errors} defaultValue={at(values, 'span')} placeholder="2005" size={10} required />
        <TextField name="span.end" label="Span end" errors={errors} defaultValue={end(values, 'span')} placeholder="2023-09" size={10} />
        <label className="field">
          <span>Cumulative over the span</span>
          <input type="checkbox" name="cumulative" defaultChecked={values.cumulative === true || values.cumulative === 'on'} />
        </label>
        <MoneyFields values={values} errors={errors} />
        <StatusField values={values} errors={errors} />
        <NotesField values={values} errors={errors} />
      </Fieldset>
      <CitationsField initial={values.citations ?? []} sources={sources} errors={errors} />
      <SaveButton pending={pending} label={id ? 'Save changes' : 'Add the figure'} />
    </form>
  );
}
