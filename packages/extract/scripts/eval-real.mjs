#!/usr/bin/env node
// npm run eval:extract -- [DIR] [--facts DIR] [--json] [--today YYYY-MM-DD]
//
// Scores the extractor on real reports: each DIR/<id>.txt (front matter: url, publisher,
// language, published) is drafted as `bilat extract` would draft it and compared with the
// facts recorded in <facts>/<id>.yaml. Reports without a text here are skipped and counted.
// Prints a table per language (meetings per meeting, then per report: see the help) and the
// commonest misses by cause; --json prints the numbers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { parseFrontMatter } from '../dist/index.js';
import { formatRealScores, realReportSchema, scoreRealReports } from '../dist/evaluation/index.js';

const PACKAGE = resolve(import.meta.dirname, '..');
const ROOT = resolve(PACKAGE, '..', '..');
const base = process.env.INIT_CWD ?? process.cwd();

const HELP = `usage: npm run eval:extract -- [DIR] [--facts DIR] [--json] [--today YYYY-MM-DD] [--top N]

  DIR          folder of report texts, <id>.txt with front matter (default: packages/extract/real/texts)
  --facts DIR  folder of recorded facts, <id>.yaml (default: packages/extract/real/reports)
  --json       print the scores as one JSON document
  --today D    the date a report without one is taken to be published (default: today)
  --top N      how many kinds of miss to list (default: 10)

measures of meetings, both printed (the table, then a "per report" block) and in --json's byLanguage:
  per meeting  meetingPair: each distinct pair a report records a meeting on, found when a meeting
               on it is drafted; meetingMonth: each recorded meeting dated to the month or better,
               found when a meeting on its pair is drafted in that month. A digest of a dozen
               meetings weighs a dozen times.
  per report   the issue's targets ("a meeting on the right pair for 85% of reports that state one,
               its month for 80%"). reportPair: each report that states a meeting and records one
               counts once, met when a meeting on any of its recorded pairs is drafted; reportMonth:
               each report recording a meeting dated to the month or better counts once, met when
               one of those meetings is drafted on its pair in its month.
  A drafted visit between two countries counts as a meeting on their pair in both.

examples:
  npm run eval:extract
  npm run eval:extract -- ~/real-reports/texts --json`;

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { facts: { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' }, top: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  console.error(`eval:extract: ${error.message}\n\n${HELP}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(HELP);
  process.exit(0);
}
const textsDir = resolve(base, args.positionals[0] ?? join(ROOT, 'packages/extract/real/texts'));
const factsDir = resolve(base, args.values.facts ?? join(ROOT, 'packages/extract/real/reports'));
for (const [label, dir] of [['texts', textsDir], ['facts', factsDir]]) {
  if (!existsSync(dir)) {
    console.error(`eval:extract: the ${label} folder ${dir} does not exist`);
    process.exit(2);
  }
}
if (args.values.today && !/^\d{4}-\d{2}-\d{2}$/.test(args.values.today)) {
  console.error(`eval:extract: --today "${args.values.today}" is not a date (YYYY-MM-DD)`);
  process.exit(2);
}

const inputs = [];
const skipped = [];
const problems = [];
for (const file of readdirSync(factsDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const id = file.replace(/\.ya?ml$/, '');
  const textFile = join(textsDir, `${id}.txt`);
  if (!existsSync(textFile)) {
    skipped.push(id);
    continue;
  }
  const parsed = realReportSchema.safeParse(parse(readFileSync(join(factsDir, file), 'utf8')) ?? {});
  if (!parsed.success) {
    problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    continue;
  }
  const { text, fields } = parseFrontMatter(readFileSync(textFile, 'utf8'));
  inputs.push({ id, text, fields, facts: parsed.data });
}
const scores = scoreRealReports(inputs, args.values.today ? { today: args.values.today } : {});
if (args.values.json) {
  console.log(JSON.stringify({ texts: textsDir, facts: factsDir, scored: inputs.length, skipped: skipped.length, problems, byLanguage: scores.byLanguage, causes: scores.causes, misses: scores.misses }, null, 2));
} else {
  console.log(`Real reports: ${inputs.length} scored from ${textsDir}; ${skipped.length} skipped (facts recorded, no text here)${problems.length ? `; ${problems.length} with unreadable facts` : ''}\n`);
  console.log(formatRealScores(scores, Number(args.values.top ?? 10)));
  for (const problem of problems) console.error(`  unreadable: ${problem}`);
}
