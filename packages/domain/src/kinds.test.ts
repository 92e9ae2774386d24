import { describe, expect, it } from 'vitest';
import { recordSchemas } from './records/index.js';
import { isRecordKind, kindHeading, READING_ORDER, RECORD_COLLECTIONS, RECORD_HEADINGS, RECORD_KINDS } from './kinds.js';

describe('record kinds', () => {
  it('every kind has a schema, a collection name and both headings', () => {
    for (const kind of RECORD_KINDS) {
      expect(recordSchemas[kind], kind).toBeDefined();
      expect(RECORD_COLLECTIONS[kind], kind).toMatch(/^[a-z]+$/);
      expect(RECORD_HEADINGS[kind].one, kind).toMatch(/^[A-Z]/);
      expect(RECORD_HEADINGS[kind].many, kind).toMatch(/^[A-Z]/);
    }
    // No table holds a kind the list does not.
    for (const table of [recordSchemas, RECORD_COLLECTIONS, RECORD_HEADINGS]) expect(Object.keys(table).sort()).toEqual([...RECORD_KINDS].sort());
  });

  it('collection names are distinct, so a bundle key or a URL names one kind', () => {
    expect(new Set(Object.values(RECORD_COLLECTIONS)).size).toBe(RECORD_KINDS.length);
  });

  it('the reading order holds every kind exactly once', () => {
    expect([...READING_ORDER].sort()).toEqual([...RECORD_KINDS].sort());
    expect(new Set(READING_ORDER).size).toBe(READING_ORDER.length);
  });

  it('names one record or a list of them', () => {
    expect(kindHeading('person')).toBe('Official');
    expect(kindHeading('person', 3)).toBe('Officials');
    expect(kindHeading('meeting', 0)).toBe('Meetings');
  });

  it('tells a kind from any other word', () => {
    expect(isRecordKind('meeting')).toBe(true);
    expect(isRecordKind('meetings')).toBe(false);
    expect(isRecordKind('toString')).toBe(false);
  });
});
