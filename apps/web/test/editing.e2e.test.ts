import { listRevisions, openDatabase, scopeOf } from '@bilat/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openSession, textOf } from './support/browser';

/*
 * Editing with a write key: sign in, add a participant with a citation through the form,
 * see it on the dossier, in /changes and in the revision log; a fact without a citation is
 * refused beside the citations; signing out takes write access away.
 */

const MEETING = 'kz-lt-political-consultations-10';
let session: BrowserSession;
let page: Page;
/** Just before the edit: "changed since" this instant marks the edited meeting. */
let beforeEdit = '';

beforeAll(async () => {
  session = await openSession();
  page = session.page;
});

afterAll(() => session?.close());

/** A cookie-authenticated write from the page itself (same origin): the status the API answers. */
const writeFromPage = (p: Page) =>
  p.evaluate(async () => {
    const response = await fetch('/trpc/meetings.delete', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'no-such-meeting' }) });
    return response.status;
  });

describe('editing with a write key', () => {
  it('the edit page asks anonymous visitors to sign in', async () => {
    await page.goto(`/meetings/${MEETING}/edit`);
    expect(await textOf(page, 'main h1')).toBe('Sign in to edit');
    expect(await writeFromPage(page)).toBe(401);
  });

  it('refuses a key that is not valid, beside the field', async () => {
    await page.goto('/account');
    await page.fill('#api-key', 'bilat_notreally_x');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#key-error').waitFor();
    expect(await textOf(page, '#key-error')).toContain('not valid');
    expect(await page.getAttribute('#api-key', 'aria-invalid')).toBe('true');
  });

  it('signs in with a write key kept in an HttpOnly, SameSite=Strict cookie', async () => {
    await page.goto(`/account?next=/meetings/${MEETING}/edit`);
    await page.fill('#api-key', inject('writeKey'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === `/meetings/${MEETING}/edit`);
    const cookie = (await session.context.cookies()).find((c) => c.name === 'bilat_key');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('bilat_key');
    expect(await writeFromPage(page)).toBe(404);
  });

  it('a cookie alone does not authorise a write from another origin (no Origin header)', async () => {
    const cookie = (await session.context.cookies()).find((c) => c.name === 'bilat_key')!;
    const response = await fetch(`${inject('baseURL')}/trpc/meetings.delete`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `bilat_key=${cookie.value}` }, body: JSON.stringify({ id: MEETING }) });
    expect(response.status).toBe(401);
  });

  it('refuses a fact without a citation, with the error beside the citations', async () => {
    await page.goto(`/meetings/${MEETING}/edit`);
    const fieldset = page.locator('[data-testid="citations-fieldset"]');
    while ((await fieldset.locator('button.remove').count()) > 0) await fieldset.locator('button.remove').first().click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('[data-error-for="citations"]').waitFor();
    expect(await textOf(page, '[data-error-for="citations"]')).toBe('A fact needs at least one citation');
    expect(await page.locator('[data-testid="citations-fieldset"]').getAttribute('aria-invalid')).toBe('true');
    expect(await textOf(page, '[data-testid="form-errors"]')).toContain('Not saved');
    expect(new URL(page.url()).pathname).toBe(`/meetings/${MEETING}/edit`);
  });

  it('adds a participant with a citation through the form', async () => {
    await page.goto(`/meetings/${MEETING}/edit`);
    const row = 'participants.2';
    await page.selectOption(`select[name="${row}.personId"]`, 'marat-karabayev');
    await page.selectOption(`select[name="${row}.side"]`, 'KZ');
    await page.selectOption(`select[name="${row}.role"]`, 'member');
    // The posts this person holds are looked up through tRPC and offered first.
    await page.locator(`select[name="${row}.postId"] optgroup[label="Held by this person"] option[value="kz-minister-of-transport"]`).waitFor({ state: 'attached' });
    await page.selectOption(`select[name="${row}.postId"]`, 'kz-minister-of-transport');
    const fieldset = page.locator('[data-testid="citations-fieldset"]');
    const before = await fieldset.locator('select').count();
    await fieldset.getByRole('button', { name: 'Add a source' }).click();
    await page.selectOption(`select[name="citations.${before}.sourceId"]`, 'kazinform-2024-06-20-kz-lt-consultations');
    await page.fill(`input[name="citations.${before}.locator"]`, 'p8');
    await page.fill(`input[name="citations.${before}.note"]`, 'Names the transport minister in the same report.');
    beforeEdit = new Date().toISOString();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === `/meetings/${MEETING}` && url.searchParams.has('saved'));
    const participant = await textOf(page, '[data-participant="marat-karabayev"]');
    expect(participant).toContain('Marat Karabayev');
    expect(participant).toContain('Delegation member; Minister of Transport of Kazakhstan');
    expect(await textOf(page, 'main')).toContain('Names the transport minister in the same report.');
  });

  it('the edit appears on the dossier, marked as changed since just before it', async () => {
    await page.goto(`/pairs/KZ-LT?changed=${encodeURIComponent(beforeEdit)}`);
    const item = page.locator(`[data-meeting="${MEETING}"]`);
    expect(await item.textContent()).toContain('Marat Karabayev');
    expect(await item.locator('[data-change="edited"]').count()).toBe(1);
    expect(await page.locator('[data-change]').count()).toBe(1);
    expect(await textOf(page, '[data-testid="officials"] [data-person="marat-karabayev"]')).toContain('Minister of Transport of Kazakhstan');
  });

  it('the edit appears in /changes, newest first, under the key', async () => {
    await page.goto('/changes');
    const first = page.locator('[data-testid="changes"] li').first();
    expect(await first.getAttribute('data-record')).toBe(`meeting:${MEETING}`);
    expect(await first.textContent()).toContain(`edited`);
    expect(await first.textContent()).toContain(`key:${inject('writeKeyId')}`);
  });

  it('the edit is in the revision log with the state before and after', async () => {
    const database = await openDatabase({ kind: 'sqlite', path: inject('databasePath') }, { migrate: false });
    try {
      const revisions = await listRevisions(scopeOf(database), { kind: 'meeting', recordId: MEETING });
      const last = revisions.at(-1)!;
      expect(last.action).toBe('update');
      expect(last.actor).toBe(`key:${inject('writeKeyId')}`);
      const ids = (body: unknown) => (body as { participants: { personId: string }[] }).participants.map((p) => p.personId);
      expect(ids(last.before)).not.toContain('marat-karabayev');
      expect(ids(last.after)).toContain('marat-karabayev');
    } finally {
      await database.close();
    }
  });

  it('signing out removes write access', async () => {
    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/account' && url.searchParams.has('signedOut'));
    expect(await textOf(page, 'main')).toContain('You are signed out');
    expect((await session.context.cookies()).some((c) => c.name === 'bilat_key')).toBe(false);
    await page.goto(`/meetings/${MEETING}/edit`);
    expect(await textOf(page, 'main h1')).toBe('Sign in to edit');
    expect(await writeFromPage(page)).toBe(401);
    expect(await textOf(page, '.site-header')).toContain('Sign in');
  });
});
