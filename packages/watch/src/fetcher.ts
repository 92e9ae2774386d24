import robotsParser from 'robots-parser';

/*
 * Polite HTTP for watched sources: one clear User-Agent, robots.txt asked once per origin
 * and honoured, at most one request at a time per host with a pause between them,
 * conditional requests (ETag, If-Modified-Since) so an unchanged feed costs a 304,
 * timeouts covering the whole body, retries with exponential backoff on network errors,
 * 429 and 5xx (Retry-After respected, within a cap), and redirects followed by hand so
 * each hop is counted and checked against robots.txt.
 */

export interface FetcherOptions {
  /** `bilat/<version> (+<repository>)`: who is asking, and where to read about it. */
  userAgent: string;
  /** For the whole exchange, body included (default 20 s). */
  timeoutMs?: number;
  /** Further attempts after a retryable failure (default 2). */
  retries?: number;
  /** The first pause before a retry, doubled each time (default 1 s). */
  backoffMs?: number;
  /** The least time between two requests to one host (default 1 s). */
  minIntervalMs?: number;
  maxRedirects?: number;
  /** A body larger than this is refused (default 10 MiB). */
  maxBytes?: number;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  /** The address finally answered, after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Uint8Array;
}

export class FetchError extends Error {
  constructor(message: string, readonly url: string, readonly status?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const RETRY_AFTER_CAP_MS = 60_000;

export class Fetcher {
  private readonly options: Required<FetcherOptions>;
  /** Per host: when its last request may be followed by the next, and the chain that orders them. */
  private readonly hosts = new Map<string, { next: number; chain: Promise<unknown> }>();
  private readonly robots = new Map<string, Promise<{ isAllowed(url: string, ua?: string): boolean | undefined } | null>>();

  constructor(options: FetcherOptions) {
    this.options = { timeoutMs: 20_000, retries: 2, backoffMs: 1000, minIntervalMs: 1000, maxRedirects: 5, maxBytes: 10 * 1024 * 1024, ...options };
  }

  /** GETs an address politely; throws a FetchError saying what went wrong (robots, status, timeout, too many redirects). */
  async get(address: string, validators: Validators = {}): Promise<FetchResult> {
    let url = new URL(address);
    for (let hop = 0; ; hop++) {
      await this.checkRobots(url);
      const response = await this.withRetries(url, () => this.request(url, hop === 0 ? validators : {}));
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        if (!location) throw new FetchError(`HTTP ${response.status} without a Location header from ${url.href}`, url.href, response.status);
        if (hop >= this.options.maxRedirects) throw new FetchError(`more than ${this.options.maxRedirects} redirects from ${address}`, address, response.status);
        url = new URL(location, url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`redirect to a non-http address ${url.href}`, address);
        continue;
      }
      return {
        url: url.href,
        status: response.status,
        notModified: response.status === 304,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        body: response.body,
      };
    }
  }

  private async request(url: URL, validators: Validators): Promise<{ status: number; headers: Headers; body: Uint8Array }> {
    return this.onHost(url, async () => {
      const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const signal = AbortSignal.timeout(this.options.timeoutMs);
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: 'manual', signal });
        const body = await this.readBody(response, url);
        return { status: response.status, headers: response.headers, body };
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (signal.aborted) throw new RetryableError(`timed out after ${this.options.timeoutMs / 1000} s fetching ${url.href}`);
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new RetryableError(`could not reach ${url.host}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
      }
    });
  }

  private async readBody(response: Response, url: URL): Promise<Uint8Array> {
    if (!response.body) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > this.options.maxBytes) throw new FetchError(`the answer from ${url.href} is larger than ${this.options.maxBytes} bytes`, url.href, response.status);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  /** Runs `work` when the host's turn comes: one request at a time per host, spaced by the minimum interval. */
  private async onHost<T>(url: URL, work: () => Promise<T>): Promise<T> {
    const host = url.host.toLowerCase();
    const state = this.hosts.get(host) ?? { next: 0, chain: Promise.resolve() };
    this.hosts.set(host, state);
    const run = state.chain.then(async () => {
      const wait = state.next - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await work();
      } finally {
        state.next = Date.now() + this.options.minIntervalMs;
      }
    });
    state.chain = run.catch(() => undefined);
    return run;
  }

  private async withRetries(url: URL, attempt: () => Promise<{ status: number; headers: Headers; body: Uint8Array }>) {
    let lastError = '';
    let lastStatus: number | undefined;
    for (let tries = 0; tries <= this.options.retries; tries++) {
      let pause = this.options.backoffMs * 2 ** tries;
      try {
        const response = await attempt();
        if (response.status === 429 || response.status >= 500) {
          lastError = `HTTP ${response.status} from ${url.href}`;
          lastStatus = response.status;
          const retryAfter = retryAfterMs(response.headers.get('retry-after'));
          if (retryAfter !== undefined) pause = Math.min(Math.max(retryAfter, pause), RETRY_AFTER_CAP_MS);
        } else if (response.status >= 400) {
          throw new FetchError(`HTTP ${response.status} from ${url.href}`, url.href, response.status);
        } else {
          return response;
        }
      } catch (error) {
        if (!(error instanceof RetryableError)) throw error;
        lastError = error.message;
        lastStatus = undefined;
      }
      if (tries < this.options.retries) await sleep(pause);
    }
    const attempts = this.options.retries + 1;
    throw new FetchError(`${lastError} (${attempts} attempt${attempts > 1 ? 's' : ''})`, url.href, lastStatus);
  }

  private async checkRobots(url: URL): Promise<void> {
    const origin = url.origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.loadRobots(origin);
      this.robots.set(origin, rules);
    }
    const robots = await rules;
    if (robots && robots.isAllowed(url.href, this.options.userAgent) === false) {
      throw new FetchError(`robots.txt of ${url.host} does not allow ${this.options.userAgent.split(' ')[0]} to fetch ${url.pathname}`, url.href);
    }
  }

  /** No robots.txt (or none reachable) allows everything, as the robots exclusion standard says for 4xx. */
  private async loadRobots(origin: string) {
    const address = `${origin}/robots.txt`;
    try {
      const response = await this.onHost(new URL(address), async () => {
        const answer = await fetch(address, { headers: { 'user-agent': this.options.userAgent }, signal: AbortSignal.timeout(this.options.timeoutMs) });
        return { status: answer.status, text: answer.ok ? await answer.text() : '' };
      });
      if (response.status !== 200) return null;
      return robotsParser(address, response.text);
    } catch {
      return null;
    }
  }
}

class RetryableError extends Error {}

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
