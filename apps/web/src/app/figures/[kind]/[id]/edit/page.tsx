import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InvestmentForm, TradeForm } from '~/components/forms/figure-forms';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { sourceOptions } from '~/server/forms/options';
import { INVESTMENT_FORM, TRADE_FORM } from '~/server/forms/record-forms';
import { orNotFound } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit a figure', robots: { index: false } };

type Props = { params: Promise<{ kind: string; id: string }> };

export default async function EditFigurePage({ params }: Props) {
  const { kind, id } = await params;
  if (kind !== 'trade' && kind !== 'investment') notFound();
  const caller = await api();
  const figureId = decodeURIComponent(id);
  const stored = await orNotFound(async () =>
    kind === 'trade'
      ? { ...(await caller.trade.detail({ id: figureId })), form: TRADE_FORM }
      : { ...(await caller.investment.detail({ id: figureId })), form: INVESTMENT_FORM },
  );
  if (!(await canWrite())) return <SignInPrompt next={`/figures/${kind}/${stored.record.id}/edit`} />;
  const sources = await sourceOptions(caller);
  const initial = stored.form.formValues(stored.record as never);
  return (
    <div className="stack">
      <h1>{kind === 'trade' ? 'Edit trade figure' : 'Edit investment figure'}</h1>
      {kind === 'trade' ? (
        <TradeForm id={stored.record.id} revision={stored.revision} initial={initial} sources={sources} />
      ) : (
        <InvestmentForm id={stored.record.id} revision={stored.revision} initial={initial} sources={sources} />
      )}
    </div>
  );
}
