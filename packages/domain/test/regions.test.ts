import { describe, expect, it } from 'vitest';
import { allRegions, findRegion } from '../src/regions.js';

describe('UN M49 regions', () => {
  it('finds a sub-region by name or code, with its countries as party codes', () => {
    const central = findRegion('Central Asia');
    expect(central).toMatchObject({ code: '143', level: 2, parent: '142' });
    expect(central!.countries).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    expect(findRegion('143')).toBe(central);
    expect(findRegion('central asia')).toBe(central);
  });

  it('puts a country in every region above it', () => {
    expect(findRegion('Asia')!.countries).toContain('KZ');
    expect(findRegion('Europe')!.countries).toContain('LT');
    expect(findRegion('Northern Europe')!.countries).toContain('LT');
    expect(findRegion('South America')!.countries).toContain('BR');
    expect(findRegion('Americas')!.countries).toContain('BR');
  });

  it('lists regions before sub-regions, and knows no unknown names', () => {
    const levels = allRegions().map((region) => region.level);
    expect(levels).toEqual([...levels].sort());
    expect(allRegions().filter((region) => region.level === 1).map((region) => region.name)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(findRegion('Atlantis')).toBeUndefined();
  });
});
