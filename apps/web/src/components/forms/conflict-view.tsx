'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { actionLabel, instantLabel, plural } from '~/lib/labels';
import type { EditForm } from './use-edit-form';

/**
 * A save refused because the record changed since the form was opened: who changed it,
 * field by field what changed (as the form was opened on it, as it is now) beside the
 * editor's own edit, and a button that re-applies that edit onto the current version.
 * Once re-applied, a reminder to check it before saving.
 */
export function ConflictView({ edit, what }: { edit: EditForm; what: string }) {
  const { conflict } = edit;
  const here = usePathname();
  const shown = useRef<HTMLElement & HTMLDivElement>(null);
  // The editor pressed Save at the foot of the form: bring what happened into view (and to a screen reader's focus).
  useEffect(() => shown.current?.focus(), [conflict, edit.reapplied]);
  if (!conflict) return null;
  const both = conflict.rows.filter((row) => row.changedBy === 'both');
  if (edit.reapplied) {
    return (
      <div className="notice" role="status" data-testid="conflict-reapplied" ref={shown} tabIndex={-1}>
        <p>
          Your edit is re-applied onto the current version of this {what} (revision {conflict.revision}). Check it below, then save.
        </p>
        {both.length > 0 && <p>Changed on both sides, your value kept: {both.map((row) => row.label).join(', ')}.</p>}
      </div>
    );
  }
  const latest = conflict.changes.at(-1);
  return (
    <section className="error-box conflict" role="alert" aria-labelledby="conflict-heading" data-testid="conflict" ref={shown} tabIndex={-1}>
      <h2 id="conflict-heading">Not saved: this {what} changed since you opened the form</h2>
      <p>
        {plural(conflict.changes.length, 'change')} since revision {conflict.from}
        {latest ? `, the latest ${actionLabel(latest.action)} by ${latest.actor} on ${instantLabel(latest.at)}` : ''}. Nothing of your edit was saved.
      </p>
      {conflict.deleted ? (
        <p>It has been deleted since: there is nothing to re-apply your edit onto.</p>
      ) : (
        <>
          {!conflict.baseKnown && <p>The version you opened is not in the revision log; your edit is compared with the current version.</p>}
          <table data-testid="conflict-fields">
            <caption>What changed, field by field</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">When you opened the form</th>
                <th scope="col">Now</th>
                <th scope="col">Your edit</th>
              </tr>
            </thead>
            <tbody>
              {conflict.rows.map((row) => (
                <tr key={row.field} data-field={row.field} data-changed-by={row.changedBy}>
                  <th scope="row">
                    {row.label}
                    {row.changedBy === 'both' && <span className="muted"> (changed on both sides)</span>}
                  </th>
                  <td>{row.then}</td>
                  <td>{row.now}</td>
                  <td>{row.yours ?? <span className="muted">unchanged</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="actions">
            <button type="button" onClick={edit.reapply}>
              Re-apply my edit onto the current version
            </button>{' '}
            <a href={here}>Discard my edit and start from the current version</a>
          </p>
        </>
      )}
    </section>
  );
}
