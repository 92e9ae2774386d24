import type { Proposal } from '~/server/inbox';

/**
 * A proposal as the review screen gets it from the server: with the held record's page
 * worked out there (links need the domain package, which stays off the client) and the
 * text of each report kept with it, so a fact's words can be shown where they stand.
 */
export type ReviewItem = Proposal & { matchedHref?: string; texts?: Record<string, string> };

/** Where each fact's words stand in a report's text: every place they occur, for marking. */
export function wordSpans(text: string, facts: readonly { words: string; documentId?: string }[], documentId: string): { key: string; spans: { start: number; end: number }[] }[] {
  const marks: { key: string; spans: { start: number; end: number }[] }[] = [];
  facts.forEach((fact, index) => {
    if (!fact.words || (fact.documentId && fact.documentId !== documentId)) return;
    const spans: { start: number; end: number }[] = [];
    for (let at = text.indexOf(fact.words); at >= 0 && spans.length < 20; at = text.indexOf(fact.words, at + fact.words.length)) spans.push({ start: at, end: at + fact.words.length });
    if (spans.length) marks.push({ key: String(index), spans });
  });
  return marks;
}
