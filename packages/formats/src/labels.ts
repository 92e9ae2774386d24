import {
  ATTESTATION_EVENT_LABELS,
  ATTESTATION_EVENTS,
  formatDateSpan,
  formatMoney,
  formatPartialDate,
  partyName,
  topicLabel,
  type DateSpan,
  type EventDate,
  type Holding,
  type Location,
  type Money,
  type KindedRecord,
  recordTitle,
  RECORD_COLLECTIONS,
  type Place,
  type TradeMirror,
} from '@bilat/domain';

/**
 * How bilat writes dates, places and periods for people: never more precise than the
 * source, and saying how the date is known ("reported 20 June 2024").
 */
export function eventDateLabel(date: EventDate | null | undefined, options: { style?: 'long' | 'short' } = {}): string {
  if (!date) return 'date unknown';
  const span = formatDateSpan(date.start, date.end, options);
  switch (date.qualifier) {
    case 'reported':
      return `reported ${span}`;
    case 'inferred':
      return `${span} (inferred)`;
    default:
      return span;
  }
}

export function periodLabel(period: DateSpan, options: { style?: 'long' | 'short' } = {}): string {
  return formatDateSpan(period.start, period.end, options);
}

export function asOfLabel(date: string): string {
  return `as of ${formatPartialDate(date)}`;
}

/** What a place label needs of a place: its name, and its country when the record has it. */
export type PlaceName = Pick<Place, 'name'> & Partial<Pick<Place, 'country'>>;

/** "Vilnius, Lithuania", "Lithuania (inferred)", "place unknown": every view's wording for where something was. */
export function locationLabel(location: Location, places: ReadonlyMap<string, PlaceName> | ((id: string) => PlaceName | undefined)): string {
  const lookup = typeof places === 'function' ? places : (id: string) => places.get(id);
  const place = location.placeId ? lookup(location.placeId) : undefined;
  const country = location.country ?? place?.country;
  const parts = [place?.name, country ? partyName(country) : undefined].filter(Boolean);
  if (parts.length === 0) return 'place unknown';
  const text = parts.join(', ');
  return location.qualifier === 'inferred' ? `${text} (inferred)` : text;
}

export function topicsLabel(topics: readonly string[]): string {
  return topics.map(topicLabel).join(', ');
}

/** Ordinal words for rounds: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalLabel(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/*
 * A round of a series as people say it: "14th meeting of the Kazakh–Lithuanian
 * Intergovernmental Commission", "a round of Kazakhstan–Lithuania political consultations".
 * Some series are named for their rounds ("Sessions of the … Commission"); the round's
 * label says what they are rounds of, never "14th meeting of Sessions of …".
 */
const ROUNDS_OF = /^(?:sessions|meetings|rounds|sittings|summits|conferences)\s+of\s+/i;

/** What a series' rounds are of: its name without a leading "Sessions of", "Meetings of", "Rounds of"… */
export function seriesSubject(name: string): string {
  const subject = name.replace(ROUNDS_OF, '');
  return subject || name;
}

/** A round's label in two parts, for a view that links the series: { lead: '14th meeting of ', subject: 'the … Commission' }. */
export function seriesRoundParts(series: { name: string; unit: string }, ordinal?: number | null): { lead: string; subject: string } {
  const unit = series.unit.trim() || 'meeting';
  const lead = ordinal ? `${ordinalLabel(ordinal)} ${unit} of ` : `${/^[aeiou]/i.test(unit) ? 'An' : 'A'} ${unit} of `;
  return { lead, subject: seriesSubject(series.name) };
}

/** A round of a series: "14th meeting of the … Commission"; unnumbered, "A meeting of the … Commission". */
export function seriesRoundLabel(series: { name: string; unit: string }, ordinal?: number | null): string {
  const { lead, subject } = seriesRoundParts(series, ordinal);
  return lead + subject;
}

/** A series' latest round with its date: "14th meeting, 20 June 2024", or "latest meeting, 2019" unnumbered. */
export function lastRoundLabel(series: { unit: string }, last: { ordinal?: number | null; date: EventDate | null }): string {
  const round = last.ordinal ? `${ordinalLabel(last.ordinal)} ${series.unit}` : `latest ${series.unit}`;
  return `${round}, ${eventDateLabel(last.date)}`;
}

/** An indicator's value with its unit, as people read it: "190 companies"; a rank is an ordinal: "15th", not "15 rank". */
export function indicatorValueLabel(indicator: { value: string | number; unit: string }): string {
  const value = String(indicator.value);
  if (indicator.unit.trim().toLowerCase() === 'rank' && /^\d+$/.test(value)) return ordinalLabel(Number(value));
  return `${value} ${indicator.unit}`;
}

