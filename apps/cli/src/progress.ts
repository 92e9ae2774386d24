/*
 * The import's progress on stderr: a bar with rows per second on a terminal, redrawn in
 * place; nothing on a pipe unless asked for (--progress), then one plain line a second.
 */

export interface ProgressMeter {
  bytes: number;
  lines: number;
  totalBytes?: number;
}

export interface Progress {
  /** Redraws now if enough time passed (called as chunks are written). */
  tick(): void;
  stop(): void;
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

export function startProgress(meter: ProgressMeter, options: { mode: 'bar' | 'lines' | 'off'; label: string; stream?: NodeJS.WriteStream }): Progress {
  if (options.mode === 'off') return { tick: () => {}, stop: () => {} };
  const stream = options.stream ?? process.stderr;
  const started = Date.now();
  const interval = options.mode === 'bar' ? 200 : 1000;
  let last = 0;
  let drawn = false;
  const render = (force = false) => {
    const now = Date.now();
    if (!force && now - last < interval) return;
    last = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = meter.lines / seconds;
    const fraction = meter.totalBytes ? Math.min(1, meter.bytes / meter.totalBytes) : undefined;
    const percent = fraction === undefined ? '' : `${(fraction * 100).toFixed(0).padStart(3)}% `;
    if (options.mode === 'lines') {
      stream.write(`progress: ${percent}${number(meter.lines)} rows, ${number(rate)} rows/s\n`);
      return;
    }
    const width = 24;
    const filled = fraction === undefined ? 0 : Math.round(fraction * width);
    const bar = fraction === undefined ? '' : `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] `;
    stream.write(`\r${options.label} ${bar}${percent}${number(meter.lines)} rows  ${number(rate)} rows/s\u001b[K`);
    drawn = true;
  };
  const timer = setInterval(() => render(), interval);
  timer.unref();
  return {
    tick: () => render(),
    stop: () => {
      clearInterval(timer);
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
