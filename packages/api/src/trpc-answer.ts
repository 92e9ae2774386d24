import { sharedBodies } from '@bilat/db';

/*
 * A query's answer as tRPC's adapter writes it, `{"result":{"data":…}}`: the fast path
 * (query-fast-path.ts) and the dossier workers (dossier-worker.ts) send the same bytes.
 */

/** What comes before and after the data, for answers written from pieces (pageJsonBytes). */
export const ANSWER_BEFORE = '{"result":{"data":';
export const ANSWER_AFTER = '}}';

/** The whole answer for `data`. */
export function answerJson(data: unknown): string {
  return JSON.stringify({ result: { data } });
}

/**
 * The same text for an answer made mostly of shared parses (a dossier, a section page): each
 * record's stored text is copied in, not written again from its parse (ParsedBodies.stringify).
 */
export function recordsAnswerJson(data: unknown): string {
  return data === undefined ? answerJson(data) : `${ANSWER_BEFORE}${sharedBodies.stringify(data)}${ANSWER_AFTER}`;
}