/** The gap between the two sides' figures: "+US$8.3 million (+8.9%)", "US$0 (0.0%)". */
export function mirrorGapLabel(mirror: TradeMirror): string {
  if (!mirror.gap) return 'not comparable (different currencies)';
  const negative = mirror.gap.amount.startsWith('-');
  const size = moneyLabel({ ...mirror.gap, amount: mirror.gap.amount.replace(/^-/, '') });
  const sign = negative ? '−' : mirror.gap.amount === '0' ? '' : '+';
  const percent = mirror.gapPercent === null ? '' : ` (${sign}${mirror.gapPercent.replace(/^-/, '')}%)`;
  return `${sign}${size}${percent}`;
}

/** Both sides' sums of a mirror, labelled together (moneyLabelsApart), so that two different figures never read the same. */
export function mirrorMoneyLabels(mirror: Pick<TradeMirror, 'exported' | 'imported'>): { exported: string[]; imported: string[] } {
  const labels = moneyLabelsApart([...mirror.exported, ...mirror.imported].map((figure) => figure.value));
  return { exported: labels.slice(0, mirror.exported.length), imported: labels.slice(mirror.exported.length) };
}

/**
 * One flow as both sides report it: "2023, Kazakhstan → Lithuania: Kazakhstan reports
 * exports of US$92.9 million, Lithuania imports of US$101.2 million; gap +US$8.3 million (+8.9%)".
 */
export function mirrorLabel(mirror: TradeMirror): string {
  const labels = mirrorMoneyLabels(mirror);
  const exported = labels.exported.join(' / ');
  const imported = labels.imported.join(' / ');
  return `${periodLabel(mirror.period, { style: 'short' })}, ${partyName(mirror.exporter)} → ${partyName(mirror.importer)}: ${partyName(mirror.exporter)} reports exports of ${exported}, ${partyName(mirror.importer)} imports of ${imported}; gap ${mirrorGapLabel(mirror)}`;
}

/**
 * A holding's dated steps as its sources give them: "appointed 11 August 1992; presented
 * credentials 15 September 1992; left post 1 July 1995". A missing end is said to be
 * unknown, never taken as "still in post". Empty when no attestation names its event.
 */
export function tenureLabel(holding: Pick<Holding, 'attestations' | 'start' | 'end'>, options: { style?: 'long' | 'short' } = {}): string {
  const steps = ATTESTATION_EVENTS.flatMap((event) => {
    const dates = [...new Set(holding.attestations.filter((a) => a.event === event).map((a) => a.on))];
    return dates.length ? [`${ATTESTATION_EVENT_LABELS[event]} ${dates.map((on) => formatPartialDate(on, options)).join(', ')}`] : [];
  });
  if (steps.length === 0) return '';
  const ended = holding.end || holding.attestations.some((a) => a.event === 'left-post');
  return [...steps, ...(ended ? [] : ['end not recorded'])].join('; ');
}

/**
 * What is known of someone listed as holding a post today, for the country page, `bilat
 * world` and the TUI: an open-ended term is no proof of being in post now, so it says the
 * latest known holder "since 11 April 2023 (no end recorded)"; a known end is given as
 * "in post since … until …"; with no start, the latest date a source records them in post.
 */
export function holderSinceLabel(holding: Pick<Holding, 'attestations' | 'start' | 'end'>, options: { style?: 'long' | 'short' } = {}): string {
  const date = (on: string) => formatPartialDate(on, options);
  if (holding.end) return holding.start ? `in post from ${date(holding.start)} until ${date(holding.end)}` : `in post until ${date(holding.end)}`;
  if (holding.start) return `latest known holder, since ${date(holding.start)} (no end recorded)`;
  const latest = holding.attestations.map((a) => a.on).sort().at(-1);
  return latest ? `latest known holder, last recorded in post ${date(latest)} (no end recorded)` : 'latest known holder (no dates recorded)';
}

/** The heading over a country's holders of posts today (holderSinceLabel says what is known of each). */
export const POST_HOLDERS_HEADING = 'Latest known holders of its posts';

/** Where a drafted report's date came from, as `bilat extract` and the /extract review say it. */
export const DATE_SOURCE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  options: 'given with the report',
  'front matter': "the file's front matter",
  'page metadata': "the page's metadata",
  'date line': 'a date line under the headline',
  dateline: 'the dateline',
  address: "the report's address",
  text: 'the year its figures speak from (the page gives no date)',
  today: 'today (the report gives none)',
});

