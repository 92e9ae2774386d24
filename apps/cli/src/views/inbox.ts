import { confidenceLabel, factValueLabel, INBOX_KEY_HELP } from '@bilat/formats/inbox';
import type { InboxProposal } from '../data/inbox.js';
import type { Column } from '../table.js';
import { blank, heading, line, paragraph, span, tableLines, type Line } from './doc.js';

/*
 * The inbox's lines for the terminal UI: the waiting proposals as a table (Enter opens
 * one), and one proposal with its facts beside the source's own words and the reports it
 * was drafted from. Pure functions of the data and the width, like every view.
 */

const humanize = (code: string) => {
  const words = code.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const proposalColumns: Column<InboxProposal>[] = [
  { header: 'ID', value: (p) => String(p.id), align: 'right' },
  { header: 'CONF', value: (p) => confidenceLabel(p.confidence), align: 'right' },
  { header: 'KIND', value: (p) => humanize(p.kind) },
  { header: 'PAIR', value: (p) => p.pair ?? '' },
  { header: 'DATE', value: (p) => p.date ?? '' },
  { header: 'REPORTS', value: (p) => String(p.sources.length), align: 'right' },
  { header: 'TITLE', value: (p) => p.title, flex: true },
];

export function inboxLines(proposals: readonly InboxProposal[], width: number, more: boolean): Line[] {
  if (proposals.length === 0) {
    return [
      line([span('Nothing waiting for review.', 'muted')]),
      blank(),
      ...paragraph('Reports from watched sources (`bilat watch add URL`, `bilat watch run`) and from importers are drafted here.', width, { tone: 'muted' }),
    ];
  }
  const lines = tableLines(proposals, proposalColumns, width, (p) => ({ screen: 'proposal', id: p.id }));
  lines.push(blank(), line([span(`${INBOX_KEY_HELP} · Enter open`, 'muted')]));
  if (more) lines.push(line([span('More proposals wait beyond these: decide on these first, or list them all with `bilat inbox list`.', 'muted')]));
  return lines;
}

export function proposalLines(proposal: InboxProposal | undefined, width: number): Line[] {
  if (!proposal) return [line([span('This proposal is no longer waiting (decided here or elsewhere). Esc goes back to the inbox.', 'muted')])];
  const lines: Line[] = [line([span(proposal.title, 'title')])];
  const meta = [humanize(proposal.kind), proposal.pair, proposal.date, `confidence ${confidenceLabel(proposal.confidence)}`, `${proposal.sources.length} ${proposal.sources.length === 1 ? 'report' : 'reports'}`];
  lines.push(line([span(meta.filter(Boolean).join(' · '), 'muted')]));
  if (proposal.matchedRecordId) {
    lines.push(line([span('Cites again the held '), span(`${proposal.kind} ${proposal.matchedRecordId}`, 'accent')]));
  }
  lines.push(blank(), heading('Facts', proposal.facts.length));
  const fieldWidth = Math.min(18, Math.max(6, ...proposal.facts.map((fact) => humanize(fact.field).length + 1)));
  for (const fact of proposal.facts) {
    lines.push(...paragraph(`${factValueLabel(fact.value)}  (${confidenceLabel(fact.confidence)})`, width, { indent: 2, label: humanize(fact.field), labelWidth: fieldWidth }));
    if (fact.words) lines.push(...paragraph(`“${fact.words}”`, width, { indent: 2 + fieldWidth, tone: 'accent' }));
  }
  lines.push(blank(), heading('Reports', proposal.sources.length));
  for (const source of proposal.sources) {
    const text = `${source.publisher}${source.publishedAt ? `, ${source.publishedAt}` : ''}: ${source.title}`;
    lines.push(line([span('  '), span(text)], { screen: 'record', kind: 'source', id: source.documentId }));
  }
  lines.push(blank(), line([span(`a accept · e edit the title, then accept · r reject · Enter open a report · Esc back`, 'muted')]));
  return lines;
}
