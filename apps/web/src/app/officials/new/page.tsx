import type { Metadata } from 'next';
import { PersonForm } from '~/components/forms/person-form';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { sourceOptions } from '~/server/forms/options';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New person', robots: { index: false } };

export default async function NewPersonPage() {
  if (!(await canWrite())) return <SignInPrompt next="/officials/new" />;
  const sources = await sourceOptions(await api());
  return (
    <div className="stack">
      <h1>New person</h1>
      <p className="muted">After saving, add the posts the person held from their page.</p>
      <PersonForm initial={{ status: 'verified' }} sources={sources} />
    </div>
  );
}
