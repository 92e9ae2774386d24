import { parsePair } from '@bilat/domain';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InvestmentForm, TradeForm } from '~/components/forms/figure-forms';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { sourceOptions } from '~/server/forms/options';
import { param } from '~/server/pair';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New figure', robots: { index: false } };

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewFigurePage({ params, searchParams }: Props) {
  const { kind } = await params;
  if (kind !== 'trade' && kind !== 'investment') notFound();
  const raw = param(await searchParams, 'pair');
  if (!(await canWrite())) return <SignInPrompt next={`/figures/${kind}/new`} />;
  let parties: string[] = [];
  try {
    parties = raw ? parsePair(raw).parties : [];
  } catch {
    parties = [];
  }
  const sources = await sourceOptions(await api());
  return (
    <div className="stack">
      <h1>{kind === 'trade' ? 'New trade figure' : 'New investment figure'}</h1>
      {kind === 'trade' ? (
        <TradeForm initial={{ status: 'verified', reporter: parties[0], partner: parties[1] }} sources={sources} />
      ) : (
        <InvestmentForm initial={{ status: 'verified', category: 'direct', from: parties[1], to: parties[0] }} sources={sources} />
      )}
    </div>
  );
}
