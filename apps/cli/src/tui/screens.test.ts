import { RECORD_HEADINGS, RECORD_KINDS } from '@bilat/domain/kinds';
import { describe, expect, it } from 'vitest';
import { factsByKind, formatDraft, type Draft, type DraftFact } from '../render/draft.js';
import { loadingLabel, routeTitle, screenModel } from './screens.js';

describe('every record kind in the terminal views', () => {
  it('a record screen is titled and announced with its kind', () => {
    for (const kind of RECORD_KINDS) {
      const route = { screen: 'record', kind, id: 'some-id' } as const;
      expect(routeTitle(route, undefined)).toBe(`${RECORD_HEADINGS[kind].one} some-id`);
      expect(loadingLabel(route)).toBe(`Loading ${RECORD_HEADINGS[kind].one.toLowerCase()} some-id`);
    }
  });

  it('a draft shows facts of every kind, each under its heading', () => {
    const facts = RECORD_KINDS.map((kind) => ({ kind, id: `a-${kind}`, label: `a ${kind}`, confidence: 0.9, basis: 'stated', spans: [{ start: 0, end: 4 }] }) as unknown as DraftFact);
    expect(factsByKind(facts).map(([kind]) => kind).sort()).toEqual([...RECORD_KINDS].sort());
    const draft = { facts, people: [], disputes: [], warnings: [], text: 'Text of the report', source: { title: 'A report', publisher: 'An agency', published: '2024-06-20' }, publishedFrom: 'options', language: { name: 'English' } } as unknown as Draft;
    const text = formatDraft(draft, { file: 'report.txt' });
    for (const kind of RECORD_KINDS) expect(text, kind).toContain(`${RECORD_HEADINGS[kind].many} (1)`);
  });
});

describe('the pairs screen', () => {
  it('says up front, grouped, how many of how many pairs it shows, and heads its columns as bilat pairs does', () => {
    const row = { pair: 'AT-US', meetings: 1, visits: 0, agreements: 0, relations: 2, records: 3, tradeYears: 0, lastMeetingFirstDay: null, lastMeetingDate: null };
    const model = screenModel({ screen: 'pairs' }, { screen: 'pairs', pairs: [row], total: 19900 }, 120);
    const text = (l: { spans: { text: string }[] }) => l.spans.map((s) => s.text).join('');
    expect(text(model.header[0]!)).toBe('The 1 busiest of 19,900 pairs; `bilat pairs --all` lists every one.');
    expect(text(model.header[1]!)).toMatch(/relations\s+records/i);
    expect(model.lines.map(text).join('\n')).not.toContain('busiest');
  });
});
