import type { Metadata } from 'next';
import { AgreementForm } from '~/components/forms/agreement-form';
import { recordHref } from '~/lib/links';
import { agreementOptions } from '~/server/forms/agreement-options';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { recordDetail } from '~/server/records';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('agreement', (await params).id);
  return { title: `Edit: ${record.title}`, robots: { index: false } };
}

export default async function EditAgreementPage({ params }: Props) {
  const { record, revision } = await recordDetail('agreement', (await params).id);
  const href = recordHref('agreement', record.id);
  if (!(await canWrite())) return <SignInPrompt next={`${href}/edit`} />;
  return (
    <div className="stack">
      <p className="no-print">
        <a href={href}>← {record.title}</a>
      </p>
      <h1>Edit agreement</h1>
      <AgreementForm id={record.id} revision={revision} initial={record as unknown as Record<string, unknown>} options={await agreementOptions(record.parties)} />
    </div>
  );
}
