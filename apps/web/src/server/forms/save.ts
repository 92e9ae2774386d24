import 'server-only';
import { flattenZodError } from '@bilat/api';
import { recordSchemas, type RecordKind } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { FormState } from '~/components/forms/form-state';
import { currentCaller } from '../session';

/** A write key is needed; the same check the API makes, said on the form. */
export async function writeRefusal(values: Record<string, unknown>): Promise<FormState | undefined> {
  const caller = await currentCaller();
  if (caller.scope === 'write' || caller.scope === 'admin') return undefined;
  return { fieldErrors: {}, formError: 'Sign in with a write key to save (Account, in the header).', values, version: Date.now() };
}

/** Checks a draft with the kind's schema (the one the API uses); field errors keyed by dotted path. */
export function validate(kind: RecordKind, draft: Record<string, unknown>, values: Record<string, unknown>): FormState | undefined {
  const result = recordSchemas[kind].safeParse({ id: 'record-being-created', ...draft });
  if (result.success) return undefined;
  return { fieldErrors: flattenZodError(result.error).fieldErrors, values, version: Date.now() };
}

/** Whatever the API refused the write with, as the form shows it: fields, broken rules, or a message. */
export function refusal(error: unknown, values: Record<string, unknown>): FormState {
  const version = Date.now();
  if (error instanceof TRPCError) {
    const cause = error.cause as (Error & { violations?: { check: string; message: string }[] }) | undefined;
    if (cause instanceof ZodError) return { fieldErrors: flattenZodError(cause).fieldErrors, values, version };
    if (cause && Array.isArray(cause.violations)) {
      return { fieldErrors: {}, formError: 'Not saved: the record would break a consistency rule.', violations: cause.violations.map((v) => v.message), values, version };
    }
    return { fieldErrors: {}, formError: `Not saved: ${error.message}`, values, version };
  }
  if (error instanceof ZodError) return { fieldErrors: flattenZodError(error).fieldErrors, values, version };
  if (error instanceof RangeError) return { fieldErrors: {}, formError: error.message, values, version };
  throw error;
}
