import { formatPartialDate, partyName } from '@bilat/domain';
import { plural } from '~/lib/labels';
import { recordHref } from '~/lib/links';
import type { DossierView } from '~/server/dossier';

interface PostSpan {
  title: string;
  organization: string | null;
  first: string | null;
  last: string | null;
  meetings: number;
}

/** One line per post a person held at the pair's meetings, with the first and last meeting dates. */
function postSpans(posts: DossierView['dossier']['people'][number]['posts']): PostSpan[] {
  const spans = new Map<string, PostSpan>();
  for (const post of posts) {
    const span = spans.get(post.postId) ?? { title: post.title, organization: post.organization, first: post.on, last: post.on, meetings: 0 };
    span.meetings += 1;
    if (post.on && (!span.first || post.on < span.first)) span.first = post.on;
    if (post.on && (!span.last || post.on > span.last)) span.last = post.on;
    spans.set(post.postId, span);
  }
  return [...spans.values()];
}

/** "on 5 June 2023", but "in May 2024" and "in 2024": a date known only to the month or year is no day. */
export function onOrIn(date: string): string {
  return `${/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'on' : 'in'} ${formatPartialDate(date)}`;
}

function when(span: PostSpan): string {
  if (!span.first) return 'at an undated meeting';
  if (span.first === span.last) return onOrIn(span.first);
  return `from ${formatPartialDate(span.first)} to ${formatPartialDate(span.last!)}`;
}

/** The people who met, by how often, with the posts they held on the day of each meeting; visitors too. */
export function OfficialsSection({ view }: { view: DossierView }) {
  const { dossier } = view;
  const inMeetings = new Set(dossier.people.map((entry) => entry.person.id));
  const visitorsOnly = dossier.visits.flatMap(({ visit }) => visit.visitorIds.filter((id) => !inMeetings.has(id)).map((id) => ({ visit, id })));
  if (dossier.people.length === 0 && visitorsOnly.length === 0) return <p className="empty">No official is recorded at this pair&rsquo;s meetings.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="officials">
        <caption>Officials and the posts they held on the day of each meeting or visit</caption>
        <thead>
          <tr>
            <th scope="col">Official</th>
            <th scope="col">Side</th>
            <th scope="col">Post on the day</th>
            <th scope="col" className="num">
              Meetings
            </th>
          </tr>
        </thead>
        <tbody>
          {dossier.people.map((entry) => {
            const spans = postSpans(entry.posts);
            return (
              <tr key={entry.person.id} data-person={entry.person.id}>
                <th scope="row">
                  <a href={recordHref('person', entry.person.id)}>{entry.person.name}</a>
                </th>
                <td>{entry.sides.map(partyName).join(', ')}</td>
                <td>
                  {spans.length === 0 ? (
                    <span className="muted">post not recorded</span>
                  ) : (
                    spans.map((span) => (
                      <div key={`${span.title}-${span.first}`}>
                        {span.title}
                        {span.organization && !span.title.includes(span.organization) ? `, ${span.organization}` : ''} <span className="muted">({when(span)})</span>
                      </div>
                    ))
                  )}
                </td>
                <td className="num">{entry.meetingIds.length}</td>
              </tr>
            );
          })}
          {visitorsOnly.map(({ visit, id }) => {
            const post = view.posts.get(`${visit.id}|${id}`);
            return (
              <tr key={`${visit.id}-${id}`} data-person={id}>
                <th scope="row">
                  <a href={recordHref('person', id)}>{view.people.get(id)?.name ?? id}</a>
                </th>
                <td>{partyName(visit.from)}</td>
                <td>
                  {post ? post.title : <span className="muted">post not recorded</span>}{' '}
                  <span className="muted">(visit: {visit.title})</span>
                </td>
                <td className="num">0</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {/* Every official of the pair, not only this page's (the pager below says how many it shows). */}
      <p className="muted">{plural((view.paging.people?.total ?? dossier.people.length) + visitorsOnly.length, 'official')}. A post is shown as the meeting record gives it for that day; no start or end is assumed.</p>
    </div>
  );
}
