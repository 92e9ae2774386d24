import type { RouterOutputs } from '@bilat/api';
import { formatPartialDate, partyName } from '@bilat/domain';
import { plural } from '~/lib/labels';
import { pairHref } from '~/lib/links';

/** One card per country pair with what its dossier holds. */
export function PairCards({ pairs }: { pairs: RouterOutputs['pairs']['list']['items'] }) {
  return (
    <ul className="grid plain-list">
      {pairs.map((pair) => {
        const [a, b] = pair.pair.split('-') as [string, string];
        return (
          <li key={pair.pair} className="card" data-pair={pair.pair}>
            <h3 className="card-title">
              <a href={pairHref(pair.pair)}>
                {partyName(a)} – {partyName(b)}
              </a>
            </h3>
            <p className="muted">
              {plural(pair.meetings, 'meeting')} · {plural(pair.agreements, 'agreement')} · {plural(pair.tradeYears, 'year')} of trade figures
            </p>
            {pair.lastMeetingDate && <p className="muted">Latest meeting: {formatPartialDate(pair.lastMeetingDate)}</p>}
          </li>
        );
      })}
    </ul>
  );
}
