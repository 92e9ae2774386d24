import { parsePair } from '@bilat/domain';
import type { Metadata } from 'next';
import { AgreementForm } from '~/components/forms/agreement-form';
import { agreementOptions } from '~/server/forms/agreement-options';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { param } from '~/server/pair';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New agreement', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAgreementPage({ searchParams }: Props) {
  const raw = param(await searchParams, 'pair');
  if (!(await canWrite())) return <SignInPrompt next="/agreements/new" />;
  let parties: string[] = [];
  try {
    parties = raw ? parsePair(raw).parties : [];
  } catch {
    parties = [];
  }
  return (
    <div className="stack">
      <h1>New agreement</h1>
      <AgreementForm initial={{ status: 'verified', parties, steps: [] }} options={await agreementOptions(parties)} />
    </div>
  );
}
