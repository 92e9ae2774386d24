import type { Metadata } from 'next';
import { ExtractReview } from '~/components/extract/extract-review';
import { pageMetadata } from '~/lib/metadata';
import { canWrite } from '~/server/forms/guard';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({
  title: 'Draft records from a report',
  description: 'Paste a press release, review the records bilat drafts from it — each fact pointing at its words — and save them.',
  path: '/extract',
});

export default async function ExtractPage() {
  return (
    <div className="stack">
      <h1>Draft records from a report</h1>
      <p className="lead">
        Paste a press release or upload a saved page. bilat drafts the meetings, visits, people and posts, agreements and figures it states, each pointing at the
        words it was read from, matches the people it names with those already held, and shows where the report disagrees with what is held. Review, edit or drop
        each fact, then save: the text is kept as the source, and every citation points at its characters.
      </p>
      <ExtractReview canWrite={await canWrite()} />
    </div>
  );
}
