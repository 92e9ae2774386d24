import { createHash } from 'node:crypto';

/** How many consecutive words count as copied wording. */
export const RUN = 12;

/** Lower-case words of [a-z0-9], after folding diacritics (Klaipėda → klaipeda). */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function shingleHash(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

/** Every run of RUN consecutive words, with its hash. */
export function shingles(text: string): { run: string; hash: string }[] {
  const list = words(text);
  const result: { run: string; hash: string }[] = [];
  for (let i = 0; i + RUN <= list.length; i++) {
    const run = list.slice(i, i + RUN).join(' ');
    result.push({ run, hash: shingleHash(run) });
  }
  return result;
}
