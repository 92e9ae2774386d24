// A world-sized, deterministic, clearly synthetic dataset for benchmarks: every pair of
// ~200 countries, 30 years of trade by flow (~2.4 M figures), 50,000 meetings in series
// with delegations, 20,000 people with posts, 10,000 agreements, citations on all of it.
// Every id starts with "syn-" and every source says SYNTHETIC: it never mixes with the
// curated dataset (it is only ever loaded into a benchmark's own database).
import { allParties, pairOf } from '@bilat/domain';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same world. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORLD_DEFAULTS = { countries: 200, years: 30, firstYear: 1995, series: 2500, roundsPerSeries: 20, people: 20000, agreements: 10000, sources: 1000 };

const SYLLABLES = ['ka', 'ri', 'mo', 'ta', 'le', 'vi', 'na', 'so', 'du', 'ber', 'gal', 'tan', 'mir', 'zo', 'pe', 'lu', 'ar', 'en', 'os', 'ul'];
const MINISTRIES = ['Foreign Affairs', 'Trade', 'Transport', 'Energy'];
const POSTS = ['Minister', 'First Deputy Minister', 'Deputy Minister', 'Vice Minister', 'Director General'];

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

/** The parameters of a world, for the cache key and the report. */
export function worldSize(options = {}) {
  return { ...WORLD_DEFAULTS, ...options };
}

/**
 * Yields `{ kind, record }` for the whole world, what is pointed at before what points
 * at it. Records are plain objects in the domain's shapes (validated on import).
 */
export function* worldRecords(seed, options = {}) {
  const size = worldSize(options);
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
  const countries = allParties().filter((party) => party.kind === 'country').map((party) => party.code).slice(0, size.countries);
  const cite = () => [{ sourceId: `syn-source-${int(1, size.sources)}`, locator: `p${int(1, 20)}` }];
  const verified = () => ({ status: 'verified', citations: cite() });
  const name = (parts) => Array.from({ length: parts }, () => pick(SYLLABLES)).join('').replace(/^./, (c) => c.toUpperCase());

  for (let n = 1; n <= size.sources; n++) {
    yield {
      kind: 'source',
      record: { id: `syn-source-${n}`, title: `SYNTHETIC benchmark bulletin ${n}`, publisher: 'Synthetic Press (bilat benchmark data)', published: `${int(size.firstYear, size.firstYear + size.years - 1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`, paragraphs: 20 },
    };
  }
  // Four ministries a country, five posts each; organizations and posts come before the people who hold them.
  const postsOf = new Map(countries.map((country) => [country, MINISTRIES.map((ministry, m) => ({ organizationId: `syn-org-${country.toLowerCase()}-${m}`, ministry }))]));
  for (const country of countries) {
    for (const { organizationId, ministry } of postsOf.get(country)) {
      yield { kind: 'organization', record: { id: organizationId, ...verified(), name: `SYNTHETIC Ministry of ${ministry} of ${country}`, kind: 'ministry', country } };
    }
  }
  const postIds = new Map();
  for (const country of countries) {
    const ids = [];
    for (const { organizationId, ministry } of postsOf.get(country)) {
      for (const [p, title] of POSTS.entries()) {
        const id = `${organizationId}-post-${p}`;
        ids.push(id);
        yield { kind: 'post', record: { id, ...verified(), title: `${title} of ${ministry}`, organizationId, country } };
      }
    }
    postIds.set(country, ids);
  }
  const peopleOf = new Map(countries.map((country) => [country, []]));
  for (let n = 1; n <= size.people; n++) {
    const country = countries[(n - 1) % countries.length];
    const id = `syn-person-${n}`;
    const postId = pick(postIds.get(country));
    peopleOf.get(country).push({ id, postId });
    yield { kind: 'person', record: { id, ...verified(), name: `${name(2)} ${name(3)}`, country, names: [{ value: `${name(2)} ${name(3)}`, kind: 'transliteration' }] } };
    yield { kind: 'holding', record: { id: `${id}-holding`, ...verified(), personId: id, postId, attestations: [{ on: `${int(size.firstYear, size.firstYear + size.years - 1)}`, sourceId: `syn-source-${int(1, size.sources)}` }] } };
  }

  const pairs = [];
  for (let i = 0; i < countries.length; i++) for (let j = i + 1; j < countries.length; j++) pairs.push([countries[i], countries[j]]);
  const seriesPairs = Array.from({ length: Math.min(size.series, pairs.length) }, (_, s) => pairs[Math.floor((s * pairs.length) / Math.min(size.series, pairs.length))]);
  for (const [s, [a, b]] of seriesPairs.entries()) {
    const pair = pairOf(a, b);
    const seriesId = `syn-series-${pair.toLowerCase()}-${s}`;
    yield { kind: 'series', record: { id: seriesId, ...verified(), name: `SYNTHETIC ${pair} political consultations`, kind: 'political-consultations', pair } };
    for (let round = 1; round <= size.roundsPerSeries; round++) {
      const year = size.firstYear + Math.floor(((round - 1) * size.years) / size.roundsPerSeries);
      const precision = rnd();
      const start = precision < 0.6 ? `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}` : precision < 0.9 ? `${year}-${pad(int(1, 12))}` : `${year}`;
      const head = (side) => {
        const person = pick(peopleOf.get(side));
        return { personId: person.id, side, role: 'head', postId: person.postId };
      };
      yield {
        kind: 'meeting',
        record: {
          id: `${seriesId}-${round}`,
          ...verified(),
          title: `SYNTHETIC round ${round} of ${pair} political consultations`,
          kind: 'political-consultations',
          pair,
          seriesId,
          ordinal: round,
          date: { start, qualifier: pick(['stated', 'stated', 'reported']) },
          location: { country: pick([a, b]), qualifier: 'stated' },
          participants: [head(a), head(b)],
          topics: ['trade', pick(['transport', 'energy', 'investment', 'culture'])],
        },
      };
    }
  }
  for (let n = 1; n <= size.agreements; n++) {
    const [a, b] = pick(pairs);
    const year = int(size.firstYear, size.firstYear + size.years - 1);
    yield {
      kind: 'agreement',
      record: {
        id: `syn-agreement-${n}`,
        ...verified(),
        title: `SYNTHETIC memorandum ${n} between ${a} and ${b}`,
        kind: pick(['memorandum', 'agreement', 'protocol']),
        parties: [a, b],
        stage: 'signed',
        steps: [{ stage: 'signed', date: { start: `${year}-${pad(int(1, 12))}`, qualifier: 'stated' } }],
      },
    };
  }
  for (const [a, b] of pairs) {
    for (let y = 0; y < size.years; y++) {
      const year = String(size.firstYear + y);
      for (const [reporter, partner] of [[a, b], [b, a]]) {
        for (const flow of ['export', 'import']) {
          yield {
            kind: 'trade',
            record: {
              id: `syn-trade-${reporter.toLowerCase()}-${partner.toLowerCase()}-${year}-${flow}`,
              status: 'verified',
              citations: cite(),
              reporter,
              partner,
              period: { start: year },
              flow,
              value: { amount: String(int(1, 5_000_000) * 1000), currency: 'USD', precision: '1000' },
            },
          };
        }
      }
    }
  }
}

/** How many records a world of this size has, without generating it. */
export function worldCount(options = {}) {
  const size = worldSize(options);
  const pairs = (size.countries * (size.countries - 1)) / 2;
  const series = Math.min(size.series, pairs);
  return size.sources + size.countries * MINISTRIES.length * (1 + POSTS.length) + size.people * 2 + series * (1 + size.roundsPerSeries) + size.agreements + pairs * size.years * 4;
}
