import { checkConsistency, RecordSet, tryParseLocator, type Holding, type Post, type TradeFlow } from '@bilat/domain';
import { bundleRecords, validateBundle } from '@bilat/domain/bundle';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';
import { holdingLabels } from './support/holdings.js';
import { loadCorpus } from './support/corpus.js';

const dev = loadCorpus('dev');
const drafts = dev.map((item) => ({ item, result: extractDraft({ text: item.text, published: item.published, publisher: item.publisher }) }));

describe('a draft', () => {
  it.each(drafts.map((d) => [d.item.name, d] as const))('of %s is a valid, consistent bundle of drafts', (_name, { result }) => {
    expect(result.warnings).toEqual([]);
    const bundle = validateBundle(JSON.parse(JSON.stringify(result.bundle)));
    const items = bundleRecords(bundle);
    expect(checkConsistency(new RecordSet(items))).toEqual([]);
    for (const { kind, record } of items) {
      if (kind === 'source') continue;
      expect(record.status, `${kind} ${record.id}`).toBe('draft');
    }
  });

  it('cites the source text by character spans that hold the fact\'s words', () => {
    for (const { result } of drafts) {
      expect(result.source.text).toBe(result.text);
      for (const { kind, record } of bundleRecords(result.bundle)) {
        if (!('citations' in record)) continue;
        for (const citation of record.citations) {
          expect(citation.sourceId).toBe(result.source.id);
          const locator = tryParseLocator(citation.locator ?? '');
          expect(locator?.kind, `${kind} ${record.id}`).toBe('characters');
          if (locator?.kind === 'characters') expect(locator.end).toBeLessThanOrEqual(result.text.length);
        }
      }
      for (const fact of result.facts) expect(fact.spans.length, `${fact.kind} ${fact.id}`).toBeGreaterThan(0);
    }
  });

  it('points a figure at its amount and period, and a meeting at its words', () => {
    const item = drafts.find((d) => d.item.name.includes('01-az-kz'))!.result;
    const words = (kind: string) => item.facts.filter((f) => f.kind === kind).flatMap((f) => f.spans.map((s) => item.text.slice(s.start, s.end)));
    expect(words('trade')).toEqual(expect.arrayContaining(['487.3 million US dollars', 'last year']));
    expect(words('meeting')).toEqual(expect.arrayContaining(['7th round of political consultations', '14 March 2024', 'Baku']));
  });

  it('is surer of what the text states than of what it infers', () => {
    const facts = drafts.flatMap((d) => d.result.facts);
    const mean = (basis: string, kind: string) => {
      const chosen = facts.filter((f) => f.basis === basis && f.kind === kind);
      return chosen.reduce((total, f) => total + f.confidence, 0) / chosen.length;
    };
    for (const kind of ['meeting', 'holding']) {
      expect(mean('stated', kind), kind).toBeGreaterThan(mean('inferred', kind));
    }
    expect(mean('stated', 'meeting')).toBeGreaterThan(mean('reported', 'meeting'));
  });

  it('is the same for the same input, ids included', () => {
    const { item } = drafts[0]!;
    const again = extractDraft({ text: item.text, published: item.published, publisher: item.publisher });
    expect(again.bundle).toEqual(drafts[0]!.result.bundle);
  });

  it('marks a meeting announced for later as planned', () => {
    const planned = drafts.flatMap((d) => d.result.bundle.meetings ?? []).filter((m) => m.stage === 'planned');
    expect(planned.length).toBeGreaterThan(5);
    const prague = planned.find((m) => m.pair === 'CZ-KG' && m.ordinal === 9)!;
    expect(prague.date).toMatchObject({ start: '2025-03-17', end: '2025-03-18', qualifier: 'stated' });
  });

  it('refuses a bad publication date or no text', () => {
    expect(() => extractDraft({ text: 'x', published: '20 June 2024' })).toThrow(/published/);
    expect(() => extractDraft({ published: '2024-06-20' })).toThrow(/text or html/);
  });
});

