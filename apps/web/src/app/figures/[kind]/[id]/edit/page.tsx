import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InvestmentForm, TradeForm } from '~/components/forms/figure-forms';
import { figureOf } from '~/lib/money-figure';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { sourceOptions } from '~/server/forms/options';
import { orNotFound } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit a figure', robots: { index: false } };

type Props = { params: Promise<{ kind: string; id: string }> };

export default async function EditFigurePage({ params }: Props) {
  const { kind, id } = await params;
  if (kind !== 'trade' && kind !== 'investment') notFound();
  const caller = await api();
  const figure: { id: string; value: { amount: string; currency: string; precision?: string } } = await orNotFound<{ id: string; value: { amount: string; currency: string; precision?: string } }>(() =>
    kind === 'trade' ? caller.trade.get({ id: decodeURIComponent(id) }) : caller.investment.get({ id: decodeURIComponent(id) }),
  );
  if (!(await canWrite())) return <SignInPrompt next={`/figures/${kind}/${figure.id}/edit`} />;
  const sources = await sourceOptions(caller);
  const initial = { ...(figure as unknown as Record<string, unknown>), value: figureOf(figure.value) };
  return (
    <div className="stack">
      <h1>{kind === 'trade' ? 'Edit trade figure' : 'Edit investment figure'}</h1>
      {kind === 'trade' ? <TradeForm id={figure.id} initial={initial} sources={sources} /> : <InvestmentForm id={figure.id} initial={initial} sources={sources} />}
    </div>
  );
}
