import 'server-only';
import { RECORD_ROUTERS, type RouterOutputs } from '@bilat/api';
import { pairOf, type RecordKind, type RecordOf } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { pairHref, recordHref } from '~/lib/links';
import { api } from '~/trpc/server';

/** Runs a read, turning "no such record" (or an id that cannot be one) into the 404 page. */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  }
}

type Details = {
  meeting: RouterOutputs['meetings']['detail'];
  series: RouterOutputs['series']['detail'];
  visit: RouterOutputs['visits']['detail'];
  person: RouterOutputs['people']['detail'];
  organization: RouterOutputs['organizations']['detail'];
  agreement: RouterOutputs['agreements']['detail'];
  source: RouterOutputs['sources']['detail'];
  relation: RouterOutputs['relations']['detail'];
};

export type DetailKind = keyof Details;

const readers: { [K in DetailKind]: (caller: Awaited<ReturnType<typeof api>>, id: string) => Promise<Details[K]> } = {
  meeting: (caller, id) => caller.meetings.detail({ id }),
  series: (caller, id) => caller.series.detail({ id }),
  visit: (caller, id) => caller.visits.detail({ id }),
  person: (caller, id) => caller.people.detail({ id }),
  organization: (caller, id) => caller.organizations.detail({ id }),
  agreement: (caller, id) => caller.agreements.detail({ id }),
  source: (caller, id) => caller.sources.detail({ id }),
  relation: (caller, id) => caller.relations.detail({ id }),
};

/** One record with its relations, read once per request (metadata and page share it). */
const readDetail = cache(async (kind: DetailKind, id: string) => {
  const caller = await api();
  const read = readers[kind] as (caller: Awaited<ReturnType<typeof api>>, id: string) => Promise<Details[DetailKind]>;
  return orNotFound(() => read(caller, id));
});

/**
 * The detail of a record for its page: a missing id is the 404 page, and an id merged
 * into another record redirects to that record's address.
 */
export async function recordDetail<K extends DetailKind>(kind: K, rawId: string): Promise<Details[K]> {
  const id = decodeURIComponent(rawId);
  const detail = (await readDetail(kind, id)) as Details[K];
  if (detail.redirectedFrom || detail.record.id !== id) permanentRedirect(recordHref(kind, detail.record.id));
  return detail;
}

const ROUTERS = RECORD_ROUTERS;

/** Any record by kind and id through the API, or undefined when it is gone. */
export async function anyRecord<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K> | undefined> {
  const caller = await api();
  const router = caller[ROUTERS[kind]] as unknown as { get: (input: { id: string }) => Promise<RecordOf<K>> };
  return router.get({ id }).catch(() => undefined);
}

/**
 * Where a record of a kind with no page of its own is shown, with its anchor: a post held
 * on the holder's page (`/officials/<person>#holding-<id>`), a statement made at a meeting
 * or visit in that pair's dossier (`/pairs/<pair>#statement-<id>`). Undefined when no page
 * shows it (the caller links the record as JSON and says so).
 */
export async function shownAt(kind: RecordKind, id: string): Promise<string | undefined> {
  if (kind === 'holding') {
    const holding = await anyRecord('holding', id);
    return holding ? `${recordHref('person', holding.personId)}#holding-${holding.id}` : undefined;
  }
  if (kind === 'statement') {
    const statement = await anyRecord('statement', id);
    const event = statement?.event;
    if (!event || (event.kind !== 'meeting' && event.kind !== 'visit')) return undefined;
    const pair = event.kind === 'meeting' ? (await anyRecord('meeting', event.id))?.pair : await anyRecord('visit', event.id).then((visit) => visit && pairOf(visit.from, visit.to));
    return pair ? `${pairHref(pair)}#statement-${statement.id}` : undefined;
  }
  return undefined;
}
