import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HoldingForm } from '~/components/forms/holding-form';
import { recordHref } from '~/lib/links';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { postOptions, sourceOptions } from '~/server/forms/options';
import { orNotFound, recordDetail } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit a post held', robots: { index: false } };

type Props = { params: Promise<{ id: string; holdingId: string }> };

export default async function EditHoldingPage({ params }: Props) {
  const { id, holdingId } = await params;
  const { record } = await recordDetail('person', id);
  const href = recordHref('person', record.id);
  if (!(await canWrite())) return <SignInPrompt next={`${href}/holdings/${holdingId}`} />;
  const caller = await api();
  const { record: holding, revision } = await orNotFound(() => caller.holdings.detail({ id: decodeURIComponent(holdingId) }));
  if (holding.personId !== record.id) notFound();
  const [posts, sources] = await Promise.all([postOptions(caller), sourceOptions(caller)]);
  return (
    <div className="stack">
      <p className="no-print">
        <a href={`${href}/edit`}>← Edit {record.name}</a>
      </p>
      <h1>A post held by {record.name}</h1>
      <HoldingForm id={holding.id} revision={revision} personId={record.id} initial={holding as unknown as Record<string, unknown>} posts={posts} sources={sources} legend="The post" />
    </div>
  );
}
