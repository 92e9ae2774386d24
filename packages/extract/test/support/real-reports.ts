import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AGREEMENT_STAGES, TRADE_FLOWS, agreementSchema, currencyCodeSchema, meetingKindSchema, pairOf, pairSchema,
  partialDateSchema, partyCodeSchema, visitSchema,
} from '@bilat/domain';
import { parse } from 'yaml';
import { z } from 'zod';
import { PACKAGE_ROOT } from './corpus.js';

/** The study of real reports: facts in the repository, the texts beside them on the machine only. */
export const REAL = join(PACKAGE_ROOT, 'real');
export const REAL_REPORTS = join(REAL, 'reports');
/** Reports recorded after the last tuning and kept out of it (`set: holdout`), scored apart. */
export const REAL_HOLDOUT = join(REAL, 'holdout');
/**
 * A second holdout, recorded on 2026-12-04 after the first one had guided that day's tuning
 * (its misses were read by kind): untouched by any tuning, scored apart like the first.
 */
export const REAL_HOLDOUT_2 = join(REAL, 'holdout-2');
/**
 * A third holdout, recorded on 2026-12-04 the day the second was first scored (and so spent):
 * the untouched set for the sessions after it, scored apart like the others.
 */
export const REAL_HOLDOUT_3 = join(REAL, 'holdout-3');
/**
 * A fourth holdout, recorded on 2026-12-04 after the third's first score had been read by its
 * kinds of miss: the untouched set for the sessions after it, scored apart like the others.
 */
export const REAL_HOLDOUT_4 = join(REAL, 'holdout-4');
/**
 * A fifth holdout, recorded on 2026-12-05 while the extractor was being tuned on the fourth's misses:
 * its facts written by reading, before any drafting of its texts, to judge that tuning.
 */
export const REAL_HOLDOUT_5 = join(REAL, 'holdout-5');
/**
 * A sixth holdout, recorded on 2026-12-05 while the extractor was being tuned on the fifth's misses:
 * its facts written by reading, before any drafting of its texts, to judge that tuning.
 */
export const REAL_HOLDOUT_6 = join(REAL, 'holdout-6');
/**
 * A seventh holdout, recorded on 2026-12-06 while the extractor was being tuned on the sixth's misses:
 * its facts written by reading, before any drafting of its texts, to judge that tuning.
 */
export const REAL_HOLDOUT_7 = join(REAL, 'holdout-7');
/**
 * A git-ignored link to the kept texts (see real/README.md); absent in CI. `BILAT_REAL_TEXTS`
 * points elsewhere, as it does for the tests that draft the texts.
 */
export const REAL_TEXTS = process.env.BILAT_REAL_TEXTS ?? join(REAL, 'texts');

/** `en-042-pk-lt-consultations`: language, running number, a slug of our own. */
const ID = /^([a-z]{2})-(\d{3})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).pipe(partialDateSchema);
const amount = z.string().regex(/^\d+(?:\.\d+)?$/, 'an exact decimal string, no separators');
const period = z.string().regex(/^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/, 'YYYY[-MM[-DD]] or a span START/END');

const eventDate = z.strictObject({
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  qualifier: z.enum(['stated', 'inferred', 'reported']),
}).refine((d) => !d.end || d.end >= d.start, { message: 'end before start' });

const name = z.string().min(2).max(120);
/** Russian (and other non-Latin) reports give the name romanised, with the spelling in the text kept here. */
const nativeName = z.string().min(2).max(120).optional();

const head = z.strictObject({ name, name_native: nativeName, side: partyCodeSchema, title: z.string().min(2).max(200).optional() });

const meeting = z.strictObject({
  pair: pairSchema,
  kind: meetingKindSchema,
  ordinal: z.number().int().positive().optional(),
  stage: z.enum(['held', 'planned']),
  /** Absent when neither the report nor its page says when (no year anywhere, no publication date). */
  date: eventDate.optional(),
  location: z.strictObject({
    country: partyCodeSchema.optional(),
    place: z.string().min(2).max(100).optional(),
    qualifier: z.enum(['stated', 'inferred', 'unknown']),
  }),
  heads: z.array(head).optional(),
}).superRefine((m, ctx) => {
  const sides = m.pair.split('-');
  for (const h of m.heads ?? []) {
    if (!sides.includes(h.side)) ctx.addIssue({ code: 'custom', message: `head ${h.name} is for ${h.side}, not a party of ${m.pair}` });
  }
  if (m.location.qualifier === 'unknown' && (m.location.country || m.location.place)) {
    ctx.addIssue({ code: 'custom', message: 'an unknown location names no country or place' });
  }
});

