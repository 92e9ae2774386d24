import { isPartialDate, type Dispute, type Source } from '@bilat/domain';
import { bundleFromRecords, type Bundle } from '@bilat/domain/bundle';
import { buildRecords, type DraftFact } from './build.js';
import { checkedRecords } from './checked-records.js';
import { buildContext } from './context.js';
import { findDisputes } from './disputes.js';
import { findAgreements } from './documents.js';
import { findEvents } from './events.js';
import { findFigures } from './figures.js';
import { htmlToText, pageMeta } from './html.js';
import { IdMaker } from './ids.js';
import type { KnownPerson, KnownRecords, PeopleLookup, PersonMatch } from './known.js';
import { detectLanguage, READ_LANGUAGES, type DetectedLanguage } from './language.js';
import { findOrganizations } from './organizations.js';
import { findPublished, type PublishedFrom } from './published.js';
import { findCommitments, findStatements } from './speech.js';

export interface ExtractInput {
  /** The report as plain text; or `html`, a saved page, stripped of its navigation first. */
  text?: string;
  html?: string;
  /**
   * The report's own date (YYYY, YYYY-MM or YYYY-MM-DD); relative dates resolve against it.
   * Left out, it is read from the page: its metadata, a date line, a dateline, its address,
   * else `today`.
   */
  published?: string;
  /** Where the caller took `published` from (default: the options it was given). */
  publishedFrom?: PublishedFrom;
  /** Today's date, for a report that gives none (default: the clock's). */
  today?: string;
  publisher?: string;
  /** Who the publisher credits; read from the text ("citing the press service of …") when not given. */
  via?: string;
  url?: string;
  title?: string;
  /** People already known (e.g. from the database), matched before a new person is proposed. */
  knownPeople?: KnownPerson[];
  /** Other records already held: posts, organizations, places to refer to; holdings and trade to dispute. */
  known?: KnownRecords;
}

export interface DraftResult {
  /** The draft as a bundle: every record `draft`, citing the source below by character spans. */
  bundle: Bundle;
  /** The text the spans point into (the page's text for HTML input). */
  text: string;
  source: Source;
  facts: DraftFact[];
  /** Each person the text names: the known person it matched, or the new one proposed. */
  people: PersonMatch[];
  /** Differences from what is already held, as disputes (also in the bundle). */
  disputes: Dispute[];
  /** Where the report's date came from: the options, front matter, page metadata, a date line, a dateline, the address or today. */
  publishedFrom: PublishedFrom;
  /** The language the text is written in; only English and Russian are read. */
  language: DetectedLanguage;
  /** What the reader should know: a language not read, a date taken from today, records left out for failing their schema (a bug to report). */
  warnings: string[];
}

const HOMOGLYPHS: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X' };

/** "оf" typed with a Cyrillic о: Cyrillic letters inside or beside Latin words read as the Latin ones they look like. */
function mendHomoglyphs(text: string): string {
  return text.replace(/(?<=\p{Script=Latin})[аеорсухіАВЕКМНОРСТХ]|[аеорсухіАВЕКМНОРСТХ](?=\p{Script=Latin})/gu, (c) => HOMOGLYPHS[c] ?? c);
}

/** Whatever precedes "… reports, citing the X" / "has learnt from the X": who the publisher credits. */
function readVia(text: string): string | undefined {
  const match = /\b(?:citing|has learnt from|has learned from|learnt from|according to)\s+(?:the\s+)?((?:press service|press office|information service|press secretary)\b[^.,;]*|[^.,;]*\b(?:Ministry|MFA)\b[^.,;]*)/i.exec(text);
  return match?.[1]?.trim().slice(0, 300);
}

function headline(text: string): string | undefined {
  const first = text.split(/\n/)[0]?.trim();
  return first && first.length < 200 && !/[.!?]$/.test(first) && text.includes('\n') ? first : undefined;
}

/**
 * Drafts records from one press release. Pure: reads nothing, calls nothing; the same
 * input gives the same draft (ids included), so applying it twice changes nothing.
 */
