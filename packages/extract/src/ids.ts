import { slugify } from '@bilat/domain';

/**
 * Ids for drafted records: a readable slug and a suffix taken from the text, so the same
 * report drafts the same ids (applying it twice changes nothing) and two reports never
 * collide with each other or with curated ids.
 */
export class IdMaker {
  private readonly used = new Set<string>();
  readonly suffix: string;

  constructor(text: string) {
    this.suffix = hash(text);
  }

  make(name: string): string {
    const base = `${slugify(name, 90)}-${this.suffix}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Six base-36 characters of an FNV-1a hash: stable across runs and platforms. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(-6);
}
