'use server';

import { flattenZodError, type RouterOutputs } from '@bilat/api';
import { formatPartialDate, RECORD_COLLECTIONS, type RecordKind, type RecordRef } from '@bilat/domain';
import { dateSourceLabel, disputeValueLabels, draftFactLabel, publisherLabel } from '@bilat/formats';
import { BundleError, validateBundle, type Bundle } from '@bilat/domain/bundle';
import { dropFromDraft, parseFrontMatter } from '@bilat/extract';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { api } from '~/trpc/server';
import { currentCaller } from '../session';

/*
 * The /extract review screen's two steps, through the same API procedures as
 * `bilat extract`: extract.draft (open, like every read) and extract.save (a write key,
 * from the signed-in session). Errors come back keyed by field, or by record and field.
 */

/** The draft as the API returns it, with where its date came from said in words (one label, shared with `bilat extract`). */
export type ExtractDraft = RouterOutputs['extract']['draft'] & {
  dateSource: string;
  /** The publication date as every page writes dates ("12 March 2025"), and the publisher as a sentence names it. */
  publishedLabel: string;
  publisherLabel: string;
  /** Each dispute's two values as the review says them (disputeValueLabels: "US$240 million", exact where the two would read the same), by dispute id; the exact ones stay in `disputes`. */
  disputeLabels: Record<string, [string, string]>;
};

/** A drafted figure's label in the dossier's words (draftFactLabel, as `bilat extract` shows it). */
function withFigureLabels(draft: RouterOutputs['extract']['draft']): RouterOutputs['extract']['draft'] {
  return { ...draft, facts: draft.facts.map((fact) => ({ ...fact, label: draftFactLabel(fact, draft.bundle) })) };
}

export interface DraftRequest {
  text?: string;
  html?: string;
  published: string;
  publisher?: string;
}

export type DraftAnswer = { ok: true; draft: ExtractDraft } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export async function draftReport(request: DraftRequest): Promise<DraftAnswer> {
  let text = request.text;
  let published = request.published.trim();
  let publishedFrom: 'options' | 'front matter' = 'options';
  let publisher = request.publisher?.trim();
  // A pasted file may start with front matter (published:, publisher:), as `bilat extract` reads it.
  if (text !== undefined && /^\uFEFF?---\r?\n/.test(text)) {
    const { fields, text: body } = parseFrontMatter(text);
    text = body;
    if (!published && fields.published) {
      published = fields.published;
      publishedFrom = 'front matter';
    }
    publisher ||= fields.publisher;
  }
  const input = {
    ...(request.html !== undefined ? { html: request.html } : { text: text ?? '' }),
    // Left empty, the extractor reads the date from the page (metadata, date line, dateline) or takes today, and says which.
    ...(published ? { published, publishedFrom } : {}),
    ...(publisher ? { publisher } : {}),
  };
  try {
    const draft = await (await api()).extract.draft(input);
    return {
      ok: true,
      draft: {
        ...withFigureLabels(draft),
        dateSource: dateSourceLabel(draft.publishedFrom),
        disputeLabels: Object.fromEntries(draft.disputes.map((dispute) => [dispute.id, disputeValueLabels([dispute.claims[0]?.value, dispute.claims[1]?.value]) as [string, string]])),
        publishedLabel: draft.source.published ? formatPartialDate(draft.source.published) : 'date unknown',
        publisherLabel: publisherLabel(draft.source.publisher),
      },
    };
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError) {
      const { fieldErrors } = flattenZodError(error.cause);
      // The text and the page are one field on the form.
      if (fieldErrors.html) fieldErrors.text = [...(fieldErrors.text ?? []), ...fieldErrors.html];
      return { ok: false, fieldErrors };
    }
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return { ok: false, fieldErrors: { text: [error.message.replace(/^html: /, '')] } };
    throw error;
  }
}

export interface SaveRequest {
  /** The draft bundle with the reviewer's edits. */
  bundle: Bundle;
  /** The facts the reviewer dropped. */
  drop: RecordRef[];
}

export type SaveAnswer =
  | { ok: true; saved: RouterOutputs['extract']['save']; dropped: number }
  | { ok: false; formError: string; recordErrors?: Record<string, Record<string, string[]>>; violations?: string[] };

const KIND_OF_COLLECTION = new Map<string, RecordKind>(Object.entries(RECORD_COLLECTIONS).map(([kind, collection]) => [collection, kind as RecordKind]));

/** A bundle's issues as `kind:id` → field → messages, so each shows beside its fact's field. */
function recordErrors(error: BundleError): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const issue of error.issues) {
    const collection = issue.record?.replace(/\[\d+\]$/, '');
    const kind = collection ? KIND_OF_COLLECTION.get(collection) : undefined;
    const key = kind && issue.recordId ? `${kind}:${issue.recordId}` : '(bundle)';
    ((out[key] ??= {})[issue.field ?? '(record)'] ??= []).push(issue.message);
  }
  return out;
}

export async function saveDraft(request: SaveRequest): Promise<SaveAnswer> {
  const caller = await currentCaller();
  if (caller.scope !== 'write' && caller.scope !== 'admin') return { ok: false, formError: 'Sign in with a write key to save (Account, in the header).' };
  const { bundle, dropped } = dropFromDraft(request.bundle, request.drop);
  try {
    // The domain's schemas, as the API checks them: errors named by record and field.
    validateBundle(bundle, 'draft');
  } catch (error) {
    if (error instanceof BundleError) return { ok: false, formError: 'Not saved: some fields need attention (marked beside the facts).', recordErrors: recordErrors(error) };
    throw error;
  }
  try {
    const saved = await (await api()).extract.save({ bundle });
    return { ok: true, saved, dropped: dropped.length };
  } catch (error) {
    if (error instanceof TRPCError) {
      const violations = (error.cause as { violations?: { message: string }[] } | undefined)?.violations;
      if (violations?.length) return { ok: false, formError: 'Not saved: the draft would break a consistency rule.', violations: violations.map((v) => v.message) };
      if (error.code === 'BAD_REQUEST' || error.code === 'CONFLICT' || error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') return { ok: false, formError: `Not saved: ${error.message}` };
    }
    throw error;
  }
}
