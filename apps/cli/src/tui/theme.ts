import type { TextProps } from 'ink';
import type { Tone } from '../views/doc.js';

/**
 * How tones look. With NO_COLOR set (to anything but empty, per no-color.org) there are
 * no colours at all; emphasis is bold, dim and inverse, which stay readable.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

const COLORS: Record<Tone, TextProps> = {
  title: { bold: true, color: 'cyan' },
  heading: { bold: true, color: 'yellow' },
  muted: { dimColor: true },
  accent: { color: 'cyan' },
  good: { color: 'green' },
  warning: { color: 'red' },
  export: { color: 'green' },
  import: { color: 'blue' },
  turnover: { color: 'yellow' },
};

const PLAIN: Record<Tone, TextProps> = {
  title: { bold: true },
  heading: { bold: true },
  muted: { dimColor: true },
  accent: {},
  good: {},
  warning: { bold: true },
  export: {},
  import: {},
  turnover: {},
};

export interface Theme {
  color: boolean;
  tone(tone: Tone | undefined): TextProps;
  /** The bar across the top and the selected line. */
  bar: TextProps;
  selected: TextProps;
  error: TextProps;
}

export function makeTheme(color = colorEnabled()): Theme {
  const tones = color ? COLORS : PLAIN;
  return {
    color,
    tone: (tone) => (tone ? tones[tone] : {}),
    bar: color ? { backgroundColor: 'blue', color: 'white', bold: true } : { inverse: true, bold: true },
    selected: color ? { backgroundColor: 'gray', color: 'white' } : { inverse: true },
    error: color ? { color: 'red', bold: true } : { bold: true },
  };
}
