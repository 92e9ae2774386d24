/*
 * Compiled, not run (test/types.test.ts runs tsc over it): the generated router against
 * the server's own, procedure by procedure. The same names, the same kind (query or
 * mutation), and inputs and outputs each assignable to the other's. A procedure the
 * generator missed or printed wrong is named in the compiler's error.
 */
import type { AppRouter as ServerRouter } from '@bilat/api';
import type { AnyProcedure, inferProcedureInput, inferProcedureOutput } from '@trpc/server';
import type { AppRouter as ClientRouter } from '../src/index.js';

type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The paths where the two routers differ, each with what differs. */
type Differences<S, C, Path extends string = ''> = {
  [K in (keyof S | keyof C) & string]: K extends keyof S
    ? K extends keyof C
      ? S[K] extends AnyProcedure
        ? C[K] extends AnyProcedure
          ?
              | (S[K]['_def']['type'] extends C[K]['_def']['type'] ? never : `${Path}${K}: query or mutation`)
              | (Mutual<inferProcedureInput<S[K]>, inferProcedureInput<C[K]>> extends true ? never : `${Path}${K}: input`)
              | (Mutual<inferProcedureOutput<S[K]>, inferProcedureOutput<C[K]>> extends true ? never : `${Path}${K}: output`)
          : `${Path}${K}: not a procedure in the client`
        : Differences<S[K], C[K], `${Path}${K}.`>
      : `${Path}${K}: missing from the client`
    : `${Path}${K}: only in the client`;
}[(keyof S | keyof C) & string];

type Found = Differences<ServerRouter['_def']['record'], ClientRouter['_def']['record']>;
/** `true` only when nothing differs; otherwise the compiler names what does. */
export const routersAgree: [Found] extends [never] ? true : `${Found}` = true;

type ServerErrors = ServerRouter['_def']['_config']['$types']['errorShape'];
type ClientErrors = ClientRouter['_def']['_config']['$types']['errorShape'];
export const errorShapesAgree: Mutual<ServerErrors, ClientErrors> = true;
