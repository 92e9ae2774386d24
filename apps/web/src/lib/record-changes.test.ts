import { describe, expect, it } from 'vitest';
import { changedFields, describeValue, fieldLabel, fieldsOf, reapplyEdit } from './record-changes';

const opened = {
  id: 'm',
  title: 'Talks',
  date: { start: '2024-06-20', qualifier: 'reported' },
  location: { country: 'LT', qualifier: 'inferred' },
  participants: [{ personId: 'a', side: 'KZ', role: 'head' }],
  topics: ['trade'],
  notes: 'first',
};

describe('changed fields', () => {
  it('follows objects down to their values and takes lists whole', () => {
    expect([...fieldsOf(opened).keys()]).toEqual(['id', 'title', 'date.start', 'date.qualifier', 'location.country', 'location.qualifier', 'participants', 'topics', 'notes']);
    const edited = { ...opened, date: { ...opened.date, start: '2024-06-21' }, participants: [...opened.participants, { personId: 'b', side: 'LT', role: 'head' }] };
    expect(changedFields(opened, edited)).toEqual(['date.start', 'participants']);
  });

  it('counts a field added or removed, and not a difference of key order or an undefined', () => {
    expect(changedFields(opened, { ...opened, summary: 'new' })).toEqual(['summary']);
    const { notes: _dropped, ...withoutNotes } = opened;
    expect(changedFields(opened, withoutNotes)).toEqual(['notes']);
    const reordered = Object.fromEntries(Object.entries(opened).reverse());
    expect(changedFields(opened, { ...reordered, visitId: undefined, date: { qualifier: 'reported', start: '2024-06-20' } })).toEqual([]);
  });
});

describe('re-applying an edit onto a newer version', () => {
  it('keeps what the other side changed and applies what the editor changed', () => {
    const current = { ...opened, notes: 'theirs', topics: ['trade', 'energy'] };
    const edited = { ...opened, title: 'Talks (10th round)', date: { start: '2024-06', qualifier: 'reported' } };
    const result = reapplyEdit(opened, current, edited);
    expect(result.record).toEqual({ ...current, title: 'Talks (10th round)', date: { start: '2024-06', qualifier: 'reported' } });
    expect(result.mine).toEqual(['title', 'date.start']);
    expect(result.theirs).toEqual(['topics', 'notes']);
    expect(result.both).toEqual([]);
  });

  it('lets the editor win a field both changed, and says so', () => {
    const result = reapplyEdit(opened, { ...opened, notes: 'theirs' }, { ...opened, notes: 'mine' });
    expect(result.record.notes).toBe('mine');
    expect(result.both).toEqual(['notes']);
  });

  it('clears what the editor cleared, replaces an object with null and fills a field that was null', () => {
    const { notes: _cleared, ...cleared } = opened;
    expect(reapplyEdit(opened, opened, cleared).record).not.toHaveProperty('notes');
    expect(reapplyEdit(opened, { ...opened, date: { start: '2024', qualifier: 'reported' } }, { ...opened, date: null }).record.date).toBeNull();
    const undated = { ...opened, date: null };
    expect(reapplyEdit(undated, { ...undated, notes: 'theirs' }, { ...undated, date: { start: '2025', qualifier: 'stated' } }).record).toEqual({ ...undated, notes: 'theirs', date: { start: '2025', qualifier: 'stated' } });
  });

  it('keeps a field the form does not show, whoever changed it', () => {
    const current = { ...opened, links: [{ kind: 'agreement', id: 'x' }] };
    expect(reapplyEdit(opened, current, { ...opened, title: 'T' }).record.links).toEqual([{ kind: 'agreement', id: 'x' }]);
  });
});

describe('how a field reads in the conflict table', () => {
  it('names the field and shows its value briefly', () => {
    expect(fieldLabel('date.start')).toBe('Date › start');
    expect(fieldLabel('seriesId')).toBe('Series id');
    expect(describeValue(undefined)).toBe('—');
    expect(describeValue([])).toBe('(none)');
    expect(describeValue(['trade', 'energy'])).toBe('trade; energy');
    expect(describeValue(opened.participants)).toBe('personId: a, side: KZ, role: head');
  });
});
