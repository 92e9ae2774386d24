import { render } from 'ink';
import { keepCompiledCode } from '../code-cache.js';
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
  // The UI libraries' code cache, when there is none yet (src/code-cache.ts): written once
  // the first frame is drawn, so that it holds what drawing it compiled, or on quitting.
  const cacheTimer = setTimeout(keepCompiledCode, 0);
  const stop = () => instance.unmount();
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  try {
    await instance.waitUntilExit();
  } finally {
    clearTimeout(cacheTimer);
    keepCompiledCode();
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
    await source.close();
  }
  return 0;
}
