import { describe, expect, it } from 'vitest';
import { ParsedBodies } from '../src/parsed-bodies.js';

describe('parsed bodies kept by their text', () => {
  it('parses a text once while it is kept, and equal text gives the same object', () => {
    const bodies = new ParsedBodies(1000);
    const first = bodies.parse<{ id: string }>('{"id":"a"}');
    // A text built anew (as each database read builds it) finds the kept parse.
    const again = bodies.parse<{ id: string }>(['{"id":', '"a"}'].join(''));
    expect(again).toBe(first);
    expect(bodies.stats()).toMatchObject({ entries: 1, chars: 10, hits: 1, misses: 1 });
    expect(bodies.parse('{"id":"b"}')).toEqual({ id: 'b' });
  });

  it('under a record\'s name, serves the kept parse only for the same text, and replaces it when the text changed', () => {
    const bodies = new ParsedBodies(1000);
    const first = bodies.parse<{ n: number }>('{"n":1}', 'meeting m-1');
    expect(bodies.parse(['{"n":', '1}'].join(''), 'meeting m-1')).toBe(first);
    // The record was written since: its new text is parsed, and takes the old one's place.
    const changed = bodies.parse<{ n: number }>('{"n":22}', 'meeting m-1');
    expect(changed).toEqual({ n: 22 });
    expect(bodies.stats()).toMatchObject({ entries: 1, chars: 8, hits: 1, misses: 2 });
    expect(bodies.parse('{"n":22}', 'meeting m-1')).toBe(changed);
    // Another name with the same text is another entry; an earlier text is parsed again, never served stale.
    expect(bodies.parse('{"n":22}', 'visit m-1')).not.toBe(changed);
    expect(bodies.parse<{ n: number }>('{"n":1}', 'meeting m-1')).toEqual({ n: 1 });
    expect(bodies.stats()).toMatchObject({ entries: 2, chars: 15 });
  });

  it('keeps one id of two kinds apart: each is served its own parse', () => {
    const bodies = new ParsedBodies(1000);
    const meeting = bodies.parse<{ n: number }>('{"n":1}', 'x-1', 'meeting');
    const person = bodies.parse<{ p: number }>('{"p":2}', 'x-1', 'person');
    expect(bodies.parse(['{"n":', '1}'].join(''), 'x-1', 'meeting')).toBe(meeting);
    expect(bodies.parse(['{"p":', '2}'].join(''), 'x-1', 'person')).toBe(person);
    expect(bodies.stats()).toMatchObject({ entries: 2, hits: 2, misses: 2 });
  });

  it('keeps at most its budget of text, dropping first what was not used since', () => {
    const bodies = new ParsedBodies(30);
    const texts = ['{"n":1}', '{"n":2}', '{"n":3}', '{"n":4}'].map((text) => `${text}   `); // 10 characters each
    for (const text of texts.slice(0, 3)) bodies.parse(text);
    bodies.parse(texts[0]!); // used: gets a second chance
    bodies.parse(texts[3]!); // over budget: the oldest unused one (2) goes
    expect(bodies.stats()).toMatchObject({ entries: 3, chars: 30 });
    const misses = bodies.stats().misses;
    bodies.parse(texts[0]!);
    expect(bodies.stats().misses).toBe(misses);
    bodies.parse(texts[1]!);
    expect(bodies.stats().misses).toBe(misses + 1);
  });

  it('takes a smaller budget at once, and keeps to it from then on', () => {
    const bodies = new ParsedBodies(40);
    const texts = ['{"n":1}', '{"n":2}', '{"n":3}', '{"n":4}'].map((text) => `${text}   `); // 10 characters each
    for (const text of texts) bodies.parse(text);
    expect(bodies.stats()).toMatchObject({ entries: 4, chars: 40 });
    bodies.limit(20);
    expect(bodies.maxChars).toBe(20);
    expect(bodies.stats()).toMatchObject({ entries: 2, chars: 20 });
    bodies.parse(texts[0]!);
    expect(bodies.stats()).toMatchObject({ entries: 2, chars: 20 });
  });

  it('parses a text longer than the budget without keeping it', () => {
    const bodies = new ParsedBodies(5);
    expect(bodies.parse('{"long":true}')).toEqual({ long: true });
    expect(bodies.stats()).toMatchObject({ entries: 0, chars: 0 });
  });

  it('hands out frozen objects under test, so a caller that writes to one fails where it writes', () => {
    const record = new ParsedBodies().parse<{ tags: string[] }>('{"tags":["x"]}');
    expect(() => record.tags.push('y')).toThrow(TypeError);
  });

  it('writes what JSON.stringify writes, with the stored text of each parse it holds copied in', () => {
    const bodies = new ParsedBodies(1000);
    // Stored as JSON.stringify writes it: its text is copied in.
    const canonical = bodies.parse<{ id: string }>('{"id":"a","n":[1,2]}', 'a');
    // Stored otherwise (spaces): never copied in, written from the parse as JSON.stringify would.
    const spaced = bodies.parse<{ id: string }>('{ "id": "b" }', 'b');
    const answer = {
      items: [canonical, spaced, { ...canonical, id: 'c' }],
      points: [['2020', '1'], ['2021', '2']],
      mixed: [1, 'x', null, undefined, () => 1, { a: canonical }],
      total: 3,
      skipped: undefined,
      nothing: null,
      nested: { record: canonical, empty: [], date: new Date(0), map: new Map([[1, 2]]), text: 'é"\n' },
      [Symbol('hidden')]: 1,
    };
    expect(bodies.stringify(answer)).toBe(JSON.stringify(answer));
    expect(bodies.stringify([])).toBe('[]');
    expect(bodies.stringify('text')).toBe('"text"');
    expect(bodies.stringify(canonical)).toBe('{"id":"a","n":[1,2]}');
  });

  it('writes the same text as UTF-8 bytes inside an envelope, records copied in as bytes, however large the answer', () => {
    const bodies = new ParsedBodies(1_000_000);
    // Non-ASCII in a stored text and in what is written around it: both encoded as UTF-8.
    const record = bodies.parse<{ id: string }>('{"id":"r1","name":"Šiauliai ’92"}', 'r1');
    const answer = { items: [record, { nested: record, note: 'née' }], reasons: ['mirror’s gap'], refs: { people: { p1: 'Ōe' } }, none: [] };
    const expected = Buffer.from(`{"result":{"data":${JSON.stringify(answer)}}}`, 'utf8');
    expect(bodies.stringifyBytes(answer, '{"result":{"data":', '}}').equals(expected)).toBe(true);
    // Again (the record's bytes now kept), and in a buffer of its own for a worker to hand over.
    const own = bodies.stringifyBytes(answer, '{"result":{"data":', '}}', true);
    expect(own.equals(expected)).toBe(true);
    expect([own.byteOffset, own.buffer.byteLength]).toEqual([0, own.length]);
    // Short pieces and short records are copied by a loop while ASCII: a character beyond it anywhere in one still comes out as UTF-8.
    const short = bodies.parse<{ id: string }>('{"id":"š"}', 's1');
    const pieces = { a: ['aé', 'é', 'abc', 'x’', '"q"\n'], b: short, c: [short, 'ab'.repeat(16) + 'ñ'], 'ключ': 1 };
    expect(bodies.stringifyBytes(pieces).equals(Buffer.from(JSON.stringify(pieces), 'utf8'))).toBe(true);
    // Larger than the writer's first buffer: it grows, and what was written before stays.
    const many = { items: Array.from({ length: 5000 }, () => record), tail: 'é'.repeat(70_000) };
    expect(bodies.stringifyBytes(many).equals(Buffer.from(JSON.stringify(many), 'utf8'))).toBe(true);
    expect(bodies.stringify(answer)).toBe(JSON.stringify(answer));
  });
});
