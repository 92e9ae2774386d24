import { foldText, pairOf } from '@bilat/domain';
import { extractDraft, type DraftResult } from '../extract.js';
import { namesAgree } from '../registry.js';
import type { RealReport } from './expected.js';
import { actualFacts, FIGURE_KINDS, normalTitle, SAME } from './score.js';

/*
 * Scores drafts of real reports against the facts recorded for them, per language, in the
 * terms the issue sets targets in: a meeting on the right pair for the reports that state
 * one, its month, officials (people with posts), figures, and people drafted that are not
 * people. Each miss carries a cause, so the commonest can be fixed first.
 */

export interface RealInput {
  id: string;
  /** The report's text without its front matter. */
  text: string;
  /** Its front matter, read as `bilat extract` reads it (published, publisher, url, title). */
  fields: Record<string, string>;
  facts: RealReport;
}

export interface Tally {
  expected: number;
  found: number;
}

export interface LanguageScores {
  reports: number;
  /** Per meeting: each distinct pair a report records a meeting on, found when a meeting on it is drafted. */
  meetingPair: Tally;
  /** Per meeting: each recorded meeting dated to the month or better, found when one on its pair is drafted in that month. */
  meetingMonth: Tally;
  /**
   * Per report, as the issue's target reads ("a meeting on the right pair for 85% of reports that state one"): each
   * report that states a meeting and records at least one counts once, found when a meeting on any of its recorded pairs
   * is drafted. A digest of twelve meetings weighs as much as a report of one.
   */
  reportPair: Tally;
  /**
   * Per report ("its month for 80%"): each report that records at least one meeting dated to the month or better counts
   * once, found when one of those meetings is drafted on its pair in its month.
   */
  reportMonth: Tally;
  officials: Tally;
  figures: Tally;
  /** People drafted (new or matched) in all. */
  people: number;
  /** Of them, named in the record's `not_people`: places, bodies, titles read as people. */
  notPeople: number;
  /** Of them, not among the record's people at all (perhaps real people the record leaves out). */
  unlisted: number;
}

export interface Miss {
  report: string;
  kind: 'meeting' | 'month' | 'official' | 'figure' | 'not-a-person';
  cause: string;
  detail: string;
}

export interface RealScores {
  reports: number;
  byLanguage: Record<string, LanguageScores>;
  misses: Miss[];
  /** Causes by how often they occur, commonest first. */
  causes: { kind: Miss['kind']; cause: string; count: number; examples: string[] }[];
}

const tally = (): Tally => ({ expected: 0, found: 0 });
const emptyScores = (): LanguageScores => ({ reports: 0, meetingPair: tally(), meetingMonth: tally(), reportPair: tally(), reportMonth: tally(), officials: tally(), figures: tally(), people: 0, notPeople: 0, unlisted: 0 });

/** Drafts one real report as `bilat extract FILE` would: front matter first, the page itself for the rest. */
export function draftReal(input: RealInput, today: string): DraftResult {
  const { fields } = input;
  return extractDraft({
    text: input.text,
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.publisher ? { publisher: fields.publisher } : {}),
    ...(fields.url ? { url: fields.url } : {}),
    today,
  });
}

const folded = (name: string) => foldText(name);

type RecordedMeeting = { pair: string; date?: { start?: string } | undefined };
type DraftedMeeting = { pair: string; date: { start: string } };

/** The month a recorded meeting is dated to (YYYY-MM), or none when its date is absent or only a year. */
const monthOf = (meeting: RecordedMeeting) => (meeting.date?.start && meeting.date.start.length >= 7 ? meeting.date.start.slice(0, 7) : undefined);

/**
 * The per-report measure of one report that states a meeting: it counts once in `reportPair` when it records a
 * meeting at all, and is found when a meeting on any of its recorded pairs is drafted; once in `reportMonth` when it
 * records a meeting dated to the month or better, found when one of those is drafted on its pair in its month.
 */
export function scoreReportMeetings(recorded: RecordedMeeting[], drafted: DraftedMeeting[]): { reportPair: Tally; reportMonth: Tally } {
  const reportPair = tally();
  const reportMonth = tally();
  if (recorded.length > 0) {
    reportPair.expected = 1;
    if (recorded.some((m) => drafted.some((d) => d.pair === m.pair))) reportPair.found = 1;
  }
  const dated = recorded.filter((m) => monthOf(m) !== undefined);
  if (dated.length > 0) {
    reportMonth.expected = 1;
    if (dated.some((m) => drafted.some((d) => d.pair === m.pair && d.date.start.slice(0, 7) === monthOf(m)))) reportMonth.found = 1;
  }
  return { reportPair, reportMonth };
}

