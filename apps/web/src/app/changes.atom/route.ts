import { atomXml } from '~/lib/atom';
import { actionLabel, humanize } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

/** The latest changes as an Atom feed, newest first. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const origin = `${request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')}://${host}`;
  const page = await (await api()).changes({ since: '1970-01-01', order: 'desc', limit: 50 });
  const xml = atomXml({
    id: `${origin}/changes`,
    title: 'bilat: changes',
    subtitle: 'What was added or edited, newest first',
    updated: page.items[0]?.at ?? new Date(0).toISOString(),
    self: `${origin}/changes.atom`,
    alternate: `${origin}/changes`,
    entries: page.items.map((change) => ({
      id: `${origin}/changes#revision-${change.revision}`,
      title: `${humanize(change.kind)} ${actionLabel(change.action)}: ${change.title}`,
      updated: change.at,
      link: `${origin}${change.action === 'delete' ? '/changes' : recordHref(change.kind, change.id)}`,
      author: change.actor,
      category: change.kind,
      summary: `${humanize(change.kind)} ${change.id} ${actionLabel(change.action)} by ${change.actor}${change.batchId ? ' in an import' : ''}.`,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-cache' } });
}
