/*
 * Prechecks: what a text must hold for a pattern to match at all, tested before the pattern
 * is run. Most sentences hold no date, series or title, and a pattern whose opening words are
 * all optional is otherwise tried at every position of every sentence; on a long report that
 * is most of the time spent drafting it. A precheck is a cheap pattern that every match of its
 * pattern also matches (the same flags, so case folding agrees), so skipping changes nothing.
 * Registered here, so the tests can check that implication on every sentence of the corpus:
 * a pattern changed to match without its precheck's words must have its precheck changed.
 */

const NEEDS = new Map<RegExp, RegExp[]>();

/** Registers what `pattern` needs (every one of `needs` matches wherever it does) and returns it. */
export function prechecked(pattern: RegExp, ...needs: RegExp[]): RegExp {
  // (A global or sticky test would answer from where the last one stopped.)
  const stateful = needs.find((need) => need.global || need.sticky);
  if (stateful) throw new Error(`precheck ${stateful} of ${pattern.source.slice(0, 60)}: drop the flags g and y`);
  NEEDS.set(pattern, needs);
  return pattern;
}

// The prechecks' answers for the last text asked about: the rules run one after another on a sentence,
// and many need the same things (a digit, a month).
let lastText: string | undefined;
const answers = new Map<RegExp, boolean>();

/** Whether `text` holds what `pattern` needs; true for a pattern without prechecks. */
export function mayMatch(text: string, pattern: RegExp): boolean {
  const needs = NEEDS.get(pattern);
  if (!needs) return true;
  if (text !== lastText) {
    lastText = text;
    answers.clear();
  }
  for (const need of needs) {
    let holds = answers.get(need);
    if (holds === undefined) {
      holds = need.test(text);
      answers.set(need, holds);
    }
    if (!holds) return false;
  }
  return true;
}

/** `text.matchAll(pattern)`, or nothing without running it when the text lacks what the pattern needs. */
export function matchesOf(text: string, pattern: RegExp): Iterable<RegExpExecArray> {
  return mayMatch(text, pattern) ? text.matchAll(pattern) : [];
}

/** Every registered pattern with its prechecks (for the tests). */
export function registeredPrechecks(): [pattern: RegExp, needs: RegExp[]][] {
  return [...NEEDS.entries()];
}
