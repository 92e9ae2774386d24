import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';
import { holdingLabels } from './support/holdings.js';

// Constructions of the English press read while spending the fifth holdout (issue 11): lists of counterparts with forms
// of address and semicolons, a person named again by the last words of the name. The texts are written for these tests;
// the people are invented.

function draft(text: string, publisher = 'Test Wire', published = '2024-03-14') {
  return extractDraft({ text, published, publisher });
}

function meetingLabels(text: string, publisher?: string): string[] {
  return draft(text, publisher).facts.filter((f) => f.kind === 'meeting').map((f) => f.label);
}

function people(text: string, publisher?: string): string[] {
  return draft(text, publisher).facts.filter((f) => f.kind === 'person').map((f) => f.label);
}

describe('lists of counterparts', () => {
  const digest = 'Lusaka, Oct. 3 – Mrs Mutale Chanda Phiri, the Minister of Foreign Affairs, is attending a summit in Geneva. '
    + 'A statement said Mrs Chanda Phiri held meetings with her counterparts, namely Dr B. T. Okello of Uganda; Mr Rui Tavares Lopes of Portugal and Madam Ana Vitorino of Mozambique. '
    + 'She also met her counterparts from other countries such as Mr Tomas Kral of Slovakia; Dr Hamid Faraj of Jordan.';

  it('read each item of a list with forms of address, "namely" and semicolons, with the country after the name', () => {
    const found = people(digest);
    expect(found).toEqual(expect.arrayContaining(['B. T. Okello (UG)', 'Rui Tavares Lopes (PT)', 'Ana Vitorino (MZ)', 'Tomas Kral (SK)', 'Hamid Faraj (JO)']));
    // (Counterparts: each holds the host's post.)
    expect(holdingLabels(draft(digest).bundle, { country: true }))
      .toEqual(expect.arrayContaining(['B. T. Okello (UG): Minister of Foreign Affairs', 'Ana Vitorino (MZ): Minister of Foreign Affairs', 'Hamid Faraj (JO): Minister of Foreign Affairs', 'Tomas Kral (SK): Minister of Foreign Affairs']));
  });

  it('draft one meeting per counterpart, on the pair of the host\'s country and the counterpart\'s', () => {
    const labels = meetingLabels(digest);
    for (const pair of ['UG-ZM', 'PT-ZM', 'MZ-ZM', 'SK-ZM', 'JO-ZM']) expect(labels.some((l) => l.includes(`(${pair},`))).toBe(true);
  });

  it('read "Mr <Name> of <Country>" as a person of that country where no list opens it', () => {
    expect(people('Nairobi, 12 March. Talks were also held with Mr Pavel Dvorak of Czechia on trade.')).toContain('Pavel Dvorak (CZ)');
  });

  it('read the country after a name before a weekday', () => {
    expect(holdingLabels(draft('Foreign Ministers Rosa Elena Duarte of Paraguay and Marco Villalba of Bolivia Friday agreed to meet again.').bundle, { country: true }))
      .toEqual(expect.arrayContaining(['Rosa Elena Duarte (PY): Minister of Foreign Affairs', 'Marco Villalba (BO): Minister of Foreign Affairs']));
  });
});

describe('a person named again by the last words of the name', () => {
  it('take "Mrs Chanda Phiri" for Mutale Chanda Phiri, not a second person', () => {
    const found = people('Lusaka, 12 March. Mutale Chanda Phiri, the Minister of Foreign Affairs, met the Kenyan Foreign Minister Peter Otieno. Mrs Chanda Phiri thanked him.');
    expect(found.filter((l) => /Chanda Phiri/.test(l))).toEqual(['Mutale Chanda Phiri (ZM)']);
  });
});

