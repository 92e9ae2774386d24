import { MEETING_KINDS, parsePair } from '@bilat/domain';
import type { Metadata } from 'next';
import { MeetingForm } from '~/components/forms/meeting-form';
import { humanize } from '~/lib/labels';
import { canWrite, SignInPrompt } from '~/server/forms/guard';
import { pairEventOptions, peopleOptions, placeOptions, postOptions, sideOptions, sourceOptions } from '~/server/forms/options';
import { param } from '~/server/pair';
import { api } from '~/trpc/server';
import { TRPCReactProvider } from '~/trpc/react';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New meeting', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewMeetingPage({ searchParams }: Props) {
  const raw = param(await searchParams, 'pair');
  if (!(await canWrite())) return <SignInPrompt next={`/meetings/new${raw ? `?pair=${raw}` : ''}`} />;
  let pair: string | undefined;
  try {
    pair = raw ? parsePair(raw).pair : undefined;
  } catch {
    pair = undefined;
  }
  const caller = await api();
  const [people, posts, sources, places, events] = await Promise.all([peopleOptions(caller, { parties: pair?.split('-') }), postOptions(caller), sourceOptions(caller), placeOptions(caller), pairEventOptions(caller, pair)]);
  return (
    <div className="stack">
      <h1>New meeting</h1>
      {!pair && <p className="muted">Give the pair first (e.g. KZ-LT); its series and visits are offered when the page is opened from the pair&rsquo;s dossier.</p>}
      <TRPCReactProvider>
      <MeetingForm
        initial={{ pair, status: 'verified', stage: 'held', date: { qualifier: 'stated' }, location: { qualifier: 'stated' } }}
        options={{ kinds: MEETING_KINDS.map((k) => ({ value: k, label: humanize(k) })), people, posts, sources, places, series: events.series, visits: events.visits, sides: sideOptions(pair) }}
      />
      </TRPCReactProvider>
    </div>
  );
}
