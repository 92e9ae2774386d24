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

/** A shared parse's stored text, and its UTF-8 bytes once an answer has carried it. */
interface StoredText {
  text: string;
  bytes: Buffer | undefined;
}

/** The ASCII codes of `[`, `]`, `{`, `}` and `,`, written as single bytes. */
const [OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, COMMA] = [0x5b, 0x5d, 0x7b, 0x7d, 0x2c] as const;

/**
 * `"key":` in UTF-8, for the keys of objects written piece by piece: those that hold records,
 * whose keys are the answers' own (a few dozen names), so the first thousand seen are kept.
 */
const KEYS = new Map<string, Buffer>();
function keyBytes(key: string): Buffer {
  let bytes = KEYS.get(key);
  if (bytes === undefined) {
    bytes = Buffer.from(`${JSON.stringify(key)}:`, 'utf8');
    if (KEYS.size < 1000) KEYS.set(key, bytes);
  }
  return bytes;
}

/** Bytes at most copied by a loop rather than TypedArray.set (whose fixed cost is that of copying a few dozen bytes). */
const SMALL_COPY = 32;

/** A growing buffer that UTF-8 text and bytes are written into, one answer at a time. */
class ByteWriter {
  buffer = Buffer.allocUnsafeSlow(64 * 1024);
  at = 0;

  /** Room for `length` more bytes. */
  room(length: number): void {
    if (this.at + length <= this.buffer.length) return;
    const larger = Buffer.allocUnsafeSlow(Math.max(2 * this.buffer.length, this.at + length));
    this.buffer.copy(larger, 0, 0, this.at);
    this.buffer = larger;
  }

  text(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    this.room(3 * text.length);
    const { buffer, at } = this;
    if (text.length <= SMALL_COPY) {
      // A short piece (a number, a name, `null`) written by a loop while it is ASCII, which is
      // its own UTF-8; at the first other character it is left to buffer.write from the start.
      let i = 0;
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) break;
        buffer[at + i] = code;
      }
      if (i === text.length) {
        this.at += i;
        return;
      }
    }
    this.at += buffer.write(text, at);
  }

  bytes(bytes: Buffer): void {
    const { length } = bytes;
    this.room(length);
    if (length <= SMALL_COPY) {
      // A key (`"meetingIds":`) or a short record: copied byte by byte, cheaper than set's call into the runtime.
      const { buffer } = this;
      for (let i = 0; i < length; i++) buffer[this.at + i] = bytes[i]!;
    } else this.buffer.set(bytes, this.at);
    this.at += length;
  }

  byte(byte: number): void {
    this.room(1);
    this.buffer[this.at++] = byte;
  }

  /** What was written, copied out (`own`: in a buffer of its own rather than a slice of Buffer's pool). */
  copy(own: boolean): Buffer {
    const bytes = own ? Buffer.allocUnsafeSlow(this.at) : Buffer.allocUnsafe(this.at);
    this.buffer.copy(bytes, 0, 0, this.at);
    return bytes;
  }
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
  readonly #texts = new WeakMap<object, StoredText>();
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
    if (typeof value === 'object' && value !== null && JSON.stringify(value) === body) this.#texts.set(value, { text: body, bytes: undefined });
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
    return this.stringifyBytes(value).toString('utf8');
  }

  /**
   * The UTF-8 bytes of `before`, `stringify(value)` and `after`, written straight into one
   * buffer: each shared parse's stored text copied in as bytes encoded once (when first
   * written), the rest encoded piece by piece. Building the text first and then encoding it
   * made two copies of a 50 KB dossier, the first in two bytes a character as soon as one
   * character of the answer needs it, and encoded every record's text again for each answer.
   * `own`: in a buffer of its own (a worker hands it over), not a slice of Buffer's pool.
   * `value` must be one JSON.stringify writes as text (not undefined or a function).
   */
  stringifyBytes(value: unknown, before = '', after = '', own = false): Buffer {
    const out = this.#out;
    out.at = 0;
    out.text(before);
    this.#write(value, out);
    out.text(after);
    return out.copy(own);
  }

  readonly #out = new ByteWriter();

  #write(value: unknown, out: ByteWriter): void {
    // A value with no JSON (undefined, a function) is written as JSON.stringify writes it in an array.
    if (typeof value !== 'object' || value === null) return out.text(JSON.stringify(value) ?? 'null');
    const stored = this.#texts.get(value);
    if (stored !== undefined) return out.bytes(stored.bytes ??= Buffer.from(stored.text, 'utf8'));
    // Anything but an array or a plain object (a Date, a Map, a boxed string…), or one with its own toJSON, as JSON.stringify writes it.
    if (!Array.isArray(value) && (Object.getPrototypeOf(value) !== Object.prototype || typeof (value as { toJSON?: unknown }).toJSON === 'function')) {
      return out.text(JSON.stringify(value));
    }
    // What holds no record is written whole by JSON.stringify, which is faster than piece by piece here.
    // Told by a glance (an array by its first item): whatever is chosen, the text is the same.
    if (!this.#mayHoldRecords(value)) return out.text(JSON.stringify(value));
    if (Array.isArray(value)) {
      out.byte(OPEN_BRACKET);
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.byte(COMMA);
        const item: unknown = value[i];
        // What JSON.stringify writes for an item that has no JSON (undefined, a function): null.
        this.#write(item, out);
      }
      return out.byte(CLOSE_BRACKET);
    }
    out.byte(OPEN_BRACE);
    let empty = true;
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      // Left out as JSON.stringify leaves them out.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!empty) out.byte(COMMA);
      empty = false;
      out.bytes(keyBytes(key));
      if (typeof item === 'object' && item !== null) this.#write(item, out);
      else out.text(JSON.stringify(item));
    }
    out.byte(CLOSE_BRACE);
  }

  /**
   * Whether an array or a plain object may hold a shared parse, told by a glance: an array
   * by its first item, an object by each of its values, down to where a parse or nothing but
   * plain values is found. A wrong guess costs time, never a byte: what is written piece by
   * piece and what JSON.stringify writes whole are the same text.
   */
  #mayHoldRecords(value: object): boolean {
    if (Array.isArray(value)) {
      const first: unknown = value[0];
      if (typeof first !== 'object' || first === null) return false;
      return this.#texts.has(first) || this.#mayHoldRecords(first);
    }
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item !== 'object' || item === null) continue;
      if (this.#texts.has(item) || this.#mayHoldRecords(item)) return true;
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
