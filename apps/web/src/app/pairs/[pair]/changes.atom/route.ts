import { parsePair } from '@bilat/domain';
import { changeFeedResponse } from '~/server/change-feed';

export const dynamic = 'force-dynamic';

/** The latest changes to one pair's records as an Atom feed, newest first: a desk officer follows one relationship. */
export async function GET(request: Request, { params }: { params: Promise<{ pair: string }> }) {
  const segment = decodeURIComponent((await params).pair);
  let parsed;
  try {
    parsed = parsePair(segment);
  } catch {
    return new Response(`Not a pair of parties: ${segment}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (!parsed.canonical) return Response.redirect(new URL(`/pairs/${parsed.pair}/changes.atom`, request.url), 308);
  return changeFeedResponse(request, parsed.pair);
}
