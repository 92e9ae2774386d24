import { confidenceLabel, factValueLabel } from '@bilat/formats/inbox';
import { humanize } from '~/lib/labels';
import { HighlightedText } from '~/components/extract/highlighted-text';
import { wordSpans, type ReviewItem } from './review-item';

/*
 * One proposed event as the reviewer reads it: what it is, how sure bilat is, the held
 * record it cites again (if any), every fact beside the source's own words, and the
 * reports it was drafted from. Rendered inside the review list; no state of its own.
 */

export function ProposalSummary({ proposal, headingId }: { proposal: ReviewItem; headingId: string }) {
  return (
    <>
      <h2 id={headingId} className="timeline-title">
        {proposal.title}
      </h2>
      <p className="meta">
        <span className="badge">{humanize(proposal.kind)}</span> {proposal.pair && <a href={`/pairs/${proposal.pair}`}>{proposal.pair}</a>}
        {proposal.date && <> · {proposal.date}</>} · confidence <strong>{confidenceLabel(proposal.confidence)}</strong>
        {proposal.sources.length > 1 && <> · {proposal.sources.length} reports</>}
        {proposal.status !== 'waiting' && (
          <>
            {' '}
            <span className={proposal.status === 'accepted' ? 'badge ok' : 'badge warn'}>{humanize(proposal.status)}</span>
          </>
        )}
      </p>
      {proposal.matchedRecordId && (
        <p className="meta">
          Cites again the held {proposal.kind}{' '}
          {proposal.matchedHref ? <a href={proposal.matchedHref}>{proposal.matchedRecordId}</a> : proposal.matchedRecordId}
        </p>
      )}
      <FactsTable proposal={proposal} />
      <SourcesList proposal={proposal} />
    </>
  );
}

function FactsTable({ proposal }: { proposal: ReviewItem }) {
  if (proposal.facts.length === 0) return <p className="hint">No facts drafted.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Facts of {proposal.title}, each with the words it was read from</caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Value</th>
            <th scope="col">The source’s words</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {proposal.facts.map((fact, index) => (
            <tr key={`${fact.field}-${index}`}>
              <th scope="row">
                {humanize(fact.field)}
                {fact.held && (
                  <>
                    {' '}
                    <span className="badge ok">held</span>
                  </>
                )}
              </th>
              <td>{factValueLabel(fact.value)}</td>
              <td className="fact-words">
                {fact.words ? (
                  <q>
                    <mark className="hl">{fact.words}</mark>
                  </q>
                ) : (
                  <span className="hint">inferred</span>
                )}
              </td>
              <td>{confidenceLabel(fact.confidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourcesList({ proposal }: { proposal: ReviewItem }) {
  return (
    <ul className="plain-list sources" aria-label={`Reports of ${proposal.title}`}>
      {proposal.sources.map((source) => (
        <li key={source.documentId}>
          <a href={`/sources/${encodeURIComponent(source.documentId)}`}>{source.title}</a> — {source.publisher}
          {source.publishedAt && <>, {source.publishedAt}</>}
          {source.url && (
            <>
              {' '}
              (<a href={source.url} className="external" rel="noreferrer">
                original
              </a>
              )
            </>
          )}
          {proposal.texts?.[source.documentId] && (
            <details>
              <summary>The report’s text, each fact’s words marked</summary>
              <HighlightedText text={proposal.texts[source.documentId]!} facts={wordSpans(proposal.texts[source.documentId]!, proposal.facts, source.documentId)} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
