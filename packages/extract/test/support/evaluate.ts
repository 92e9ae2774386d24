import { detectLanguage, extractDraft } from '../../src/index.js';
import { FIGURE_KINDS, KINDS, SAME, add, actualFacts, empty, precision, recall, scoreKind, type Expected, type Score } from '../../src/evaluation/index.js';
import type { CorpusText } from './corpus.js';

export type Report = Record<string, Score>;

/** The measures the issue sets its bar on. */
export const GATED = ['meetings on the right pair', 'meeting dates', 'people with posts', 'figures'] as const;

type Meeting = Expected['meetings'][number];
const samePair = (e: Meeting, a: Meeting) => e.pair === a.pair && e.stage === a.stage;
const sameDate = (e: Meeting, a: Meeting) => samePair(e, a) && e.date.start === a.date.start && (e.date.end ?? '') === (a.date.end ?? '');

/** Extracts every text of a corpus part and scores each kind of fact, the figures together, and the gated measures. */
export function evaluate(texts: CorpusText[]): Report {
  const report: Report = Object.fromEntries([...KINDS, 'figures', ...GATED].map((kind) => [kind, empty()]));
  for (const item of texts) {
    const result = extractDraft({ text: item.text, published: item.published, publisher: item.publisher });
    const actual = actualFacts(result);
    for (const kind of KINDS) {
      const score = scoreKind(item.expected[kind] as Expected[typeof kind][number][], actual[kind] as Expected[typeof kind][number][], SAME[kind] as never, item.name);
      report[kind] = add(report[kind]!, score);
      if ((FIGURE_KINDS as readonly string[]).includes(kind)) {
        report.figures = add(report.figures!, score);
      }
    }
    report['meetings on the right pair'] = add(report['meetings on the right pair']!, scoreKind(item.expected.meetings, actual.meetings, samePair, item.name));
    report['meeting dates'] = add(report['meeting dates']!, scoreKind(item.expected.meetings, actual.meetings, sameDate, item.name));
    report['people with posts'] = add(report['people with posts']!, scoreKind(item.expected.people, actual.people, SAME.people, item.name));
  }
  return report;
}

/** The language a corpus text is written in, as the extractor detects it. */
export function languageOf(text: CorpusText): string {
  return detectLanguage(text.text).code;
}

export function formatReport(title: string, report: Report): string {
  const lines = [`${title}`, '  kind                        expected  drafted  matched  precision  recall'];
  for (const [kind, score] of Object.entries(report)) {
    lines.push(`  ${kind.padEnd(27)} ${String(score.expected).padStart(8)} ${String(score.actual).padStart(8)} ${String(score.matched).padStart(8)} ${precision(score).toFixed(2).padStart(10)} ${recall(score).toFixed(2).padStart(7)}`);
  }
  return lines.join('\n');
}
