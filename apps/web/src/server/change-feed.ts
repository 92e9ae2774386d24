import 'server-only';
import { partyName } from '@bilat/domain';
import { atomXml } from '~/lib/atom';
import { actionLabel } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import { api } from '~/trpc/server';
import { kindHeading } from '@bilat/domain/kinds';

/** How many changes a feed carries: a reader polls it, so the newest are what matter. */
const FEED_SIZE = 50;

/** The address the request reached, behind a proxy its forwarded host and scheme: feeds carry absolute links. */
function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  return `${request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? url.protocol.replace(':', '')}://${host}`;
}

/**
 * The change log as an Atom feed, newest first: every change (`/changes.atom`) or the
 * changes to one pair's records (`/pairs/KZ-LT/changes.atom`, `pair` canonical). One
 * writer for both, so an entry reads the same in either.
 */
export async function changeFeedResponse(request: Request, pair?: string): Promise<Response> {
  const origin = requestOrigin(request);
  const page = await (await api()).changes({ since: '1970-01-01', order: 'desc', limit: FEED_SIZE, ...(pair ? { pair } : {}) });
  const names = pair ? pair.split('-').map((party) => partyName(party)).join('–') : undefined;
  // The page the feed mirrors: the pair's dossier, or the site's change log.
  const home = pair ? `/pairs/${pair}` : '/changes';
  const self = pair ? `/pairs/${pair}/changes.atom` : '/changes.atom';
  const xml = atomXml({
    id: `${origin}${self.replace(/\.atom$/, '')}`,
    title: names ? `bilat: ${names} changes` : 'bilat: changes',
    subtitle: names ? `What was added or edited in the ${names} records, newest first` : 'What was added or edited, newest first',
    updated: page.items[0]?.at ?? new Date(0).toISOString(),
    self: `${origin}${self}`,
    alternate: `${origin}${home}`,
    entries: page.items.map((change) => ({
      // The same change has the same id in the site's feed and the pair's, so a reader following both sees it once.
      id: `${origin}/changes#revision-${change.revision}`,
      title: `${kindHeading(change.kind)} ${actionLabel(change.action)}: ${change.title}`,
      updated: change.at,
      link: `${origin}${change.action === 'delete' ? home : recordHref(change.kind, change.id)}`,
      author: change.actor,
      category: change.kind,
      summary: `${kindHeading(change.kind)} ${change.id} ${actionLabel(change.action)} by ${change.actor}${change.batchId ? ' in an import' : ''}.`,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-cache' } });
}
