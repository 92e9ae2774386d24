import { RECORD_KINDS, type RecordKind } from '../src/common.js';
import { moneyFromFigure } from '../src/money.js';
import { recordSchemas, type KindedRecord, type RecordInputOf, type RecordOf } from '../src/records/index.js';

/**
 * A small, consistent picture of Kazakhstan–Lithuania relations around June 2024, one
 * or more records of every kind, in the curators' own words. Tests copy it and break
 * one thing at a time.
 */
export type Inputs = { [K in RecordKind]: RecordInputOf<K>[] };

export const REPORT = 'kazinform-2024-06-20-kz-lt-consultations';
export const NOTES = 'analyst-notes-kz-lt-2024';

/** The user's own notes (66 characters), so `c` locators have text to point into. */
export const NOTES_TEXT = 'The report spells the deputy minister Vassilenko; a blog Vasilenko';

const cite = (locator?: string, sourceId = REPORT) => [locator ? { sourceId, locator } : { sourceId }];

export function validInputs(): Inputs {
  return {
    source: [
      {
        id: REPORT,
        title: 'Kazakhstan and Lithuania hold the 10th round of political consultations',
        publisher: 'Kazinform News Agency',
        via: 'press service of the Ministry of Foreign Affairs of Kazakhstan',
        published: '2024-06-20',
        url: 'https://en.inform.kz/news/kazakhstan-lithuania-seek-to-enhance-cooperation-f4f2b4/',
        accessed: '2025-01-15',
        language: 'en',
        paragraphs: 12,
      },
      {
        id: NOTES,
        title: 'Notes on how reports spell the officials',
        publisher: 'bilat user',
        published: null,
        text: NOTES_TEXT,
      },
    ],
    place: [
      { id: 'vilnius', status: 'verified', citations: cite('p4'), name: 'Vilnius', kind: 'city', country: 'LT', capital: {} },
      {
        id: 'klaipeda',
        status: 'verified',
        citations: cite('p7'),
        name: 'Klaipeda',
        kind: 'city',
        country: 'LT',
        names: [{ value: 'Klaipėda', kind: 'official', lang: 'lt' }],
      },
      {
        id: 'astana',
        status: 'verified',
        citations: cite('p5'),
        name: 'Astana',
        kind: 'city',
        country: 'KZ',
        names: [{ value: 'Nur-Sultan', kind: 'former', from: '2019', to: '2022' }],
        capital: {},
      },
    ],
    organization: [
      { id: 'kz-mfa', status: 'verified', citations: cite('p1'), name: 'Ministry of Foreign Affairs of Kazakhstan', kind: 'ministry', country: 'KZ' },
      { id: 'lt-mfa', status: 'verified', citations: cite('p2'), name: 'Ministry of Foreign Affairs of Lithuania', kind: 'ministry', country: 'LT' },
      { id: 'kz-ministry-of-transport', status: 'verified', citations: cite('p8'), name: 'Ministry of Transport of Kazakhstan', kind: 'ministry', country: 'KZ' },
      {
        id: 'kz-lt-igc',
        status: 'verified',
        citations: cite('p4'),
        name: 'Kazakh–Lithuanian Intergovernmental Commission on Trade and Economic Cooperation',
        kind: 'commission',
        members: ['KZ', 'LT'],
      },
    ],
    post: [
      { id: 'kz-deputy-foreign-minister', status: 'verified', citations: cite('p2'), title: 'Deputy Minister of Foreign Affairs', organizationId: 'kz-mfa', country: 'KZ', rank: 'deputy-minister' },
      {
        id: 'lt-vice-foreign-minister',
        status: 'verified',
        citations: cite('p2'),
        title: 'Vice Minister of Foreign Affairs',
        organizationId: 'lt-mfa',
        country: 'LT',
        names: [{ value: 'Deputy Minister of Foreign Affairs', kind: 'spelling' }],
        rank: 'deputy-minister',
      },
      { id: 'kz-transport-minister', status: 'verified', citations: cite('p8'), title: 'Minister of Transport', organizationId: 'kz-ministry-of-transport', country: 'KZ', rank: 'minister' },
    ],
    person: [
      {
        id: 'roman-vassilenko',
        status: 'verified',
        citations: cite('p2'),
        name: 'Roman Vassilenko',
        country: 'KZ',
        names: [
          { value: 'Roman Vasilenko', kind: 'transliteration' },
          { value: 'Роман Василенко', kind: 'script', lang: 'ru' },
        ],
      },
      { id: 'jonas-survila', status: 'verified', citations: cite('p2'), name: 'Jonas Survila', country: 'LT' },
      { id: 'marat-karabayev', status: 'verified', citations: cite('p8'), name: 'Marat Karabayev', country: 'KZ' },
    ],
    holding: [
      {
        id: 'roman-vassilenko-kz-deputy-foreign-minister',
        status: 'verified',
        citations: cite('p2'),
        personId: 'roman-vassilenko',
        postId: 'kz-deputy-foreign-minister',
        attestations: [{ on: '2024-06-20', sourceId: REPORT, locator: 'p2' }],
      },
      {
        id: 'jonas-survila-lt-vice-foreign-minister',
        status: 'verified',
        citations: cite('p2'),
        personId: 'jonas-survila',
        postId: 'lt-vice-foreign-minister',
        attestations: [{ on: '2024-06-20', sourceId: REPORT, locator: 'p2', titleAsReported: 'Vice Minister of Foreign Affairs of Lithuania' }],
      },
      {
        id: 'marat-karabayev-kz-transport-minister',
        status: 'verified',
        citations: cite('p8'),
        personId: 'marat-karabayev',
        postId: 'kz-transport-minister',
        attestations: [{ on: '2024-05', sourceId: REPORT, locator: 'p8' }],
      },
    ],
    series: [
      { id: 'kz-lt-political-consultations', status: 'verified', citations: cite('p1'), name: 'Kazakhstan–Lithuania political consultations', kind: 'political-consultations', pair: 'KZ-LT' },
      {
        id: 'kz-lt-igc',
        status: 'verified',
        citations: cite('p4'),
        name: 'Meetings of the Kazakh–Lithuanian Intergovernmental Commission',
        kind: 'intergovernmental-commission',
        pair: 'KZ-LT',
        organizationId: 'kz-lt-igc',
        unit: 'meeting',
      },
    ],
    visit: [
      {
        id: 'karabayev-lithuania-2024-05',
        status: 'verified',
        citations: cite('p8'),
        title: 'Minister of Transport Karabayev in Lithuania',
        kind: 'working',
        from: 'KZ',
        to: 'LT',
        visitorIds: ['marat-karabayev'],
        date: { start: '2024-05', qualifier: 'stated' },
        location: { country: 'LT', qualifier: 'stated' },
      },
      {
        id: 'vassilenko-lithuania-2024-06',
        status: 'verified',
        citations: cite('p7'),
        title: 'Deputy Foreign Minister Vassilenko in Lithuania',
        kind: 'working',
        from: 'KZ',
        to: 'LT',
        visitorIds: ['roman-vassilenko'],
        date: { start: '2024-06-20', qualifier: 'reported' },
        location: { country: 'LT', qualifier: 'stated' },
      },
    ],
    meeting: [
      {
        id: 'kz-lt-political-consultations-10',
        status: 'verified',
        citations: [...cite('p1'), ...cite('p2'), ...cite('p3')],
        title: '10th round of Kazakhstan–Lithuania political consultations',
        kind: 'political-consultations',
        pair: 'KZ-LT',
        seriesId: 'kz-lt-political-consultations',
        ordinal: 10,
        date: { start: '2024-06-20', qualifier: 'reported' },
        location: { country: 'LT', qualifier: 'inferred', note: 'Held during the deputy minister’s visit to Lithuania.' },
        participants: [
          { personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-foreign-minister' },
          { personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-foreign-minister' },
        ],
        topics: ['bilateral-agenda', 'trade', 'transport', 'legal-framework'],
        visitId: 'vassilenko-lithuania-2024-06',
        links: [{ relation: 'follows-up', target: { kind: 'meeting', id: 'kz-lt-igc-14' } }],
      },
      {
        id: 'kz-lt-igc-14',
        status: 'verified',
        citations: cite('p4'),
        title: '14th meeting of the Kazakh–Lithuanian Intergovernmental Commission',
        kind: 'intergovernmental-commission',
        pair: 'KZ-LT',
        seriesId: 'kz-lt-igc',
        ordinal: 14,
        date: { start: '2024-02-29', qualifier: 'stated' },
        location: { country: 'LT', placeId: 'vilnius', qualifier: 'stated' },
      },
      {
        id: 'vassilenko-klaipeda-mayor-2024-06',
        status: 'verified',
        citations: cite('p7'),
        title: 'Vassilenko meets the Mayor of Klaipeda',
        kind: 'courtesy-call',
        pair: 'KZ-LT',
        date: { start: '2024-06-20', qualifier: 'reported' },
        location: { country: 'LT', placeId: 'klaipeda', qualifier: 'inferred' },
        participants: [{ personId: 'roman-vassilenko', side: 'KZ', role: 'guest', postId: 'kz-deputy-foreign-minister' }],
        topics: ['transport', 'logistics'],
        visitId: 'vassilenko-lithuania-2024-06',
      },
    ],
    agreement: [
      {
        id: 'kz-lt-trans-caspian-route-memorandum',
        status: 'verified',
        citations: cite('p8'),
        title: 'Memorandum on Cooperation within the Trans-Caspian International Transport Route',
        kind: 'memorandum',
        parties: ['KZ', 'LT'],
        stage: 'signed',
        steps: [
          {
            stage: 'signed',
            date: {
              start: '2024-05',
              qualifier: 'inferred',
              note: 'Signed around the transport minister’s May visit.',
              derivedFrom: { kind: 'visit', id: 'karabayev-lithuania-2024-05' },
            },
          },
        ],
        relatedEvent: { kind: 'visit', id: 'karabayev-lithuania-2024-05' },
      },
    ],
    statement: [
      {
        id: 'vassilenko-on-transport-memorandum-2024-06',
        status: 'verified',
        citations: cite('p8'),
        speakerId: 'roman-vassilenko',
        date: { start: '2024-06-20', qualifier: 'reported' },
        event: { kind: 'meeting', id: 'kz-lt-political-consultations-10' },
        paraphrase: 'He expected the transport visit and the memorandum to boost transport and logistics links.',
        topics: ['transport'],
        about: [{ kind: 'agreement', id: 'kz-lt-trans-caspian-route-memorandum' }],
      },
    ],
    commitment: [
      {
        id: 'implement-kz-lt-igc-14-decisions',
        status: 'verified',
        citations: cite('p4'),
        madeAt: { kind: 'meeting', id: 'kz-lt-political-consultations-10' },
        description: 'Carry out what the 14th commission meeting agreed',
        concerns: [{ kind: 'meeting', id: 'kz-lt-igc-14' }],
        state: 'open',
      },
    ],
    trade: [
      { id: 'kz-lt-2023-turnover-kz', status: 'verified', citations: cite('p10'), reporter: 'KZ', partner: 'LT', period: { start: '2023' }, flow: 'turnover', value: moneyFromFigure('223.6', 'million', 'USD') },
      { id: 'kz-lt-2023-exports-kz', status: 'verified', citations: cite('p10'), reporter: 'KZ', partner: 'LT', period: { start: '2023' }, flow: 'export', value: moneyFromFigure('92.9', 'million', 'USD') },
      { id: 'kz-lt-2023-imports-kz', status: 'verified', citations: cite('p10'), reporter: 'KZ', partner: 'LT', period: { start: '2023' }, flow: 'import', value: moneyFromFigure('130.7', 'million', 'USD') },
    ],
    investment: [
      {
        id: 'lt-kz-fdi-gross-inflow-2005-2023-09',
        status: 'verified',
        citations: cite('p11'),
        from: 'LT',
        to: 'KZ',
        reporter: 'KZ',
        kind: 'gross-inflow',
        span: { start: '2005', end: '2023-09' },
        cumulative: true,
        value: moneyFromFigure('95', 'million', 'USD'),
      },
    ],
    indicator: [
      {
        id: 'kz-companies-with-lt-capital-2024-01-01',
        status: 'verified',
        citations: cite('p12'),
        measure: 'companies-with-partner-capital',
        label: 'Companies with Lithuanian capital operating in Kazakhstan',
        subject: 'KZ',
        partner: 'LT',
        value: '190',
        unit: 'companies',
        asOf: '2024-01-01',
      },
    ],
    dispute: [
      {
        id: 'vassilenko-spelling',
        status: 'draft',
        subject: { kind: 'person', id: 'roman-vassilenko' },
        field: 'name',
        claims: [
          { value: 'Vassilenko', citation: { sourceId: REPORT, locator: 'p2' } },
          { value: 'Vasilenko', citation: { sourceId: NOTES, locator: 'c57-66' } },
        ],
      },
    ],
    interaction: [
      {
        id: 'gdelt-kz-lt-2024-06-20-040',
        status: 'draft',
        citations: [{ sourceId: NOTES }],
        pair: 'KZ-LT',
        date: '2024-06-20',
        code: '040',
        dataset: 'gdelt-2',
        events: [{ id: '1180000001', url: 'https://example.org/news/1', actors: ['KZ', 'LT'] }],
      },
    ],
    relation: [
      {
        id: 'kz-lt-diplomatic-relations-1992',
        status: 'verified',
        citations: [{ sourceId: NOTES }],
        kind: 'relations-established',
        pair: 'KZ-LT',
        date: { start: '1992-06-15', qualifier: 'stated' },
      },
    ],
  };
}

/** Validates every input with its kind's schema (defaults applied), in kind order. */
export function parseInputs(inputs: Inputs): KindedRecord[] {
  const items: KindedRecord[] = [];
  for (const kind of RECORD_KINDS) {
    for (const input of inputs[kind]) {
      const record = recordSchemas[kind].parse(input) as RecordOf<typeof kind>;
      items.push({ kind, record } as KindedRecord);
    }
  }
  return items;
}

export function validItems(): KindedRecord[] {
  return parseInputs(validInputs());
}

/** The 1-based line of the only line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const found = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`"${needle}" is on ${found.length} lines, expected exactly one`);
  return found[0]!;
}
