import { sharedBodies } from '@bilat/db';

/*
 * A query's answer as tRPC's adapter writes it, `{"result":{"data":…}}`: the fast path
 * (query-fast-path.ts) and the dossier workers (dossier-worker.ts) send the same bytes.
 */

/** What comes before and after the data, for answers written from pieces (pageJsonBytes). */
export const ANSWER_BEFORE = '{"result":{"data":';
export const ANSWER_AFTER = '}}';

/** The whole answer for `data`. */
export function answerJson(data: unknown): string {
  return JSON.stringify({ result: { data } });
}

/**
 * The bytes of the same text for an answer made mostly of shared parses (a dossier, a section
 * page): each record's stored text is copied in, not written again from its parse, and the
 * whole is written straight into bytes (ParsedBodies.stringifyBytes). `own` as for answerBytes.
 */
export function recordsAnswerBytes(data: unknown, own = false): Buffer {
  return data === undefined ? answerBytes(answerJson(data), own) : sharedBodies.stringifyBytes(data, ANSWER_BEFORE, ANSWER_AFTER, own);
}

/**
 * Scratch space answers are encoded into before being copied out at their size: encoding
 * into a buffer already there and copying it costs less than half of Buffer.from, which
 * measures the text's UTF-8 length first and then encodes it (about 35 against 80 µs for a
 * 50 KB dossier). 256 KiB, for answers of up to a third as many characters (UTF-8 takes at
 * most three bytes for each of them); a longer one has its length measured first.
 */
const SCRATCH = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * An answer's UTF-8 bytes. `own`: in a buffer whose ArrayBuffer is the answer's alone, so a
 * worker can hand it over (Buffer.allocUnsafe gives small ones a slice of a shared pool).
 */
export function answerBytes(text: string, own = false): Buffer {
  // A short one (under 4 KB whatever it holds) is Buffer.from's fastest case: a slice of its pool.
  if (!own && text.length < 1365) return Buffer.from(text);
  const alloc = own ? Buffer.allocUnsafeSlow : Buffer.allocUnsafe;
  if (text.length * 3 > SCRATCH.length) {
    const bytes = alloc(Buffer.byteLength(text));
    bytes.write(text);
    return bytes;
  }
  const length = SCRATCH.write(text);
  const bytes = alloc(length);
  SCRATCH.copy(bytes, 0, 0, length);
  return bytes;
}
