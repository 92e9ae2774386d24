import type { BilatDatabase } from '@bilat/db';
import { describe, expect, it } from 'vitest';
import { inDossierSlot } from '../src/dossier-slots.js';

/** A stand-in database handle: the slots only key on its identity. */
const database = () => ({}) as BilatDatabase;

describe('dossier slots', () => {
  it('runs at most the given number at once, the rest in the order they came', async () => {
    const db = database();
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    const works = Array.from({ length: 7 }, (_, index) =>
      inDossierSlot(
        db,
        async () => {
          started.push(index);
          most = Math.max(most, ++running);
          await new Promise<void>((resolve) => gates.push(resolve));
          running--;
          return index;
        },
        3,
      ),
    );
    // Let each finish in turn; every one must start before the last is released.
    for (let released = 0; released < 7; released++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      gates.shift()!();
    }
    expect(await Promise.all(works)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives the slot back when the work fails, and keeps databases apart', async () => {
    const db = database();
    await expect(inDossierSlot(db, async () => Promise.reject(new Error('no such pair')), 1)).rejects.toThrow('no such pair');
    // The only slot is free again: this would wait for ever otherwise.
    expect(await inDossierSlot(db, async () => 'after', 1)).toBe('after');
    let release!: () => void;
    const holding = inDossierSlot(db, () => new Promise<string>((resolve) => (release = () => resolve('held'))), 1);
    // Another database's slot is its own.
    expect(await inDossierSlot(database(), async () => 'other', 1)).toBe('other');
    release();
    expect(await holding).toBe('held');
  });
});
