/*
 * Records parsed once and shared, matched by their stored JSON text. A dossier reads a few
 * hundred records; parsing their bodies (and collecting the garbage the parse leaves) was
 * a sixth of computing one afresh, and a write changes a handful of them at most. Matched
 * by the text itself, a kept record can never be stale: whatever changed a row (a write, an
 * undo, a restore, another process, a migration), its new text is not the kept one, and is
 * parsed again. The text is still read from the database on every request: only the parse
 * is saved. (Two databases holding one record name with different texts take turns in its
 * place: each parse is still right.)
 *
 * The objects are shared by every caller that asked for the same text, so they must never
 * be changed: under test they are frozen, and a change throws where it is made.
 */

/**
 * Body text kept at most, in characters, by default. The parsed objects take a few times
 * that again, and the API server's whole budget is 250 MB: 4 M characters hold the records
 * of some forty of the busiest world pairs' dossiers (about 85,000 characters each).
 */
export const PARSED_BODIES_MAX_CHARS = 4 * 1024 * 1024;

/** Freezing costs a walk of every parsed object: done under test, where it finds a caller that writes to a shared record. */
const FREEZE = process.env.VITEST !== undefined || process.env.BILAT_FREEZE_SHARED === '1';

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

interface Kept {
  /** The text parsed: a kept entry serves only this text, whatever it is kept under. */
  body: string;
  value: unknown;
  /** Asked for since it was last passed over for eviction (a second chance, instead of moving it on every hit). */
  used: boolean;
  /** Where it is kept: `#byKind.get(kind).get(key)`. */
  kind: string;
  key: string;
}

export class ParsedBodies {
  /** Entries by the kind of record, then by key (a record's id, or the text itself). */
  readonly #byKind = new Map<string, Map<string, Kept>>();
  /** Every entry, oldest first (a Set keeps insertion order): eviction looks at the oldest first. */
  readonly #order = new Set<Kept>();
  /**
   * The stored text of each parse it is exactly what JSON.stringify writes for (every body
   * bilat writes; checked once, when parsed): `stringify` sends that text instead of writing
   * the record again. Weak: a parse dropped from the cache and from every answer goes.
   */
  readonly #texts = new WeakMap<object, string>();
  #chars = 0;
  #hits = 0;
  #misses = 0;

  #maxChars: number;

  constructor(maxChars = PARSED_BODIES_MAX_CHARS) {
    this.#maxChars = maxChars;
  }

  /** Body text kept at most, in characters. */
  get maxChars(): number {
    return this.#maxChars;
  }

  /**
   * Keeps at most `maxChars` characters of body text from now on (what is over it goes at
   * once). The API's dossier worker keeps less than the server's thread: another heap.
   */
  limit(maxChars: number): void {
    this.#maxChars = maxChars;
    this.#evict();
  }

  /**
   * The record stored as `body`, parsed once while it is kept. Read-only: it is shared.
   *
   * `key` names the record (its id, with its `kind`): looking a record up by a short name and
   * then comparing its text costs a fraction of hashing the whole text, which is what a Map
   * keyed by the text does for every row read (about 0.1 ms for a world-scale dossier's 85,000
   * characters). The id as read, in a map of its kind, not a longer name built from both: a
   * name made by joining strings is copied into one and hashed on every look-up, where a
   * row's id is hashed once. The text still decides: a record whose text changed is parsed
   * again, and its new parse replaces the old one under the same name.
   */
  parse<T>(body: string, key?: string, kind = ''): T {
    let kept = this.#byKind.get(kind);
    const found = kept?.get(key ?? body);
    // Kept under its own text, a found entry holds that text; kept under a name, compare.
    if (found !== undefined && (key === undefined || found.body === body)) {
      this.#hits++;
      found.used = true;
      return found.value as T;
    }
    this.#misses++;
    const value: unknown = JSON.parse(body);
    if (typeof value === 'object' && value !== null && JSON.stringify(value) === body) this.#texts.set(value, body);
    if (FREEZE) deepFreeze(value);
    if (found !== undefined) {
      // The record's earlier text: its parse is stale.
      this.#drop(found);
    }
    if (body.length <= this.#maxChars) {
      if (!kept) this.#byKind.set(kind, (kept = new Map()));
      const entry: Kept = { body, value, used: false, kind, key: key ?? body };
      kept.set(entry.key, entry);
      this.#order.add(entry);
      this.#chars += body.length;
      this.#evict();
    }
    return value as T;
  }

