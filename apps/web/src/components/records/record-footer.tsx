import type { RecordKind } from '@bilat/domain';
import { apiHref } from '~/lib/links';

/** The record's id and its machine-readable form. */
export function RecordFooter({ kind, id }: { kind: RecordKind; id: string }) {
  return (
    <p className="muted record-footer">
      Record id <code>{id}</code> · <a href={apiHref(kind, id)}>JSON</a> · <a href={`${apiHref(kind, id)}/detail`}>JSON with relations</a>
    </p>
  );
}