describe('conflicts with what is known', () => {
  const text = `Astana, 20 June 2024 – Vice Minister of Foreign Affairs Jonas Survila met Kazakh Deputy Foreign Minister Roman Vassilenko in Astana.

Trade between Kazakhstan and Lithuania amounted to 230.1 million US dollars in 2023, Kazakh statistics show.`;
  const known = {
    people: [{ id: 'roman-vassilenko', name: 'Roman Vassilenko', country: 'KZ' }],
    posts: [{ id: 'kz-first-deputy-minister', status: 'verified', citations: [{ sourceId: 'old' }], title: 'First Deputy Minister of Foreign Affairs', organizationId: 'kz-mfa', country: 'KZ', names: [] } satisfies Post],
    holdings: [{
      id: 'vassilenko-first-deputy', status: 'verified', citations: [{ sourceId: 'old' }], personId: 'roman-vassilenko', postId: 'kz-first-deputy-minister', identifiers: [],
      attestations: [{ on: '2024-06-20', sourceId: 'old', locator: 'p2' }],
    } satisfies Holding],
    trade: [{
      id: 'kz-lt-2023-turnover', status: 'verified', citations: [{ sourceId: 'old', locator: 'p10' }], reporter: 'KZ', partner: 'LT', period: { start: '2023' },
      flow: 'turnover', value: { amount: '223600000', currency: 'USD', precision: '100000' }, classification: { system: 'total', code: 'TOTAL' },
    } satisfies TradeFlow],
  };

  it('come out as disputes, leaving the known records as they were', () => {
    const result = extractDraft({ text, published: '2024-06-20', publisher: 'Kazinform', known });
    const byField = Object.fromEntries(result.disputes.map((d) => [d.field, d]));
    expect(byField.title?.subject).toEqual({ kind: 'person', id: 'roman-vassilenko' });
    expect(byField.title?.claims.map((c) => c.value)).toEqual(['First Deputy Minister of Foreign Affairs', 'Deputy Foreign Minister']);
    expect(byField.value?.claims.map((c) => c.value)).toEqual(['223600000 USD', '230100000 USD']);
    expect(byField.value?.claims[0]!.record).toEqual({ kind: 'trade', id: 'kz-lt-2023-turnover' });
    expect(result.bundle.disputes).toHaveLength(2);
    // Nothing known is redrafted: the drafts sit beside it.
    expect(result.bundle.trade!.map((t) => t.id)).not.toContain('kz-lt-2023-turnover');
    expect(result.bundle.people!.map((p) => p.name)).toEqual(['Jonas Survila']);
  });

  it('are not raised for a figure that agrees within its rounding, or another day', () => {
    const same = text.replace('230.1 million', '223.6 million').replace('20 June 2024', '21 June 2024');
    const result = extractDraft({ text: same, published: '2024-06-21', publisher: 'Kazinform', known });
    expect(result.disputes).toEqual([]);
  });
});

