import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { pad, textWidth, truncate } from '../table.js';
import { clip, type Line } from '../views/doc.js';
import { BINDINGS } from './keys.js';
import type { Theme } from './theme.js';

/*
 * The pieces the app is drawn with. Each is a pure function of its props (the spinner
 * keeps only its frame), and every one draws exactly the lines it is given room for, so
 * the frame never outgrows the terminal (which would make Ink redraw the whole screen).
 */

/** One line of spans, cut to the width, with the cursor's marker in a two-column gutter. */
export function LineView({ line, width, selected, theme }: { line: Line; width: number; selected: boolean; theme: Theme }) {
  const [clipped] = clip([line], width - 2);
  const used = clipped!.spans.reduce((sum, s) => sum + textWidth(s.text), 0);
  const fill = ' '.repeat(Math.max(0, width - 2 - used));
  if (selected) {
    return (
      <Text wrap="truncate-end" {...theme.selected}>
        {'› '}
        {clipped!.spans.map((s) => s.text).join('')}
        {fill}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {'  '}
      {clipped!.spans.map((s, index) => (
        <Text key={index} {...theme.tone(s.tone)}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export interface BodyProps {
  header: Line[];
  lines: Line[];
  /** Index into `lines` of the selected line, or -1. */
  selectedLine: number;
  offset: number;
  width: number;
  height: number;
  theme: Theme;
}

/** A screen's lines in a viewport of fixed height: the header stays, the rest scrolls. */
export function Body({ header, lines, selectedLine, offset, width, height, theme }: BodyProps) {
  const room = Math.max(0, height - header.length);
  const visible = lines.slice(offset, offset + room);
  const rows = [...header.map((l) => ({ l, selected: false })), ...visible.map((l, i) => ({ l, selected: offset + i === selectedLine }))];
  return (
    <Box flexDirection="column" height={height} width={width}>
      {rows.map(({ l, selected }, index) => (
        <LineView key={index} line={l} width={width} selected={selected} theme={theme} />
      ))}
    </Box>
  );
}

/** Cuts from the start (…/deep/path/bilat.db), where a path's least telling part is. */
function truncateStart(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const chars = [...text];
  return ` …${chars.slice(chars.length - Math.max(0, width - 2)).join('')}`;
}

/** The bar across the top: where you are, and where the data comes from. */
export function TitleBar({ crumbs, location, waiting, width, theme }: { crumbs: string[]; location: string; waiting?: number | null; width: number; theme: Theme }) {
  // Proposals waiting for review, when there are any: the inbox's badge (press i).
  const right = waiting ? ` inbox ${waiting} · ${location} ` : ` ${location} `;
  const room = Math.max(10, width - Math.min(textWidth(right), Math.floor(width / 3)));
  let left = ` bilat › ${crumbs.join(' › ')} `;
  // Too long: drop the oldest crumbs first, keeping where you are now.
  for (let drop = 1; textWidth(left) > room && drop < crumbs.length; drop++) left = ` bilat › … › ${crumbs.slice(drop).join(' › ')} `;
  left = truncate(left, room);
  const shownRight = truncateStart(right, width - textWidth(left));
  return (
    <Text wrap="truncate-end" {...theme.bar}>
      {left}
      {pad(shownRight, width - textWidth(left), 'right')}
    </Text>
  );
}

/** The last line: key hints and position, or the search line while typing. */
export function Footer({
  mode,
  query,
  position,
  message,
  width,
  theme,
}: {
  /** `filter` on the countries, where letters filter (`filtered` once some are typed). */
  mode: 'keys' | 'search' | 'help' | 'edit' | 'filter' | 'filtered';
  query: string;
  position: string;
  /** What the last action did (a decision in the inbox), shown until the next key. */
  message?: string;
  width: number;
  theme: Theme;
}) {
  if (mode === 'search' || mode === 'edit') {
    const hint = mode === 'search' ? '  Enter search · Esc cancel' : '  Enter accept with this title · Esc cancel';
    const field = truncate(mode === 'search' ? `/ ${query}` : `Title: ${query}`, Math.max(4, width - textWidth(hint) - 1));
    return (
      <Text wrap="truncate-end">
        <Text {...theme.tone('accent')}>{field}</Text>
        <Text inverse> </Text>
        <Text {...theme.tone('muted')}>{hint}</Text>
      </Text>
    );
  }
  if (message) {
    return (
      <Text wrap="truncate-end" {...theme.tone('accent')}>
        {pad(truncate(message, Math.max(0, width - textWidth(position) - 2)), width - textWidth(position) - 1)}
        {position}
      </Text>
    );
  }
  // Where letters filter, q is one of them: how to quit is said early, so 80 columns keep it.
  const hints =
    mode === 'help'
      ? 'Esc close help · q quit'
      : mode === 'filter'
        ? 'type to filter · Ctrl-C quit · Enter open · Tab pairs · / search · ? help'
        : mode === 'filtered'
          ? 'Esc clears the filter · Ctrl-C quit · Enter open · / search · ? help'
          : '↑↓ move · Enter open · Esc back · p pairs · / search · ? help · q quit';
  const left = truncate(hints, Math.max(0, width - textWidth(position) - 2));
  return (
    <Text wrap="truncate-end" {...theme.tone('muted')}>
      {pad(left, width - textWidth(position) - 1)}
      {position}
    </Text>
  );
}

/** Every key, from the same table the key handler reads. */
export function HelpOverlay({ width, height, theme }: { width: number; height: number; theme: Theme }) {
  const keyWidth = Math.max(...BINDINGS.map((b) => textWidth(b.keys))) + 3;
  const rows = BINDINGS.slice(0, Math.max(0, height - 3));
  return (
    <Box flexDirection="column" height={height} width={width} paddingLeft={2}>
      <Text {...theme.tone('heading')}>Keys</Text>
      <Text> </Text>
      {rows.map((binding) => (
        <Text key={binding.keys} wrap="truncate-end">
          <Text {...theme.tone('accent')}>{pad(binding.keys, keyWidth)}</Text>
          {binding.does}
        </Text>
      ))}
    </Box>
  );
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function Spinner({ label, theme }: { label: string; theme: Theme }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % FRAMES.length), 80);
    return () => clearInterval(timer);
  }, []);
  return (
    <Text>
      <Text {...theme.tone('accent')}>{FRAMES[frame]}</Text> {label}…
    </Text>
  );
}

/** A failure to load, said plainly, with what can be done about it. */
export function ErrorView({ message, width, height, theme, canGoBack }: { message: string; width: number; height: number; theme: Theme; canGoBack: boolean }) {
  const words = message.split(/\s+/);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && textWidth(`${current} ${word}`) > width - 4) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return (
    <Box flexDirection="column" height={height} width={width} paddingLeft={2}>
      <Text {...theme.error}>Could not load this screen</Text>
      <Text> </Text>
      {lines.slice(0, Math.max(1, height - 4)).map((text, index) => (
        <Text key={index}>{text}</Text>
      ))}
      <Text> </Text>
      <Text {...theme.tone('muted')}>r try again{canGoBack ? ' · Esc back' : ''} · q quit</Text>
    </Box>
  );
}
