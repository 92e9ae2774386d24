import { partyName } from '@bilat/domain';
import { buildBriefing } from '@bilat/formats';
import type { Metadata } from 'next';
import { PrintButton } from '~/components/dossier/print-button';
import { pageMetadata } from '~/lib/metadata';
import { canonicalPairOrRedirect } from '~/server/pair';
import { orNotFound } from '~/server/records';
import { wholeDossier } from '~/server/dossier';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ pair: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pair = canonicalPairOrRedirect((await params).pair, '/brief');
  const [a, b] = pair.split('-') as [string, string];
  return pageMetadata({
    title: `${partyName(a)}–${partyName(b)} briefing`,
    description: `A compact, printable briefing on ${partyName(a)}–${partyName(b)} relations with numbered source notes.`,
    path: `/pairs/${pair}/brief`,
    type: 'article',
  });
}

/** The pair's briefing: the dossier's facts in short lines, each with numbered notes to its sources; prints cleanly. */
export default async function BriefPage({ params }: Props) {
  const pair = canonicalPairOrRedirect((await params).pair, '/brief');
  const dossier = await orNotFound(() => wholeDossier(pair));
  const briefing = buildBriefing(dossier);
  return (
    <article className="briefing">
      <p className="no-print row">
        <a href={`/pairs/${pair}`}>← Full dossier</a>
        <PrintButton />
      </p>
      <h1>{briefing.title}</h1>
      <p className="muted">{briefing.subtitle}</p>
      {briefing.sections.length === 0 && <p className="empty">Nothing is recorded for this pair yet.</p>}
      {briefing.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          <ul>
            {section.lines.map((line, index) => (
              <li key={index}>
                {line.text}
                {line.notes.length > 0 && (
                  <span className="cite">
                    {line.notes.map((n) => (
                      <a key={n} href={`#note-${n}`} aria-label={`Source note ${n}`}>
                        [{n}]
                      </a>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {briefing.notes.length > 0 && (
        <section className="notes">
          <h2>Source notes</h2>
          <ol>
            {briefing.notes.map((note) => (
              <li key={note.n} id={`note-${note.n}`} value={note.n}>
                {note.text}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
