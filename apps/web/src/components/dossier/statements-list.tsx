import { eventDateLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';

/** What officials said, in the curator's paraphrase, with speaker and date. */
export function StatementsList({ view }: { view: DossierView }) {
  const { dossier } = view;
  if (dossier.statements.length === 0) return <p className="empty">No statement is recorded.</p>;
  return (
    <ul className="plain-list">
      {dossier.statements.map((statement) => (
        <li key={statement.id} id={`statement-${statement.id}`} className="card" data-statement={statement.id}>
          <blockquote className="paraphrase">{statement.paraphrase ?? statement.text}</blockquote>
          <p className="muted">
            <a href={recordHref('person', statement.speakerId)}>{view.people.get(statement.speakerId)?.name ?? statement.speakerId}</a>, {eventDateLabel(statement.date)}
            {statement.paraphrase && ' (paraphrase)'}
            <Cite citations={statement.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
          </p>
        </li>
      ))}
    </ul>
  );
}
