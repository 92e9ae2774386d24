import { execFileSync, spawnSync } from 'node:child_process';
import { BIN } from './run.js';

/** Whether tmux is installed: the real-terminal tests run only where it is. */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A tmux server of the test file's own (its socket named `socket`), so nothing touches the
 * user's sessions: `tmux(...)` runs a tmux command on it, `start` opens a pane running the
 * built `bilat`, `kill` stops the server.
 */
export function tmuxServer(socket: string) {
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

  /** Starts `bilat ARGS` in a new pane of the given size; the pane stays after it exits, showing `EXIT=<code>`. */
  function start(name: string, args: string[], options: { columns?: number; rows?: number; env?: Record<string, string> } = {}) {
    const command = `node ${BIN} ${args.map((a) => `'${a}'`).join(' ')}; echo EXIT=$?; sleep 120`;
    const env = Object.entries(options.env ?? {}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
    tmux('new-session', '-d', '-s', name, '-x', String(options.columns ?? 120), '-y', String(options.rows ?? 40), ...env, command);
    return {
      screen: (escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', name),
      keys: (...keys: string[]) => tmux('send-keys', '-t', name, ...keys),
      /**
       * The screen once it shows `expected` (or `expected(screen)` holds: several things read
       * from one capture, so a frame caught half drawn cannot pass); fails with the screen after `timeoutMs`.
       */
      waitFor: async (expected: string | RegExp | ((screen: string) => boolean), timeoutMs = 20_000) => {
        const started = Date.now();
        for (;;) {
          const screen = tmux('capture-pane', '-p', '-t', name);
          if (typeof expected === 'string' ? screen.includes(expected) : typeof expected === 'function' ? expected(screen) : expected.test(screen)) return screen;
          if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${String(expected)}; the pane shows:\n${screen}`);
          await sleep(50);
        }
      },
      resize: (columns: number, rows: number) => tmux('resize-window', '-t', name, '-x', String(columns), '-y', String(rows)),
      close: () => spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]),
    };
  }

  return { tmux, start, kill: () => spawnSync('tmux', ['-L', socket, 'kill-server']) };
}
