import { describeLocator, formatPartialDate, tryParseLocator, type AnyRecord, type RecordKind } from '@bilat/domain';
import type { Metadata } from 'next';
import { Facts } from '~/components/records/facts';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { humanize, plural } from '~/lib/labels';
import { hasPage, locatorAnchor, recordHref } from '~/lib/links';
import { pageMetadata } from '~/lib/metadata';
import { anyRecord, recordDetail } from '~/server/records';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

interface CitingFact {
  kind: RecordKind;
  id: string;
  title: string;
  relation: string;
  note?: string;
}

/** Where a record cites this source: its citations, a holding's attestations, a dispute's claims. */
function passages(record: AnyRecord, sourceId: string): { locator?: string; note?: string }[] {
  const found: { locator?: string; note?: string }[] = [];
  if ('citations' in record) for (const c of record.citations) if (c.sourceId === sourceId) found.push({ locator: c.locator, note: c.note });
  if ('attestations' in record) for (const a of record.attestations) if (a.sourceId === sourceId) found.push({ locator: a.locator, note: `Attests the post held on ${formatPartialDate(a.on)}${a.titleAsReported ? `, called “${a.titleAsReported}”` : ''}` });
  if ('claims' in record) for (const claim of record.claims) if (claim.citation.sourceId === sourceId) found.push({ locator: claim.citation.locator, note: `Claims “${claim.value}”` });
  return found;
}

/** Paragraphs in order, then character ranges, then facts with no passage located. */
/** The words a character locator points at, when the user stored the source's text with it. */
function passageText(text: string | undefined, locator: string): string | undefined {
  const parsed = text ? tryParseLocator(locator) : undefined;
  if (!text || parsed?.kind !== 'characters' || parsed.end > text.length) return undefined;
  return text.slice(parsed.start, parsed.end).replace(/\s+/g, ' ').trim() || undefined;
}

function locatorOrder(a: string, b: string): number {
  const rank = (text: string) => {
    const locator = tryParseLocator(text);
    if (!locator) return [2, 0];
    return locator.kind === 'paragraph' ? [0, locator.paragraph] : [1, locator.start];
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0]! - y[0]! || x[1]! - y[1]!;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('source', (await params).id);
  return pageMetadata({ title: record.title, description: `${record.publisher}${record.published ? `, ${formatPartialDate(record.published)}` : ''}: every fact in bilat that cites this source.`, path: recordHref('source', record.id), type: 'article' });
}

export default async function SourcePage({ params }: Props) {
  const detail = await recordDetail('source', (await params).id);
  const source = detail.record;
  const groups = new Map<string, CitingFact[]>();
  for (const dependent of detail.dependents) {
    const record = await anyRecord(dependent.kind, dependent.id);
    const found = record ? passages(record, source.id) : [{}];
    for (const passage of found.length ? found : [{}]) {
      const key = passage.locator ?? '';
      groups.set(key, [...(groups.get(key) ?? []), { kind: dependent.kind, id: dependent.id, title: dependent.title, relation: dependent.relation, note: passage.note }]);
    }
  }
  const keys = [...groups.keys()].sort(locatorOrder);
  const facts = new Set(detail.dependents.map((d) => `${d.kind}:${d.id}`)).size;
  return (
    <article className="stack">
      <RecordHeader kind="Source" title={source.title}>
        <p className="lead">
          {source.publisher}
          {source.via ? `, citing ${source.via}` : ''} · {source.published ? `published ${formatPartialDate(source.published)}` : 'date of publication not known'}
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Publisher', source.publisher],
          ['Via', source.via],
          ['Published', source.published ? formatPartialDate(source.published) : 'not known'],
          ['Address', source.url && <a href={source.url} rel="external noopener noreferrer">{source.url}</a>],
          ['Archived copy', source.archiveUrl && <a href={source.archiveUrl} rel="external noopener noreferrer">{source.archiveUrl}</a>],
          ['Accessed', source.accessed && formatPartialDate(source.accessed)],
          ['Language', source.language],
          ['Licence', source.licence],
          ['Paragraphs', source.paragraphs],
          ['Notes', source.notes],
        ]}
      />
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts citing this source</h2>
        <p className="muted">{plural(facts, 'record')} cite it, grouped by the passage they point at.</p>
        {keys.length === 0 ? (
          <p className="empty">No record cites this source yet.</p>
        ) : (
          keys.map((key) => (
            <section key={key || 'unlocated'} id={locatorAnchor(key || undefined)} className="passage" aria-labelledby={`passage-${key || 'unlocated'}`}>
              <h3 id={`passage-${key || 'unlocated'}`}>{key ? humanize(describeLocator(key)) : 'Passage not located'}</h3>
              {passageText(source.text, key) && (
                <blockquote className="passage-quote" data-quote={key}>
                  {passageText(source.text, key)}
                </blockquote>
              )}
              <ul className="related">
                {groups.get(key)!.map((fact, index) => (
                  <li key={`${fact.kind}-${fact.id}-${index}`} data-fact={`${fact.kind}:${fact.id}`}>
                    <span className="badge">{humanize(fact.kind)}</span> <a href={recordHref(fact.kind, fact.id)}>{fact.title}</a>
                    {!hasPage(fact.kind) && <span className="muted"> (record as JSON)</span>}
                    {fact.note && <div className="muted">{fact.note}</div>}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
      <RecordFooter kind="source" id={source.id} />
    </article>
  );
}
