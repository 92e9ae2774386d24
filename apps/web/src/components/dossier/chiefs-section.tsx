import { partyName, partyNameInText } from '@bilat/domain';
import { tenureLabel } from '@bilat/formats';
import { Cite } from '~/components/citations';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';

/** Each side's chiefs of mission to the other, earliest first, with the dated steps of each tenure. */
export function ChiefsSection({ view }: { view: DossierView }) {
  const missions = view.dossier.chiefsOfMission;
  return (
    <div className="stack" data-testid="chiefs">
      {missions.map((mission) => (
        <section key={mission.side} aria-labelledby={`chiefs-${mission.side}`}>
          <h3 id={`chiefs-${mission.side}`}>
            {partyName(mission.side)} to {partyName(mission.to)}
          </h3>
          {mission.chiefs.length === 0 ? (
            <p className="empty">
              No chief of mission of {partyNameInText(mission.side)} to {partyNameInText(mission.to)} is recorded.
            </p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Chiefs of mission of {partyNameInText(mission.side)}, with the dates their sources give; an end not recorded is not known</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Post</th>
                    <th scope="col">Tenure</th>
                  </tr>
                </thead>
                <tbody>
                  {mission.chiefs.map((chief) => (
                    <tr key={chief.holding.id} data-holding={chief.holding.id}>
                      <td>
                        <a href={recordHref('person', chief.person.id)}>{chief.person.name}</a>
                      </td>
                      <td>{chief.post.title.replace(/ of .* to .*$/, '')}</td>
                      <td>
                        {tenureLabel(chief.holding, { style: 'short' }) || 'dates not known'}
                        {chief.holding.notes && <div className="muted">{chief.holding.notes}</div>}
                        <Cite citations={chief.holding.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
