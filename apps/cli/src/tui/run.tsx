import { render } from 'ink';
import type { DataSource } from '../data/source.js';
import { App } from './app.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/**
 * Runs the UI full-screen, as k9s and lazygit do: on the terminal's alternate screen,
 * so quitting gives back the shell exactly as it was. Returns the exit code.
 */
export async function runInteractive(source: DataSource): Promise<number> {
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  const instance = render(<App source={source} />, { exitOnCtrlC: false });
  const stop = () => instance.unmount();
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
    await source.close();
  }
  return 0;
}
