import { inboxCommand } from '@bilat/formats/inbox';
import type { Key } from 'ink';
import { SECTION_KEYS, SECTIONS, type Section } from '../views/routes.js';

/*
 * Every key the UI answers to, in one table: the key handler reads it and the help
 * overlay lists it, so the two cannot drift apart.
 */

export type Command =
  | { type: 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom' | 'open' | 'back' | 'search' | 'help' | 'reload' | 'quit' | 'inbox' }
  | { type: 'decide'; decision: 'accept' | 'edit' | 'reject' }
  | { type: 'section'; section: Section }
  | { type: 'pairs' }
  /** On the countries and a country's partners: rank by the next measure. */
  | { type: 'order' }
  /** On a filtered list: a character typed into the filter, or the last one taken back. */
  | { type: 'filter'; text: string }
  | { type: 'erase' };

export interface Binding {
  keys: string;
  does: string;
}

export const BINDINGS: readonly Binding[] = [
  { keys: '↑ ↓  k j', does: 'move up and down' },
  { keys: 'PgUp PgDn  Ctrl-B Ctrl-F', does: 'move a page' },
  { keys: 'Home End  g G', does: 'first and last line' },
  { keys: 'Enter  → l', does: 'open what is selected' },
  { keys: 'Esc  Backspace  ← h', does: 'back' },
  { keys: '/', does: 'search everything (from any screen)' },
  // The sections' short names, on two lines: all ten on one were cut off at 120 columns.
  ...[SECTIONS.slice(0, 5), SECTIONS.slice(5)].map((group) => ({ keys: group.map((section) => SECTION_KEYS[section]).join(' '), does: `on a pair: ${group.join(', ')}` })),
  { keys: 'a–z', does: 'on the countries: filter by name or code (Esc clears)' },
  // A chord, not a letter: on the countries letters filter.
  { keys: 'Ctrl-O', does: 'rank the countries or partners by the next measure, in turn' },
  { keys: 'p  Tab', does: 'every pair, busiest first (Tab on the countries)' },
  { keys: 'i', does: 'the review inbox (proposals drafted from watched sources)' },
  { keys: 'a  e  r', does: 'in the inbox: accept, edit the title then accept, reject' },
  { keys: 'r', does: 'load the screen again (outside the inbox)' },
  { keys: '?', does: 'this help (any of Esc ? Enter closes it)' },
  { keys: 'q  Ctrl-C', does: 'quit (on the countries, where q filters: Ctrl-C)' },
];

const SECTION_BY_KEY = new Map(SECTIONS.map((section) => [SECTION_KEYS[section], section]));

/**
 * What a key press means on a screen (not in the help or on the search line); `inbox` on
 * the inbox's screens, where a, e and r decide; `filtering` on a list that typing filters
 * (the countries list), where letters go to the filter and `filter` is what is typed so far.
 */
export function commandFor(input: string, key: Key, inbox = false, filtering?: { filter: string }): Command | undefined {
  // Ink reports a lone Escape with meta set, and a terminal's Backspace (^H) may come with
  // ctrl set: both are read before the check for modifiers.
  if (filtering && key.escape) return filtering.filter ? { type: 'filter', text: '' } : { type: 'back' };
  if (filtering && (key.backspace || key.delete || (key.ctrl && input === 'h'))) return filtering.filter ? { type: 'erase' } : { type: 'back' };
  if (filtering && !key.ctrl && !key.meta) {
    if (key.tab) return { type: 'pairs' };
    // Letters, spaces and the like filter; ? and / keep their meaning everywhere.
    if (input && input !== '?' && input !== '/' && !key.return && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && /^[\p{L}\p{N} .'-]+$/u.test(input)) {
      return { type: 'filter', text: filtering.filter + input };
    }
  }
  if (inbox && !key.ctrl && !key.meta) {
    // The web inbox's keys, from one table (arrows and j/k move as everywhere).
    const command = inboxCommand(input);
    if (command === 'accept' || command === 'edit' || command === 'reject') return { type: 'decide', decision: command };
  }
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (key.ctrl && input === 'f') return { type: 'pageDown' };
  if (key.ctrl && input === 'b') return { type: 'pageUp' };
  if (key.ctrl && input === 'o') return { type: 'order' };
  if (key.ctrl) return undefined;
  if (key.upArrow || input === 'k') return { type: 'up' };
  if (key.downArrow || input === 'j') return { type: 'down' };
  if (key.pageUp) return { type: 'pageUp' };
  if (key.pageDown) return { type: 'pageDown' };
  if (key.home || input === 'g') return { type: 'top' };
  if (key.end || input === 'G') return { type: 'bottom' };
  if (key.return || key.rightArrow || input === 'l') return { type: 'open' };
  // Terminals send DEL for the Backspace key, which Ink reports as `delete`.
  if (key.escape || key.backspace || key.delete || key.leftArrow || input === 'h') return { type: 'back' };
  if (input === '/') return { type: 'search' };
  if (input === '?') return { type: 'help' };
  if (input === 'r') return { type: 'reload' };
  if (input === 'q') return { type: 'quit' };
  if (input === 'i') return { type: 'inbox' };
  if (input === 'p' || key.tab) return { type: 'pairs' };
  const section = SECTION_BY_KEY.get(input);
  if (section) return { type: 'section', section };
  return undefined;
}
