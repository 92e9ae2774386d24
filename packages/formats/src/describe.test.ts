import type { Meeting } from '@bilat/domain';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { testMeeting } from '../test/support/meeting.js';
import { meetingCsvColumns, toCsv } from './csv.js';
import { delegationHeads, humanize, PARTICIPANT_ROLES, roleLabel, ROLE_OPTIONS, stageLabel } from './describe.js';

const meeting = (participants: Meeting['participants']): Meeting => testMeeting({ id: 'us-kz-visit-meeting', pair: 'KZ-US', participants });

describe('describe', () => {
  it('labels every participant role in words, and offers them all to forms', () => {
    for (const role of PARTICIPANT_ROLES) expect(roleLabel(role)).not.toBe(role);
    expect(roleLabel('head')).toBe('Head of delegation');
    expect(ROLE_OPTIONS.map((option) => option.value)).toEqual([...PARTICIPANT_ROLES]);
    // A role the schema gains later still reads as words.
    expect(roleLabel('observer-delegate')).toBe('Observer delegate');
  });

  it('writes stages and codes as words', () => {
    expect(stageLabel('in-force')).toBe('In force');
    expect(humanize('political-consultations')).toBe('Political consultations');
  });

  it('leads a side by its heads and co-chairs, and by its host only when it names none', () => {
    const participants: Meeting['participants'] = [
      { personId: 'baker', side: 'US', role: 'head' },
      { personId: 'aide', side: 'US', role: 'member' },
      { personId: 'nazarbayev', side: 'KZ', role: 'host' },
      { personId: 'minister', side: 'KZ', role: 'participant' },
    ];
    expect(delegationHeads(participants).map((p) => p.personId)).toEqual(['baker', 'nazarbayev']);
    const withHead: Meeting['participants'] = [...participants, { personId: 'deputy', side: 'KZ', role: 'co-chair' }];
    expect(delegationHeads(withHead).map((p) => p.personId)).toEqual(['baker', 'deputy']);
  });

  it('the CSV export names the heads by that rule, hosts included', () => {
    const rows = parse(toCsv([meeting([{ personId: 'baker', side: 'US', role: 'head' }, { personId: 'nazarbayev', side: 'KZ', role: 'host' }])], meetingCsvColumns(new Map())), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.heads).toBe('baker (US); nazarbayev (KZ)');
  });
});