describe('names and verbs of francophone West African reports', () => {
  it('read a family name in capitals after the given names, and a post "of Côte d\'Ivoire" with or without its accent', () => {
    const text = 'Accra, 12 March. The Minister of Trade, Kwame Asante Boateng, and his Ivorian counterpart, Marie Odile KOUASSI, co-chaired a joint committee meeting. '
      + 'The summit was opened by Jean-Paul Yao, President of Cote d\'Ivoire, in Abidjan.';
    const found = holdingLabels(draft(text).bundle, { country: true });
    expect(found).toEqual(expect.arrayContaining(['Marie Odile Kouassi (CI): Minister of Trade', 'Jean-Paul Yao (CI): President']));
    expect(draft(text).facts.some((f) => f.kind === 'meeting' && /Kwame Asante Boateng meets Marie Odile Kouassi \(CI-GH, held/.test(f.label))).toBe(true);
  });

  it('keep capitals that are no family name as they are', () => {
    const found = draft('Accra, 12 March. Foreign Minister Kwame Asante Boateng told GBC that the talks went well.').facts.filter((f) => f.kind === 'person').map((f) => f.label);
    expect(found).toEqual(['Kwame Asante Boateng (GH)']);
  });
});

describe('a plural post before two names', () => {
  it('give "Presidents <Name> and <Name>" each the post', () => {
    const found = holdingLabels(draft('Asuncion, 12 March. The ministers agreed that Presidents Mario Duarte and Luis Benitez will meet in April.').bundle);
    expect(found).toEqual(expect.arrayContaining(['Mario Duarte: President', 'Luis Benitez: President']));
  });
});

describe('a counterpart of one named by a bare post', () => {
  it('give the counterpart the full post the subject was given before, not the bare "Minister"', () => {
    const text = 'Warsaw, 12 March. Czech Foreign Minister Jan Dvorak said after talks in Vilnius on Thursday that ties are good. During his visit, Minister Dvorak met with his Lithuanian counterpart Ona Petraitis.';
    expect(holdingLabels(draft(text).bundle, { country: true })).toContain('Ona Petraitis (LT): Minister of Foreign Affairs');
  });
});

describe('talks named by a noun after "during"', () => {
  it('draft a meeting of the two joined by "and", planned when the sentence looks ahead', () => {
    const text = 'Cairo, 12 March. Jordan\'s Foreign Minister Omar Haddad headed to Cairo on Tuesday. During the Tuesday meeting, Haddad and his Egyptian counterpart Karim Fathy are expected to discuss regional issues.';
    const meetings = draft(text).facts.filter((f) => f.kind === 'meeting').map((f) => f.label);
    expect(meetings).toEqual([expect.stringMatching(/^Omar Haddad meets Karim Fathy \(EG-JO, planned/)]);
    const held = draft('Amman, 12 March. Jordanian Foreign Minister Omar Haddad and Egyptian Foreign Minister Karim Fathy affirmed, during talks in Amman, that trade will grow.');
    expect(held.facts.filter((f) => f.kind === 'meeting').map((f) => f.label)).toEqual([expect.stringMatching(/^Omar Haddad meets Karim Fathy \(EG-JO, held/)]);
  });
});

describe('a summit to hold', () => {
  it('draft "is set to hold a … summit with <Title> <Name> … on Friday" as planned talks on that day', () => {
    const text = 'HANOI -- Thai Prime Minister Somchai Wong is set to hold a state summit with Vietnamese President Le Van Hung on Friday at the palace.';
    const meetings = extractDraft({ text, published: '2024-03-13', publisher: 'Test Wire' }).bundle.meetings ?? [];
    expect(meetings.map((m) => [m.pair, m.stage, m.date?.start])).toContainEqual(['TH-VN', 'planned', '2024-03-15']);
  });
});

describe('a delegation\'s members', () => {
  it('give everyone named after "among the <Adj> delegation are" that country', () => {
    const text = 'Bangkok, 12 March. Prominent among the Lao delegation are Minister of Foreign Affairs Khamla Vong and Minister of Justice Sone Phet.';
    expect(holdingLabels(draft(text, 'Test Wire').bundle, { country: true })).toEqual(expect.arrayContaining(['Khamla Vong (LA): Minister of Foreign Affairs', 'Sone Phet (LA): Minister of Justice']));
  });
});

describe('Malay hereditary styles inside a name', () => {
  it('keep "Tengku" and "Syed" inside a long name, as particles are kept', () => {
    const text = 'Jakarta, 12 March. Malaysian Ambassador to Indonesia Datuk Syed Ahmad Farid Tengku Hamzah said the talks went well.';
    expect(holdingLabels(draft(text).bundle, { country: true })).toContain('Syed Ahmad Farid Tengku Hamzah (MY): Ambassador to Indonesia');
  });
});
