import { findRecord, listRevisions, openDatabase, scopeOf } from '@bilat/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openSession, seriousViolations, signIn, textOf } from './support/browser';

/*
 * Two editors open the same meeting's edit form. The first saves; the second's save is
 * refused because the form is based on a revision that is no longer current: the page
 * shows what changed since it was opened (field by field, beside the second editor's own
 * edit), re-applies that edit onto the current version on request, and saves it.
 */

const MEETING = 'kz-lt-intergovernmental-commission-14';
let session: BrowserSession;
let first: Page;
let second: Page;

/** The meeting as stored, and its revisions after one, from the database the server uses. */
async function stored(afterRevision = 0) {
  const database = await openDatabase({ kind: 'sqlite', path: inject('databasePath') }, { migrate: false });
  try {
    const found = await findRecord(scopeOf(database), 'meeting', MEETING);
    const revisions = await listRevisions(scopeOf(database), { kind: 'meeting', recordId: MEETING, afterId: afterRevision });
    return { record: found!.record, revision: found!.revision, revisions };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  session = await openSession();
  first = session.page;
  await signIn(first, `/meetings/${MEETING}/edit`);
  second = await session.context.newPage();
});

afterAll(() => session?.close());

describe('two editors, one meeting', () => {
  let opened: Awaited<ReturnType<typeof stored>>;

  it('both forms carry the revision they were opened on', async () => {
    opened = await stored();
    await second.goto(`/meetings/${MEETING}/edit`);
    for (const page of [first, second]) expect(await page.locator('form[data-testid="meeting-form"] input[name="_revision"]').inputValue()).toBe(String(opened.revision));
  });

  it('the first save goes through', async () => {
    await first.fill('textarea[name="notes"]', 'Checked against the ministry’s own note of the meeting.');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await first.waitForURL((url) => url.pathname === `/meetings/${MEETING}` && url.searchParams.has('saved'));
  });

  it('the second is refused, and the page shows the other edit beside this one', async () => {
    await second.fill('textarea[name="summary"]', 'The commission reviewed transport and trade projects.');
    await second.fill('input[name="title"]', 'Intergovernmental commission, 14th meeting (Vilnius)');
    await second.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.locator('[data-testid="conflict"]');
    await conflict.waitFor();
    expect(new URL(second.url()).pathname).toBe(`/meetings/${MEETING}/edit`);
    expect(await textOf(second, '[data-testid="conflict"] h2')).toBe('Not saved: this meeting changed since you opened the form');
    expect(await textOf(second, '[data-testid="conflict"] p')).toContain(`1 change since revision ${opened.revision}, the latest edited by key:${inject('writeKeyId')}`);

    const row = (field: string) => second.locator(`[data-testid="conflict-fields"] tr[data-field="${field}"]`);
    expect(await row('notes').getAttribute('data-changed-by')).toBe('them');
    expect(((await row('notes').locator('td').allTextContents()) as string[]).map((cell) => cell.trim())).toEqual([
      opened.record.notes ?? '—',
      'Checked against the ministry’s own note of the meeting.',
      'unchanged',
    ]);
    expect(await row('summary').getAttribute('data-changed-by')).toBe('you');
    expect((await row('summary').locator('td').last().textContent())?.trim()).toBe('The commission reviewed transport and trade projects.');
    expect(await row('title').getAttribute('data-changed-by')).toBe('you');
    expect(await second.locator('[data-testid="conflict-fields"] tbody tr').count()).toBe(3);

    // Nothing of the second edit was written: one change since the forms were opened.
    const now = await stored(opened.revision);
    expect(now.revisions.map((revision) => revision.action)).toEqual(['update']);
    expect(now.record.summary).toBe(opened.record.summary);
    expect(await seriousViolations(second)).toEqual([]);
  });

  it('re-applies the second edit onto the current version, and saves it', async () => {
    const current = await stored();
    await second.getByRole('button', { name: 'Re-apply my edit onto the current version' }).click();
    await second.locator('[data-testid="conflict-reapplied"]').waitFor();
    expect(await textOf(second, '[data-testid="conflict-reapplied"]')).toContain(`revision ${current.revision}`);
    expect(await second.locator('input[name="_revision"]').inputValue()).toBe(String(current.revision));
    expect(await second.locator('textarea[name="notes"]').inputValue()).toBe('Checked against the ministry’s own note of the meeting.');
    expect(await second.locator('textarea[name="summary"]').inputValue()).toBe('The commission reviewed transport and trade projects.');
    expect(await second.locator('input[name="title"]').inputValue()).toBe('Intergovernmental commission, 14th meeting (Vilnius)');

    await second.getByRole('button', { name: 'Save changes' }).click();
    await second.waitForURL((url) => url.pathname === `/meetings/${MEETING}` && url.searchParams.has('saved'));
    expect(await textOf(second, 'main h1')).toBe('Intergovernmental commission, 14th meeting (Vilnius)');
    const saved = await stored(opened.revision);
    expect(saved.revisions.map((revision) => revision.action)).toEqual(['update', 'update']);
    expect(saved.record).toMatchObject({
      notes: 'Checked against the ministry’s own note of the meeting.',
      summary: 'The commission reviewed transport and trade projects.',
      title: 'Intergovernmental commission, 14th meeting (Vilnius)',
    });
    // Everything neither editor touched is as it was.
    expect({ ...saved.record, notes: opened.record.notes, summary: opened.record.summary, title: opened.record.title }).toEqual(opened.record);
  });
});
