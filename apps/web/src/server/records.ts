import 'server-only';
import { RECORD_ROUTERS, type RouterOutputs } from '@bilat/api';
import type { RecordKind, RecordOf } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { recordHref } from '~/lib/links';
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
