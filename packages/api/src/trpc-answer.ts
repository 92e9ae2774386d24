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
