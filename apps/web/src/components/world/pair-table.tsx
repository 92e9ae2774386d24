import { formatPartialDate, partyName } from '@bilat/domain';
import type { ReactNode } from 'react';
import { formatCount, MEASURE_LABELS, MEASURES, PAIR_SORT_LABELS, type PairSort } from '~/lib/measures';
import { countryHref, pairHref } from '~/lib/links';
import type { PairSummary } from '~/server/world';

type Row = PairSummary & { partner?: string };

interface Props<R extends Row> {
  rows: readonly R[];
  caption: string;
  /** Names the partner (a country page) rather than both parties. */
  partnerOf?: boolean;
  sort: PairSort;
  /** With it, headings are links that sort by their column (the sort lives in the URL). */
  sortHref?: (sort: PairSort) => string;
  /** An extra last column (a country page's sparklines). */
  extra?: { heading: string; cell: (row: R) => ReactNode };
}

function heading(sort: PairSort, current: PairSort, label: string, sortHref: ((sort: PairSort) => string) | undefined, numeric: boolean) {
  const sorted = sort === current;
  return (
    <th key={sort} scope="col" className={numeric ? 'num' : undefined} aria-sort={sorted ? (sort === 'pair' ? 'ascending' : 'descending') : undefined} data-sort={sort}>
      {sortHref && !sorted ? <a href={sortHref(sort)}>{label}</a> : label}
      {sorted && sortHref && <span className="sort-mark" aria-hidden="true">{sort === 'pair' ? ' ▲' : ' ▼'}</span>}
    </th>
  );
}

/** Pairs with their counts, one row each, most first by the chosen column. */
export function PairTable<R extends Row>({ rows, caption, partnerOf, sort, sortHref, extra }: Props<R>) {
  return (
    <div className="table-wrap">
      <table className="pair-table" data-testid="pair-table" data-sort={sort}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heading('pair', sort, partnerOf ? 'Partner' : PAIR_SORT_LABELS.pair, sortHref, false)}
            {MEASURES.map((measure) => heading(measure, sort, MEASURE_LABELS[measure], sortHref, true))}
            {heading('trade', sort, PAIR_SORT_LABELS.trade, sortHref, true)}
            {heading('latest', sort, PAIR_SORT_LABELS.latest, sortHref, false)}
            {extra && <th scope="col">{extra.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [a, b] = row.pair.split('-') as [string, string];
            return (
              <tr key={row.pair} data-pair={row.pair}>
                <th scope="row">
                  {partnerOf && row.partner ? (
                    <>
                      <a href={pairHref(row.pair)}>{partyName(row.partner)}</a>{' '}
                      <a className="muted country-link" href={countryHref(row.partner)} aria-label={`${partyName(row.partner)}'s country page`}>
                        ↗
                      </a>
                    </>
                  ) : (
                    <a href={pairHref(row.pair)}>
                      {partyName(a)} – {partyName(b)}
                    </a>
                  )}
                </th>
                {MEASURES.map((measure) => (
                  <td key={measure} className="num" data-measure={measure}>
                    {formatCount(row[measure])}
                  </td>
                ))}
                <td className="num">{formatCount(row.tradeYears)}</td>
                <td>{row.lastMeetingDate ? formatPartialDate(row.lastMeetingDate) : <span className="muted">—</span>}</td>
                {extra && <td>{extra.cell(row)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