export function scoreRealReports(inputs: RealInput[], options: { today?: string } = {}): RealScores {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const byLanguage: Record<string, LanguageScores> = {};
  const misses: Miss[] = [];
  for (const input of inputs) {
    const facts = input.facts;
    const language = facts.language ?? input.fields.language ?? 'unknown';
    const scores = (byLanguage[language] ??= emptyScores());
    scores.reports++;
    const result = draftReal(input, today);
    const actual = actualFacts(result);
    const miss = (kind: Miss['kind'], cause: string, detail: string) => misses.push({ report: input.id, kind, cause, detail });

    // Meetings: each pair the record gives a meeting for, then the month of its dated meetings.
    // A visit drafted between the two counts too (the records count visits as stated meetings).
    for (const visit of actual.visits) {
      if (visit.from && visit.to && visit.from !== visit.to) {
        const pair = pairOf(visit.from, visit.to);
        actual.meetings.push({ pair, kind: 'other', stage: 'held', date: visit.date, location: { qualifier: 'unknown' }, heads: [] });
      }
    }
    const states = facts.states_meeting ?? facts.meetings.length > 0;
    if (states) {
      const pairs = [...new Set(facts.meetings.map((m) => m.pair))];
      const report = scoreReportMeetings(facts.meetings, actual.meetings);
      for (const key of ['reportPair', 'reportMonth'] as const) {
        scores[key].expected += report[key].expected;
        scores[key].found += report[key].found;
      }
      for (const pair of pairs) {
        scores.meetingPair.expected++;
        if (actual.meetings.some((m) => m.pair === pair)) scores.meetingPair.found++;
        else if (actual.meetings.length === 0) miss('meeting', 'no meeting drafted', pair);
        else miss('meeting', 'meeting drafted on another pair', `${pair} (drafted ${[...new Set(actual.meetings.map((m) => m.pair))].join(', ')})`);
      }
      for (const meeting of facts.meetings) {
        if (!meeting.date?.start || meeting.date.start.length < 7) continue;
        scores.meetingMonth.expected++;
        const month = meeting.date.start.slice(0, 7);
        const onPair = actual.meetings.filter((m) => m.pair === meeting.pair);
        if (onPair.some((m) => m.date.start.slice(0, 7) === month)) scores.meetingMonth.found++;
        else if (onPair.length === 0) miss('month', 'no meeting on the pair', `${meeting.pair} ${month}`);
        else if (onPair.every((m) => m.date.qualifier === 'reported')) miss('month', `dated by the report's date (${result.source.published ?? 'none'}, from ${result.publishedFrom})`, `${meeting.pair} ${month}`);
        else miss('month', 'another month', `${meeting.pair} ${month} (drafted ${onPair.map((m) => m.date.start).join(', ')})`);
      }
    }

    // Officials: people with posts.
    const sameName = (expected: { name: string; name_native?: string }, name: string) =>
      namesAgree(expected.name, name) || (expected.name_native !== undefined && namesAgree(expected.name_native, name));
    for (const person of facts.people) {
      scores.officials.expected++;
      const candidates = actual.people.filter((p) => sameName(person, p.name));
      if (candidates.some((p) => p.country === person.country && normalTitle(p.post) === normalTitle(person.post))) {
        scores.officials.found++;
        continue;
      }
      const drafted = (result.bundle.people ?? []).some((p) => sameName(person, p.name)) || result.people.some((p) => sameName(person, p.name));
      if (candidates.length === 0 && !drafted) miss('official', 'person not found', `${person.name} (${person.country}, ${person.post})`);
      else if (candidates.length === 0) miss('official', 'person found without a post', `${person.name} (${person.country}, ${person.post})`);
      else if (candidates.some((p) => normalTitle(p.post) === normalTitle(person.post))) miss('official', 'post right, country wrong', `${person.name}: ${person.country}, drafted ${candidates.map((c) => c.country).join('/')}`);
      else miss('official', 'another title', `${person.name}: "${person.post}", drafted "${candidates.map((c) => c.post).join('" / "')}"`);
    }

    // Figures.
    for (const kind of FIGURE_KINDS) {
      const same = SAME[kind] as (e: unknown, a: unknown) => boolean;
      const drafted = [...(actual[kind] as unknown[])];
      for (const figure of facts[kind] as unknown[]) {
        scores.figures.expected++;
        const at = drafted.findIndex((candidate) => same(figure, candidate));
        if (at >= 0) {
          drafted.splice(at, 1);
          scores.figures.found++;
        } else if (!drafted.length) miss('figure', `no ${kind} figure drafted`, JSON.stringify(figure));
        else {
          // Whether the miss is fair: the fields a draft of the same amount gets wrong (period, flow, reporter …).
          const record = figure as Record<string, unknown>;
          const near = (drafted as Record<string, unknown>[]).find((d) => d.amount === record.amount || d.value === record.value);
          const fields = near ? Object.keys(record).filter((key) => JSON.stringify(record[key]) !== JSON.stringify(near[key])) : [];
          miss('figure', near ? `${kind} figure differs in ${fields.join(', ')}` : `${kind} figure differs (no draft of that amount)`,
            near ? `${JSON.stringify(figure)} (drafted ${fields.map((key) => `${key} ${JSON.stringify(near[key])}`).join(', ')})` : JSON.stringify(figure));
        }
      }
    }

    // People drafted that are not people.
    const listed: { name: string; name_native?: string }[] = [...facts.people, ...facts.meetings.flatMap((m) => m.heads ?? [])];
    const notPeople = facts.not_people.map(folded);
    for (const person of result.people) {
      scores.people++;
      const name = folded(person.name);
      // The drafted name is one the record says is not a person, or holds one ("Community Abroad Lounes"); a person's name
      // that only appears inside such an entry ("Marius Skuodis" in "Marius Skuodis @Skuodis") is still a person.
      const isListed = listed.some((p) => sameName(p, person.name));
      if (!isListed && notPeople.some((n) => n === name || ` ${name} `.includes(` ${n} `))) {
        scores.notPeople++;
        miss('not-a-person', 'drafted as a person', person.name);
      } else if (!isListed) scores.unlisted++;
    }
  }
  const groups = new Map<string, { kind: Miss['kind']; cause: string; count: number; examples: string[] }>();
  for (const m of misses) {
    const key = `${m.kind}|${m.cause}`;
    const group = groups.get(key) ?? { kind: m.kind, cause: m.cause, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < 4) group.examples.push(`${m.report}: ${m.detail}`);
    groups.set(key, group);
  }
  return { reports: inputs.length, byLanguage, misses, causes: [...groups.values()].sort((a, b) => b.count - a.count) };
}

