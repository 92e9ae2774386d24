import type { Metadata } from 'next';
import { HoldingForm } from '~/components/forms/holding-form';
import { recordHref } from '~/lib/links';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { postOptions, sourceOptions } from '~/server/forms/options';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a post held', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function NewHoldingPage({ params }: Props) {
  const { record } = await recordDetail('person', (await params).id);
  const href = recordHref('person', record.id);
  if (!(await canWrite())) return <SignInPrompt next={`${href}/holdings/new`} />;
  const caller = await api();
  const [posts, sources] = await Promise.all([postOptions(caller), sourceOptions(caller)]);
  return (
    <div className="stack">
      <p className="no-print">
        <a href={`${href}/edit`}>← Edit {record.name}</a>
      </p>
      <h1>A post held by {record.name}</h1>
      <HoldingForm personId={record.id} initial={{ status: 'verified' }} posts={posts} sources={sources} legend="The post" />
    </div>
  );
}