describe('titles in their canonical shape', () => {
  const posts = (text: string, published = '2019-03-14') => holdingLabels(extractDraft({ text, published, publisher: 'WAM' }).bundle);

  it('read a compound title typed with a spaced dash as one post', () => {
    expect(posts('The Estonian side was led by Vice - Minister of Foreign Affairs Jaan Tamm, who met Latvian Foreign Minister Karlis Ozols in Riga on 12 March.'))
      .toContain('Jaan Tamm: Vice Minister of Foreign Affairs');
  });

  it('part a double post in apposition that ends in a ruler or a commander, and leave the country out of the armed forces', () => {
    expect(posts('Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received the Indonesian Foreign Minister Retno Marsudi in Abu Dhabi on 12 March.'))
      .toEqual(expect.arrayContaining(['Mohamed bin Zayed Al Nahyan: Crown Prince of Abu Dhabi', 'Mohamed bin Zayed Al Nahyan: Deputy Supreme Commander of the Armed Forces']));
    expect(posts('Sheikh Mohammed bin Rashid Al Maktoum, Vice-President, Prime Minister and Ruler of Dubai, received the Indonesian Foreign Minister Retno Marsudi in Dubai on 13 March.'))
      .toEqual(expect.arrayContaining(['Mohammed bin Rashid Al Maktoum: Prime Minister', 'Mohammed bin Rashid Al Maktoum: Ruler of Dubai']));
  });

  it('read a president-elect and a chief of cabinet or of staff as posts, and a given name that is a leader\'s surname as no leader', () => {
    expect(posts('Peruvian Foreign Minister Elmer Schialer met Chilean President-elect Jose Antonio Kast in Santiago on 12 March.'))
      .toContain('Jose Antonio Kast: President-elect');
    expect(posts('The Argentine Foreign Minister Santiago Cafiero met his Chilean counterpart in Buenos Aires on 12 March; the Chief of Cabinet of Ministers, Marcos Pena, also attended.'))
      .toContain('Marcos Pena: Chief of Cabinet of Ministers');
    // (Ferdinand Marcos was president of the Philippines on that day.)
    expect(posts('The Argentine Foreign Minister Diana Mondino met her Chilean counterpart in Buenos Aires on 12 March; the Chief of Cabinet of Ministers, Marcos Pena, also attended.', '2024-03-14'))
      .toEqual(['Diana Mondino: Minister of Foreign Affairs', 'Marcos Pena: Chief of Cabinet of Ministers']);
  });

  it('read "the Sultanate" as the party of the pair so named', () => {
    const report = 'Muscat: Sayyid Badr Albusaidi, Foreign Minister of Oman, received Ahmed Isse Awad, Ambassador of Somalia to the Sultanate, on 12 March. Somalia and Oman reviewed their relations. '
      + 'Syria and Oman: President Bashar al-Assad of Syria received a message from Sultan Haitham bin Tarik, Head of the Sultanate, on 13 March.';
    const result = extractDraft({ text: report, published: '2023-03-14', publisher: 'Oman News Agency' });
    const postOf = (name: string) => result.bundle.holdings!.filter((h) => h.personId === result.bundle.people!.find((p) => p.name === name)!.id)
      .map((h) => result.bundle.posts!.find((p) => p.id === h.postId)!).map((p) => `${p.country} ${p.title}`);
    expect(postOf('Ahmed Isse Awad')).toEqual(['SO Ambassador to Oman']);
    expect(result.bundle.people!.find((p) => p.name === 'Haitham bin Tarik')!.country).toBe('OM');
  });

  it('give the people listed before "envoys of the President of <Country>" that country', () => {
    const result = extractDraft({ text: 'Muscat: Sayyid Badr Albusaidi, Foreign Minister, on Monday received Ahmed Moallim Fiqi, Minister of Defence and Ali Omar, Minister of State; envoys of the President of Somalia. Oman and Somalia reviewed their relations.', published: '2023-03-14', publisher: 'Oman News Agency' });
    const country = (name: string) => result.bundle.people!.find((p) => p.name === name)?.country;
    expect([country('Ahmed Moallim Fiqi'), country('Ali Omar'), country('Badr Albusaidi')]).toEqual(['SO', 'SO', 'OM']);
  });

  it('read no leader into a name whose middle initial and surname are a leader\'s', () => {
    expect(posts('Khadija Bukar A. Ibrahim, Minister of State for Foreign Affairs of Nigeria, met the Ghanaian Foreign Minister in Accra on 12 March.', '2024-03-14'))
      .toEqual(['Khadija Bukar A. Ibrahim: Minister of State for Foreign Affairs']);
  });

  it('keep an acting minister acting, and style a state minister as a minister of state', () => {
    expect(posts('Talks were held in Riga between the acting Foreign Minister of Latvia, Janis Ozols, and the Estonian Foreign Minister Jaan Tamm on 12 March.'))
      .toContain('Janis Ozols: Acting Minister of Foreign Affairs');
    expect(posts('State Minister for Foreign Affairs Aziz Ahmed of Pakistan met the Chinese Foreign Minister Li Wei in Islamabad on 12 March.'))
      .toContain('Aziz Ahmed: Minister of State for Foreign Affairs');
  });

  it('give a department "at" a ministry as the ministry\'s department', () => {
    expect(posts('The talks were held by Head of Europe Department at Ministry of Foreign Affairs Salim al Harthy and the Maldivian Foreign Minister Abdulla Shahid in Muscat on 12 March.'))
      .toContain('Salim al Harthy: Head of Europe Department of the Ministry of Foreign Affairs');
    expect(posts('The Kazakh Ambassador Erlan Idrissov met the Director of the Department for Eastern Europe and Central Asia at the UK Foreign Office John Smith in London on 12 March.'))
      .toContain('John Smith: Director of the Department for Eastern Europe and Central Asia of the Foreign Office');
  });
});
