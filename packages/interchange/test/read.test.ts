import { describe, expect, it } from 'vitest';
import { cameoCountry, comtradeParty, COMTRADE_NUMERIC_EXCEPTIONS, metaCandidates, ndjsonLine, readCsv, readJsonElements, readLines } from '../src/index.js';

/* The pure parts: readers over lines, code tables and the NDJSON line shape. */

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* bytes(...chunks: (string | number[])[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
}

describe('reading', () => {
  it('CSV records carry the line they start on, quoted line breaks and doubled quotes included', async () => {
    const records = await all(readCsv(readLines(bytes('a,b\n', '1,"two\nlines"\n\n3,"say ""hi"""\r\n'))));
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'two\nlines'] },
      { line: 5, fields: ['3', 'say "hi"'] },
    ]);
  });

  it('JSON array elements stream one by one with their first line; a cut file names the line it ends on', async () => {
    const text = '{\n  "meta": {"a": 1},\n  "data": [\n    {"x": 1},\n    {\n      "x": 2.50\n    }\n  ]\n}\n';
    const elements = await all(readJsonElements(readLines(bytes(text)), { collections: ['data'], values: ['meta'], numbersAsText: true }));
    expect(elements).toEqual([
      { collection: 'meta', index: -1, value: { a: '1' }, line: 2 },
      { collection: 'data', index: 0, value: { x: '1' }, line: 4 },
      { collection: 'data', index: 1, value: { x: '2.50' }, line: 5 },
    ]);
    await expect(all(readJsonElements(readLines(bytes(text.slice(0, 60)))))).rejects.toThrow(/^line 6: not valid JSON: the file ends in the middle/);
  });

  it('invalid UTF-8 is refused on its line; cp1252 reads the same bytes', async () => {
    await expect(all(readLines(bytes('ok\n', [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a])))).rejects.toThrow('line 2: not valid UTF-8 text');
    const lines = await all(readLines(bytes('ok\n', [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]), { encoding: 'cp1252' }));
    expect(lines.map((line) => line.text)).toEqual(['ok', 'Müller']);
  });
});

describe('code tables', () => {
  it("Comtrade's own numeric codes for France, India, Norway, Switzerland and the USA; the world; areas that are no country", () => {
    expect(Object.fromEntries(['251', '699', '579', '757', '842'].map((code) => [code, COMTRADE_NUMERIC_EXCEPTIONS[code]]))).toEqual({ 251: 'FR', 699: 'IN', 579: 'NO', 757: 'CH', 842: 'US' });
    expect(comtradeParty('251', undefined)).toEqual({ party: 'FR' });
    expect(comtradeParty('398', undefined)).toEqual({ party: 'KZ' });
    expect(comtradeParty('0', undefined)).toEqual({ world: true });
    expect(comtradeParty('999', 'W00')).toEqual({ world: true });
    expect(comtradeParty('899', '_X ')).toMatchObject({ notCountry: expect.any(String) });
    expect(comtradeParty('1', 'QQQ')).toEqual({ unknown: 'QQQ' });
  });

  it('CAMEO country codes: ISO alpha-3, a few of its own, regions dropped', () => {
    expect(cameoCountry('LTU')).toEqual({ party: 'LT' });
    expect(cameoCountry('ROM')).toEqual({ party: 'RO' });
    expect(cameoCountry('EUR')).toEqual({ region: 'EUR' });
    expect(cameoCountry('')).toEqual({ none: true });
    expect(cameoCountry('ZZZ')).toEqual({ unknown: 'ZZZ' });
  });
});

describe('formats', () => {
  it('an NDJSON line is a header, a record, or a problem naming the field', () => {
    expect(ndjsonLine('{"format":"bilat/ndjson","version":1}', 1)).toBeUndefined();
    expect(ndjsonLine('{"kind":"people","record":{"id":"x"}}', 4)).toEqual({ kind: 'person', record: { id: 'x' }, line: 4 });
    expect(ndjsonLine('{"kind":"person","record":{},"extra":1}', 2)).toMatchObject({ problem: { line: 2, field: 'extra' } });
    expect(ndjsonLine('{"format":"bilat/ndjson","version":1}', 3)).toMatchObject({ problem: { line: 3, field: 'format' } });
    expect(ndjsonLine('', 9)).toBeUndefined();
  });

  it('a position-held export finds its meta file beside it', () => {
    expect(metaCandidates('sources_wpoffice_foreign-enwiki_wikidata.csv')).toEqual(['sources_wpoffice_foreign-enwiki_meta.json', 'sources_wpoffice_foreign-enwiki_wikidata_meta.json']);
  });
});
