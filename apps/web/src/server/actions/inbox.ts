'use server';

import { TRPCError } from '@trpc/server';
import { revalidatePath } from 'next/cache';
import { acceptAllAbove, acceptProposal, canReview, InboxUnavailableError, rejectProposal } from '../inbox';

/*
 * The inbox's decisions, for the review screen: each goes through the API's inbox
 * procedures with the signed-in write key (accepting is one import batch, undoable), and
 * answers in words the screen announces. A refusal is an answer, never a thrown error, so
 * the reviewer's place in the list is kept.
 */

export type DecisionAnswer = { ok: true; message: string; batchIds: string[]; recordIds: string[]; accepted?: number; failedIds?: number[] } | { ok: false; message: string };

async function decide(work: () => Promise<{ message: string; batchIds: string[]; recordIds: string[]; accepted?: number; failedIds?: number[] }>): Promise<DecisionAnswer> {
  if (!(await canReview())) return { ok: false, message: 'Sign in with a write key to review the inbox (Account, in the header).' };
  try {
    const answer = await work();
    // The header's count of waiting drafts and the dossiers change with every decision. Revalidating here also
    // sends the page's fresh tree back with this action's answer: the review screen needs no second fetch.
    revalidatePath('/', 'layout');
    return { ok: true, ...answer };
  } catch (error) {
    if (error instanceof InboxUnavailableError) return { ok: false, message: error.message };
    if (error instanceof TRPCError && ['BAD_REQUEST', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED', 'PRECONDITION_FAILED'].includes(error.code)) {
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

export async function acceptAction(id: number, edits?: Record<string, unknown>): Promise<DecisionAnswer> {
  return decide(async () => {
    const result = await acceptProposal(id, edits);
    return { message: 'Accepted', batchIds: result.batchId ? [result.batchId] : [], recordIds: result.recordIds };
  });
}

export async function rejectAction(id: number, reason?: string): Promise<DecisionAnswer> {
  return decide(async () => {
    await rejectProposal(id, reason?.trim() || undefined);
    return { message: 'Rejected', batchIds: [], recordIds: [] };
  });
}

export async function acceptAllAction(minConfidence: number): Promise<DecisionAnswer> {
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) return { ok: false, message: `Minimum confidence must be between 0 and 1, not ${minConfidence}` };
  return decide(async () => {
    const result = await acceptAllAbove(minConfidence);
    const failed = result.failed?.length ? ` ${result.failed.length} could not be accepted: ${result.failed.map((one) => `${one.id} (${one.error})`).join('; ')}.` : '';
    return { message: `Accepted${failed}`, batchIds: result.batchIds, recordIds: [], accepted: result.accepted, failedIds: (result.failed ?? []).map((one) => one.id) };
  });
}
