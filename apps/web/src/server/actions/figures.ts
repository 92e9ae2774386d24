'use server';

import { moneyFromFigure, pairOf, type InvestmentFlow, type Scale, type TradeFlow } from '@bilat/domain';
import { redirect } from 'next/navigation';
import type { FormState } from '~/components/forms/form-state';
import { pairHref } from '~/lib/links';
import { api } from '~/trpc/server';
import { formToObject } from '../forms/form-data';
import { refusal, validate, writeRefusal } from '../forms/save';

type Values = Record<string, unknown>;

/** Money from the figure as a source writes it ("92.9" million USD); the decimals given fix its precision. */
function money(values: Values): { value?: unknown; error?: Record<string, string[]> } {
  const value = values.value as { figure?: string; scale?: string; currency?: string } | undefined;
  if (!value?.figure) return { error: { 'value.figure': ['Give the figure as the source states it, e.g. 92.9'] } };
  try {
    return { value: moneyFromFigure(value.figure, (value.scale ?? 'million') as Scale, (value.currency ?? 'USD').toUpperCase()) };
  } catch (error) {
    return { error: { 'value.figure': [(error as Error).message] } };
  }
}

const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

function pairFor(a: unknown, b: unknown): string | undefined {
  try {
    return typeof a === 'string' && typeof b === 'string' ? pairOf(a.toUpperCase(), b.toUpperCase()) : undefined;
  } catch {
    return undefined;
  }
}

/** Creates or updates a trade figure (one flow, one period, as one side reports it). */
export async function saveTrade(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const refused = await writeRefusal(values);
  if (refused) return refused;
  const caller = await api();
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await caller.trade.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return { fieldErrors: {}, formError: 'This figure no longer exists.', values, version: Date.now() };
  const amount = money(values);
  const draft = {
    ...(existing ? { id: existing.id, classification: existing.classification } : {}),
    reporter: upper(values.reporter),
    partner: upper(values.partner),
    period: values.period,
    flow: values.flow,
    value: amount.value,
    changePercent: values.changePercent,
    valuation: values.valuation,
    compiler: values.compiler,
    status: values.status,
    notes: values.notes,
    citations: values.citations ?? [],
  };
  const invalid = validate('trade', draft, values);
  if (invalid || amount.error) return { ...(invalid ?? { values, version: Date.now() }), fieldErrors: { ...invalid?.fieldErrors, ...amount.error } };
  let saved: TradeFlow;
  try {
    saved = existing ? await caller.trade.update(draft as TradeFlow) : await caller.trade.create(draft as TradeFlow);
  } catch (error) {
    return refusal(error, values);
  }
  const pair = pairFor(saved.reporter, saved.partner);
  redirect(pair ? `${pairHref(pair)}#trade` : '/changes');
}

/** Creates or updates an investment figure over a span (cumulative or a year's flow). */
export async function saveInvestment(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const refused = await writeRefusal(values);
  if (refused) return refused;
  const caller = await api();
  const id = form.get('_id');
  const existing = typeof id === 'string' && id ? await caller.investment.get({ id }).catch(() => undefined) : undefined;
  if (id && !existing) return { fieldErrors: {}, formError: 'This figure no longer exists.', values, version: Date.now() };
  const amount = money(values);
  const draft = {
    ...(existing ? { id: existing.id } : {}),
    from: upper(values.from),
    to: upper(values.to),
    reporter: upper(values.reporter),
    kind: values.kind,
    category: values.category,
    span: values.span,
    cumulative: values.cumulative === 'on' || values.cumulative === 'true',
    value: amount.value,
    status: values.status,
    notes: values.notes,
    citations: values.citations ?? [],
  };
  const invalid = validate('investment', draft, values);
  if (invalid || amount.error) return { ...(invalid ?? { values, version: Date.now() }), fieldErrors: { ...invalid?.fieldErrors, ...amount.error } };
  let saved: InvestmentFlow;
  try {
    saved = existing ? await caller.investment.update(draft as InvestmentFlow) : await caller.investment.create(draft as InvestmentFlow);
  } catch (error) {
    return refusal(error, values);
  }
  const pair = pairFor(saved.from, saved.to);
  redirect(pair ? `${pairHref(pair)}#investment` : '/changes');
}
