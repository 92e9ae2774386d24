import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { REAL, REAL_HOLDOUT, REAL_HOLDOUT_2, REAL_HOLDOUT_3, REAL_HOLDOUT_4, REAL_HOLDOUT_5, REAL_HOLDOUT_6, REAL_HOLDOUT_7, REAL_TEXTS, loadRealReports, readRealText, realCounts, realIndex, sharedRun } from './support/real-reports.js';

/**
 * Fields that hold proper names (of people, posts, documents, places) as the report spells
 * them: these may repeat the report's words. Everything else in a facts file is ours.
 */
const NAMED = new Set(['url', 'publisher', 'name', 'name_native', 'title', 'post', 'visitor', 'place', 'not_people']);

/** Every string of our own in a facts file, with where it sits. */
function ownStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => ownStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NAMED.has(key) ? [] : ownStrings(item, path ? `${path}.${key}` : key)));
  }
  return [];
}

describe('the study of real reports', () => {
  const reports = loadRealReports();

  it('parses every facts file and numbers the reports once each', () => {
    expect(reports.length).toBeGreaterThan(0);
    const numbers = reports.map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const report of reports) expect(report.facts.language, report.id).toBe(report.language);
  });

  it('reaches the counts issue 11 asks for: 100 usable reports, 40 pairs, 25 in Russian', () => {
    const counts = realCounts(reports);
    const usable = reports.filter((r) => ['en', 'ru'].includes(r.language) && r.facts.states_meeting);
    expect(usable.length).toBeGreaterThanOrEqual(100);
    expect(counts.pairs.length).toBeGreaterThanOrEqual(40);
    expect(counts.languages.ru ?? 0).toBeGreaterThanOrEqual(25);
    // A few the extractor must decline (other languages) and a few with no bilateral meeting.
    expect(reports.filter((r) => !['en', 'ru'].includes(r.language)).length).toBeGreaterThanOrEqual(2);
    expect(reports.filter((r) => !r.facts.states_meeting).length).toBeGreaterThanOrEqual(2);
  });

  it('romanises the names of non-Latin reports and keeps the spelling of the text', () => {
    for (const { id, facts } of reports.filter((r) => r.language === 'ru')) {
      for (const person of facts.people) {
        expect(person.name, `${id}: ${person.name}`).toMatch(/^[\p{Script=Latin}\s.'’-]+$/u);
        expect(person.name_native, `${id}: ${person.name} needs name_native`).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
  });

  it('lists every titled head of a meeting among the people, with the same post', () => {
    for (const { id, facts } of reports) {
      for (const meeting of facts.meetings) {
        // A head the report gives no title (a leader named bare) is no person with a post.
        for (const head of (meeting.heads ?? []).filter((h) => h.title)) {
          const person = facts.people.find((p) => p.name === head.name && p.country === head.side && p.post === head.title);
          expect(person, `${id}: ${head.name} (${head.side}, ${head.title})`).toBeDefined();
        }
      }
    }
  });

  it('dates a meeting no more precisely than the day, and a held meeting not after the report', () => {
    for (const { id, facts } of reports) {
      for (const meeting of facts.meetings) {
        if (meeting.stage !== 'held' || !meeting.date || !facts.published) continue;
        expect(meeting.date.start <= facts.published, `${id}: held on ${meeting.date.start}, published ${facts.published}`).toBe(true);
      }
    }
  });

  const hasTexts = existsSync(REAL_TEXTS);
  if (!hasTexts) console.info(`real reports: ${REAL_TEXTS} is absent (it is kept out of git), so the texts are not compared`);

  // The texts are other people's pages, rebuilt by hand when a machine is lost; a page that
  // can no longer be found leaves its facts file without a text. Those are named, not failed.
  const missing = hasTexts ? reports.filter(({ id }) => readRealText(id) === undefined).map(({ id }) => id) : [];
  if (missing.length) console.info(`real reports: no text on this machine for ${missing.length}: ${missing.join(', ')}`);
  const withText = reports.filter(({ id }) => !missing.includes(id));

  it.skipIf(!hasTexts)('has most texts, each from the address, publisher, language and date of its facts', () => {
    expect(withText.length, `only ${withText.length} of ${reports.length} texts are on this machine`).toBeGreaterThanOrEqual(Math.ceil(reports.length * 0.75));
    const problems: string[] = [];
    for (const { id, facts } of withText) {
      const text = readRealText(id)!;
      const { fields } = parseFrontMatter(text);
      for (const key of ['url', 'publisher', 'language', 'published'] as const) {
        if (fields[key] !== facts[key]) problems.push(`${id}: ${key} is "${fields[key]}" in the text, "${facts[key]}" in the facts`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.skipIf(!hasTexts)('copies no run of eight words from its report', () => {
    const copied: string[] = [];
    for (const { id, facts } of withText) {
      const text = readRealText(id)!;
      for (const [path, own] of ownStrings(facts)) {
        const run = sharedRun(own, text, 8);
        if (run) copied.push(`${id} ${path}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it.skipIf(!hasTexts)('keeps the catalogue of constructions (docs/extraction.md) in our own words', () => {
    const catalogue = readFileSync(join(REAL, '..', '..', '..', 'docs', 'extraction.md'), 'utf8');
    const copied = withText.flatMap(({ id }) => {
      const run = sharedRun(catalogue, readRealText(id)!, 8);
      return run ? [`${id}: "${run}"`] : [];
    });
    expect(copied).toEqual([]);
  });
});

/**
 * The holdouts: reports kept out of the tuning, each checked the same way. The first guided the
 * tuning of 2026-12-04 by the kinds of its misses, so the second was recorded after it; the second
 * was scored that day, so the third was recorded before that scoring for the sessions after it; the
 * third's first score printed its kinds of miss, so the fourth was recorded before tuning on them;
 * the fourth's misses were read on 2026-12-05 to tune on, so the fifth was recorded before that tuning;
 * the fifth's misses were tuned on the same day, so the sixth was recorded before that tuning;
 * the sixth's misses were tuned on 2026-12-06, so the seventh was recorded before that tuning.
 */
const HOLDOUTS = [
  { name: 'the holdout of real reports', label: 'holdout', folder: REAL_HOLDOUT, least: 30, leastRussian: 10 },
  { name: 'the second holdout of real reports (real/holdout-2)', label: 'holdout-2', folder: REAL_HOLDOUT_2, least: 25, leastRussian: 10 },
  { name: 'the third holdout of real reports (real/holdout-3)', label: 'holdout-3', folder: REAL_HOLDOUT_3, least: 25, leastRussian: 10 },
  { name: 'the fourth holdout of real reports (real/holdout-4)', label: 'holdout-4', folder: REAL_HOLDOUT_4, least: 25, leastRussian: 10 },
  { name: 'the fifth holdout of real reports (real/holdout-5)', label: 'holdout-5', folder: REAL_HOLDOUT_5, least: 25, leastRussian: 10 },
  { name: 'the sixth holdout of real reports (real/holdout-6)', label: 'holdout-6', folder: REAL_HOLDOUT_6, least: 25, leastRussian: 10 },
  { name: 'the seventh holdout of real reports (real/holdout-7)', label: 'holdout-7', folder: REAL_HOLDOUT_7, least: 25, leastRussian: 10 },
];

describe.each(HOLDOUTS)('$name', ({ label, folder, least, leastRussian }) => {
  const reports = loadRealReports();
  const holdout = loadRealReports(folder);
  const others = HOLDOUTS.filter((h) => h.folder !== folder).flatMap((h) => loadRealReports(h.folder));
  const hasTexts = existsSync(REAL_TEXTS);

  it(`keeps ${least} or more reports, ${leastRussian} of them in Russian, all marked holdout and numbered apart from the study and the other holdouts`, () => {
    expect(holdout.length).toBeGreaterThanOrEqual(least);
    expect(holdout.filter((r) => r.language === 'ru').length).toBeGreaterThanOrEqual(leastRussian);
    for (const { id, facts, language } of holdout) {
      expect(facts.set, id).toBe('holdout');
      expect(facts.language, id).toBe(language);
    }
    const numbers = [...reports, ...others, ...holdout].map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  // As for the study: a page no longer found when the folder is rebuilt is named, not failed,
  // as long as three quarters of the texts are there.
  const missingHoldout = hasTexts ? holdout.filter(({ id }) => readRealText(id) === undefined).map(({ id }) => id) : [];
  if (missingHoldout.length) console.info(`real reports (${label}): no text on this machine for ${missingHoldout.length}: ${missingHoldout.join(', ')}`);

  it.skipIf(!hasTexts)('has most texts, each from the same address, and copies no run of eight words from it', () => {
    const problems: string[] = [];
    expect(holdout.length - missingHoldout.length, `only ${holdout.length - missingHoldout.length} of ${holdout.length} ${label} texts are on this machine`).toBeGreaterThanOrEqual(Math.ceil(holdout.length * 0.75));
    for (const { id, facts } of holdout) {
      const text = readRealText(id);
      if (text === undefined) continue;
      const { fields } = parseFrontMatter(text);
      for (const key of ['url', 'publisher', 'language', 'published'] as const) {
        if (fields[key] !== facts[key]) problems.push(`${id}: ${key} is "${fields[key]}" in the text, "${facts[key]}" in the facts`);
      }
      for (const [path, own] of ownStrings(facts)) {
        const run = sharedRun(own, text, 8);
        if (run) problems.push(`${id} ${path}: "${run}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('real/README.md', () => {
  const reports = loadRealReports();
  const readme = join(REAL, 'README.md');
  const block = /(<!-- index -->\n)[\s\S]*?(<!-- \/index -->)/;

  it('indexes every report as its facts file says (UPDATE_REAL_INDEX=1 rewrites the table)', () => {
    const current = readFileSync(readme, 'utf8');
    expect(current).toMatch(block);
    const wanted = current.replace(block, `$1${realIndex(reports)}\n$2`);
    if (process.env.UPDATE_REAL_INDEX && wanted !== current) writeFileSync(readme, wanted);
    else expect(current).toBe(wanted);
  });
});