export function extractDraft(input: ExtractInput): DraftResult {
  if (input.published !== undefined && !isPartialDate(input.published)) throw new RangeError(`published: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${input.published}"`);
  if (input.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.today)) throw new RangeError(`today: expected a date as YYYY-MM-DD, got "${input.today}"`);
  if (input.text === undefined && input.html === undefined) throw new TypeError('Give the report as text or html');
  const page = input.text === undefined ? htmlToText(input.html!) : undefined;
  const text = input.text ?? page!.text;
  const { date: published, from: publishedFrom } = input.published !== undefined
    ? { date: input.published, from: input.publishedFrom ?? ('options' as const) }
    : findPublished(text, { url: input.url, today: input.today ?? new Date().toISOString().slice(0, 10), metadata: input.html !== undefined ? pageMeta(input.html).published : undefined });
  const language = detectLanguage(text);
  const notes: string[] = [];
  if (publishedFrom === 'today') notes.push(`The report gives no date of its own (no page metadata, date line, dateline or dated address): it is taken to be today, ${published}, and relative dates ("last year", "on Tuesday") resolve against that. Give --published to correct it.`);
  if (publishedFrom === 'text') notes.push(`The report gives no date of its own: it is taken to be of ${published}, the year its figures speak from ("January–April ${published}", or the results of the year before), and relative dates resolve against that. Give --published to correct it.`);
  if (!READ_LANGUAGES.has(language.code)) {
    notes.push(`The report is in ${language.name} (${language.code}), which the extractor does not read (it reads English and Russian): nothing was drafted from it but the source.`);
  }
  const read = READ_LANGUAGES.has(language.code);
  // Offsets hold: the text read is the stored one with look-alike letters mended, one for one.
  const context = buildContext(read ? (language.code === 'en' ? mendHomoglyphs(text) : text) : '', published, input.publisher, publishedFrom === 'today');
  const events = findEvents(context);
  const agreements = findAgreements(context);
  const figures = findFigures(context);
  const statements = findStatements(context);
  const commitments = findCommitments(context);
  const titleSpans = context.people.people.flatMap((p) => p.titles.map((t) => t.span));
  const organizations = findOrganizations(context, titleSpans);
  const ids = new IdMaker(`${input.publisher ?? ''}\n${published}\n${text}`);
  const via = input.via ?? readVia(text);
  const title = (input.title ?? page?.title ?? headline(text) ?? `${input.publisher ?? 'Report'} of ${published}`).slice(0, 500);
  const source: Source = {
    id: ids.make(`${input.publisher ?? 'report'} ${published}`),
    title,
    publisher: (input.publisher ?? 'Unknown publisher').slice(0, 300),
    published,
    language: language.code,
    paragraphs: Math.max(1, context.sentences.at(-1)?.paragraph ?? 1),
    text,
  };
  if (via) source.via = via;
  if (input.url) source.url = input.url;
  const known: KnownRecords = { ...input.known, people: [...(input.known?.people ?? []), ...(input.knownPeople ?? [])] };
  const built = buildRecords({ context, events, agreements, figures, statements, commitments, organizations }, { ids, source, known });
  const disputes = findDisputes(built.records, known, ids);
  const warnings: string[] = [...notes];
  const valid = checkedRecords([...built.records, ...disputes.map((record) => ({ kind: 'dispute' as const, record }))], warnings);
  const keptIds = new Set(valid.map((item) => `${item.kind}:${item.record.id}`));
  return {
    bundle: bundleFromRecords(valid, `Draft extracted from ${source.publisher}, ${source.published}`),
    text,
    source,
    facts: built.facts.filter((fact) => keptIds.has(`${fact.kind}:${fact.id}`)),
    people: built.people,
    disputes: disputes.filter((d) => keptIds.has(`dispute:${d.id}`)),
    publishedFrom,
    language,
    warnings,
  };
}

/**
 * The same, with people looked up through the caller's database first: the names the text
 * gives are asked for (transliteration variants included), then matched as `knownPeople`.
 */
export async function extractDraftWithLookup(input: ExtractInput, lookup: PeopleLookup): Promise<DraftResult> {
  const first = extractDraft(input);
  const names = first.people.map((person) => person.name);
  const found = names.length ? await lookup.findPeople(names) : [];
  return extractDraft({ ...input, published: first.source.published!, publishedFrom: first.publishedFrom, knownPeople: [...(input.knownPeople ?? []), ...found] });
}
