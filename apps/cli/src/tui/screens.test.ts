import { RECORD_HEADINGS, RECORD_KINDS } from '@bilat/domain/kinds';
import { describe, expect, it } from 'vitest';
import { factsByKind, formatDraft, type Draft, type DraftFact } from '../render/draft.js';
import { dataKey } from '../views/routes.js';
import { loadFold, loadingLabel, routeTitle, screenModel, type ScreenData } from './screens.js';

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

describe('the order of the countries and a country’s partners', () => {
  const text = (l: { spans: { text: string }[] }) => l.spans.map((s) => s.text).join('');
  const country = { code: 'KZ', name: 'Kazakhstan', meetings: 17, visits: 4, agreements: 4, relations: 0, records: 37, partners: 2 };
  const countries = { screen: 'countries', countries: [country] } as unknown as ScreenData;
  const partner = { pair: 'KZ-LT', partner: 'LT', meetings: 17, visits: 4, agreements: 3, relations: 0, records: 36, tradeYears: 3, lastMeetingDate: null };
  const partners = { screen: 'country', answer: { country: { code: 'KZ', name: 'Kazakhstan' }, partners: [partner], meetingsPerYear: [] } } as unknown as ScreenData;

  it('says the order chosen (the most records first unless one is), and Ctrl-O where the line has room for it whole', async () => {
    await loadFold();
    expect(text(screenModel({ screen: 'countries' }, countries, 120).header[0]!)).toBe('Filter: (type a name or code)   most records first · Tab: every pair · Ctrl-O: another order');
    expect(text(screenModel({ screen: 'countries', sort: 'relations' }, countries, 120).header[0]!)).toBe('Filter: (type a name or code)   most relations first · Tab: every pair · Ctrl-O: another order');
    // In 80 columns the hint gives way (the help lists it).
    expect(text(screenModel({ screen: 'countries', sort: 'agreements' }, countries, 78).header[0]!)).toBe('Filter: (type a name or code)   most agreements first · Tab: every pair');
    expect(text(screenModel({ screen: 'country', code: 'KZ' }, partners, 78).header[0]!)).toBe('1 partner, most records first · Ctrl-O: another order');
    expect(text(screenModel({ screen: 'country', code: 'KZ', sort: 'visits' }, partners, 78).header[0]!)).toBe('1 partner, most visits first · Ctrl-O: another order');
    expect(text(screenModel({ screen: 'country', code: 'KZ', sort: 'visits' }, partners, 40).header[0]!)).toBe('1 partner, most visits first');
  });

  it('loads each order on its own (the API ranks): the default order is the records’, whether named or not', () => {
    expect(dataKey({ screen: 'countries' })).toBe(dataKey({ screen: 'countries', sort: 'records' }));
    expect(dataKey({ screen: 'countries', sort: 'meetings' })).not.toBe(dataKey({ screen: 'countries' }));
    expect(dataKey({ screen: 'country', code: 'KZ' })).toBe(dataKey({ screen: 'country', code: 'KZ', sort: 'records' }));
    expect(dataKey({ screen: 'country', code: 'KZ', sort: 'relations' })).not.toBe(dataKey({ screen: 'country', code: 'KZ' }));
    expect(dataKey({ screen: 'country', code: 'KZ', sort: 'relations' })).not.toBe(dataKey({ screen: 'country', code: 'LT', sort: 'relations' }));
  });
});
