import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';
import { draftedHoldings } from './support/holdings.js';

// Constructions of the English press read while spending the sixth holdout: officials whose country stands after a
// list of them, portfolios of nationals abroad, bracketed desks. The texts are written for these tests; the people are
// invented.

function draft(text: string, publisher = 'Test Wire', published = '2024-03-14') {
  return extractDraft({ text, published, publisher });
}


describe('a portfolio of nationals abroad', () => {
  it('reads "… and <People> Abroad" as the post\'s portfolio, not a name, before the holder after a comma', () => {
    expect(draftedHoldings('Karim Lenoir held talks in Dakar with Ghanaian Minister of Foreign Affairs and Ghanaians Abroad, Ama Boateng Owusu.'))
      .toContain('Ama Boateng Owusu (GH): Minister of Foreign Affairs and Ghanaians Abroad');
  });

  it('reads a people\'s plural in a comma list of portfolios, the holder after it', () => {
    expect(draftedHoldings('Minister of Foreign Affairs, Regional Integration and Moroccans Abroad, Karim Lenoir, held talks on Tuesday with a visiting delegation.'))
      .toContain('Karim Lenoir (MA): Minister of Foreign Affairs, Regional Integration and Moroccans Abroad');
  });
});

describe('a side named after a list of officials', () => {
  it('gives ", representing <Country>" and ", from <Country>" to everyone of the list before it', () => {
    const found = draftedHoldings('The group, made up of Foreign Minister Ana Lucia Roldan and Defense Minister Pablo Ortiz Mejia, representing Peru, will meet first. '
      + 'It will also be attended by Minister of Foreign Affairs Rosa Elena Quispe, minister of Defense Tomas Herrera Luna and minister of Interior Julio Paz Duran, from Bolivia.');
    expect(found).toEqual(expect.arrayContaining([
      'Ana Lucia Roldan (PE): Minister of Foreign Affairs', 'Pablo Ortiz Mejia (PE): Minister of Defence',
      'Rosa Elena Quispe (BO): Minister of Foreign Affairs', 'Tomas Herrera Luna (BO): Minister of Defence', 'Julio Paz Duran (BO): Minister of Interior',
    ]));
  });

  it('gives "from the <Ministry>, <Country>" to the list, a desk in brackets being no country of its officer', () => {
    const found = draftedHoldings('He will be accompanied by Joint Secretary (Europe) Ravi Kumar Sinha, Director Anil Mehra, Deputy Secretary (Nepal) Priya Nair and Deputy Secretary Arun Bose from the Ministry of External Affairs, India.');
    expect(found).toEqual(expect.arrayContaining([
      'Ravi Kumar Sinha (IN): Joint Secretary (Europe)', 'Anil Mehra (IN): Director', 'Priya Nair (IN): Deputy Secretary (Nepal)', 'Arun Bose (IN): Deputy Secretary',
    ]));
  });

  it('takes no side from "from" a person, nor from a place that does not end the clause', () => {
    const found = draftedHoldings('Director Anil Mehra received a letter from Minister Rosa Elena Quispe on Monday.');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((h) => !h.includes('(?)'))).toEqual([]);
  });
});

describe('a communiqué\'s bulleted list of attendees', () => {
  const text = 'The summit was attended by the following heads of state and government or their representatives:\n\n'
    + '* Botswana: President Lt Gen Amos Kadzi Moyo\n'
    + '* Lesotho: The Right Honourable Prime Minister Tobias Renner Valk\n'
    + '* Angola: Honourable Paulo Tavares Neto, Minister of External Affairs\n'
    + '* Madagascar: Honourable Dr Jean Rabe Andria, Madagascar Ambassador to\nSouth Africa\n'
    + '* Malawi: Honourable Grace Banda Phiri, Minister of Local Government and Rural\nDevelopment\n';

  it('reads each bulleted line apart, its country before the colon giving the official\'s', () => {
    expect(draftedHoldings(text)).toEqual(expect.arrayContaining([
      'Amos Kadzi Moyo (BW): President', 'Tobias Renner Valk (LS): Prime Minister', 'Paulo Tavares Neto (AO): Minister of External Affairs',
      'Grace Banda Phiri (MW): Minister of Local Government and Rural Development',
    ]));
  });

  it('reads an envoy\'s host after "to" across a wrapped line as the host, not the envoy\'s country', () => {
    expect(draftedHoldings(text)).toContain('Jean Rabe Andria (MG): Ambassador to South Africa');
  });
});

