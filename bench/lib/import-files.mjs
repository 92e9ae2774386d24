// Generated import files, deterministic (the same files every run):
//   - a UN Comtrade CSV (today's 47-column download layout), every row a distinct figure
//     (reporter, partner, year, flow, commodity);
//   - a GDELT 2.0 events export (61 columns), about a quarter of the rows consultations or
//     visits between two countries (what bilat keeps), the rest other events, as in real
//     exports.
import { createWriteStream } from 'node:fs';

/** Writes lines from a generator, waiting on the stream so memory stays flat. */
export async function writeLines(path, lines) {
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

export const COMTRADE_FIELDS = 'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate';

export function* comtradeRows(count) {
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

export function* gdeltRows(count) {
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
