import { describe, expect, it } from 'vitest';
import { onOrIn } from './officials-section';

describe('onOrIn', () => {
  it('says "on" a day and "in" a month or a year', () => {
    expect(onOrIn('2023-06-05')).toBe('on 5 June 2023');
    expect(onOrIn('2024-05')).toBe('in May 2024');
    expect(onOrIn('2024')).toBe('in 2024');
  });
});
