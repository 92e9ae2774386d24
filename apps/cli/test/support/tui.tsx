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
  ctrlU: '\u0015',
} as const;

// eslint-disable-next-line no-control-regex -- ANSI escapes are what this removes
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface AppHarness {
  /** The last frame, as plain text. */
  frame(): string;
  /** Presses keys one at a time, letting each be handled and drawn. */
  press(...keys: string[]): Promise<void>;
  /** Waits until the frame contains the text (or the test's patience runs out). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** The line of the frame with the cursor on it (starting with ›). */
  selected(): string;
  quits: number;
  resize(columns: number, rows: number): void;
  unmount(): void;
}

/**
 * Renders the whole app, as `bilat` does, into a fake terminal of a fixed size, without
 * colour so frames compare as text.
 */
export function renderApp(source: DataSource, options: { columns?: number; rows?: number; initial?: Route } = {}): AppHarness {
  const theme = makeTheme(false);
  let size = { columns: options.columns ?? 140, rows: options.rows ?? 30 };
  const harness: AppHarness = {
    quits: 0,
    frame: () => (instance.lastFrame() ?? '').replace(ANSI, ''),
    press: async (...keys) => {
      for (const key of keys) {
        instance.stdin.write(key);
        // Ink draws at most every ~33 ms; a lone Escape is told apart from a sequence after a short wait.
        await sleep(60);
      }
    },
    waitFor: async (text, timeoutMs = 10_000) => {
      const start = Date.now();
      for (;;) {
        const frame = harness.frame();
        if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
        if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${String(text)}; the screen shows:\n${frame}`);
        await sleep(25);
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
  return harness;
}
