import { interactionCodeLabel, partyNameInText, tradeMirrors, type Dossier, type TradeFlow } from '@bilat/domain';
import { briefingToMarkdown, buildBriefing, toCsv, TRADE_CSV_COLUMNS } from '@bilat/formats';
import { note, printLine, printRaw } from '../output.js';
import { formatTable } from '../table.js';
import { pairLabel } from '../views/columns.js';
import { dossierTextLines } from '../views/dossier.js';
import { recordLines, type RecordDetail, type RecordExtras } from '../views/record.js';
import { SECTIONS } from '../views/routes.js';
import { groupTrade, mirrorLines, sortTradeFlows, tradeTableLines } from '../views/trade.js';
import { printLines, viewWidth } from './print.js';

/** `bilat dossier`: the whole dossier as text, or the briefing as Markdown. */
export function printDossier(dossier: Dossier, format: 'table' | 'md'): void {
  if (format === 'md') return printRaw(briefingToMarkdown(buildBriefing(dossier)));
  printLines(dossierTextLines(dossier, viewWidth(), SECTIONS));
}

/** `bilat meeting|official|agreement|source ID`: the record, what it joins, its citations. */
export function printRecord(detail: RecordDetail, extras?: RecordExtras): void {
  printLines(recordLines(detail, Math.min(viewWidth(), 120), extras), { ids: true });
}

export function printTrade(flows: TradeFlow[], pair: string, format: 'table' | 'csv'): void {
  const sorted = sortTradeFlows(flows);
  if (format === 'csv') {
    return printRaw(
      toCsv(sorted, TRADE_CSV_COLUMNS),
    );
  }
  if (sorted.length === 0) {
    note(`No trade figures recorded for ${pairLabel(pair)}.`);
    return;
  }
  printLine(`${pairLabel(pair)}: trade by period and flow`);
  printLine();
  const rows = groupTrade(sorted);
  printLines([...tradeTableLines(rows, viewWidth()), ...mirrorLines(tradeMirrors(rows), viewWidth())], { ids: false });
}

/** `bilat interactions`: machine-coded events by month, or a word on why there are none. */
export function printInteractions(dossier: Dossier, format: 'table' | 'csv'): void {
  const months = dossier.interactions;
  if (format === 'csv') {
    return printRaw(
      toCsv(months, [
        { header: 'month', value: (m) => m.month },
        { header: 'events', value: (m) => m.count },
        { header: 'codes', value: (m) => m.codes.join('; ') },
      ]),
    );
  }
  if (months.length === 0) {
    const [a, b] = dossier.pair.split('-') as [string, string];
    note(
      [
        `No machine-coded events between ${partyNameInText(a)} and ${partyNameInText(b)} yet.`,
        'They come from the GDELT event database and are kept apart from curated meetings;',
        'load an events export with: bilat import gdelt FILE. Curated meetings: bilat meetings --country ' + `${a} --partner ${b}`,
      ].join('\n'),
    );
    return;
  }
  printLine(
    formatTable(months, [
      { header: 'month', value: (m) => m.month },
      { header: 'events', value: (m) => String(m.count), align: 'right' },
      { header: 'what (CAMEO codes)', value: (m) => m.codes.map((code) => `${code} ${interactionCodeLabel(code).toLowerCase()}`).join(', '), flex: true },
    ]),
  );
  note('Machine-coded from news by GDELT: events, not verified meetings (bilat interactions --json for the months, bilat export bundle for the events).');
}
