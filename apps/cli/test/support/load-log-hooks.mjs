import { appendFileSync } from 'node:fs';

/** Module hooks (they run off the main thread): note each URL as it loads, change nothing. */
export async function load(url, context, nextLoad) {
  if (process.env.BILAT_LOAD_LOG) appendFileSync(process.env.BILAT_LOAD_LOG, `${url}\n`);
  return nextLoad(url, context);
}
