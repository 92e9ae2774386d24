import { describe, expect, it } from 'vitest';
import { RecordSet } from '../src/record-set.js';
import type { RecordOf } from '../src/records/index.js';

// Records as the set keeps them: it reads their ids only.
const person = (id: string, name: string) => ({ id, name }) as unknown as RecordOf<'person'>;

describe('RecordSet', () => {
  it('add keeps a record as put does: the last one put under an id is kept, in the place the id was first put', () => {
    const viaPut = new RecordSet();
    const viaAdd = new RecordSet();
    for (const record of [person('a', 'A'), person('b', 'B'), person('a', 'A again')]) {
      viaPut.put({ kind: 'person', record });
      viaAdd.add('person', record);
    }
    expect(viaAdd.all('person')).toEqual(viaPut.all('person'));
    expect(viaAdd.all('person').map((record) => (record as unknown as { name: string }).name)).toEqual(['A again', 'B']);
  });

  it('values lists a kind as all does, and nothing of another kind', () => {
    const set = new RecordSet();
    set.add('person', person('b', 'B'));
    set.add('person', person('a', 'A'));
    set.put({ kind: 'place', record: { id: 'p' } as unknown as RecordOf<'place'> });
    expect([...set.values('person')]).toEqual(set.all('person'));
    expect([...set.values('person')].map((record) => record.id)).toEqual(['b', 'a']);
    expect([...set.values('meeting')]).toEqual([]);
  });
});
