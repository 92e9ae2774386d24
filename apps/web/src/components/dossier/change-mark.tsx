import { refKey, type RecordKind } from '@bilat/domain';
import type { ChangeMark } from '~/server/changes';

/** "added"/"edited" beside a record changed after the dossier's "changed since" date. */
export function ChangeMarkBadge({ marks, kind, id }: { marks: ReadonlyMap<string, ChangeMark>; kind: RecordKind; id: string | readonly string[] }) {
  const ids = typeof id === 'string' ? [id] : id;
  const found = ids.map((one) => marks.get(refKey({ kind, id: one }))).find(Boolean);
  if (!found) return null;
  return (
    <span className="badge new" data-change={found}>
      {found === 'added' ? 'new' : 'edited'}
    </span>
  );
}
