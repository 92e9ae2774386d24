import { Box, useApp, useInput, type Key } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { inboxOf, type InboxProposal } from '../data/inbox.js';
import type { DataSource } from '../data/source.js';
import { describeError } from '../errors.js';
import type { Route } from '../views/routes.js';
import { Body, ErrorView, Footer, HelpOverlay, Spinner, TitleBar } from './components.js';
import { useDelayed, useScreenData, useTerminalSize, type TerminalSize } from './hooks.js';
import { commandFor, type Command } from './keys.js';
import { clampOffset, current, follow, initialState, reduce, type UiState } from './router.js';
import { foldLoaded, loadFold, loadingLabel, proposalAt, routeTitle, screenModel } from './screens.js';
import { makeTheme, type Theme } from './theme.js';

export interface AppProps {
  source: DataSource;
  initial?: Route;
  /** A fixed size instead of the terminal's (tests). */
  size?: TerminalSize;
  theme?: Theme;
  /** Called when the user quits, before the app unmounts. */
  onQuit?: () => void;
}

/** Lines the frame keeps for itself: the title bar, the footer, and one left empty at the bottom. */
const CHROME = 3;

/**
 * The interactive UI: a router of screens over the data source. This is the one place
 * key presses are handled; the screens are pure functions of their data.
 */
