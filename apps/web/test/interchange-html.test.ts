import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@bilat/db';
import { fileInput, runImport } from '@bilat/interchange';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { visibleText } from './support/text';

/*
 * Imported data on the pair page, without a browser: a flow both sides report shows as
 * two figures side by side with the gap and its reasons, and machine-coded interactions
 * by month. A pair of its own (Estonia–Latvia), so the other suites' pages are unchanged.
 */

const comtrade = (reporter: [number, string], flow: 'X' | 'M', partner: [number, string], value: string) => ({
  freqCode: 'A',
  period: '2023',
  reporterCode: reporter[0],
  reporterISO: reporter[1],
  flowCode: flow,
  partnerCode: partner[0],
  partnerISO: partner[1],
  partner2Code: 0,
  classificationCode: 'H6',
  cmdCode: 'TOTAL',
  customsCode: 'C00',
  motCode: 0,
  primaryValue: value,
  cifvalue: flow === 'M' ? value : null,
  fobvalue: flow === 'X' ? value : null,
});

function gdeltRow(id: string, day: string, a: string, b: string, code: string): string {
  const fields = new Array<string>(61).fill('');
  Object.assign(fields, { 0: id, 1: day, 7: a, 17: b, 26: code, 28: code.slice(0, 2), 60: `https://example.org/${id}` });
  return fields.join('\t');
}

describe('imported data on the pair page', () => {
  let dir: string;
  let text = '';
  let html = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bilat-web-import-'));
    const estonia: [number, string] = [233, 'EST'];
    const latvia: [number, string] = [428, 'LVA'];
    writeFileSync(join(dir, 'ee-lv.json'), JSON.stringify({ data: [comtrade(estonia, 'X', latvia, '2500000000'), comtrade(latvia, 'M', estonia, '2650000000')] }));
    writeFileSync(join(dir, 'ee-lv.export.CSV'), [gdeltRow('900000001', '20240312', 'EST', 'LVA', '040'), gdeltRow('900000002', '20240312', 'LVA', 'EST', '040'), gdeltRow('900000003', '20240405', 'EST', 'LVA', '042')].join('\n'));
    const database = await openDatabase({ kind: 'sqlite', path: inject('databasePath') });
    try {
      await runImport(database, await fileInput(join(dir, 'ee-lv.json')), { format: 'comtrade' });
      await runImport(database, await fileInput(join(dir, 'ee-lv.export.CSV')), { format: 'gdelt' });
    } finally {
      await database.close();
    }
    const response = await fetch(`${inject('baseURL')}/pairs/EE-LV`);
    expect(response.status).toBe(200);
    html = await response.text();
    text = visibleText(html);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the exporter’s and the importer’s figure for one flow side by side, with the gap and the reasons', () => {
    expect(html).toContain('data-testid="trade-mirrors"');
    expect(text).toContain('Two figures for one flow');
    expect(text).toContain('exports reported by Estonia: US$2.5 billion');
    expect(text).toContain('imports reported by Latvia: US$2.65 billion');
    expect(text).toContain('+US$150 million (+6.0%)');
    expect(text).toContain('Imports are usually valued CIF');
  });

  it('shows machine-coded interactions by month, apart from meetings', () => {
    expect(html).toContain('data-testid="interactions"');
    expect(text).toContain('Reported interactions (machine-coded)');
    expect(text).toMatch(/March 2024 2 Consult \(040\)/);
    expect(text).toMatch(/April 2024 1 Make a visit \(042\)/);
  });

  it('the API gives the same two figures (pairs.dossier over REST)', async () => {
    // Mirrors come as series: [period, exported, imported, gap, gap %] a point.
    const dossier = (await (await fetch(`${inject('baseURL')}/api/v1/pairs/EE-LV/dossier`)).json()) as { tradeMirrors: { exporter: string; importer: string; points: (string | null)[][] }[] };
    expect(dossier.tradeMirrors).toEqual([expect.objectContaining({ exporter: 'EE', importer: 'LV', points: [['2023', expect.any(String), expect.any(String), '150000000', '6.0']] })]);
    const [, exported, imported] = dossier.tradeMirrors[0]!.points[0]!;
    expect(BigInt(imported!) - BigInt(exported!)).toBe(150000000n);
  });
});
