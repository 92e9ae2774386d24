import type { RouterOutputs } from '@bilat/api';
import { kindHeading } from '@bilat/domain/kinds';
import { actionLabel, instantLabel } from '~/lib/labels';
import { recordHref } from '~/lib/links';

/** One entry of the change log, as the API's `changes` gives it. */
export type ChangeItem = RouterOutputs['changes']['items'][number];

/** One line of the change log; shared by the server-rendered page and the "show more" list. */
export function ChangeRow({ change }: { change: ChangeItem }) {
  return (
    <li data-revision={change.revision} data-record={`${change.kind}:${change.id}`}>
      <span className="when">
        <time dateTime={change.at}>{instantLabel(change.at)}</time>
      </span>{' '}
      <span className={`badge${change.action === 'create' ? ' new' : ''}`}>{actionLabel(change.action)}</span> <span className="muted">{kindHeading(change.kind)}</span>{' '}
      {change.action === 'delete' ? <span>{change.title}</span> : <a href={recordHref(change.kind, change.id)}>{change.title}</a>}
      <span className="muted">
        {' '}
        by {change.actor}
        {change.batchId ? ' (in an import)' : ''}
      </span>
    </li>
  );
}
