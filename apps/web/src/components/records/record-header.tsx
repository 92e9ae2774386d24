import type { ReactNode } from 'react';
import { currentCaller } from '~/server/session';

/** A record page's heading: what kind of record, its title, its status, and an edit link for write keys. */
export async function RecordHeader({ kind, title, status, editHref, children }: { kind: string; title: string; status?: 'verified' | 'draft'; editHref?: string; children?: ReactNode }) {
  const caller = await currentCaller();
  const canWrite = caller.scope === 'write' || caller.scope === 'admin';
  return (
    <header className="record-header">
      <p className="eyebrow">{kind}</p>
      <h1>
        {title} {status === 'draft' && <span className="badge warn">draft</span>}
      </h1>
      {children}
      {editHref && canWrite && (
        <p className="no-print">
          <a className="button secondary" href={editHref}>
            Edit
          </a>
        </p>
      )}
    </header>
  );
}
