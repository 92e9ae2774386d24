// Concurrent load over loopback with autocannon, summarised the same way for every run.
import autocannon from 'autocannon';

/**
 * Runs autocannon and returns requests/s, latency percentiles and every kind of failure:
 * connection errors, timeouts, and answers that are not 2xx all count as errors.
 */
export async function load({ url, connections = 50, seconds, requests, headers }) {
  const result = await autocannon({ url, connections, duration: seconds, requests, headers, timeout: 30 });
  const errors = result.errors + result.timeouts + result.non2xx;
  const statuses = {};
  for (const [key, value] of Object.entries(result)) if (/^\dxx$/.test(key) && value) statuses[key] = value;
  return {
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Number(result.requests.average.toFixed(1)),
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: Number(result.latency.mean.toFixed(2)) },
    errors,
    errorDetail: { connection: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
    statuses,
  };
}
