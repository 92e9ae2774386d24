import 'server-only';
import { TRPCError } from '@trpc/server';
import { api } from '~/trpc/server';
import { currentCaller } from './session';

/*
 * The one place the web viewer reaches the review inbox and the watched sources: the
 * API's `inbox` and `watch` procedures, in-process. The pages and actions use only what
 * this module exports, so the procedures' shapes are written down once, here.
 *
 * Until the procedures land in @bilat/api this module types them itself (from the agreed
 * shape) and says "not available" where the API answers that it has no such procedure;
 * once they are in the router, `inboxApi` becomes `await api()` and these types become
 * `RouterOutputs['inbox'][...]`.
 */

export type ProposalStatus = 'waiting' | 'accepted' | 'rejected';

export interface ProposalSource {
  documentId: string;
  url?: string | null;
  publisher: string;
  title: string;
  publishedAt?: string | null;
}

export interface ProposalFact {
  /** What the fact is (the kind of the drafted record: a meeting, a person, a place…). */
  field: string;
  value: unknown;
  /** The source's own words the fact was read from. */
  words: string;
  confidence: number;
  /** The report the words are in. */
  documentId?: string;
  /** A record already held, cited again. */
  held?: boolean;
}

export interface Proposal {
  id: number;
  kind: string;
  pair: string | null;
  date: string | null;
  title: string;
  confidence: number;
  status: ProposalStatus;
  matchedRecordId?: string | null;
  /** The proposed domain record (a meeting, a visit, an agreement…). */
  record: Record<string, unknown>;
  sources: ProposalSource[];
  facts: ProposalFact[];
}

export interface ProposalPage {
  items: Proposal[];
  nextCursor: string | null;
}

export interface WatchSource {
  id: number;
  url: string;
  kind: string;
  publisher: string;
  country?: string | null;
  /** How often, as the API says it ('30m', '1h', '1d'). */
  every?: string;
  everySeconds: number;
  lastFetchedAt?: string | null;
  lastStatus?: number | null;
  lastError?: string | null;
  nextDueAt?: string | null;
}

export interface WatchRunResult {
  sources: { id: number; fetched: number; newItems: number; joined?: number; notModified?: boolean; error?: string | null }[];
}

interface InboxProcedures {
  inbox: {
    count(): Promise<{ waiting: number }>;
    list(input: { status?: ProposalStatus; pair?: string; cursor?: string; limit?: number }): Promise<ProposalPage>;
    accept(input: { id: number; edits?: Record<string, unknown> }): Promise<{ batchId: string | null; recordIds: string[] }>;
    reject(input: { id: number; reason?: string }): Promise<unknown>;
    acceptAll(input: { minConfidence: number }): Promise<{ accepted: number; batchIds: string[]; failed?: { id: number; error: string }[] }>;
  };
  watch: {
    list(): Promise<WatchSource[] | { items: WatchSource[] }>;
    add(input: { url: string; publisher?: string; country?: string; every?: string }): Promise<unknown>;
    remove(input: { id: number }): Promise<unknown>;
    run(input: { id?: number }): Promise<WatchRunResult>;
  };
}

/** Raised when this server's API has no inbox yet; pages say so instead of failing. */
export class InboxUnavailableError extends Error {
  constructor() {
    super('The review inbox is not available on this server.');
  }
}

async function inboxApi(): Promise<InboxProcedures> {
  return (await api()) as unknown as InboxProcedures;
}

/** Calls a procedure, turning "no such procedure" (a server without the inbox) into InboxUnavailableError. */
async function call<T>(work: (procedures: InboxProcedures) => Promise<T>): Promise<T> {
  const procedures = await inboxApi();
  try {
    if (!procedures.inbox || !procedures.watch) throw new InboxUnavailableError();
    return await work(procedures);
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND' && /no procedure/i.test(error.message)) throw new InboxUnavailableError();
    if (error instanceof TypeError && /is not a function/.test(error.message)) throw new InboxUnavailableError();
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

export async function listWatchSources(): Promise<WatchSource[]> {
  const answer = await call((p) => p.watch.list());
  return Array.isArray(answer) ? answer : answer.items;
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