describe('posts read around names the gazetteers lack', () => {
  it('reads one unknown capitalised word after "of" ending the post as the post\'s place, the holder named before it', () => {
    expect(draftedHoldings('The talks were co-chaired by Amani Juma Bakari, Minister for Trade of the Regional Government of Pemba, and a Kenyan official.'))
      .toContain('Amani Juma Bakari (?): Minister of Trade of the Regional Government of Pemba');
  });

  it('reads a ministry\'s words parted by commas before "Minister", after the country\'s possessive', () => {
    expect(draftedHoldings('The session was chaired by Chanda Mulenga Tembo, Zambia’s Commerce, Trade and Industry Minister, in Lusaka.'))
      .toContain('Chanda Mulenga Tembo (ZM): Minister of Commerce, Trade and Industry');
  });

  it('reads an initial glued to the name by its stop ("U.Batbold") as part of the name', () => {
    expect(draftedHoldings('Mongolian Prime Minister U.Batbold ended his visit to Japan on Thursday.')).toContain('U.Batbold (MN): Prime Minister');
  });

  it('keeps the text\'s head post over the leaders\' list\'s other head post of a later day', () => {
    const found = draftedHoldings('Turkish Prime Minister Recep Tayyip Erdogan held talks in Ankara with a visiting delegation on Monday.');
    expect(found).toContain('Recep Tayyip Erdogan (TR): Prime Minister');
    expect(found).not.toContain('Recep Tayyip Erdogan (TR): President');
  });
});

describe('hosts who welcome a visitor on arrival', () => {
  it('are of the country the visitor arrived in', () => {
    const found = draftedHoldings('The Ghanaian president arrived in Nairobi on Monday for a three-day state visit.\n\n'
      + 'He was welcomed upon arrival by Minister of Foreign Affairs Peter Otieno Kamau, Cabinet Secretary for Trade Mary Wanjiku Njoroge and Ambassador of Ghana to Kenya Kofi Mensah Asante.');
    expect(found).toEqual(expect.arrayContaining([
      'Peter Otieno Kamau (KE): Minister of Foreign Affairs', 'Mary Wanjiku Njoroge (KE): Cabinet Secretary for Trade', 'Kofi Mensah Asante (GH): Ambassador to Kenya',
    ]));
  });
});

describe('meetings announced by the two countries or the two heads', () => {
  function meetings(text: string): string[] {
    return draft(text, 'Test Wire', '2024-05-02').facts.filter((f) => f.kind === 'meeting').map((f) => f.label);
  }

  it('drafts "<A> and <B> will hold … a bilateral summit" as planned talks of the two', () => {
    const found = meetings('Chile and Peru will hold from Monday until Tuesday in Arica a new bilateral summit, the second in a year.');
    expect(found.some((l) => l.includes('(CL-PE, planned'))).toBe(true);
  });

  it('drafts no meeting from "<A> and <B> will hold elections"', () => {
    expect(meetings('Chile and Peru will hold elections next year, officials said.')).toEqual([]);
  });

  it('drafts "A discussed <matters> with his <Adj> counterpart B" as their meeting', () => {
    const found = meetings('Indian External Affairs Minister Ravi Kumar Sinha on Tuesday discussed cooperation in trade and energy with his Nepalese counterpart Hari Prasad Koirala.');
    expect(found.some((l) => l.includes('(IN-NP, held'))).toBe(true);
  });

  it('drafts no meeting from matters "discussed with" someone in the passive', () => {
    expect(meetings('Cooperation in trade was discussed at length with his Nepalese counterpart in mind, a columnist wrote.')).toEqual([]);
  });

  it('drafts "<Title> A and his <Adj> counterpart B will chair the binational cabinet" as their meeting', () => {
    const found = meetings('Chilean President Ramon Ortiz Vega and his Peruvian counterpart President Carlos Mendez Rua will chair the 4th Binational Cabinet tomorrow in Arica.');
    expect(found.some((l) => l.includes('(CL-PE,'))).toBe(true);
  });
});