export function dateSourceLabel(from: string): string {
  return DATE_SOURCE_LABELS[from] ?? from;
}

/**
 * A sum of money as prose and table cells show it: a million or more to three
 * significant digits ("US$4.78 billion", "US$15.2 million"), never finer than the
 * source stated; less as formatMoney writes it ("US$1,234.56"). The exact amount stays
 * where a record is read whole (formatMoney, the record's page, --json).
 */
export function moneyLabel(money: Money): string {
  const negative = money.amount.startsWith('-');
  const whole = money.amount.replace(/^-/, '').split('.')[0]!.replace(/^0+(?=\d)/, '');
  if (whole.length < 7) return formatMoney(money);
  const round = (digits: string): bigint => {
    const unit = 10n ** BigInt(digits.length - 3);
    return ((BigInt(digits) + unit / 2n) / unit) * unit;
  };
  let rounded = round(whole);
  // 999.6 million rounds to a billion: three digits of the new size.
  if (String(rounded).length > whole.length) rounded = round(String(rounded));
  // Trailing zeros are not written: "US$2.5 billion", not "US$2.50 billion".
  let unit = 10n ** BigInt(String(rounded).length - 3);
  while (rounded % (unit * 10n) === 0n) unit *= 10n;
  const stated = money.precision ? Number(money.precision) : 0;
  const precision = stated > Number(unit) ? money.precision! : String(unit);
  return formatMoney({ ...money, amount: `${negative ? '-' : ''}${rounded}`, precision });
}

/**
 * Sums set side by side for comparison (both sides of a mirror, the figures of a disputed
 * row, the two claims of a dispute): moneyLabel's short forms, unless two different amounts
 * would read the same ("US$92.9 million / US$92.9 million"), in which case every one is
 * written exactly, so that a reader sees the difference the comparison is about.
 */
export function moneyLabelsApart(values: readonly Money[]): string[] {
  const short = values.map(moneyLabel);
  const exact = values.map(formatMoney);
  const blurred = short.some((label, i) => short.some((other, j) => j > i && other === label && exact[j] !== exact[i]));
  return blurred ? exact : short;
}

/** A drafted or held figure as the dossier words it: "Kazakhstan trade with Lithuania, 2023: US$250 million" (no arrow, the sum as moneyLabel shows it). */
export function figureLabel(item: KindedRecord & { kind: 'trade' | 'investment' }): string {
  return recordTitle(item, undefined, moneyLabel);
}

/**
 * One side of a dispute as the /extract review and `bilat extract` show it: a figure
 * stored as "240100000 USD" in the dossier's words ("US$240 million", moneyLabel); any
 * other value as it is. The exact value stays in the dispute (a title attribute, --json).
 */
export function disputeValueLabel(value: string | undefined): string {
  return disputeValueLabels([value])[0]!;
}

/** Both sides of one dispute, as disputeValueLabel says each, written exactly when the short forms would read the same (moneyLabelsApart). */
export function disputeValueLabels(values: readonly (string | undefined)[]): string[] {
  const sums = values.map((value) => (value === undefined ? undefined : /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(value)));
  const money = sums.flatMap((sum) => (sum ? [{ amount: sum[1]!, currency: sum[2]! }] : []));
  const labels = moneyLabelsApart(money);
  let next = 0;
  return values.map((value, i) => (sums[i] ? labels[next++]! : (value ?? '')));
}

/** Who published a report, as a sentence says it: "from TASS", "from an unknown publisher" (the extractor's placeholder is capitalised as a name). */
export function publisherLabel(publisher: string): string {
  return publisher === 'Unknown publisher' ? 'an unknown publisher' : publisher;
}

/**
 * A drafted fact's label as the /extract review and `bilat extract` show it: a trade or
 * investment figure in the dossier's words (figureLabel; the extractor's own label reads
 * "KZ→LT turnover 2023: 250000000 USD"), any other fact as drafted.
 */
export function draftFactLabel(fact: { kind: string; id: string; label: string }, bundle: unknown): string {
  if (fact.kind !== 'trade' && fact.kind !== 'investment') return fact.label;
  const list = (bundle as Record<string, unknown> | undefined)?.[RECORD_COLLECTIONS[fact.kind]];
  const record = Array.isArray(list) ? (list as { id: string }[]).find((entry) => entry.id === fact.id) : undefined;
  return record ? figureLabel({ kind: fact.kind, record } as Parameters<typeof figureLabel>[0]) : fact.label;
}
