/*
 * Characters one column wide whatever the terminal: printable ASCII, Latin-1 and Latin
 * Extended letters (not the soft hyphen, nor © and ®, which may show as emoji), the dashes,
 * quotes and ellipsis of General Punctuation, and the four plain arrows (the UI's key
 * hints; not ↔ and the others, which may show as emoji). Most of what bilat prints is
 * only these (names, dates, counts).
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u2010-\u2027\u203a\u2190-\u2193]*$/;

/**
 * The columns a text of narrow characters takes (its length), or undefined for any other
 * text. string-width measures any text (wide East Asian characters, emoji, combining
 * marks) but at a grapheme walk and several Unicode-property patterns per call, which cost
 * tens of milliseconds at every start of the UI. bilat's tables and, through the UI's
 * bundle, string-width itself (build/dependency-patches.ts) ask here first.
 */
export function narrowWidth(text: string): number | undefined {
  return NARROW.test(text) ? text.length : undefined;
}
