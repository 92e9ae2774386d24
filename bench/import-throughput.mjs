#!/usr/bin/env node
// Import throughput and peak memory of `bilat import`, on generated files in a temporary
// folder (deterministic: the same files every run):
//   - a 1,000,000-row UN Comtrade CSV (today's 47-column download layout), every row a
//     distinct figure (reporter, partner, year, flow, commodity);
//   - a 500,000-row GDELT 2.0 events export (61 columns), about a quarter of the rows
//     consultations or visits between two countries (what bilat keeps), the rest other
//     events, as in real exports.
// Each is imported by the built CLI into a fresh SQLite database; the wall time gives
// rows per second, and /usr/bin/time (or /proc polling) the child's peak resident memory.
// Nothing is asserted: this prints a table for people.
//
//   node bench/import-throughput.mjs [--comtrade-rows 1000000] [--gdelt-rows 500000] [--keep]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../apps/cli/bin/bilat.js', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const COMTRADE_ROWS = arg('--comtrade-rows', 1_000_000);
const GDELT_ROWS = arg('--gdelt-rows', 500_000);
const dir = mkdtempSync(join(tmpdir(), 'bilat-import-bench-'));
const env = { ...process.env, NO_COLOR: '1' };
for (const name of ['DATABASE_URL', 'BILAT_DB', 'BILAT_API_URL', 'BILAT_API_KEY']) delete env[name];

/** Writes lines from a generator, waiting on the stream so memory stays flat. */
async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let batch = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === 1000) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise((resolve) => out.once('drain', resolve));
      batch = [];
    }
  }
  if (batch.length) out.write(`${batch.join('\n')}\n`);
  await new Promise((resolve) => out.end(resolve));
}

// ISO alpha-3 and numeric codes of the countries rows are made of.
const COUNTRIES = [
  ['KAZ', 398], ['LTU', 440], ['DEU', 276], ['FRA', 251], ['CHN', 156], ['USA', 842], ['JPN', 392], ['BRA', 76], ['IND', 699], ['TUR', 792],
  ['POL', 616], ['LVA', 428], ['EST', 233], ['FIN', 246], ['SWE', 752], ['NOR', 579], ['ITA', 381], ['ESP', 724], ['GBR', 826], ['CAN', 124],
];

const COMTRADE_FIELDS = 'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate';

function* comtradeRows(count) {
  yield COMTRADE_FIELDS;
  // 20 reporters × 19 partners × 2 flows × 25 years = 19,000 keys per commodity; commodities 01–99 and TOTAL.
  for (let n = 0; n < count; n++) {
    const reporter = COUNTRIES[n % 20];
    const partner = COUNTRIES[(n % 20 + 1 + (Math.floor(n / 20) % 19)) % 20];
    const flow = Math.floor(n / 380) % 2 ? 'M' : 'X';
    const year = 1995 + (Math.floor(n / 760) % 25);
    const block = Math.floor(n / 19000);
    const cmd = block === 0 ? 'TOTAL' : String(block).padStart(2, '0');
    const value = ((n * 7919) % 98_000_000) + 1000;
    yield [
      'C', 'A', `${year}0101`, year, 52, year, reporter[1], reporter[0], 'Reporter', flow, flow === 'M' ? 'Import' : 'Export',
      partner[1], partner[0], 'Partner', 0, 'W00', 'World', 'H4', 'HS', 'true', cmd, 'Goods', cmd === 'TOTAL' ? 0 : 2, 'false',
      'C00', 'TOTAL CPC', 0, 0, 'TOTAL MOT', -1, 'N/A', '', 'false', -1, 'N/A', '', 'false', '', 'false', '', 'false',
      flow === 'M' ? value : '', flow === 'X' ? value : '', value, 0, 'true', 'true',
    ].join(',');
  }
}

function* gdeltRows(count) {
  const codes = ['040', '042', '043', '036', '010', '020', '051', '190'];
  for (let n = 0; n < count; n++) {
    const fields = new Array(61).fill('');
    const day = new Date(Date.UTC(2015, 0, 1) + (n % 1500) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const a = COUNTRIES[n % 20][0];
    const b = n % 7 === 0 ? '' : COUNTRIES[(n * 3 + 1) % 20][0];
    const code = codes[n % 8 < 2 ? n % 8 : n % 3 === 0 ? (n % 4) : 4 + (n % 4)];
    fields[0] = String(800_000_000 + n);
    fields[1] = day;
    fields[5] = a;
    fields[7] = a;
    fields[15] = b;
    fields[17] = b;
    fields[26] = code;
    fields[27] = code;
    fields[28] = code.slice(0, 2);
    fields[59] = `${day}143000`;
    fields[60] = `https://news.example.org/${day}/${n}`;
    yield fields.join('\t');
  }
}

/** Runs the CLI; peak RSS from /usr/bin/time -v when there, else by polling /proc. */
function timedImport(format, file, db) {
  const useTime = existsSync('/usr/bin/time');
  const args = [BIN, 'import', format, file, '--db', db, '--json', '--no-progress'];
  const child = useTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { env }) : spawn(process.execPath, args, { env });
  let stdout = '';
  let stderr = '';
  let polledPeak = 0;
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (hwm) polledPeak = Math.max(polledPeak, Number(hwm[1]));
        } catch {
          // The process ended between two polls.
        }
      }, 100);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`bilat import ${format} exited ${code}: ${stderr.slice(-2000)}`));
      const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polledPeak;
      resolve({ seconds, peakMb: peakKb / 1024, report: JSON.parse(stdout) });
    });
  });
}

const results = [];
try {
  for (const [format, name, rows, generate] of [
    ['comtrade', 'comtrade-1m.csv', COMTRADE_ROWS, comtradeRows],
    ['gdelt', 'gdelt-500k.export.CSV', GDELT_ROWS, gdeltRows],
  ]) {
    const file = join(dir, name);
    const t = Date.now();
    await writeLines(file, generate(rows));
    process.stderr.write(`generated ${name}: ${rows.toLocaleString('en-US')} rows, ${(statSync(file).size / 1048576).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s; importing…\n`);
    const { seconds, peakMb, report } = await timedImport(format, file, join(dir, `${format}.db`));
    results.push({ format, rows, mb: statSync(file).size / 1048576, seconds, peakMb, records: report.rows, created: report.total.created });
  }
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
console.log(`${pad('file', 10)} ${pad('rows', 10, true)} ${pad('MB', 6, true)} ${pad('records', 9, true)} ${pad('seconds', 8, true)} ${pad('rows/s', 8, true)} ${pad('peak RSS MB', 12, true)}`);
for (const r of results) {
  console.log(
    `${pad(r.format, 10)} ${pad(r.rows.toLocaleString('en-US'), 10, true)} ${pad(r.mb.toFixed(0), 6, true)} ${pad(r.records.toLocaleString('en-US'), 9, true)} ${pad(r.seconds.toFixed(1), 8, true)} ${pad(Math.round(r.rows / r.seconds).toLocaleString('en-US'), 8, true)} ${pad(r.peakMb.toFixed(0), 12, true)}`,
  );
}
console.log('(a fresh SQLite database each, created and seeded by the import; rows/s counts rows read from the file)');
