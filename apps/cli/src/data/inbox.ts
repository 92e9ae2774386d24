import type { BilatApi } from './source.js';

/*
 * The terminal UI's one door to the review inbox: the API's `inbox` procedures, in-process
 * or over the typed client like every other call. Until those procedures are part of the
 * router's types this file states their shape (the agreed one); afterwards `inboxOf`
 * becomes `api.inbox` and these types `RouterOutputs['inbox'][...]`.
 */

export type ProposalStatus = 'waiting' | 'accepted' | 'rejected';

export interface InboxProposal {
  id: number;
  kind: string;
  pair: string | null;
  date: string | null;
  title: string;
  confidence: number;
  status: ProposalStatus;
  matchedRecordId?: string | null;
  record: Record<string, unknown>;
  sources: { documentId: string; url?: string | null; publisher: string; title: string; publishedAt?: string | null }[];
  facts: { field: string; value: unknown; words: string; confidence: number }[];
}

export interface InboxProcedures {
  count(): Promise<{ waiting: number }>;
  list(input: { status?: ProposalStatus; pair?: string; cursor?: string; limit?: number }): Promise<{ items: InboxProposal[]; nextCursor: string | null }>;
  accept(input: { id: number; edits?: Record<string, unknown> }): Promise<{ batchId: string; recordIds: string[] }>;
  reject(input: { id: number; reason?: string }): Promise<unknown>;
}

export function inboxOf(api: BilatApi): InboxProcedures {
  return (api as unknown as { inbox: InboxProcedures }).inbox;
}

/** How many proposals a screen loads: a reviewer works from the top; the rest come after. */
export const INBOX_PAGE = 200;
