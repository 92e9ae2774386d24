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

/*
 * Anchored searches, for a pattern run over a whole report whose matches open with optional capitalised words ("<Adj>-<Adj>
 * Intergovernmental Commission", "<Name> (JMC)"): the engine tries it at every position of the text, 30,000 on a long one.
 * Every match of such a pattern holds an anchor (a keyword: "Commission", "(JMC)") with only `lead` characters (letters,
 * spaces, hyphens) between the match's start and it. So the matches the whole-text search would find, and no others, are
 * found by trying the pattern (sticky) only at the positions from the start of the run of `lead` characters before each
 * anchor up to the anchor: no match can start before that run (it would hold a character that is not `lead`), nor between
 * one anchor and the run before the next (it would hold no anchor of its own).
 */
interface Anchored {
  anchor: RegExp;
  lead: RegExp;
  sticky: RegExp;
}

const ANCHORED = new Map<RegExp, Anchored>();

/**
 * Registers `pattern` (global) for anchoredMatches: each of its matches holds a match of `anchor` (global; a keyword that
 * cannot overlap itself) with only characters matching `lead` (one character, no flags g or y) before it in the match.
 */
export function anchored(pattern: RegExp, anchor: RegExp, lead: RegExp): RegExp {
  if (!pattern.global || !anchor.global) throw new Error(`anchored ${pattern.source.slice(0, 60)}: the pattern and its anchor must be global`);
  if (lead.global || lead.sticky) throw new Error(`anchored ${pattern.source.slice(0, 60)}: drop the flags g and y of the lead`);
  ANCHORED.set(pattern, { anchor, lead, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`) });
  return pattern;
}

/** Whether the character before `at` may lead up to an anchor (half of a surrogate pair always may: never too few tried). */
function leadsAt(text: string, at: number, lead: RegExp): boolean {
  const code = text.charCodeAt(at);
  return (code >= 0xd800 && code <= 0xdfff) || lead.test(text[at]!);
}

/** `text.matchAll(pattern)` for a pattern registered with `anchored`, the same matches in the same order. */
export function* anchoredMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const registered = ANCHORED.get(pattern);
  if (!registered) {
    yield* text.matchAll(pattern);
    return;
  }
  const { anchor, lead, sticky } = registered;
  // (Positions before `from` are behind the last match found, or were tried already.)
  let from = 0;
  anchor.lastIndex = 0;
  for (let found = anchor.exec(text); found; found = anchor.exec(text)) {
    // (Kept here: the caller may run the same search again before asking for the next match.)
    const next = anchor.lastIndex;
    let start = found.index;
    while (start > from && leadsAt(text, start - 1, lead)) start--;
    for (let at = start; at <= found.index; at++) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) continue;
      yield match;
      from = at + Math.max(1, match[0].length);
      break;
    }
    from = Math.max(from, found.index + 1);
    anchor.lastIndex = Math.max(next, from);
  }
}

/** Every pattern registered with `anchored` and its anchor (for the tests). */
export function registeredAnchors(): [pattern: RegExp, anchor: RegExp][] {
  return [...ANCHORED.entries()].map(([pattern, { anchor }]) => [pattern, anchor]);
}
