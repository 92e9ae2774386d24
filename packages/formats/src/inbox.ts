/*
 * The review inbox's keys and words, shared by the web /inbox and the terminal UI's inbox
 * screen so both are driven the same way and say the same things. Pure: no imports.
 */

export type InboxCommand = 'next' | 'previous' | 'accept' | 'edit' | 'reject';

/** The keys of each command, as a key event names them (`ArrowDown` on the web, `down` in Ink). */
const INBOX_KEYS: Readonly<Record<InboxCommand, readonly string[]>> = {
  next: ['j', 'ArrowDown', 'down'],
  previous: ['k', 'ArrowUp', 'up'],
  accept: ['a'],
  edit: ['e'],
  reject: ['r'],
};

/** The command a key press asks for, or undefined. Modified keys (Ctrl, Alt, Meta) ask for none. */
export function inboxCommand(key: string, modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {}): InboxCommand | undefined {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return undefined;
  for (const [command, keys] of Object.entries(INBOX_KEYS) as [InboxCommand, readonly string[]][]) if (keys.includes(key)) return command;
  return undefined;
}

/** One line of help naming the keys: the same words under the web list and in the terminal. */
export const INBOX_KEY_HELP = 'j/k or ↓/↑ move · a accept · e edit · r reject';

/** A confidence (0–1) as people read it: "82%". */
export function confidenceLabel(confidence: number): string {
  if (!Number.isFinite(confidence)) return '–';
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/** A fact's value in a line of text: strings as they are, dates and lists readably, objects as compact JSON. */
export function factValueLabel(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(factValueLabel).join(', ');
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // An event date ({ start, end? }) and a named thing ({ name } or { title }) read as words.
    if (typeof object.start === 'string') return typeof object.end === 'string' && object.end !== object.start ? `${object.start} – ${object.end}` : object.start;
    if (typeof object.name === 'string') return object.name;
    if (typeof object.title === 'string') return object.title;
    return JSON.stringify(value);
  }
  return String(value);
}

/** "1 proposal waiting" / "3 proposals waiting": the header badge's words. */
export function waitingLabel(count: number): string {
  return `${count} ${count === 1 ? 'proposal' : 'proposals'} waiting`;
}