export function App({ source, initial, size, theme: givenTheme, onQuit }: AppProps) {
  const { exit: unmount } = useApp();
  const exit = () => {
    onQuit?.();
    unmount();
  };
  const terminal = useTerminalSize(size);
  const theme = useMemo(() => givenTheme ?? makeTheme(), [givenTheme]);
  const [state, dispatch] = useReducer(reduce, initial, initialState);
  const entry = current(state);
  const { resource, held, reload, peek } = useScreenData(source, entry.route);
  const spinning = useDelayed(resource.status === 'loading', 120);
  const inboxScreen = entry.route.screen === 'inbox' || entry.route.screen === 'proposal';
  // Typing filters the countries once they are shown (on an error or while loading, q still quits).
  const filtering = entry.route.screen === 'countries' && resource.status === 'ready' ? { filter: entry.filter ?? '' } : undefined;
  // The title being edited before accepting (the inbox's e), typed on the last line.
  const [edit, setEdit] = useState<{ id: number; text: string }>();
  // What the last decision did, shown on the last line until the next key.
  const [message, setMessage] = useState<string>();
  const [waiting, setWaiting] = useState<number | null>(null);
  const deciding = useRef(false);
  // The header's count of waiting proposals; a server without an inbox shows none.
  const refreshCount = useCallback(() => {
    source
      .quick()
      .then((reads) => reads.inbox.count())
      .then(
        (count) => setWaiting(count.waiting),
        () => setWaiting(null),
      );
  }, [source]);
  // Asked once a screen has its data (never competing with the first load), and again on each screen.
  const ready = resource.status === 'ready';
  // The countries filter's folding, when the first frame was drawn before it had loaded:
  // loaded first, alone, so that typing filters at once; the count (which loads the API) after.
  const [folded, setFolded] = useState(foldLoaded);
  useEffect(() => {
    if (!ready) return;
    if (folded) return refreshCount();
    // A failed load leaves the filter unused; a broken install shows in the screens' own loads.
    const done = () => setFolded(true);
    void loadFold().then(done, done);
  }, [ready, folded, entry.route, refreshCount]);
  // Then what the next screens read the quick lists with (the first screen's needed none of it).
  useEffect(() => {
    if (ready && folded) source.warm();
  }, [ready, folded, source]);

  const width = Math.max(20, terminal.columns);
  const bodyHeight = Math.max(3, terminal.rows - CHROME);
  // While a list loads in another order, the one shown before, as it was (its header says its own order).
  const model = useMemo(
    () => (resource.status === 'ready' ? screenModel(entry.route, resource.data, width - 2, entry.filter) : held ? screenModel(held.route, held.data, width - 2, entry.filter) : undefined),
    // `folded`: the countries' filter applies once their folding has loaded.
    [resource, held, entry.route, width, entry.filter, folded],
  );
  const lines = useMemo(() => model?.lines ?? [], [model]);
  const selectable = useMemo(() => lines.flatMap((l, index) => (l.target ? [index] : [])), [lines]);
  const viewHeight = Math.max(1, bodyHeight - (model?.header.length ?? 0));
  const cursor = Math.min(entry.cursor, Math.max(0, selectable.length - 1));
  const selectedLine = selectable.length ? selectable[cursor]! : -1;
  // Kept in view on every render, so a resize never leaves the cursor off screen.
  const offset = selectedLine >= 0 ? follow(entry.offset, selectedLine, viewHeight, lines.length) : clampOffset(entry.offset, viewHeight, lines.length);

  const moveTo = (index: number, scroll = 0) => {
    if (selectable.length === 0) return;
    const next = Math.max(0, Math.min(selectable.length - 1, index));
    const line = selectable[next]!;
    // A page move scrolls the view by a page as well, as in a pager.
    let nextOffset = follow(clampOffset(offset + scroll, viewHeight, lines.length), line, viewHeight, lines.length);
    // On the last item, show what follows it too (notes under a list), keeping the item in view.
    if (next === selectable.length - 1) nextOffset = Math.min(Math.max(nextOffset, lines.length - viewHeight), line);
    // On the first item, show what comes before it (a record's facts) as far as the item allows.
    if (next === 0) nextOffset = Math.max(0, line - viewHeight + 1);
    dispatch({ type: 'move', cursor: next, offset: clampOffset(nextOffset, viewHeight, lines.length) });
  };
  const scrollTo = (next: number) => dispatch({ type: 'move', cursor: 0, offset: clampOffset(next, viewHeight, lines.length) });

  /** Accepts (with an edited title) or rejects through the API, then shows the inbox as it is now, the cursor where it was. */
  const decide = (decision: 'accept' | 'reject', proposal: InboxProposal, title?: string) => {
    if (deciding.current) return;
    deciding.current = true;
    const verb = decision === 'accept' ? 'accepted' : 'rejected';
    setMessage(`${decision === 'accept' ? 'Accepting' : 'Rejecting'}: ${proposal.title}…`);
    const edits = title !== undefined && title.trim() && title.trim() !== proposal.title ? { title: title.trim() } : undefined;
    source
      .api()
      .then(async (api) => (decision === 'accept' ? inboxOf(api).accept(edits ? { id: proposal.id, edits } : { id: proposal.id }) : { ...(await inboxOf(api).reject({ id: proposal.id })), batchId: null }))
      .then(
        (result) => {
          const batch = result.batchId;
          setMessage(`${verb === 'accepted' ? 'Accepted' : 'Rejected'}: ${edits?.title ?? proposal.title}${batch ? ` (batch ${batch}; bilat import undo ${batch} takes it back)` : ''}`);
          if (entry.route.screen === 'proposal') dispatch({ type: 'back' });
          reload();
          refreshCount();
        },
        (error: unknown) => setMessage(`Not ${verb}: ${describeError(error).message}`),
      )
      .finally(() => {
        deciding.current = false;
      });
  };

  const run = (command: Command) => {
    const page = Math.max(1, viewHeight - 2);
    const hasItems = selectable.length > 0;
    switch (command.type) {
      case 'quit':
        return exit();
      case 'help':
        return dispatch({ type: 'help', open: true });
      case 'search':
        return dispatch({ type: 'search', open: true });
      case 'reload':
        return reload();
      case 'back':
        return dispatch({ type: 'back' });
      case 'section': {
        const route = entry.route;
        if (route.screen !== 'dossier' && route.screen !== 'section') return;
        const target: Route = { screen: 'section', pair: route.pair, section: command.section };
        return dispatch({ type: route.screen === 'section' ? 'replace' : 'open', route: target });
      }
      case 'inbox':
        return entry.route.screen === 'inbox' ? undefined : dispatch({ type: 'open', route: { screen: 'inbox' } });
      case 'pairs':
        return entry.route.screen === 'pairs' ? undefined : dispatch({ type: 'open', route: { screen: 'pairs' } });
      case 'order':
        return dispatch({ type: 'order' });
      case 'filter':
        return dispatch({ type: 'filter', text: command.text });
      case 'erase':
        return dispatch({ type: 'filter', text: [...(entry.filter ?? '')].slice(0, -1).join('') });
      case 'decide': {
        const proposal = resource.status === 'ready' ? proposalAt(entry.route, resource.data, lines[selectedLine]) : undefined;
        if (!proposal || deciding.current) return;
        if (command.decision === 'edit') return setEdit({ id: proposal.id, text: proposal.title });
        return decide(command.decision, proposal);
      }
      case 'open': {
        const target = selectedLine >= 0 ? lines[selectedLine]?.target : undefined;
        if (target) dispatch({ type: 'open', route: target });
        return;
      }
      case 'up':
        return hasItems ? moveTo(cursor - 1) : scrollTo(offset - 1);
      case 'down':
        return hasItems ? moveTo(cursor + 1) : scrollTo(offset + 1);
      case 'pageUp':
        return hasItems ? moveTo(cursor - page, -page) : scrollTo(offset - page);
      case 'pageDown':
        return hasItems ? moveTo(cursor + page, page) : scrollTo(offset + page);
      case 'top':
        return hasItems ? moveTo(0) : scrollTo(0);
      case 'bottom':
        return hasItems ? moveTo(selectable.length - 1) : scrollTo(lines.length);
    }
  };

  const handleKey = (input: string, key: Key) => {
    if (key.ctrl && input === 'c') return exit();
    if (state.overlay === 'help') {
      if (input === 'q') return exit();
      if (key.escape || key.return || key.backspace || key.delete || input === '?') dispatch({ type: 'help', open: false });
      return;
    }
    if (state.overlay === 'search') return typeSearch(state, dispatch, input, key);
    if (edit) return typeTitle(input, key);
    if (message && !deciding.current) setMessage(undefined);
    const command = commandFor(input, key, inboxScreen, filtering);
    if (command) run(command);
  };
  /** Keys while editing a proposal's title: text goes in, Enter accepts with it, Esc leaves it. */
  const typeTitle = (input: string, key: Key) => {
    if (key.escape) return setEdit(undefined);
    if (key.return) {
      const proposal = resource.status === 'ready' && resource.data.screen === 'inbox' ? resource.data.proposals.find((p) => p.id === edit!.id) : undefined;
      setEdit(undefined);
      if (proposal) decide('accept', proposal, edit!.text);
      return;
    }
    if (key.backspace || key.delete) return setEdit({ ...edit!, text: [...edit!.text].slice(0, -1).join('') });
    if (key.ctrl && input === 'u') return setEdit({ ...edit!, text: '' });
    if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
    if (input) setEdit({ ...edit!, text: edit!.text + input.replace(/[\r\n]+/g, ' ') });
  };
  // A key read right after a frame is drawn must see that frame's lines: the handler is
  // refreshed in the commit itself (a layout effect), not in a later passive effect.
  const latestHandler = useRef(handleKey);
  useLayoutEffect(() => {
    latestHandler.current = handleKey;
  });
  useInput(useCallback((input: string, key: Key) => latestHandler.current(input, key), []));

  const crumbs = state.stack.map((e) => routeTitle(e.route, peek(e.route)));
  const position = selectable.length ? `${cursor + 1}/${selectable.length}` : lines.length > viewHeight ? `${offset + 1}–${Math.min(lines.length, offset + viewHeight)} of ${lines.length}` : '';

  let body;
  if (state.overlay === 'help') body = <HelpOverlay width={width} height={bodyHeight} theme={theme} />;
  else if (resource.status === 'error') {
    body = <ErrorView message={describeError(resource.error).message} width={width} height={bodyHeight} theme={theme} canGoBack={state.stack.length > 1} />;
  } else if (!model) {
    body = (
      <Box height={bodyHeight} width={width} paddingLeft={2}>
        {spinning ? <Spinner label={loadingLabel(entry.route)} theme={theme} /> : null}
      </Box>
    );
  } else {
    body = <Body header={model.header} lines={lines} selectedLine={selectedLine} offset={offset} width={width} height={bodyHeight} theme={theme} />;
  }

  return (
    <Box flexDirection="column" width={width}>
      <TitleBar crumbs={crumbs} location={source.location} waiting={waiting} width={width} theme={theme} />
      {body}
      <Footer
        mode={state.overlay === 'search' ? 'search' : state.overlay === 'help' ? 'help' : edit ? 'edit' : filtering ? (filtering.filter ? 'filtered' : 'filter') : 'keys'}
        query={edit ? edit.text : state.query}
        position={position}
        message={message ?? (held && spinning ? `${loadingLabel(entry.route)}…` : undefined)}
        width={width}
        theme={theme}
      />
    </Box>
  );
}

/** Keys on the search line: text goes in, Enter searches, Esc leaves it. */
function typeSearch(state: UiState, dispatch: (action: Parameters<typeof reduce>[1]) => void, input: string, key: Key): void {
  if (key.escape) return dispatch({ type: 'search', open: false });
  if (key.return) return dispatch({ type: 'submit' });
  if (key.backspace || key.delete) return dispatch({ type: 'type', query: [...state.query].slice(0, -1).join('') });
  if (key.ctrl && input === 'u') return dispatch({ type: 'type', query: '' });
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return;
  // A paste arrives as one string; line breaks in it are spaces.
  if (input) dispatch({ type: 'type', query: state.query + input.replace(/[\r\n]+/g, ' ') });
}
