import type { RecordKind } from '@bilat/domain';
import { actionLabel, humanize, instantLabel } from '~/lib/labels';
import { recordHref } from '~/lib/links';

export interface ChangeItem {
  revision: number;
  at: string;
  actor: string;
  action: string;
  kind: RecordKind;
  id: string;
  title: string;
  batchId: string | null;
}

/** One line of the change log; shared by the server-rendered page and the "show more" list. */
export function ChangeRow({ change }: { change: ChangeItem }) {
  return (
    <li data-revision={change.revision} data-record={`${change.kind}:${change.id}`}>
      <span className="when">
        <time dateTime={change.at}>{instantLabel(change.at)}</time>
      </span>{' '}
      <span className={`badge${change.action === 'create' ? ' new' : ''}`}>{actionLabel(change.action)}</span> <span className="muted">{humanize(change.kind)}</span>{' '}
      {change.action === 'delete' ? <span>{change.title}</span> : <a href={recordHref(change.kind, change.id)}>{change.title}</a>}
      <span className="muted">
        {' '}
        by {change.actor}
        {change.batchId ? ' (in an import)' : ''}
      </span>
    </li>
  );
}
