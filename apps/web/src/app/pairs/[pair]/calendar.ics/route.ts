import { parsePair, partyName } from '@bilat/domain';
import { meetingsToIcs } from '@bilat/formats';
import { TRPCError } from '@trpc/server';
import { wholeDossier } from '~/server/dossier';

export const dynamic = 'force-dynamic';

/** The pair's meetings as an iCalendar feed (RFC 5545); dates known only to the month span the month. */
export async function GET(request: Request, { params }: { params: Promise<{ pair: string }> }) {
  const segment = decodeURIComponent((await params).pair);
  let pair: string;
  try {
    const parsed = parsePair(segment);
    if (!parsed.canonical) return Response.redirect(new URL(`/pairs/${parsed.pair}/calendar.ics`, request.url), 308);
    pair = parsed.pair;
  } catch {
    return new Response(`Not a pair of parties: ${segment}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  try {
    const dossier = await wholeDossier(pair);
    const url = new URL(request.url);
    const origin = `${request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')}://${request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host}`;
    const [a, b] = pair.split('-') as [string, string];
    const body = meetingsToIcs(dossier.meetings, {
      name: `${partyName(a)}–${partyName(b)} meetings (bilat)`,
      places: new Map(dossier.places.map((place) => [place.id, place])),
      meetingUrl: (id) => `${origin}/meetings/${encodeURIComponent(id)}`,
      uidDomain: 'bilat',
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="${pair}.ics"`,
        'cache-control': 'no-cache',
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return new Response('Not found\n', { status: 404 });
    throw error;
  }
}
