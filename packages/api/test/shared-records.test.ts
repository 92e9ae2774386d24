import { getDossier, getRecords, scopeOf, sharedBodies } from '@bilat/db';
import { compactDossier, compactDossierSourceIds, dossierSectionPage, dossierSectionPageSchema, pairDossierSchema, sectionPageSourceIds } from '@bilat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller, createInnerContext, localCaller } from '../src/index.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';

/*
 * A dossier computed afresh reads its records' text from the database every time, but
 * parses a text only once while it is kept (parsed-bodies.ts): the records are shared
 * between answers. Here the server's answers, computed on every request, are held byte for
 * byte to the same answers built from records parsed anew (the cold path), after an edit,
 * an undo, a deletion and a restore; and the shared records cannot be changed.
 */

const TODAY = '2026-11-28';
const PAIR = 'KZ-LT';

describe.each(BACKENDS)('dossiers from shared records, on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
  }, 120_000);
  afterAll(async () => test?.dispose());

  const callers = () => {
    const context = (caller: ReturnType<typeof localCaller>) => createInnerContext({ database: test.database, caller, options: { today: () => TODAY } });
    return { reader: createCaller(context(localCaller('local:test'))), writer: createCaller(context(localCaller('local:test'))) };
  };

  /** The dossier answer and a section page built from records parsed anew, as before records were shared (the vitest config turns output checks on). */
  async function cold() {
    const scope = scopeOf(test.database);
    const full = await getDossier(scope, PAIR, { today: TODAY, tradeSources: false, sources: false });
    const compact = compactDossier(full);
    compact.sources = await getRecords(scope, 'source', compactDossierSourceIds(compact));
    const page = dossierSectionPage(full, 'meetings', { limit: 3 });
    page.sources = await getRecords(scope, 'source', sectionPageSourceIds(page));
    // Through the output schemas, as tRPC sends them under test (a schema's parse puts keys in its order).
    return { dossier: JSON.stringify(pairDossierSchema.parse(compact)), page: JSON.stringify(dossierSectionPageSchema.parse(page)) };
  }

  async function served() {
    const { reader } = callers();
    const dossier = JSON.stringify(await reader.pairs.dossier({ pair: PAIR }));
    const page = JSON.stringify(await reader.pairs.dossierSection({ pair: PAIR, section: 'meetings', limit: 3 }));
    return { dossier, page };
  }

  async function expectSameAsCold(): Promise<string> {
    const answer = await served();
    expect(answer).toEqual(await cold());
    // Asked again, the records are the kept parses, and the answer is the same bytes.
    const before = sharedBodies.stats();
    expect(await served()).toEqual(answer);
    const after = sharedBodies.stats();
    expect(after.hits).toBeGreaterThan(before.hits);
    expect(after.misses).toBe(before.misses);
    return answer.dossier;
  }

  it('answers the same bytes as records parsed anew, through an edit, an undo, a deletion and a restore', async () => {
    const { reader, writer } = callers();
    const original = await expectSameAsCold();

    // An edit: the next answer shows it, and only the changed text is parsed again.
    const meeting = (await reader.meetings.list({ country: 'KZ', partner: 'LT', limit: 1 })).items[0]!;
    const current = await reader.meetings.get({ id: meeting.id });
    const before = sharedBodies.stats();
    // Text never stored before (kept parses are shared by every database in the process).
    const notes = `Edited to test shared records on ${dialect}, ${Date.now()}`;
    await writer.meetings.update({ ...current, notes });
    const edited = await expectSameAsCold();
    expect(edited).not.toBe(original);
    expect(edited).toContain(notes);
    const misses = sharedBodies.stats().misses - before.misses;
    expect(misses).toBeGreaterThan(0);
    expect(misses).toBeLessThanOrEqual(3);

    // Back to the stored text of before (a second edit), then a batch and its undo.
    await writer.meetings.update({ ...current });
    expect(await expectSameAsCold()).toBe(original);
    const text = 'Kazakh Minister of Transport Marat Karabaev held talks with Lithuanian Vice Minister of Foreign Affairs Jonas Survila in Astana on 9 April 2025.';
    const draft = await reader.extract.draft({ text, published: '2025-04-10', publisher: 'Shared Records News' });
    const saved = await writer.extract.save({ bundle: draft.bundle });
    expect(await expectSameAsCold()).not.toBe(original);
    await writer.batches.undo({ id: saved.batchId!, force: true });
    expect(await expectSameAsCold()).toBe(original);

    // A deletion and its restore (of a meeting nothing else points at: others are refused).
    const meetings = (await reader.meetings.list({ country: 'KZ', partner: 'LT', limit: 50 })).items;
    let deleted: string | undefined;
    for (const candidate of meetings) {
      const outcome = await writer.meetings.delete({ id: candidate.id }).catch(() => undefined);
      if (outcome) {
        deleted = candidate.id;
        break;
      }
    }
    expect(deleted).toBeDefined();
    const without = await expectSameAsCold();
    expect(without).not.toBe(original);
    await writer.meetings.restore({ id: deleted! });
    expect(await expectSameAsCold()).toBe(original);
  });

  it('a shared record cannot be changed (frozen under test)', async () => {
    const scope = scopeOf(test.database);
    const dossier = await getDossier(scope, PAIR, { today: TODAY, shared: true });
    const meeting = dossier.meetings[0]!;
    expect(Object.isFrozen(meeting)).toBe(true);
    expect(() => {
      (meeting as { notes?: string }).notes = 'changed';
    }).toThrow(TypeError);
    // Records asked for without `shared` are the caller's own.
    const own = await getDossier(scope, PAIR, { today: TODAY });
    expect(Object.isFrozen(own.meetings[0])).toBe(false);
  });
});
