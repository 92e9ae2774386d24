'use server';

import { TRPCError } from '@trpc/server';
import { revalidatePath } from 'next/cache';
import { ZodError } from 'zod';
import { flattenZodError } from '@bilat/api';
import { addWatchSource, canReview, InboxUnavailableError, removeWatchSource, runWatch } from '../inbox';

/*
 * /watch's forms: add a source, remove one, fetch now. Each answers in words for the
 * page's live region (and field errors for the add form), through the API's watch
 * procedures with the signed-in write key.
 */

export interface WatchFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  version: number;
}

async function guarded(previous: WatchFormState, work: () => Promise<string>): Promise<WatchFormState> {
  const version = previous.version + 1;
  if (!(await canReview())) return { ok: false, message: 'Sign in with a write key to change watched sources (Account, in the header).', version };
  try {
    const message = await work();
    revalidatePath('/', 'layout');
    return { ok: true, message, version };
  } catch (error) {
    if (error instanceof InboxUnavailableError) return { ok: false, message: error.message, version };
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { ok: false, message: 'Not added: some fields need attention.', fieldErrors: flattenZodError(error.cause).fieldErrors, version };
    if (error instanceof TRPCError && ['BAD_REQUEST', 'CONFLICT', 'NOT_FOUND'].includes(error.code)) return { ok: false, message: error.message, version };
    throw error;
  }
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

export async function addSourceAction(previous: WatchFormState, form: FormData): Promise<WatchFormState> {
  const url = text(form, 'url');
  if (!url) return { ok: false, message: 'Not added: some fields need attention.', fieldErrors: { url: ['Give the address of a feed or a news page'] }, version: previous.version + 1 };
  return guarded(previous, async () => {
    const country = text(form, 'country')?.toUpperCase();
    await addWatchSource({ url, publisher: text(form, 'publisher'), country, every: text(form, 'every') });
    return `Watching ${url}.`;
  });
}

export async function removeSourceAction(previous: WatchFormState, form: FormData): Promise<WatchFormState> {
  const id = Number(form.get('id'));
  return guarded(previous, async () => {
    await removeWatchSource(id);
    return `Source ${id} is no longer watched.`;
  });
}

export async function runSourcesAction(previous: WatchFormState, form: FormData): Promise<WatchFormState> {
  const raw = form.get('id');
  const id = typeof raw === 'string' && raw ? Number(raw) : undefined;
  return guarded(previous, async () => {
    const result = await runWatch(id);
    const newItems = result.sources.reduce((sum, source) => sum + source.newItems, 0);
    const failed = result.sources.filter((source) => source.error);
    const fetched = `Fetched ${result.sources.length} ${result.sources.length === 1 ? 'source' : 'sources'}: ${newItems} new ${newItems === 1 ? 'report' : 'reports'}`;
    return failed.length ? `${fetched}; ${failed.map((source) => `source ${source.id} failed: ${source.error}`).join('; ')}.` : `${fetched}.`;
  });
}
