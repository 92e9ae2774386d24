/** Writes exactly one JSON document on stdout: what `--json` promises scripts. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Writes text as is (CSV, iCalendar and Markdown bring their own line ends). */
export function printRaw(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Progress and notes for people go to stderr, so stdout stays clean for pipes. */
export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** How wide human output may be: the terminal's width, or unlimited when piped. */
export function outputWidth(): number | undefined {
  return process.stdout.isTTY ? process.stdout.columns || 80 : undefined;
}
