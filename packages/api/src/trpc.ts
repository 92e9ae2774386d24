import { scopeAllows, type KeyScope } from '@bilat/db';
import { BundleError } from '@bilat/domain/bundle';
import { validatingOutput } from '@bilat/domain';
import { BatchEditedSinceError, ConsistencyError, DependentsError, InvalidRecordError, RevisionConflictError } from '@bilat/db';
import { initTRPC, TRPCError } from '@trpc/server';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { ZodError, type z } from 'zod';
import type { ApiContext } from './context.js';
import { flattenIssues, flattenZodError, toTRPCError } from './errors.js';

/*
 * tRPC for bilat: initialisation, error shape and the procedures the routers may use.
 * Routers import only the exports below.
 */

// ─── Initialisation and the error shape clients see ──────────────────────────────────
const t = initTRPC
  .context<ApiContext>()
  .meta<OpenApiMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      return {
        ...shape,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          // Zod issues flattened to dotted field paths, so a form can put each beside its field.
          validation: cause instanceof ZodError ? flattenZodError(cause) : cause instanceof InvalidRecordError ? flattenIssues(cause.issues) : null,
          violations: cause instanceof ConsistencyError ? cause.violations : null,
          dependents: cause instanceof DependentsError ? cause.dependents : null,
          bundleIssues: cause instanceof BundleError ? cause.issues : null,
          // A stale write: the record as it is now, and the changes the writer did not see.
          current: cause instanceof RevisionConflictError ? cause.current : null,
          // The record at the revision the write was based on (null when the log cannot tell): with `current`, what changed.
          base: cause instanceof RevisionConflictError ? cause.base : null,
          changesSince: cause instanceof RevisionConflictError ? cause.changes : null,
          // An undo refused because records of the batch were changed since.
          editedSince: cause instanceof BatchEditedSinceError ? cause.records : null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// ─── Middleware ───────────────────────────────────────────────────────────────────────

/** Maps data-layer errors to codes a client can act on; nothing a client sent becomes a 500. */
const mapErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause ?? result.error;
    // A 412 carries the current revision as its ETag, as a GET would.
    if (cause instanceof RevisionConflictError && ctx.rest) ctx.rest.etag = cause.current.revision;
    const mapped = toTRPCError(cause, { rest: Boolean(ctx.rest) });
    if (mapped) throw mapped;
  }
  return result;
});

function requireScope(needed: KeyScope | null) {
  return t.middleware(({ ctx, next }) => {
    const { caller, options } = ctx;
    if (caller.invalidKey) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The API key is not valid (unknown, malformed or revoked)' });
    const scope = needed ?? (options.private ? 'read' : null);
    if (scope === null) return next();
    if (!caller.scope) throw new TRPCError({ code: 'UNAUTHORIZED', message: `This needs an API key with the "${scope}" scope` });
    if (!scopeAllows(caller.scope, scope)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `This needs the "${scope}" scope; the key has "${caller.scope}"` });
    }
    return next();
  });
}

// ─── Procedures ───────────────────────────────────────────────────────────────────────

const readScope = requireScope(null);
/** Reads: open, unless the server runs with --private (then a `read` key). */
export const readProcedure = t.procedure.use(mapErrors).use(readScope);
/** Writes: a key with the `write` scope. */
export const writeProcedure = t.procedure.use(mapErrors).use(requireScope('write'));
/** Key management: a key with the `admin` scope (or the local command line). */
export const adminProcedure = t.procedure.use(mapErrors).use(requireScope('admin'));

// ---------------------------------------------------------------------------------------
// Output checks. Validating a large answer the server built itself (a dossier is hundreds
// of records) costs as much as building it, and can only find a bug of ours: the tests do
// it (their setup sets BILAT_VALIDATE_OUTPUT=1, and a test holds each such answer to its
// schema), a running server does not. The schema stays on the procedure, so the OpenAPI
// document and the client's types are unchanged.

const VALIDATE_OUTPUT = validatingOutput();

/** Output schemas that check nothing outside tests (builtAnswer): a direct query leaves them out. */
const uncheckedOutputs = new WeakSet<object>();

/** An output schema for an answer built by the server from validated records: checked only under test. */
export function builtAnswer<T extends z.ZodType>(schema: T): T {
  if (VALIDATE_OUTPUT) return schema;
  const unchecked = schema.clone() as T;
  // tRPC calls parseAsync on an output schema; this one hands the answer on as it is.
  Object.assign(unchecked, { parseAsync: async (value: unknown) => value });
  uncheckedOutputs.add(unchecked);
  return unchecked;
}

// ---------------------------------------------------------------------------------------
// Direct queries. tRPC runs a procedure as a chain of middlewares, each given a fresh copy
// of the call's options (its context, input, path…) through a spread helper: for a read
// that is five copies and as many promises before and after the resolver, about a fifth of
// the API server's own time on a page of 50 meetings. A read built as readProcedure
// .input(schema)[.output(builtAnswer(…))].query(…) does, when it succeeds, no more than:
// refuse a caller the scope check refuses, parse the input with its schema, and run the
// resolver; directQuery does just that. Anything that throws is the caller's to hand to
// tRPC, which runs the procedure again and answers the error as always.

type Middleware = ((options: never) => Promise<unknown>) & { _type?: string };
interface ProcedureDef {
  type?: string;
  middlewares?: Middleware[];
  inputs?: unknown[];
  output?: unknown;
  meta?: unknown;
  resolver?: (options: Record<string, unknown>) => unknown;
}

/** Runs a read directly: its answer, or a throw (which the caller hands on to tRPC). */
export type DirectQuery = (ctx: ApiContext, rawInput: unknown, path: string) => Promise<unknown>;

/** The direct form of a plain read procedure; undefined for any other. */
export function directQuery(procedure: { _def?: ProcedureDef } | undefined): DirectQuery | undefined {
  const def = procedure?._def;
  const middlewares = def?.middlewares;
  if (!def || def.type !== 'query' || !middlewares || typeof def.resolver !== 'function') return undefined;
  const [errors, scope, input, ...rest] = middlewares;
  const resolver = def.resolver;
  // Exactly: mapErrors, the read scope, one input, then an unchecked output (or none) and the resolver.
  if (errors !== mapErrors._middlewares[0] || scope !== readScope._middlewares[0] || input?._type !== 'input' || def.inputs?.length !== 1) return undefined;
  const schema = def.inputs[0] as z.ZodType;
  if (typeof schema?.parse !== 'function') return undefined;
  const output = rest.length === 2 ? rest[0] : undefined;
  if (rest.length === 2 && !(output?._type === 'output' && typeof def.output === 'object' && def.output !== null && uncheckedOutputs.has(def.output))) return undefined;
  if (rest.length !== 1 && rest.length !== 2) return undefined;
  const meta = def.meta;
  return async (ctx, rawInput, path) => {
    const { caller, options } = ctx;
    // requireScope(null), as it passes: no invalid key, and a `read` scope when the server is private.
    if (caller.invalidKey) throw new Error('refused');
    if (options.private && !(caller.scope && scopeAllows(caller.scope, 'read'))) throw new Error('refused');
    const parsed = schema.parse(rawInput);
    return resolver({ ctx, input: parsed, path, type: 'query', meta, signal: undefined, getRawInput: async () => rawInput });
  };
}
