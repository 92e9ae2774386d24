import type { Meeting } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import { recordHref } from '~/lib/links';

/** Meetings as a record's page lists them: how the date is known, then the meeting's title as a link. */
export function MeetingList({ meetings, className }: { meetings: readonly Pick<Meeting, 'id' | 'title' | 'date'>[]; className?: string }) {
  return (
    <ul className={className}>
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <span className="muted">{eventDateLabel(meeting.date)}</span> — <a href={recordHref('meeting', meeting.id)}>{meeting.title}</a>
        </li>
      ))}
    </ul>
  );
}
