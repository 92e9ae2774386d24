import { iso31663 } from 'iso-3166/3.js';

/*
 * Parties that no longer exist. States whose ISO 3166-1 code was withdrawn keep the
 * ISO 3166-3 code (four letters: the former alpha-2 code and two more), taken with its
 * name from the `iso-3166` package. Older states that never had an ISO code (the Kingdom
 * of Hawaii, the Republic of Texas, the Two Sicilies) get a code of bilat's own: `X`
 * followed by three letters. ISO never assigns alpha-2 codes beginning with X (that
 * range is reserved for users), so no ISO 3166-3 code can begin with X either, and no
 * alpha-2 or alpha-3 code has four letters: these codes cannot collide with any ISO
 * code, present or future. docs/parties.md explains the scheme; this file is the one
 * table of such codes.
 */

export interface FormerState {
  code: string;
  name: string;
  /** The years it existed as a state (or, for a territory, as the entity the code named). */
  from: number;
  to: number;
  /** Where the code comes from. */
  codeSource: 'iso-3166-3' | 'bilat';
  /** The parties that took its place, when known. */
  successors: string[];
}

/** Years for the ISO 3166-3 entries (the package gives codes and names, not years). */
const ISO_3166_3_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  AIDJ: [1967, 1977],
  ANHH: [1954, 2010],
  BQAQ: [1962, 1979],
  BUMM: [1948, 1989],
  BYAA: [1919, 1991],
  CSHH: [1918, 1992],
  CSXX: [2003, 2006],
  CTKI: [1939, 1979],
  DDDE: [1949, 1990],
  DYBJ: [1960, 1975],
  FQHH: [1955, 1979],
  FXFR: [1993, 1997],
  GEHH: [1976, 1979],
  HVBF: [1958, 1984],
  JTUM: [1974, 1986],
  MIUM: [1974, 1986],
  NHVU: [1906, 1980],
  NQAQ: [1939, 1983],
  NTHH: [1922, 1991],
  PCHH: [1947, 1986],
  PUUM: [1974, 1986],
  PZPA: [1903, 1979],
  RHZW: [1923, 1980],
  SKIN: [1642, 1975],
  SUHH: [1922, 1991],
  TPTL: [1975, 2002],
  VDVN: [1945, 1976],
  WKUM: [1974, 1986],
  YDYE: [1967, 1990],
  YUCS: [1918, 2003],
  ZRCD: [1971, 1997],
};

/**
 * States with no ISO code, by bilat's code. Years are those in which the state conducted
 * relations in its own right (the German states until they joined the North German
 * Confederation or the German Empire).
 */
export const HISTORICAL_STATES: Readonly<Record<string, Omit<FormerState, 'code' | 'codeSource'>>> = Object.freeze({
  XAUE: { name: 'Austrian Empire', from: 1804, to: 1867, successors: ['AT', 'HU'] },
  XBAD: { name: 'Grand Duchy of Baden', from: 1806, to: 1871, successors: ['DE'] },
  XBAV: { name: 'Kingdom of Bavaria', from: 1806, to: 1871, successors: ['DE'] },
  XBRU: { name: 'Duchy of Brunswick and Lüneburg', from: 1815, to: 1867, successors: ['DE'] },
  XCAF: { name: 'Federal Republic of Central America', from: 1823, to: 1841, successors: ['CR', 'SV', 'GT', 'HN', 'NI'] },
  XCFS: { name: 'Congo Free State', from: 1885, to: 1908, successors: ['CD'] },
  XFGG: { name: 'Federal Government of Germany (1848–49)', from: 1848, to: 1849, successors: [] },
  XGEN: { name: 'Republic of Genoa', from: 1005, to: 1797, successors: [] },
  XHAN: { name: 'Kingdom of Hanover', from: 1814, to: 1866, successors: ['DE'] },
  XHAR: { name: 'Hanseatic Republics (Bremen, Hamburg, Lübeck)', from: 1815, to: 1867, successors: ['DE'] },
  XHAW: { name: 'Hawaii (Kingdom, later Republic)', from: 1795, to: 1898, successors: [] },
  XHES: { name: 'Grand Duchy of Hesse', from: 1806, to: 1871, successors: ['DE'] },
  XKOR: { name: 'Korea (Joseon and the Korean Empire)', from: 1392, to: 1910, successors: ['KR', 'KP'] },
  XMES: { name: 'Grand Duchy of Mecklenburg-Schwerin', from: 1815, to: 1867, successors: ['DE'] },
  XMST: { name: 'Grand Duchy of Mecklenburg-Strelitz', from: 1815, to: 1867, successors: ['DE'] },
  XNAS: { name: 'Duchy of Nassau', from: 1806, to: 1866, successors: ['DE'] },
  XNGC: { name: 'North German Confederation', from: 1867, to: 1871, successors: ['DE'] },
  XOFS: { name: 'Orange Free State', from: 1854, to: 1902, successors: ['ZA'] },
  XOLD: { name: 'Grand Duchy of Oldenburg', from: 1815, to: 1867, successors: ['DE'] },
  XPAP: { name: 'Papal States', from: 754, to: 1870, successors: ['VA', 'IT'] },
  XPAR: { name: 'Duchy of Parma', from: 1545, to: 1859, successors: ['IT'] },
  XRYU: { name: 'Ryukyu Kingdom (Lew Chew)', from: 1429, to: 1879, successors: ['JP'] },
  XSAR: { name: 'Kingdom of Sardinia (Piedmont-Sardinia)', from: 1720, to: 1861, successors: ['IT'] },
  XSCL: { name: 'Principality of Schaumburg-Lippe', from: 1807, to: 1867, successors: ['DE'] },
  XSVN: { name: 'South Vietnam (State of Vietnam, Republic of Vietnam)', from: 1949, to: 1975, successors: ['VN'] },
  XTEX: { name: 'Republic of Texas', from: 1836, to: 1845, successors: [] },
  XTSI: { name: 'Kingdom of the Two Sicilies', from: 1816, to: 1861, successors: ['IT'] },
  XTUS: { name: 'Grand Duchy of Tuscany', from: 1569, to: 1860, successors: ['IT'] },
  XWUR: { name: 'Kingdom of Württemberg', from: 1806, to: 1871, successors: ['DE'] },
});

/** "Viet-Nam, Democratic Republic of" → "Democratic Republic of Viet-Nam". */
function readable(name: string): string {
  const [head, tail] = name.split(', ');
  return tail ? `${tail} ${head}` : name;
}

function fromIso(): FormerState[] {
  return iso31663
    .filter((entry) => ISO_3166_3_YEARS[entry.alpha4])
    .map((entry) => {
      const [from, to] = ISO_3166_3_YEARS[entry.alpha4]!;
      return {
        code: entry.alpha4,
        name: readable(entry.from.name),
        from,
        to,
        codeSource: 'iso-3166-3' as const,
        successors: entry.to.filter((successor) => successor.state === 'assigned').map((successor) => successor.alpha2),
      };
    });
}

/** Every former state, by code: ISO 3166-3 ones and bilat's own. */
export const FORMER_STATES: ReadonlyMap<string, FormerState> = new Map(
  [
    ...fromIso(),
    ...Object.entries(HISTORICAL_STATES).map(([code, state]) => ({ code, codeSource: 'bilat' as const, ...state })),
  ].map((state) => [state.code, state]),
);

/** bilat's own codes: X and three capital letters. */
export const HISTORICAL_CODE_PATTERN = /^X[A-Z]{3}$/;
