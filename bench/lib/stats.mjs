// Summaries of timings, and the memory of other processes.
import { readFileSync } from 'node:fs';

/** The p-th percentile (nearest rank) of sorted values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value, digits = 3) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

/**
 * p50/p95/p99, mean, min and max of durations in milliseconds, and the throughput a
 * single client doing them one after another gets.
 */
export function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    perSecond: round(mean > 0 ? 1000 / mean : 0, 1),
  };
}

export const median = (values) => percentile([...values].sort((a, b) => a - b), 50);

/** A process's peak resident memory so far (VmHWM), in MB; null once it has gone. */
export function peakRssMb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Milliseconds since `start` (a performance.now() value). */
export const since = (start) => performance.now() - start;

/** A ratio rounded for reports; null when the baseline is missing or zero. */
export const ratio = (value, baseline) => (value !== null && value !== undefined && baseline ? round(value / baseline, 2) : null);
