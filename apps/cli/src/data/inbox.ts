import type { BilatApi } from './source.js';

/*
 * The terminal UI's door to the review inbox: the API's `inbox` procedures, in-process or
 * over the typed client like every other call, with the shapes the router gives them.
 */

export type InboxProcedures = BilatApi['inbox'];
export type InboxProposal = Awaited<ReturnType<InboxProcedures['list']>>['items'][number];

export function inboxOf(api: BilatApi): InboxProcedures {
  return api.inbox;
}

/** How many proposals a screen loads: a reviewer works from the top; the rest come after. */
export const INBOX_PAGE = 200;
