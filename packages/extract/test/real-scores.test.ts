import { describe, expect, it } from 'vitest';
import { formatRealScores, realReportSchema, scoreRealReports, scoreReportMeetings } from '../src/evaluation/index.js';

// The real-report eval's two measures of meetings: per meeting (each recorded pair, each dated meeting) and per
// report, as issue 11's target reads ("a meeting on the right pair for 85% of reports that state one, its month
// for 80%"): a digest of many meetings counts once.

const on = (pair: string, start: string) => ({ pair, date: { start } });

describe('scoreReportMeetings', () => {
  const digest = [on('KZ-LT', '2024-03-05'), on('KZ-US', '2024-03-06'), on('IN-KZ', '2024-03-07'), on('CN-KZ', '2024-03-08'), on('KZ-TR', '2024-04-09')];

  it('counts a digest of five meetings once, met when one of its pairs is drafted in its month', () => {
    expect(scoreReportMeetings(digest, [on('KZ-TR', '2024-04-09')])).toEqual({ reportPair: { expected: 1, found: 1 }, reportMonth: { expected: 1, found: 1 } });
  });

  it('is missed when no recorded pair is drafted', () => {
    expect(scoreReportMeetings(digest, [on('KZ-RU', '2024-03-05')])).toEqual({ reportPair: { expected: 1, found: 0 }, reportMonth: { expected: 1, found: 0 } });
    expect(scoreReportMeetings(digest, [])).toEqual({ reportPair: { expected: 1, found: 0 }, reportMonth: { expected: 1, found: 0 } });
  });

  it('takes the month only on the meeting’s own pair', () => {
    // KZ-LT drafted in April: the pair is met; April is KZ-TR's month, not KZ-LT's.
    expect(scoreReportMeetings(digest, [on('KZ-LT', '2024-04-09')])).toEqual({ reportPair: { expected: 1, found: 1 }, reportMonth: { expected: 1, found: 0 } });
  });

  it('leaves a report with no meeting dated to the month out of the month measure', () => {
    const undated = [{ pair: 'KZ-LT' }, { pair: 'KZ-US', date: { start: '2024' } }];
    expect(scoreReportMeetings(undated, [on('KZ-LT', '2024-03-05')])).toEqual({ reportPair: { expected: 1, found: 1 }, reportMonth: { expected: 0, found: 0 } });
  });

  it('counts nothing for a report that records no meeting', () => {
    expect(scoreReportMeetings([], [on('KZ-LT', '2024-03-05')])).toEqual({ reportPair: { expected: 0, found: 0 }, reportMonth: { expected: 0, found: 0 } });
  });
});

describe('scoreRealReports per report beside per meeting', () => {
  const consultations = 'ASTANA, 5 March 2024 (Kazinform). The foreign ministries of Kazakhstan and Lithuania held political consultations in Astana on 5 March 2024.';
  const facts = (data: Record<string, unknown>) => realReportSchema.parse({ language: 'en', ...data });
  const inputs = [
    // A digest recording five meetings, of which the text (cut short) tells one.
    { id: 'digest', text: consultations, fields: {}, facts: facts({ meetings: [on('KZ-LT', '2024-03-05'), on('KZ-US', '2024-03-06'), on('IN-KZ', '2024-03-07'), on('CN-KZ', '2024-03-08'), on('KZ-TR', '2024-03-09')] }) },
    // A report whose one meeting is on a pair the text never names: missed in both measures.
    { id: 'missed', text: consultations, fields: {}, facts: facts({ meetings: [on('PK-US', '2024-03-05')] }) },
    // A negative example: in neither measure.
    { id: 'negative', text: consultations, fields: {}, facts: facts({ states_meeting: false, meetings: [] }) },
  ];
  const scores = scoreRealReports(inputs, { today: '2026-12-05' });
  const en = scores.byLanguage.en!;

  it('keeps the per-meeting counts: 1 of 6 pairs, 1 of 6 months', () => {
    expect(en.reports).toBe(3);
    expect(en.meetingPair).toEqual({ expected: 6, found: 1 });
    expect(en.meetingMonth).toEqual({ expected: 6, found: 1 });
  });

  it('counts each report that states a meeting once: 1 of 2', () => {
    expect(en.reportPair).toEqual({ expected: 2, found: 1 });
    expect(en.reportMonth).toEqual({ expected: 2, found: 1 });
  });

  it('prints the per-report block under the table, within 100 columns', () => {
    const text = formatRealScores(scores, 0);
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('per report'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^en\s+3\s+50%\s+1\/2\s+50%\s+1\/2$/);
    expect(lines[at + 2]).toMatch(/^all\s+3\s+50%\s+1\/2\s+50%\s+1\/2$/);
    for (const line of lines.slice(at, at + 4)) expect(line.length).toBeLessThanOrEqual(100);
    // The per-meeting table is unchanged above it.
    expect(lines[1]).toMatch(/^en\s+3\s+17%\s+1\/6\s+17%\s+1\/6/);
  });
});
