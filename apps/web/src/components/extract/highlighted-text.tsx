export interface Spanned {
  key: string;
  spans: readonly { start: number; end: number }[];
}

/**
 * The report with every drafted fact's words marked. The marks of the fact being looked
 * at (hovered or focused in the list) stand out; a dropped fact's words are not marked.
 */
export function HighlightedText({ text, facts, active }: { text: string; facts: readonly Spanned[]; active?: string }) {
  const points = new Set<number>([0, text.length]);
  for (const fact of facts) for (const span of fact.spans) points.add(Math.max(0, Math.min(text.length, span.start))).add(Math.max(0, Math.min(text.length, span.end)));
  const sorted = [...points].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const piece = text.slice(start, end);
    const covering = facts.filter((fact) => fact.spans.some((span) => span.start <= start && span.end >= end)).map((fact) => fact.key);
    if (covering.length === 0) parts.push(piece);
    else
      parts.push(
        <mark key={start} className={covering.includes(active ?? '') ? 'hl active' : 'hl'} data-facts={covering.join(' ')} data-start={start} data-end={end}>
          {piece}
        </mark>,
      );
  }
  return <div className="extract-text">{parts}</div>;
}
