import { addProposalDraft, findRecord, getRecords, inTransaction, insertProposal, listRevisions, projectRecord, type BilatDatabase } from '@bilat/db';
import { tryParseLocator, type Agreement, type KindedRecord, type Meeting, type Source } from '@bilat/domain';
import { bundleFromRecords } from '@bilat/domain/bundle';
import type { DraftFact } from '@bilat/extract';
import { recordDate, type StoredDraft } from './drafts.js';

/*
 * Drafts an importer made (the meetings and agreements the Office of the Historian's trip
 * remarks name) join the same inbox as the watcher's: one proposal per drafted meeting or
 * agreement of the batch, citing the remark it was read from. They are already held as
 * `draft` records, so accepting one marks it `verified` (in a batch of its own, undoable)
 * and rejecting it deletes the draft (the revision log keeps it).
 */

/** An importer's drafts are read with less certainty than a report's: a remark is a line, not an account. */
const IMPORTED_DRAFT_CONFIDENCE = 0.6;

export async function proposeFromBatch(database: BilatDatabase, batchId: string, origin: string): Promise<number> {
  return inTransaction(database, async (scope) => {
    let proposed = 0;
    const at = new Date().toISOString();
    for (const kind of ['meeting', 'agreement'] as const) {
      const created = (await listRevisions(scope, { batchId, kind })).filter((entry) => entry.action === 'create').map((entry) => entry.recordId);
      const records = (await getRecords(scope, kind, created)) as (Meeting | Agreement)[];
      for (const record of records.filter((r) => r.status === 'draft')) {
        const already = await scope.db.selectFrom('proposals').select('id').where('kind', '=', kind).where('record_id', '=', record.id).executeTakeFirst();
        if (already) continue;
        const citation = record.citations[0];
        const source = citation ? ((await findRecord(scope, 'source', citation.sourceId))?.record as Source | undefined) : undefined;
        if (!source) continue;
        const locator = citation?.locator ? tryParseLocator(citation.locator) : undefined;
        const spans = locator && locator.kind === 'characters' ? [{ start: locator.start, end: locator.end }] : [];
        const item = { kind, record } as KindedRecord;
        const fact: DraftFact = { kind, id: record.id, label: record.title, confidence: IMPORTED_DRAFT_CONFIDENCE, basis: 'reported', spans, held: true };
        const draft: StoredDraft = { bundle: bundleFromRecords([{ kind: 'source', record: source }, item]), facts: [fact], publishedFrom: 'options', language: { code: source.language ?? 'en', name: 'English' }, warnings: [] };
        const projection = projectRecord(item) as { pair?: string | null };
        const proposal = await insertProposal(scope, {
          kind,
          pair: projection.pair ?? null,
          date: recordDate(item),
          title: record.title,
          confidence: IMPORTED_DRAFT_CONFIDENCE,
          recordId: record.id,
          matchedRecordId: record.id,
          origin,
          at,
        });
        await addProposalDraft(scope, { proposalId: proposal.id, documentId: source.id, draft, at });
        proposed += 1;
      }
    }
    return proposed;
  });
}
