import { extractDraft } from '../../src/index.js';
import { FIGURE_KINDS, KINDS, SAME, add, actualFacts, empty, precision, recall, scoreKind, type Expected, type Score } from '../../src/evaluation/index.js';
import type { CorpusText } from './corpus.js';

export type Report = Record<string, Score>;

/** Extracts every text of a corpus part and scores each kind of fact, and the figures together. */
export function evaluate(texts: CorpusText[]): Report {
  const report: Report = Object.fromEntries([...KINDS, 'figures'].map((kind) => [kind, empty()]));
  for (const item of texts) {
    const result = extractDraft({ text: item.text, published: item.published, publisher: item.publisher });
    const actual = actualFacts(result);
    for (const kind of KINDS) {
      const score = scoreKind(item.expected[kind] as Expected[typeof kind][number][], actual[kind] as Expected[typeof kind][number][], SAME[kind] as never, item.name);
      report[kind] = add(report[kind]!, score);
      if ((FIGURE_KINDS as readonly string[]).includes(kind)) report.figures = add(report.figures!, score);
    }
  }
  return report;
}

export function formatReport(title: string, report: Report): string {
  const lines = [`${title}`, '  kind            expected  drafted  matched  precision  recall'];
  for (const [kind, score] of Object.entries(report)) {
    lines.push(`  ${kind.padEnd(15)} ${String(score.expected).padStart(8)} ${String(score.actual).padStart(8)} ${String(score.matched).padStart(8)} ${precision(score).toFixed(2).padStart(10)} ${recall(score).toFixed(2).padStart(7)}`);
  }
  return lines.join('\n');
}
