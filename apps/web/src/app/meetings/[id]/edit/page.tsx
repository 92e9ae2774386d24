import { MEETING_KINDS } from '@bilat/domain';
import type { Metadata } from 'next';
import { MeetingForm } from '~/components/forms/meeting-form';
import { humanize } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { pairEventOptions, peopleOptions, placeOptions, postOptions, sideOptions, sourceOptions } from '~/server/forms/options';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';
import { TRPCReactProvider } from '~/trpc/react';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('meeting', (await params).id);
  return { title: `Edit: ${record.title}`, robots: { index: false } };
}

export default async function EditMeetingPage({ params }: Props) {
  const { record, revision } = await recordDetail('meeting', (await params).id);
  if (!(await canWrite())) return <SignInPrompt next={`${recordHref('meeting', record.id)}/edit`} />;
  const caller = await api();
  const [people, posts, sources, places, events] = await Promise.all([peopleOptions(caller, { parties: record.pair.split('-'), include: record.participants.map((participant) => participant.personId) }), postOptions(caller), sourceOptions(caller), placeOptions(caller), pairEventOptions(caller, record.pair)]);
  return (
    <div className="stack">
      <p className="no-print">
        <a href={recordHref('meeting', record.id)}>← {record.title}</a>
      </p>
      <h1>Edit meeting</h1>
      <TRPCReactProvider>
        <MeetingForm
          id={record.id}
          revision={revision}
          initial={record as unknown as Record<string, unknown>}
          options={{ kinds: MEETING_KINDS.map((k) => ({ value: k, label: humanize(k) })), people, posts, sources, places, series: events.series, visits: events.visits, sides: sideOptions(record.pair) }}
        />
      </TRPCReactProvider>
    </div>
  );
}
