import 'server-only';
import type { RouterOutputs } from '@bilat/api';
import { TRPCError } from '@trpc/server';
import { api } from '~/trpc/server';
import { currentCaller } from './session';

/*
 * The one place the web viewer reaches the review inbox and the watched sources: the
 * API's `inbox` and `watch` procedures, in-process, with the router's own shapes. The
 * pages and actions use only what this module exports.
 */

export type ProposalStatus = 'waiting' | 'accepted' | 'rejected';
export type ProposalPage = RouterOutputs['inbox']['list'];
export type Proposal = ProposalPage['items'][number];
export type ProposalFact = Proposal['facts'][number];
export type ProposalSource = Proposal['sources'][number];
export type WatchSource = RouterOutputs['watch']['list'][number];
export type WatchRunResult = RouterOutputs['watch']['run'];

/** Raised when the API answers that it has no such procedure (an older build); pages say so instead of failing. */
export class InboxUnavailableError extends Error {
  constructor() {
    super('The review inbox is not available on this server.');
  }
}

/** Calls a procedure, turning "no such procedure" (a server without the inbox) into InboxUnavailableError. */
async function call<T>(work: (procedures: Awaited<ReturnType<typeof api>>) => Promise<T>): Promise<T> {
  const procedures = await api();
  try {
    return await work(procedures);
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND' && /no procedure/i.test(error.message)) throw new InboxUnavailableError();
    throw error;
  }
}

/** Whether the signed-in key may review (a write key); the inbox and /watch are for them only. */
export async function canReview(): Promise<boolean> {
  const caller = await currentCaller();
  return caller.scope === 'write' || caller.scope === 'admin';
}

/** The count of proposals waiting for review, for the header; null for readers or when the inbox is missing or failing. */
export async function waitingCount(): Promise<number | null> {
  if (!(await canReview())) return null;
  try {
    return (await call((p) => p.inbox.count())).waiting;
  } catch {
    // The header must render whatever the inbox's state.
    return null;
  }
}

export function listProposals(input: { status?: ProposalStatus; pair?: string; cursor?: string; limit?: number }): Promise<ProposalPage> {
  return call((p) => p.inbox.list(input));
}

export function acceptProposal(id: number, edits?: Record<string, unknown>) {
  return call((p) => p.inbox.accept(edits && Object.keys(edits).length ? { id, edits } : { id }));
}

export function rejectProposal(id: number, reason?: string) {
  return call((p) => p.inbox.reject(reason ? { id, reason } : { id }));
}

export function acceptAllAbove(minConfidence: number) {
  return call((p) => p.inbox.acceptAll({ minConfidence }));
}

export function listWatchSources(): Promise<WatchSource[]> {
  return call((p) => p.watch.list());
}

export function addWatchSource(input: { url: string; publisher?: string; country?: string; every?: string }) {
  return call((p) => p.watch.add(input));
}

export function removeWatchSource(id: number) {
  return call((p) => p.watch.remove({ id }));
}

export function runWatch(id?: number): Promise<WatchRunResult> {
  return call((p) => p.watch.run(id === undefined ? {} : { id }));
}
