import { changeFeedResponse } from '~/server/change-feed';

export const dynamic = 'force-dynamic';

/** The latest changes as an Atom feed, newest first. */
export async function GET(request: Request) {
  return changeFeedResponse(request);
}