const percent = (t: Tally) => (t.expected === 0 ? '   –' : `${String(Math.round((100 * t.found) / t.expected)).padStart(3)}%`);
const cell = (t: Tally) => `${percent(t)} ${`${t.found}/${t.expected}`.padStart(7)}`;

/** The scores as a table, language by language, with the commonest misses under it. */
export function formatRealScores(scores: RealScores, top = 10): string {
  const lines = ['language  reports  meeting on pair    its month        officials        figures          not people'];
  const total = emptyScores();
  for (const [language, s] of Object.entries(scores.byLanguage).sort()) {
    for (const key of ['meetingPair', 'meetingMonth', 'reportPair', 'reportMonth', 'officials', 'figures'] as const) {
      total[key].expected += s[key].expected;
      total[key].found += s[key].found;
    }
    total.reports += s.reports;
    total.people += s.people;
    total.notPeople += s.notPeople;
    total.unlisted += s.unlisted;
    lines.push(row(language, s));
  }
  lines.push(row('all', total));
  // The issue's targets for meetings are per report: each report once, however many meetings it records.
  lines.push('per report: the same columns, each report that states a meeting counted once (a digest too)');
  for (const [language, s] of [...Object.entries(scores.byLanguage).sort(), ['all', total] as const]) {
    lines.push(`${language.padEnd(9)} ${String(s.reports).padStart(7)}  ${cell(s.reportPair)}     ${cell(s.reportMonth)}`);
  }
  lines.push('targets: meeting on pair 85% and its month 80% of reports, officials 90%, figures 85%, not people 0');
  lines.push('', `most common misses (${scores.misses.length} in all):`);
  for (const cause of scores.causes.slice(0, top)) {
    lines.push(`  ${String(cause.count).padStart(3)} × ${cause.kind}: ${cause.cause}`);
    for (const example of cause.examples.slice(0, 2)) lines.push(`        e.g. ${example}`);
  }
  return lines.join('\n');
}

function row(language: string, s: LanguageScores): string {
  return `${language.padEnd(9)} ${String(s.reports).padStart(7)}  ${cell(s.meetingPair)}     ${cell(s.meetingMonth)}     ${cell(s.officials)}     ${cell(s.figures)}     ${s.notPeople} of ${s.people} drafted (${s.unlisted} not in the record)`;
}