/** The facts one real report states, in the shape of the written corpus's expectations plus where the text came from. */
export const realReportSchema = z.strictObject({
  url: z.url(),
  publisher: z.string().min(2).max(120),
  language: z.string().regex(/^[a-z]{2}$/),
  published: day.optional(),
  /** Where a reader of the page finds its date: the corpus's metadata, a date line under the headline, the dateline, the address. */
  published_from: z.enum(['page-metadata', 'date-line', 'dateline', 'url', 'none']),
  states_meeting: z.boolean(),
  meetings: z.array(meeting).default([]),
  visits: z.array(z.strictObject({
    from: partyCodeSchema, to: partyCodeSchema, kind: visitSchema.shape.kind, visitor: name, date: eventDate.optional(),
  })).default([]),
  people: z.array(z.strictObject({ name, name_native: nativeName, country: partyCodeSchema, post: z.string().min(2).max(200) })).default([]),
  agreements: z.array(z.strictObject({ title: z.string().min(3).max(300), kind: agreementSchema.shape.kind, stage: z.enum(AGREEMENT_STAGES) })).default([]),
  trade: z.array(z.strictObject({
    reporter: partyCodeSchema, partner: partyCodeSchema, period, flow: z.enum(TRADE_FLOWS), amount, currency: currencyCodeSchema,
  })).default([]),
  investment: z.array(z.strictObject({ from: partyCodeSchema, to: partyCodeSchema, span: period, amount, currency: currencyCodeSchema })).default([]),
  indicators: z.array(z.strictObject({
    subject: partyCodeSchema, partner: partyCodeSchema.optional(), value: amount, unit: z.string().min(1).max(60), asOf: partialDateSchema,
  })).default([]),
  not_people: z.array(z.string().min(1).max(120)).default([]),
  notes: z.string().min(10).max(2000),
  set: z.enum(['tuning', 'holdout']).optional(),
}).superRefine((r, ctx) => {
  if (r.published && r.published_from === 'none') ctx.addIssue({ code: 'custom', path: ['published_from'], message: 'a publication date needs its source' });
  if (!r.published && ['page-metadata', 'url'].includes(r.published_from)) {
    // A dateline or date line may give day and month only; the metadata and the address always give the year.
    ctx.addIssue({ code: 'custom', path: ['published'], message: `${r.published_from} gives a full date` });
  }
  if (r.states_meeting !== r.meetings.length + r.visits.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['states_meeting'], message: 'states_meeting is true exactly when meetings or visits are listed' });
  }
  for (const [i, v] of r.visits.entries()) {
    if (v.from === v.to) ctx.addIssue({ code: 'custom', path: ['visits', i], message: 'a visit goes to another party' });
  }
  for (const [i, t] of r.trade.entries()) {
    if (t.reporter === t.partner) ctx.addIssue({ code: 'custom', path: ['trade', i], message: 'reporter and partner are one party' });
  }
});

export type RealReport = z.infer<typeof realReportSchema>;

export interface RealReportFile {
  id: string;
  language: string;
  number: number;
  facts: RealReport;
}

/** Parses every facts file, naming the file and the field when one does not fit. */
export function loadRealReports(folder = REAL_REPORTS): RealReportFile[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.yaml$/, '');
      const match = ID.exec(id);
      if (!match) throw new Error(`${file}: the name is not <language>-<NNN>-<slug>`);
      let yaml: unknown;
      try {
        yaml = parse(readFileSync(join(folder, file), 'utf8'));
      } catch (error) {
        throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
      }
      const parsed = realReportSchema.safeParse(yaml);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
        throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
      }
      return { id, language: match[1]!, number: Number(match[2]), facts: parsed.data };
    });
}

/** The kept text of a report (front matter and excerpt), or undefined when the texts are not on this machine. */
export function readRealText(id: string, folder = REAL_TEXTS): string | undefined {
  const path = join(folder, `${id}.txt`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Words as the copy check compares them: letters and digits of any script, lower case. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The first run of `length` words that `own` shares with `source`, or undefined. Used to show
 * that no sentence of a report went into the repository.
 */
export function sharedRun(own: string, source: string, length = 8): string | undefined {
  const theirs = wordsOf(source);
  const runs = new Set<string>();
  for (let i = 0; i + length <= theirs.length; i++) runs.add(theirs.slice(i, i + length).join(' '));
  const mine = wordsOf(own);
  for (let i = 0; i + length <= mine.length; i++) {
    const run = mine.slice(i, i + length).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}

/** What the study covers, counted from the facts files. */
export function realCounts(reports: RealReportFile[]) {
  const count = (values: string[]) => Object.fromEntries([...new Set(values)].sort().map((v) => [v, values.filter((x) => x === v).length]));
  const pairs = new Set(reports.flatMap((r) => [...r.facts.meetings.map((m) => m.pair), ...r.facts.visits.map((v) => pairOf(v.from, v.to))]));
  const countries = new Set([...pairs].flatMap((pair) => pair.split('-')));
  return {
    reports: reports.length,
    statingMeeting: reports.filter((r) => r.facts.states_meeting).length,
    languages: count(reports.map((r) => r.language)),
    pairs: [...pairs].sort(),
    countries: [...countries].sort(),
    publishers: new Set(reports.map((r) => r.facts.publisher)).size,
    dateSources: count(reports.map((r) => r.facts.published_from)),
  };
}

/** The index table of real/README.md, between its `<!-- index -->` markers. */
export function realIndex(reports: RealReportFile[]): string {
  const unique = (values: string[]) => [...new Set(values)].join(', ');
  const rows = reports.map(({ id, facts }) => {
    const pairs = unique([...facts.meetings.map((m) => m.pair), ...facts.visits.map((v) => pairOf(v.from, v.to))]) || '(none)';
    const kinds = unique([...facts.meetings.map((m) => `${m.kind}${m.stage === 'planned' ? ' (planned)' : ''}`), ...facts.visits.map((v) => `${v.kind} visit`)]) || '—';
    return `| ${id} | ${facts.publisher.replaceAll('|', '/')} | ${facts.language} | ${pairs} | ${kinds} |`;
  });
  const counts = realCounts(reports);
  const listed = (record: Record<string, number>) => Object.entries(record).map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `- reports: ${counts.reports} (${counts.statingMeeting} state a bilateral meeting, call or visit; the rest are negative examples)`,
    `- languages: ${listed(counts.languages)}`,
    `- country pairs with a meeting or visit: ${counts.pairs.length} (${counts.pairs.join(', ')})`,
    `- countries: ${counts.countries.length}; publishers: ${counts.publishers}`,
    `- where the publication date is found: ${listed(counts.dateSources)}`,
    '',
    '| id | publisher | language | pair | kind |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
