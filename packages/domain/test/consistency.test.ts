import { describe, expect, it } from 'vitest';
import type { RecordRef } from '../src/common.js';
import { CHECK_NAMES, checkConsistency, checkRecord, type CheckName, type Violation } from '../src/consistency/checks.js';
import { moneyFromFigure } from '../src/money.js';
import { RecordSet } from '../src/record-set.js';
import { NOTES, parseInputs, REPORT, validInputs, type Inputs } from './fixtures.js';

const PC10 = 'kz-lt-political-consultations-10';
const KARABAYEV_VISIT = 'karabayev-lithuania-2024-05';
const TRADE = ['kz-lt-2023-turnover-kz', 'kz-lt-2023-exports-kz', 'kz-lt-2023-imports-kz'].map((id) => ({ kind: 'trade' as const, id }));

function byId<T extends { id: string }>(records: T[], id: string): T {
  const found = records.find((record) => record.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

function variant(mutate: (inputs: Inputs) => void): RecordSet {
  const inputs = validInputs();
  mutate(inputs);
  return new RecordSet(parseInputs(inputs));
}

const sortRefs = (refs: RecordRef[]) => [...refs].sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`));

interface Case {
  name: string;
  check: CheckName;
  mutate: (inputs: Inputs) => void;
  /** The records each violation names, one list per expected violation. */
  records: RecordRef[][];
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: 'turnover is not exports + imports within rounding',
    check: 'turnover-sum',
    mutate: (i) => {
      byId(i.trade, 'kz-lt-2023-turnover-kz').value = moneyFromFigure('223.8', 'million', 'USD');
    },
    records: [TRADE],
    message: /223800000.*92900000.*130700000/,
  },
  {
    name: 'turnover and its parts are in different currencies',
    check: 'currency-mix',
    mutate: (i) => {
      byId(i.trade, 'kz-lt-2023-imports-kz').value = moneyFromFigure('130.7', 'million', 'EUR');
    },
    records: [TRADE],
    message: /USD.*EUR|EUR.*USD/,
  },
  {
    name: 'two meetings of a series share an ordinal',
    check: 'unique-ordinal',
    mutate: (i) => {
      i.meeting.push({
        ...byId(i.meeting, PC10),
        id: 'kz-lt-political-consultations-10-gdelt',
        status: 'draft',
        participants: [],
        date: { start: '2024-06-21', qualifier: 'stated' },
      });
    },
    records: [[{ kind: 'meeting', id: PC10 }, { kind: 'meeting', id: 'kz-lt-political-consultations-10-gdelt' }]],
    message: /number 10/,
  },
  {
    name: 'a meeting’s pair differs from its series’ pair',
    check: 'series-matches',
    mutate: (i) => {
      i.meeting.push({
        id: 'kz-lv-political-consultations-3',
        status: 'draft',
        citations: [{ sourceId: REPORT }],
        title: 'Third round of consultations',
        kind: 'political-consultations',
        pair: 'KZ-LV',
        seriesId: 'kz-lt-political-consultations',
        ordinal: 3,
        date: { start: '2019', qualifier: 'stated' },
        location: { qualifier: 'unknown' },
      });
    },
    records: [[{ kind: 'meeting', id: 'kz-lv-political-consultations-3' }, { kind: 'series', id: 'kz-lt-political-consultations' }]],
    message: /KZ-LV.*KZ-LT/,
  },
  {
    name: 'a meeting has an ordinal but no series',
    check: 'series-matches',
    mutate: (i) => {
      const meeting = byId(i.meeting, 'kz-lt-igc-14');
      delete meeting.seriesId;
    },
    records: [[{ kind: 'meeting', id: 'kz-lt-igc-14' }]],
    message: /ordinal 14 but no series/,
  },
  {
    name: 'a participant speaks for a party that did not meet',
    check: 'participant-side',
    mutate: (i) => {
      byId(i.meeting, PC10).participants!.push({ personId: 'marat-karabayev', side: 'RU', role: 'guest' });
    },
    records: [[{ kind: 'meeting', id: PC10 }]],
    message: /marat-karabayev.*RU/,
  },
  {
    name: 'a participant’s post is held only from after the meeting',
    check: 'post-held-at-meeting',
    mutate: (i) => {
      byId(i.holding, 'jonas-survila-lt-vice-foreign-minister').start = '2024-07-01';
    },
    records: [[{ kind: 'meeting', id: PC10 }, { kind: 'holding', id: 'jonas-survila-lt-vice-foreign-minister' }]],
    message: /jonas-survila/,
  },
  {
    name: 'a participant’s post ended before the meeting',
    check: 'post-held-at-meeting',
    mutate: (i) => {
      byId(i.holding, 'jonas-survila-lt-vice-foreign-minister').end = '2024-06-19';
    },
    records: [[{ kind: 'meeting', id: PC10 }, { kind: 'holding', id: 'jonas-survila-lt-vice-foreign-minister' }]],
  },
  {
    name: 'a meeting dated to the day is derived from a visit known only to the month',
    check: 'precision-not-gained',
    mutate: (i) => {
      i.meeting.push({
        id: 'karabayev-transport-talks-2024-05-14',
        status: 'draft',
        citations: [{ sourceId: REPORT, locator: 'p8' }],
        title: 'Transport talks during the minister’s visit',
        kind: 'ministerial-meeting',
        pair: 'KZ-LT',
        date: { start: '2024-05-14', qualifier: 'inferred', derivedFrom: { kind: 'visit', id: KARABAYEV_VISIT } },
        location: { country: 'LT', qualifier: 'inferred' },
        visitId: KARABAYEV_VISIT,
      });
    },
    records: [[{ kind: 'meeting', id: 'karabayev-transport-talks-2024-05-14' }, { kind: 'visit', id: KARABAYEV_VISIT }]],
    message: /2024-05-14.*2024-05/,
  },
  {
    name: 'an agreement step gains a day from a visit known to the month',
    check: 'precision-not-gained',
    mutate: (i) => {
      byId(i.agreement, 'kz-lt-trans-caspian-route-memorandum').steps[0]!.date!.start = '2024-05-14';
    },
    records: [[{ kind: 'agreement', id: 'kz-lt-trans-caspian-route-memorandum' }, { kind: 'visit', id: KARABAYEV_VISIT }]],
  },
  {
    name: 'a holding ends before it starts',
    check: 'holding-dates',
    mutate: (i) => {
      Object.assign(byId(i.holding, 'marat-karabayev-kz-transport-minister'), { start: '2024-03', end: '2023-01' });
    },
    records: [[{ kind: 'holding', id: 'marat-karabayev-kz-transport-minister' }]],
    message: /2023-01.*2024-03/,
  },
  {
    name: 'a trade figure has the same reporter and partner',
    check: 'distinct-parties',
    mutate: (i) => {
      i.trade.push({ ...byId(i.trade, 'kz-lt-2023-exports-kz'), id: 'kz-kz-2022-exports', partner: 'KZ', period: { start: '2022' } });
    },
    records: [[{ kind: 'trade', id: 'kz-kz-2022-exports' }]],
  },
  {
    name: 'an investment runs from a party to itself',
    check: 'distinct-parties',
    mutate: (i) => {
      byId(i.investment, 'lt-kz-fdi-gross-inflow-2005-2023-09').from = 'KZ';
    },
    records: [[{ kind: 'investment', id: 'lt-kz-fdi-gross-inflow-2005-2023-09' }]],
  },
  {
    name: 'a visit goes from a party to itself',
    check: 'distinct-parties',
    mutate: (i) => {
      byId(i.visit, KARABAYEV_VISIT).to = 'KZ';
    },
    records: [[{ kind: 'visit', id: KARABAYEV_VISIT }]],
  },
  {
    name: 'an agreement’s stage is not among its steps',
    check: 'agreement-stage',
    mutate: (i) => {
      byId(i.agreement, 'kz-lt-trans-caspian-route-memorandum').stage = 'in-force';
    },
    records: [[{ kind: 'agreement', id: 'kz-lt-trans-caspian-route-memorandum' }]],
    message: /in-force/,
  },
  {
    name: 'a statement has neither a paraphrase nor text',
    check: 'statement-content',
    mutate: (i) => {
      delete byId(i.statement, 'vassilenko-on-transport-memorandum-2024-06').paraphrase;
    },
    records: [[{ kind: 'statement', id: 'vassilenko-on-transport-memorandum-2024-06' }]],
  },
  {
    name: 'a dispute’s claims are all the same',
    check: 'dispute-claims',
    mutate: (i) => {
      byId(i.dispute, 'vassilenko-spelling').claims[1]!.value = 'Vassilenko';
    },
    records: [[{ kind: 'dispute', id: 'vassilenko-spelling' }]],
  },
  {
    name: 'a citation names a source that does not exist',
    check: 'citation-resolves',
    mutate: (i) => {
      byId(i.person, 'jonas-survila').citations = [{ sourceId: 'lrt-2024-06-20-consultations', locator: 'p1' }];
    },
    records: [[{ kind: 'person', id: 'jonas-survila' }]],
    message: /lrt-2024-06-20-consultations.*does not exist/,
  },
  {
    name: 'an attestation names a source that does not exist',
    check: 'citation-resolves',
    mutate: (i) => {
      byId(i.holding, 'marat-karabayev-kz-transport-minister').attestations![0]!.sourceId = 'kz-government-2024-05';
    },
    records: [[{ kind: 'holding', id: 'marat-karabayev-kz-transport-minister' }]],
  },
  {
    name: 'a paragraph locator points past the source’s paragraphs',
    check: 'citation-resolves',
    mutate: (i) => {
      byId(i.indicator, 'kz-companies-with-lt-capital-2024-01-01').citations = [{ sourceId: REPORT, locator: 'p13' }];
    },
    records: [[{ kind: 'indicator', id: 'kz-companies-with-lt-capital-2024-01-01' }, { kind: 'source', id: REPORT }]],
    message: /p13.*12 paragraphs/,
  },
  {
    name: 'a character locator points past the stored text',
    check: 'citation-resolves',
    mutate: (i) => {
      byId(i.dispute, 'vassilenko-spelling').claims[1]!.citation.locator = 'c57-67';
    },
    records: [[{ kind: 'dispute', id: 'vassilenko-spelling' }, { kind: 'source', id: NOTES }]],
    message: /66 characters/,
  },
  {
    name: 'a character locator points into a source with no stored text',
    check: 'citation-resolves',
    mutate: (i) => {
      byId(i.place, 'vilnius').citations = [{ sourceId: REPORT, locator: 'c0-10' }];
    },
    records: [[{ kind: 'place', id: 'vilnius' }, { kind: 'source', id: REPORT }]],
    message: /needs the source text/,
  },
  {
    name: 'a holding names a person who does not exist',
    check: 'reference-resolves',
    mutate: (i) => {
      byId(i.holding, 'roman-vassilenko-kz-deputy-foreign-minister').personId = 'roman-vasilenko';
    },
    records: [[{ kind: 'holding', id: 'roman-vassilenko-kz-deputy-foreign-minister' }]],
    message: /person roman-vasilenko, which does not exist/,
  },
  {
    name: 'a meeting links to a meeting that does not exist',
    check: 'reference-resolves',
    mutate: (i) => {
      byId(i.meeting, PC10).links = [{ relation: 'follows-up', target: { kind: 'meeting', id: 'kz-lt-igc-13' } }];
    },
    records: [[{ kind: 'meeting', id: PC10 }]],
    message: /follows-up/,
  },
];

describe('checkConsistency', () => {
  it('finds nothing wrong in the valid set', () => {
    const set = new RecordSet(parseInputs(validInputs()));
    expect(set.size).toBeGreaterThan(30);
    expect(checkConsistency(set)).toEqual([]);
  });

  it('has a purpose-made bad variant for every check', () => {
    expect(new Set(cases.map((c) => c.check))).toEqual(new Set(CHECK_NAMES));
  });

  it.each(cases)('$check: $name', ({ check, mutate, records, message }) => {
    const violations = checkConsistency(variant(mutate));
    expect(violations.map((v) => v.check)).toEqual(records.map(() => check));
    expect(violations.map((v) => sortRefs(v.records))).toEqual(records.map(sortRefs));
    if (message) for (const violation of violations) expect(violation.message).toMatch(message);
  });
});

describe('what the checks allow', () => {
  const none = (mutate: (inputs: Inputs) => void) => expect(checkConsistency(variant(mutate))).toEqual([]);

  it('lets each source’s figures stand apart: a turnover from another source is not summed with these parts', () => {
    none((i) => {
      i.trade.push({ ...byId(i.trade, 'kz-lt-2023-turnover-kz'), id: 'kz-lt-2023-turnover-notes', citations: [{ sourceId: NOTES }], value: moneyFromFigure('230', 'million', 'USD') });
    });
  });

  it('still checks the sum within each source when two sources give the same year', () => {
    const set = variant((i) => {
      for (const flow of ['turnover', 'exports', 'imports']) {
        const copy = { ...byId(i.trade, `kz-lt-2023-${flow}-kz`), id: `kz-lt-2023-${flow}-notes`, citations: [{ sourceId: NOTES }] };
        if (flow === 'turnover') copy.value = moneyFromFigure('230', 'million', 'USD');
        i.trade.push(copy);
      }
    });
    const violations = checkConsistency(set);
    expect(violations.map((v) => v.check)).toEqual(['turnover-sum']);
    expect(sortRefs(violations[0]!.records)).toEqual(
      sortRefs(['turnover', 'exports', 'imports'].map((flow) => ({ kind: 'trade', id: `kz-lt-2023-${flow}-notes` }))),
    );
  });

  it('accepts a turnover within half a rounding unit of each side', () => {
    none((i) => {
      byId(i.trade, 'kz-lt-2023-turnover-kz').value = moneyFromFigure('223.7', 'million', 'USD');
    });
  });

  it('lets two series each have a number 10', () => {
    none((i) => {
      byId(i.meeting, 'kz-lt-igc-14').ordinal = 10;
    });
  });

  it('lets a post start in the month of the meeting, since it may have started before the day', () => {
    none((i) => {
      byId(i.holding, 'jonas-survila-lt-vice-foreign-minister').start = '2024-06';
      byId(i.holding, 'roman-vassilenko-kz-deputy-foreign-minister').end = '2024';
    });
  });

  it('does not judge posts at a meeting no source dates', () => {
    none((i) => {
      byId(i.meeting, PC10).date = null;
      byId(i.holding, 'jonas-survila-lt-vice-foreign-minister').start = '2030';
    });
  });

  it('lets a derived date be coarser than its origin', () => {
    none((i) => {
      byId(i.agreement, 'kz-lt-trans-caspian-route-memorandum').steps[0]!.date!.start = '2024';
    });
  });

  it('accepts a statement with user-supplied text instead of a paraphrase', () => {
    none((i) => {
      const statement = byId(i.statement, 'vassilenko-on-transport-memorandum-2024-06');
      delete statement.paraphrase;
      statement.text = 'Words the user stored from their own copy.';
    });
  });

  it('accepts a citation with no locator and a locator inside the stored text', () => {
    none((i) => {
      byId(i.place, 'vilnius').citations = [{ sourceId: REPORT }, { sourceId: NOTES, locator: 'c0-66' }];
    });
  });

  it('notices a reference broken by deleting a record', () => {
    const set = new RecordSet(parseInputs(validInputs()));
    set.delete({ kind: 'person', id: 'jonas-survila' });
    const violations = checkConsistency(set);
    expect(violations.every((v) => v.check === 'reference-resolves')).toBe(true);
    expect(violations.map((v) => v.records[0])).toEqual([
      { kind: 'holding', id: 'jonas-survila-lt-vice-foreign-minister' },
      { kind: 'meeting', id: PC10 },
    ]);
  });
});

describe('focus', () => {
  // Two unrelated problems: a statement with no content and a dispute with one value.
  const set = variant((i) => {
    delete byId(i.statement, 'vassilenko-on-transport-memorandum-2024-06').paraphrase;
    byId(i.dispute, 'vassilenko-spelling').claims[1]!.value = 'Vassilenko';
  });
  const checks = (violations: Violation[]) => violations.map((v) => v.check);

  it('reports everything without a focus', () => {
    expect(checks(checkConsistency(set))).toEqual(['statement-content', 'dispute-claims']);
  });

  it('reports only what involves the focused records', () => {
    expect(checks(checkConsistency(set, { focus: [{ kind: 'statement', id: 'vassilenko-on-transport-memorandum-2024-06' }] }))).toEqual([
      'statement-content',
    ]);
    expect(checks(checkConsistency(set, { focus: [{ kind: 'dispute', id: 'vassilenko-spelling' }] }))).toEqual(['dispute-claims']);
    expect(checkConsistency(set, { focus: [{ kind: 'person', id: 'roman-vassilenko' }] })).toEqual([]);
    expect(checkConsistency(set, { focus: [] })).toEqual([]);
  });

  it('matches a focus by kind as well as id', () => {
    // A series and an organization share the id kz-lt-igc; focusing one must not pick up the other.
    const broken = variant((i) => {
      byId(i.series, 'kz-lt-igc').pair = 'KZ-LV';
    });
    expect(checks(checkConsistency(broken, { focus: [{ kind: 'series', id: 'kz-lt-igc' }] }))).toEqual(['series-matches']);
    expect(checkConsistency(broken, { focus: [{ kind: 'organization', id: 'kz-lt-igc' }] })).toEqual([]);
  });

  it('counts a record named as the origin of a date as involved', () => {
    const derived = variant((i) => {
      byId(i.agreement, 'kz-lt-trans-caspian-route-memorandum').steps[0]!.date!.start = '2024-05-14';
    });
    expect(checks(checkConsistency(derived, { focus: [{ kind: 'visit', id: KARABAYEV_VISIT }] }))).toEqual(['precision-not-gained']);
  });

  it('checkRecord focuses on one record', () => {
    const statement = set.get('statement', 'vassilenko-on-transport-memorandum-2024-06')!;
    expect(checks(checkRecord(set, { kind: 'statement', record: statement }))).toEqual(['statement-content']);
    const person = set.get('person', 'jonas-survila')!;
    expect(checkRecord(set, { kind: 'person', record: person })).toEqual([]);
  });
});
