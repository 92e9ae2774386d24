import { agreesWithinPrecision, foldText, type Citation, type Dispute, type Holding, type KindedRecord, type Post, type TradeFlow } from '@bilat/domain';
import type { IdMaker } from './ids.js';
import type { KnownRecords } from './known.js';

/**
 * Where a draft says something else than what is already held — a different title for the
 * same person on the same day, a different figure for the same year and flow — both
 * records stay and a dispute links them; nothing known is overwritten.
 */
export function findDisputes(records: KindedRecord[], known: KnownRecords, ids: IdMaker): Dispute[] {
  const disputes: Dispute[] = [];
  const posts = new Map<string, Post>();
  for (const post of known.posts ?? []) posts.set(post.id, post);
  for (const item of records) if (item.kind === 'post') posts.set(item.record.id, item.record);
  for (const item of records) {
    if (item.kind === 'holding') {
      const dispute = titleDispute(item.record, known.holdings ?? [], posts, ids);
      if (dispute) disputes.push(dispute);
    }
    if (item.kind === 'trade') {
      const dispute = figureDispute(item.record, known.trade ?? [], ids);
      if (dispute) disputes.push(dispute);
    }
  }
  return disputes;
}

function titleDispute(draft: Holding, holdings: Holding[], posts: Map<string, Post>, ids: IdMaker): Dispute | undefined {
  const attestation = draft.attestations[0];
  const draftPost = posts.get(draft.postId);
  if (!attestation || !draftPost) return undefined;
  for (const holding of holdings) {
    if (holding.personId !== draft.personId || holding.postId === draft.postId) continue;
    const same = holding.attestations.find((a) => a.on === attestation.on);
    const post = posts.get(holding.postId);
    if (!same || !post || foldText(post.title) === foldText(draftPost.title)) continue;
    return {
      id: ids.make(`${draft.personId} title ${attestation.on}`),
      status: 'draft',
      subject: { kind: 'person', id: draft.personId },
      field: 'title',
      claims: [
        { value: same.titleAsReported ?? post.title, citation: { sourceId: same.sourceId, ...(same.locator ? { locator: same.locator } : {}) }, record: { kind: 'holding', id: holding.id } },
        { value: attestation.titleAsReported ?? draftPost.title, citation: { sourceId: attestation.sourceId, ...(attestation.locator ? { locator: attestation.locator } : {}) }, record: { kind: 'holding', id: draft.id } },
      ],
      notes: `Two titles for the same person on ${attestation.on}; both holdings are kept.`,
    };
  }
  return undefined;
}

function figureDispute(draft: TradeFlow, trade: TradeFlow[], ids: IdMaker): Dispute | undefined {
  for (const flow of trade) {
    if (flow.id === draft.id) continue;
    const sameKey = flow.reporter === draft.reporter && flow.partner === draft.partner && flow.flow === draft.flow
      && flow.period.start === draft.period.start && (flow.period.end ?? '') === (draft.period.end ?? '')
      && flow.classification.code === draft.classification.code;
    if (!sameKey) continue;
    const agree = flow.value.currency === draft.value.currency && agreesWithinPrecision(flow.value, draft.value);
    if (agree) continue;
    const claim = (record: TradeFlow): { value: string; citation: Citation; record: { kind: 'trade'; id: string } } => ({
      value: `${record.value.amount} ${record.value.currency}`,
      citation: record.citations[0]!,
      record: { kind: 'trade', id: record.id },
    });
    return {
      id: ids.make(`${draft.reporter} ${draft.partner} ${draft.period.start} ${draft.flow} value`),
      status: 'draft',
      subject: { kind: 'trade', id: flow.id },
      field: 'value',
      claims: [claim(flow), claim(draft)],
      notes: `Two values for ${draft.reporter}'s ${draft.flow} with ${draft.partner} in ${draft.period.start}${draft.period.end ? `–${draft.period.end}` : ''}; both figures are kept.`,
    };
  }
  return undefined;
}
