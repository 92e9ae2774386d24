/*
 * Words for enumerations (kinds, roles, stages). Dates, places, money and topics use the
 * shared labels of @bilat/formats and @bilat/domain; these only turn codes into words.
 * No import from the domain package: client components use them too.
 */

/** "political-consultations" → "Political consultations". */
export function humanize(code: string): string {
  const words = code.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ROLE_LABELS: Record<string, string> = {
  head: 'Head of delegation',
  'co-chair': 'Co-chair',
  member: 'Member',
  host: 'Host',
  guest: 'Guest',
  participant: 'Participant',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? humanize(role);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A revision's instant as people read it, in UTC so server and browser agree: "28 Nov 2026, 08:11 UTC". */
export function instantLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(date)} UTC`;
}

const ACTION_LABELS: Record<string, string> = { create: 'added', update: 'edited', delete: 'deleted', restore: 'restored', merge: 'merged' };

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
