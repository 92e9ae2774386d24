import { partyName } from '@bilat/domain';
import { Cite } from '~/components/citations';
import { humanize } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';

/** Joint bodies of the two parties first, then the organizations whose officials took part. */
export function BodiesList({ view }: { view: DossierView }) {
  if (view.bodies.length === 0) return <p className="empty">No organization is recorded.</p>;
  const joint = (members: readonly string[]) => members.length > 1;
  const sorted = [...view.bodies].sort((a, b) => Number(joint(b.members)) - Number(joint(a.members)) || a.name.localeCompare(b.name));
  return (
    <ul className="columns">
      {sorted.map((organization) => (
        <li key={organization.id} data-organization={organization.id}>
          <a href={recordHref('organization', organization.id)}>{organization.name}</a>
          <Cite citations={organization.citations} sourceTitles={view.sourceTitles} numbers={view.sourceNumbers} />
          <span className="muted">
            {' '}
            — {humanize(organization.kind)}
            {organization.members.length > 0 ? `, members ${organization.members.map(partyName).join(' and ')}` : organization.country ? `, ${partyName(organization.country)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
