import { EventEmitter } from 'node:events';
import { render } from 'ink-testing-library';
import type { DataSource } from '../../src/data/source.js';
import { App } from '../../src/tui/app.js';
import { makeTheme } from '../../src/tui/theme.js';
import type { Route } from '../../src/views/routes.js';

/** What terminals send for each key. */
export const KEYS = {
  enter: '\r',
  escape: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  home: '\u001B[H',
  end: '\u001B[F',
  backspace: '\u007F',
  ctrlB: '\u0002',
  ctrlC: '\u0003',
  ctrlF: '\u0006',
  ctrlO: '\u000F',
  ctrlU: '\u0015',
} as const;

// eslint-disable-next-line no-control-regex -- ANSI escapes are what this removes
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

/** One turn of the event loop: what Ink and React schedule with setImmediate (a lone Escape, effects) has run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Turns without a frame after which the app counts as idle (a key's frame comes on the second). */
const IDLE_TURNS = 4;

export interface AppHarness {
  /** The last frame, as plain text. */
  frame(): string;
  /** Every frame drawn so far, oldest first, as plain text. */
  frames(): string[];
  /** Presses keys one at a time; each returns once its frame is drawn and nothing more is pending. */
  press(...keys: string[]): Promise<void>;
  /** Waits until a frame shows the text (or the test's patience runs out), frame by frame. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** The line of the frame with the cursor on it (starting with ›). */
  selected(): string;
  quits: number;
  resize(columns: number, rows: number): void;
  unmount(): void;
}

/**
 * Renders the whole app, as `bilat` does, into a fake terminal of a fixed size, without
 * colour so frames compare as text. ink-testing-library renders in Ink's debug mode: a
 * frame is written on every commit, with no throttle, so a test can wait for frames
 * rather than for time.
 */
export function renderApp(source: DataSource, options: { columns?: number; rows?: number; initial?: Route } = {}): AppHarness {
  const theme = makeTheme(false);
  let size = { columns: options.columns ?? 140, rows: options.rows ?? 30 };
  // Every frame Ink writes, announced, so waiting is for a frame and not for a length of time.
  const frames = new EventEmitter();
  /** Resolves with the next frame drawn. */
  const nextFrame = () => new Promise<void>((resolve) => frames.once('frame', () => resolve()));
  /**
   * Until the app is idle: Ink and React do their work in event-loop turns (setImmediate:
   * a key's render, its effects, a lone Escape told from a sequence), so once a few turns
   * pass with no new frame, what the key set off is drawn and nothing more is pending.
   * A key that changes nothing draws nothing, and returns as soon.
   */
  const settled = async () => {
    for (let quiet = 0; quiet < IDLE_TURNS; ) {
      const drawn = instance.frames.length;
      await turn();
      quiet = instance.frames.length === drawn ? quiet + 1 : 0;
    }
  };
  const harness: AppHarness = {
    quits: 0,
    frame: () => (instance.lastFrame() ?? '').replace(ANSI, ''),
    frames: () => instance.frames.map((frame) => frame.replace(ANSI, '')),
    press: async (...keys) => {
      for (const key of keys) {
        instance.stdin.write(key);
        await settled();
      }
    },
    waitFor: async (text, timeoutMs = 10_000) => {
      const matches = () => {
        const frame = harness.frame();
        return typeof text === 'string' ? frame.includes(text) : text.test(frame);
      };
      let timer: NodeJS.Timeout | undefined;
      const patience = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`Timed out waiting for ${String(text)}; the screen shows:\n${harness.frame()}`)), timeoutMs);
      });
      try {
        while (!matches()) await Promise.race([nextFrame(), patience]);
        return harness.frame();
      } finally {
        clearTimeout(timer);
      }
    },
    selected: () => harness.frame().split('\n').find((line) => line.startsWith('›')) ?? '',
    resize: (columns, rows) => {
      size = { columns, rows };
      instance.rerender(app());
    },
    unmount: () => instance.unmount(),
  };
  const app = () => <App source={source} size={size} theme={theme} initial={options.initial} onQuit={() => (harness.quits += 1)} />;
  const instance = render(app());
  const write = instance.stdout.write;
  instance.stdout.write = (frame: string) => {
    write(frame);
    frames.emit('frame');
  };
  return harness;
}