  #drop(entry: Kept): void {
    this.#byKind.get(entry.kind)!.delete(entry.key);
    this.#order.delete(entry);
    this.#chars -= entry.body.length;
  }

  /**
   * `JSON.stringify(value)`, the same text, with the stored text of every shared parse it
   * holds copied in rather than written again from the parse (an answer that is mostly
   * records, such as a pair's dossier, is mostly their stored texts).
   */
  stringify(value: unknown): string {
    return this.#write(value);
  }

  #write(value: unknown): string {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    const text = this.#texts.get(value);
    if (text !== undefined) return text;
    // Anything but an array or a plain object (a Date, a Map, a boxed string…), or one with its own toJSON, as JSON.stringify writes it.
    if (!Array.isArray(value) && (Object.getPrototypeOf(value) !== Object.prototype || typeof (value as { toJSON?: unknown }).toJSON === 'function')) {
      return JSON.stringify(value);
    }
    // What holds no record is written whole by JSON.stringify, which is faster than piece by piece here.
    // Told by a glance (an array by its first item): whatever is chosen, the text is the same.
    if (!this.#mayHoldRecords(value)) return JSON.stringify(value);
    if (Array.isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        // What JSON.stringify writes for an item that has no JSON (undefined, a function): null.
        out += (i === 0 ? '' : ',') + (typeof item === 'object' && item !== null ? this.#write(item) : (JSON.stringify(item) ?? 'null'));
      }
      return out + ']';
    }
    let out = '{';
    let empty = true;
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      // Left out as JSON.stringify leaves them out.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      out += `${empty ? '' : ','}${JSON.stringify(key)}:${typeof item === 'object' && item !== null ? this.#write(item) : JSON.stringify(item)}`;
      empty = false;
    }
    return out + '}';
  }

  /**
   * Whether an array or a plain object may hold a shared parse: an object holds an object
   * (not an array of plain values); an array's first item is a parse, or such an object.
   */
  #mayHoldRecords(value: object): boolean {
    if (Array.isArray(value)) {
      const first: unknown = value[0];
      if (typeof first !== 'object' || first === null || Array.isArray(first)) return false;
      return this.#texts.has(first) || this.#mayHoldRecords(first);
    }
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item !== 'object' || item === null) continue;
      if (!Array.isArray(item)) return true;
      const first: unknown = item[0];
      if (typeof first === 'object' && first !== null) return true;
    }
    return false;
  }

  /** Drops the oldest entries not used since they were last looked at, until the budget holds. */
  #evict(): void {
    for (const entry of this.#order) {
      if (this.#chars <= this.#maxChars) break;
      if (entry.used) {
        // Used since: it goes to the back of the line once more.
        entry.used = false;
        this.#order.delete(entry);
        this.#order.add(entry);
      } else {
        this.#drop(entry);
      }
    }
  }

  /** What is kept and how often it served (for tests and the bench). */
  stats(): { entries: number; chars: number; hits: number; misses: number } {
    return { entries: this.#order.size, chars: this.#chars, hits: this.#hits, misses: this.#misses };
  }

  clear(): void {
    this.#byKind.clear();
    this.#order.clear();
    this.#chars = 0;
  }
}

/**
 * The process's shared parses. One for every database: equal text is the same record
 * whichever database it came from, so nothing needs to tell them apart.
 */
export const sharedBodies = new ParsedBodies();
