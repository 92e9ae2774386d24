import { isPartyCode, partyFromCountryName, partyInfo } from '@bilat/domain';

/*
 * The Office of the Historian names countries by slugs of its own (`kazakhstan`,
 * `german-democratic-republic`, `two-sicilies`). Each slug maps to exactly one party:
 * by the country name the ISO package knows (`kazakhstan` → KZ), else by the table below,
 * which holds only the slugs whose words the package does not read as a country. A slug
 * in neither is a problem the importer reports with its file and line.
 */

/** Slugs the ISO package cannot read, and the party each stands for. */
export const TERRITORY_EXCEPTIONS: Readonly<Record<string, string>> = Object.freeze({
  'albania-1946': 'AL',
  'antigua-barbuda': 'AG',
  'bosnia-herzegovina': 'BA',
  brunei: 'BN',
  burma: 'MM',
  'congo-brazzaville': 'CG',
  'congo-republic': 'CG',
  'congo-democratic-republic': 'CD',
  'congo-kinshasa': 'CD',
  'cote-divoire': 'CI',
  'guinea-bissau': 'GW',
  'holy-see': 'VA',
  'korea-south': 'KR',
  'korea-north': 'KP',
  laos: 'LA',
  macedonia: 'MK',
  micronesia: 'FM',
  'micronesia-federated-states-of': 'FM',
  moldova: 'MD',
  'palestinian-authority': 'PS',
  'west-bank': 'PS',
  'saint-kitts-nevis': 'KN',
  'saint-vincent-grenadines': 'VC',
  'saint-vincent-and-grenadines': 'VC',
  // The Office's own misspelling of Samoa, in one file.
  somoa: 'WS',
  swaziland: 'SZ',
  syria: 'SY',
  'timor-leste': 'TL',
  // Former states with an ISO 3166-3 code.
  'soviet-union': 'SUHH',
  czechoslovakia: 'CSHH',
  'czechoslovakia-1993': 'CSHH',
  'german-democratic-republic': 'DDDE',
  yugoslavia: 'YUCS',
  'yugoslavia-1946': 'YUCS',
  'socialist-federal-republic-of-yugoslavia-1992': 'YUCS',
  'kingdom-of-yugoslavia': 'YUCS',
  'netherlands-antilles': 'ANHH',
  // Historical states with a code of bilat's own (packages/domain/src/former-states.ts).
  'austrian-empire': 'XAUE',
  baden: 'XBAD',
  bavaria: 'XBAV',
  'brunswick-luneburg': 'XBRU',
  'central-american-federation': 'XCAF',
  'congo-free-state': 'XCFS',
  'federal-government-germany': 'XFGG',
  genoa: 'XGEN',
  'grand-duchy-tuscany': 'XTUS',
  hanover: 'XHAN',
  'hanseatic-republics': 'XHAR',
  hawaii: 'XHAW',
  hesse: 'XHES',
  // The Office's `korea` is the Republic of Korea in the chiefs of mission and the visits
  // (its chiefs from 1949 on); Joseon Korea, before 1910, has a slug of its own there.
  korea: 'KR',
  'joseon-dynasty-1910': 'XKOR',
  'lew-chew': 'XRYU',
  'mecklenburg-schwerin': 'XMES',
  'mecklenburg-strelitz': 'XMST',
  nassau: 'XNAS',
  'north-german-confederation': 'XNGC',
  'north-german-union': 'XNGC',
  oldenburg: 'XOLD',
  'orange-free-state': 'XOFS',
  'papal-states': 'XPAP',
  parma: 'XPAR',
  'piedmont-sardinia': 'XSAR',
  'schaumburg-lippe': 'XSCL',
  texas: 'XTEX',
  'two-sicilies': 'XTSI',
  'kingdom-of-two-sicilies-1861': 'XTSI',
  'vietnam-south': 'XSVN',
  'south-vietnam-1975': 'XSVN',
  'state-of-vietnam-1955': 'XSVN',
  wurttemberg: 'XWUR',
});

const cache = new Map<string, string | undefined>();

/** The party an Office slug stands for, or undefined when neither the ISO package nor the table knows it. */
export function territoryParty(slug: string): string | undefined {
  if (cache.has(slug)) return cache.get(slug);
  let party: string | undefined = TERRITORY_EXCEPTIONS[slug];
  if (!party && /^[a-z]+(?:-[a-z]+)*$/.test(slug)) {
    const code = partyFromCountryName(slug.replaceAll('-', ' '));
    party = code && isPartyCode(code) ? code : undefined;
  }
  cache.set(slug, party);
  return party;
}

/**
 * Whether a party had not yet ceased to exist in a year: a former state's record dated
 * after it ended (the Office's `korea` slug on a 2010 visit) is not stored as that
 * state's. Earlier years are let through: the Office files a state's predecessors under
 * it (the Kingdom of Serbia under Yugoslavia).
 */
export function existedIn(party: string, year: number): boolean {
  const existed = partyInfo(party)?.existed;
  return !existed || year <= existed.to;
}
