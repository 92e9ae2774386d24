import type { RouterOutputs } from '@bilat/api';
import { READING_ORDER, RECORD_HEADINGS, type RecordKind } from '@bilat/domain';
import { dateSourceLabel, disputeValueLabels, draftFactLabel, plural } from '@bilat/formats';

/*
 * A drafted report as a person reads it: facts grouped by kind, each with its confidence,
 * how it is known and the words it was read from; the people matched or proposed; the
 * disputes with what the database holds.
 */

export type Draft = RouterOutputs['extract']['draft'];
export type DraftFact = Draft['facts'][number];

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The words a fact was read from: “…” each, long ones shortened. */
export function quotedWords(text: string, fact: Pick<DraftFact, 'spans'>, max = 70): string {
  return fact.spans
    .map((span) => {
      const words = oneLine(text.slice(span.start, span.end));
      return `“${words.length > max ? `${words.slice(0, max - 1)}…` : words}”`;
    })
    .join(' … ');
}

export function locators(fact: Pick<DraftFact, 'spans'>): string {
  return fact.spans.map((span) => `c${span.start}-${span.end}`).join(', ');
}

export function factsByKind(facts: readonly DraftFact[]): [RecordKind, DraftFact[]][] {
  const groups = new Map<RecordKind, DraftFact[]>();
  for (const fact of facts) groups.set(fact.kind, [...(groups.get(fact.kind) ?? []), fact]);
  return READING_ORDER.filter((kind) => groups.has(kind)).map((kind) => [kind, groups.get(kind)!]);
}

const HOW: Record<string, string> = { exact: 'same name', variant: 'a recorded spelling', transliteration: 'another transliteration' };

export function formatDraft(draft: Draft, options: { file: string }): string {
  const lines: string[] = [];
  const source = draft.source;
  const matched = draft.people.filter((p) => p.known).length;
  const held = draft.facts.filter((f) => f.held).length;
  lines.push(`Draft of ${options.file}: “${oneLine(source.title)}”, ${source.publisher}, ${source.published ?? 'date not known'} (date from ${dateSourceLabel(draft.publishedFrom)}), in ${draft.language.name}`);
  lines.push(
    `${plural(draft.facts.length, 'fact')}${held ? ` (${held} already held, cited again)` : ''} · ${draft.people.length} ${draft.people.length === 1 ? 'person' : 'people'} named (${matched} matched, ${draft.people.length - matched} new) · ${plural(draft.disputes.length, 'dispute')} · every new fact is a draft`,
  );
  if (draft.people.length) {
    lines.push('', 'People');
    const width = Math.min(32, Math.max(...draft.people.map((p) => p.name.length)));
    for (const person of draft.people) {
      const what = person.known ? `matched: ${person.known.name} (${person.known.id}; ${HOW[person.how ?? ''] ?? 'matched'})` : `new: ${person.proposedId}`;
      lines.push(`  ${person.name.padEnd(width)}  ${what}`);
    }
  }
  for (const [kind, facts] of factsByKind(draft.facts)) {
    lines.push('', `${RECORD_HEADINGS[kind].many} (${facts.length})`);
    for (const fact of facts) {
      lines.push(`  ${fact.confidence.toFixed(2)} ${(fact.held ? 'held' : fact.basis).padEnd(8)} ${oneLine(draftFactLabel(fact, draft.bundle))}`);
      lines.push(`                ${quotedWords(draft.text, fact)}  [${locators(fact)}]`);
    }
  }
  if (draft.disputes.length) {
    lines.push('', `Disputes with what the database holds (${draft.disputes.length}); both are kept, nothing is overwritten (exact values in --json)`);
    for (const dispute of draft.disputes) {
      const [held, read] = dispute.claims;
      const shown = disputeValueLabels([held?.value, read?.value]);
      lines.push(`  ${dispute.subject ? `${dispute.subject.kind} ${dispute.subject.id}` : 'a record'}, ${dispute.field}: held “${shown[0]}” (${held?.citation.sourceId}) — this report “${shown[1]}”`);
    }
  }
  if (draft.warnings.length) {
    lines.push('', 'Warnings:');
    for (const warning of draft.warnings) lines.push(`  ${warning}`);
  }
  return lines.join('\n');
}
