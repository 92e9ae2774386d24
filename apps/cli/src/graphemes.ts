/*
 * Intl.Segmenter as the terminal UI's bundled text libraries use it (string-width,
 * slice-ansi, ansi-tokenize; build/dependency-patches.ts puts it in their place), minus
 * two costs of a cold start. Each of them made its segmenter as it loaded, and the first
 * Intl.Segmenter a process makes loads ICU's break rules (12–20 ms); then every line of
 * every frame went through ICU grapheme by grapheme, in code not yet optimised. Here ICU's
 * segmenter is made when a text first needs it, and text whose every character is a
 * grapheme of its own, which is nearly all bilat shows, is walked a character at a time.
 */

/**
 * Characters Unicode never joins with a neighbour into one grapheme, as long as every
 * character of the text is one of them: the Latin letters and signs up to U+024F (save the
 * carriage return, which joins a line feed), General Punctuation's dashes, quotes, ellipsis
 * and primes, the arrows, box drawing and braille (the UI's spinner). Combining marks,
 * joiners, variation selectors and the like are outside it, so a text holding one goes to
 * ICU. graphemes.test.ts checks the claim against ICU itself.
 */
// eslint-disable-next-line no-control-regex -- control characters (but CR) are graphemes of their own too
const LONE_GRAPHEMES = /^[\u0000-\u000c\u000e-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u2800-\u28ff]*$/;

interface LoneSegment {
  segment: string;
  index: number;
  input: string;
}

/** A text's characters as segments, with the part of Intl's Segments the libraries use. */
class LoneSegments implements Iterable<LoneSegment> {
  constructor(private readonly input: string) {}

  containing(index = 0): LoneSegment | undefined {
    const at = Math.trunc(Number(index) || 0);
    if (at < 0 || at >= this.input.length) return undefined;
    return { segment: this.input[at]!, index: at, input: this.input };
  }

  *[Symbol.iterator](): Iterator<LoneSegment> {
    const { input } = this;
    for (let index = 0; index < input.length; index++) yield { segment: input[index]!, index, input };
  }
}

/** Intl.Segmenter's constructor and segment(), ICU made on first need (see above). */
export class Segmenter {
  #icu: Intl.Segmenter | undefined;
  readonly #graphemes: boolean;

  constructor(
    private readonly locales?: string | string[],
    private readonly options?: Intl.SegmenterOptions,
  ) {
    this.#graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
  }

  segment(input: string): Intl.Segments | LoneSegments {
    const text = String(input);
    if (this.#graphemes && LONE_GRAPHEMES.test(text)) return new LoneSegments(text);
    this.#icu ??= new Intl.Segmenter(this.locales, this.options);
    return this.#icu.segment(text);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    this.#icu ??= new Intl.Segmenter(this.locales, this.options);
    return this.#icu.resolvedOptions();
  }
}