describe('forms of address and honours around a post', () => {
  it('reads "<Post>, Counselor <Name>" as the post\'s holder addressed as counsellor', () => {
    expect(draftedHoldings('Spokesman for the Presidency, Counselor Hany Saad Mostafa, said the talks were fruitful.'))
      .toContain('Hany Saad Mostafa (?): Spokesperson for the Presidency');
  });

  it('reads "<Post>, Major General <Name>" as the post\'s holder addressed by rank', () => {
    expect(draftedHoldings('The meeting was also attended by Director of the National Security Agency, Major General Karim Adel Nour.'))
      .toContain('Karim Adel Nour (?): Director of the National Security Agency');
  });

  it('reads a post-nominal honour between a name and its post ("<Name>, GOSK, <Post>")', () => {
    expect(draftedHoldings('The delegation included Mr Ravi Dev Seetul, GOSK, Secretary for Foreign Affairs, and others.'))
      .toContain('Ravi Dev Seetul (?): Secretary for Foreign Affairs');
  });

  it('reads a lower-case field before a capitalised "Minister" as the post\'s ("foreign affairs Minister")', () => {
    expect(draftedHoldings('Brazil’s foreign affairs Minister Paulo Mendes Rocha will visit Lima on Monday.')).toContain('Paulo Mendes Rocha (BR): Minister of Foreign Affairs');
  });

  it('reads "Prime Minster" as the prime minister', () => {
    expect(draftedHoldings('He will call on Prime Minster Hari Prasad Koirala tomorrow.')).toContain('Hari Prasad Koirala (?): Prime Minister');
  });
});

describe('a list alternating posts and names', () => {
  it('reads "<Post> <A>, <Post of portfolios with &>, <B>," as two people, an ampersand for the last "and"', () => {
    const found = draftedHoldings('He met Foreign Minister Ravi Perera, Minister of Ports, Shipping & Aviation of Sri Lanka, Nimal Fonseka Silva, and others.');
    expect(found).toContain('Ravi Perera (?): Minister of Foreign Affairs');
    expect(found).toContain('Nimal Fonseka Silva (LK): Minister of Ports, Shipping & Aviation');
  });

  it('keeps a second post of the name before it when the name after the comma has a post of its own', () => {
    const found = draftedHoldings('At the invitation of Deputy Prime Minister Ana Soto Rivas, Minister of Foreign Affairs of Chile, Luis Vargas Llosa, Minister of Foreign Affairs of Peru, came to Santiago.');
    expect(found).toContain('Luis Vargas Llosa (PE): Minister of Foreign Affairs');
    expect(found).not.toContain('Luis Vargas Llosa (CL): Minister of Foreign Affairs');
  });

  it('takes no leader of the list for a name read whole that only shares its surname', () => {
    const found = draftedHoldings('He met Minister of Ports of Sri Lanka, Nimal Fonseka da Silva, on Monday.');
    expect(found).toEqual(['Nimal Fonseka da Silva (LK): Minister of Ports']);
  });

  it('reads a desk of several countries in brackets, with commas and an ampersand, as the post\'s field', () => {
    expect(draftedHoldings('The talks were led by Director General (Afghanistan, Iran & Turkey) Kamran Ali Shah on the Pakistani side.'))
      .toContain('Kamran Ali Shah (PK): Director General (Afghanistan, Iran & Turkey)');
  });
});

describe('a list of hosts after a known leader', () => {
  it('gives a titled person listed straight after a leader the lists know that leader\'s country', () => {
    expect(draftedHoldings('During the visit he will call on President Recep Tayyip Erdogan, Vice President Kemal Arslan Demir and other dignitaries.'))
      .toContain('Kemal Arslan Demir (TR): Vice President');
  });
});
