import type { RecordKind } from '@bilat/domain';
import { humanize } from '~/lib/labels';
import { hasPage, recordHref } from '~/lib/links';
import { kindHeading } from '@bilat/domain/kinds';

interface Related {
  relation: string;
  kind: RecordKind;
  id: string;
  title: string;
}

const RELATION_WORDS: Record<string, string> = {
  'made-at': 'made at this event',
  event: 'said at this event',
  'related-event': 'signed or prepared here',
  participant: 'took part',
  'participant-post': 'post held',
  visitor: 'visitor',
  'date-derived-from': 'date reasoned from',
  cites: 'cites this source',
  attests: 'attests a post',
  'claim-cites': 'a disputed claim cites this source',
  'claim': 'disputed',
  subject: 'about this record',
  about: 'about this record',
  speaker: 'said by this person',
};

/** Records a record points at, or that point at it, with the relation in words. */
export function RelatedList({ items, empty }: { items: readonly Related[]; empty: string }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="related">
      {items.map((item) => (
        <li key={`${item.relation}-${item.kind}-${item.id}`}>
          <span className="badge">{kindHeading(item.kind)}</span> <a href={recordHref(item.kind, item.id)}>{item.title}</a>
          {!hasPage(item.kind) && <span className="muted"> (record as JSON)</span>}
          <span className="muted"> — {RELATION_WORDS[item.relation] ?? humanize(item.relation)}</span>
        </li>
      ))}
    </ul>
  );
}
