/** "1h", "30m", "1d", "90s" to seconds: how often a source is fetched. At least a minute, at most a week. */
export function parseEvery(value: string): number {
  const match = /^\s*(\d+)\s*(s|m|h|d)\s*$/i.exec(value);
  if (!match) throw new RangeError(`every: "${value}" is not a period like 30m, 1h or 1d`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2]!.toLowerCase() as 's' | 'm' | 'h' | 'd'];
  if (seconds < 60) throw new RangeError(`every: "${value}" is more often than once a minute`);
  if (seconds > 7 * 86400) throw new RangeError(`every: "${value}" is longer than a week`);
  return seconds;
}

export function formatEvery(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
