/** A text with its front matter read: `published`, `publisher` and other `key: value` lines between `---` lines. */
export interface FrontMatter {
  text: string;
  fields: Record<string, string>;
}

/** Splits `---\nkey: value\n---\n` off the start of a file; a file without it is all text. */
export function parseFrontMatter(raw: string): FrontMatter {
  const input = raw.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(input);
  if (!match) return { text: input, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (field) fields[field[1]!] = field[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { text: input.slice(match[0].length), fields };
}
