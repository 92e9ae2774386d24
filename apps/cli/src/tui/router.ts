import { nextMeasure, orderOf } from '../views/order.js';
import type { Route } from '../views/routes.js';

/*
 * The UI's state: a stack of screens (each remembering where its cursor and scroll
 * were, so going back lands where you left), and what overlays the screen: the help or
 * the search line. A pure reducer, tested without a terminal.
 */

export interface Entry {
  route: Route;
  /** Index among the screen's selectable lines (or the scroll offset on a screen with none). */
  cursor: number;
  /** First visible line. */
  offset: number;
  /** What is typed to filter the screen's list (the countries list). */
  filter?: string;
}

export interface UiState {
  stack: Entry[];
  overlay: 'none' | 'help' | 'search';
  /** What is typed on the search line. */
  query: string;
}

export type UiAction =
  | { type: 'open'; route: Route }
  /** Go to a route in place of the current screen (switching between a dossier's sections). */
  | { type: 'replace'; route: Route }
  | { type: 'back' }
  | { type: 'move'; cursor: number; offset: number }
  | { type: 'help'; open: boolean }
  | { type: 'search'; open: boolean }
  | { type: 'type'; query: string }
  | { type: 'submit' }
  /** The current screen's filter, changed: the cursor goes back to the first match. */
  | { type: 'filter'; text: string }
  /**
   * A ranked list (the countries, a country's partners) by the next measure: the list from
   * its top, its filter kept; the entry keeps the order, so going back finds it so.
   */
  | { type: 'order' };

export function initialState(route: Route = { screen: 'countries' }): UiState {
  return { stack: [{ route, cursor: 0, offset: 0 }], overlay: 'none', query: '' };
}

export function current(state: UiState): Entry {
  return state.stack.at(-1)!;
}

export function reduce(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'open':
      return { ...state, overlay: 'none', stack: [...state.stack, { route: action.route, cursor: 0, offset: 0 }] };
    case 'replace':
      return { ...state, overlay: 'none', stack: [...state.stack.slice(0, -1), { route: action.route, cursor: 0, offset: 0 }] };
    case 'back':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case 'move':
      return { ...state, stack: [...state.stack.slice(0, -1), { ...current(state), cursor: action.cursor, offset: action.offset }] };
    case 'help':
      return { ...state, overlay: action.open ? 'help' : 'none' };
    case 'search':
      return { ...state, overlay: action.open ? 'search' : 'none', query: action.open ? '' : state.query };
    case 'type':
      return { ...state, query: action.query };
    case 'filter':
      return { ...state, stack: [...state.stack.slice(0, -1), { ...current(state), filter: action.text, cursor: 0, offset: 0 }] };
    case 'order': {
      const entry = current(state);
      const { route } = entry;
      if (route.screen !== 'countries' && route.screen !== 'country') return state;
      return { ...state, stack: [...state.stack.slice(0, -1), { ...entry, route: { ...route, sort: nextMeasure(orderOf(route)) }, cursor: 0, offset: 0 }] };
    }
    case 'submit': {
      const q = state.query.trim();
      if (!q) return { ...state, overlay: 'none' };
      const top = current(state).route;
      // A new search from the results replaces them, so Esc goes back to where the search began.
      const stack = top.screen === 'search' ? state.stack.slice(0, -1) : state.stack;
      return { ...state, overlay: 'none', stack: [...stack, { route: { screen: 'search', q }, cursor: 0, offset: 0 }] };
    }
  }
}

/**
 * The scroll offset that keeps line `selected` in view, moving as little as possible
 * from `offset` and keeping a line of context above and below where there is room.
 */
export function follow(offset: number, selected: number, height: number, total: number): number {
  const margin = height > 6 ? 1 : 0;
  let next = offset;
  if (selected < next + margin) next = selected - margin;
  if (selected > next + height - 1 - margin) next = selected - height + 1 + margin;
  return clampOffset(next, height, total);
}

export function clampOffset(offset: number, height: number, total: number): number {
  return Math.max(0, Math.min(offset, Math.max(0, total - height)));
}
