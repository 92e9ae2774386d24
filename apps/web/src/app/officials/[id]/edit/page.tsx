import { formatPartialDate } from '@bilat/domain';
import type { Metadata } from 'next';
import { PersonForm } from '~/components/forms/person-form';
import { recordHref } from '~/lib/links';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { sourceOptions } from '~/server/forms/options';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('person', (await params).id);
  return { title: `Edit: ${record.name}`, robots: { index: false } };
}

export default async function EditPersonPage({ params }: Props) {
  const { record, revision } = await recordDetail('person', (await params).id);
  const href = recordHref('person', record.id);
  if (!(await canWrite())) return <SignInPrompt next={`${href}/edit`} />;
  const caller = await api();
  const [sources, holdings] = await Promise.all([sourceOptions(caller), caller.holdings.list({ person: record.id, limit: 200 })]);
  const posts = await Promise.all(holdings.items.map((holding) => caller.posts.get({ id: holding.postId }).catch(() => undefined)));
  return (
    <div className="stack">
      <p className="no-print">
        <a href={href}>← {record.name}</a>
      </p>
      <h1>Edit {record.name}</h1>
      <PersonForm id={record.id} revision={revision} initial={record as unknown as Record<string, unknown>} sources={sources} />
      <section aria-labelledby="holdings-heading">
        <h2 id="holdings-heading">Posts held</h2>
        {holdings.items.length === 0 ? (
          <p className="empty">No post is recorded for {record.name} yet.</p>
        ) : (
          <ul>
            {holdings.items.map((holding, index) => (
              <li key={holding.id}>
                <a href={`${href}/holdings/${holding.id}`}>{posts[index]?.title ?? holding.postId}</a>
                <span className="muted">
                  {' '}
                  {holding.start ? `from ${formatPartialDate(holding.start)}` : 'start not known'}
                  {holding.end ? ` to ${formatPartialDate(holding.end)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a className="button secondary" href={`${href}/holdings/new`}>
            Add a post held
          </a>
        </p>
      </section>
    </div>
  );
}
