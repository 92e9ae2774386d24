import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDraft, extractDraftWithLookup, matchKnownPerson, namesAgree, namesConflict, type KnownPerson } from '../src/index.js';
import { CORPUS, PACKAGE_ROOT } from './support/corpus.js';

// The variants tested here appear nowhere in the corpus or the curated dataset (checked
// below), so matching them cannot come from having seen them. The dataset spells Erlan
// Idrissov's first name "Erlan", so the Erlan/Yerlan case uses a person it does not hold.
const KNOWN: KnownPerson[] = [
  { id: 'marat-karabayev', name: 'Marat Karabayev', country: 'KZ' },
  { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', country: 'KZ' },
  { id: 'yerlan-koshanov', name: 'Yerlan Koshanov', country: 'KZ' },
  { id: 'roman-vassilenko', name: 'Roman Vassilenko', names: [{ value: 'Роман Василенко', kind: 'script' }], country: 'KZ' },
];
const UNSEEN = ['Karabaev', 'Tokaev', 'Koshanov'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('the unseen variants', () => {
  it('appear nowhere in the corpus or the curated dataset', () => {
    const files = [...filesUnder(CORPUS), ...filesUnder(join(PACKAGE_ROOT, '..', 'dataset', 'data'))];
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const word of UNSEEN) expect(new RegExp(`\\b${word}\\b`, 'i').test(text), `${word} in ${file}`).toBe(false);
      if (file.startsWith(CORPUS)) expect(/\bErlan\b/.test(text), `Erlan in ${file}`).toBe(false);
    }
  });
});

describe('matching names against known people', () => {
  it.each([
    ['Marat Karabaev', 'marat-karabayev'],
    ['Kassym-Jomart Tokaev', 'kassym-jomart-tokayev'],
    ['Erlan Koshanov', 'yerlan-koshanov'],
    ['Roman Vasilenko', 'roman-vassilenko'],
  ])('finds %s as %s', (name, id) => {
    expect(matchKnownPerson([name], 'KZ', KNOWN)?.person.id).toBe(id);
    expect(matchKnownPerson([name], 'KZ', KNOWN)?.how).toBe('transliteration');
  });

  it('says how it matched', () => {
    expect(matchKnownPerson(['Marat Karabayev'], undefined, KNOWN)?.how).toBe('exact');
    expect(matchKnownPerson(['Роман Василенко'], undefined, KNOWN)?.how).toBe('variant');
  });

  it('does not match a different person, another country or an ambiguous name', () => {
    expect(matchKnownPerson(['Marat Karimov'], 'KZ', KNOWN)).toBeUndefined();
    expect(matchKnownPerson(['Askar Karabaev'], 'KZ', KNOWN)).toBeUndefined();
    expect(matchKnownPerson(['Marat Karabaev'], 'LT', KNOWN)).toBeUndefined();
    const twins: KnownPerson[] = [{ id: 'a', name: 'Marat Karabayev' }, { id: 'b', name: 'Marat Karabaev' }];
    expect(matchKnownPerson(['Marat Karabaiev'], undefined, twins)).toBeUndefined();
  });

  it('treats a surname alone or an initial as compatible with the full name', () => {
    expect(namesAgree('Asanaliev', 'Nurlan Asanaliyev')).toBe(true);
    expect(namesAgree('N. Asanaliev', 'Nurlan Asanaliyev')).toBe(true);
    expect(namesAgree('Bolat Asanaliev', 'Nurlan Asanaliyev')).toBe(false);
  });

  it('takes an initial as written, not a given name its skeleton shrinks to one letter', () => {
    expect(namesAgree('S.V. Lavrov', 'Sergey Lavrov')).toBe(true);
    // ("Haya" folds to "a", which read as an initial of Hamad.)
    expect(namesAgree('Sheikha Haya Rashed al-Khalifa', 'Sheikh Hamad bin Isa al-Khalifa')).toBe(false);
    expect(namesAgree('Haya Al Khalifa', 'Hamad Al Khalifa')).toBe(false);
  });

  it('tells apart two of one family by their middle names, and keeps spellings and longer forms of one name together', () => {
    expect(namesAgree('Sabah al-Salim al-Sabah', 'Sabah al-Ahmad al-Jaber al-Sabah')).toBe(false);
    expect(namesConflict('Sabah al-Salim al-Sabah', 'Sabah al-Ahmad al-Jaber al-Sabah')).toBe(true);
    expect(namesAgree('Hamad Bin Essa al-Khalifa', 'Hamad bin Isa al-Khalifa')).toBe(true);
    expect(namesAgree('Hamad Bin Isa Bin Salman al-Khalifa', 'Hamad bin Isa al-Khalifa')).toBe(true);
    expect(namesAgree('Mohammed bin Salman Al Saud', 'Mohammed bin Salman bin Abdulaziz Al Saud')).toBe(true);
    expect(namesAgree('John F. Kennedy', 'John Fitzgerald Kennedy')).toBe(true);
    // A short form agrees with either, and conflicts with neither.
    expect(namesAgree('Sabah al-Sabah', 'Sabah al-Salim al-Sabah')).toBe(true);
    expect(namesConflict('Sabah al-Sabah', 'Sabah al-Ahmad al-Jaber al-Sabah')).toBe(false);
  });

  it('takes two spellings of one given name beside the same surname as one, and keeps short or distant ones apart', () => {
    // Георгий romanised beside the Georgian spelling; a misspelt Japanese name; В read as W.
    expect(namesAgree('Georgy Kvirikashvili', 'Giorgi Kvirikashvili')).toBe(true);
    expect(namesAgree('Toshimishu Motegi', 'Toshimitsu Motegi')).toBe(true);
    expect(namesAgree('Alan Vinde', 'Alan Winde')).toBe(true);
    expect(namesAgree('Araik Arutyunyan', 'Araik Harutyunyan')).toBe(true);
    expect(namesAgree('Ali Khan', 'Ala Khan')).toBe(false);
    expect(namesAgree('Marina Petrova', 'Karina Petrova')).toBe(false);
    expect(namesAgree('Nikolai Ivanov', 'Nikita Ivanov')).toBe(false);
    // A name and its feminine or masculine form are two people.
    expect(namesAgree('Robert Kennedy', 'Roberta Kennedy')).toBe(false);
    expect(namesAgree('Mario Rossi', 'Maria Rossi')).toBe(false);
    expect(namesAgree('Alexander Ivanov', 'Alexandra Ivanov')).toBe(false);
    expect(namesAgree('Daniel Suarez', 'Daniela Suarez')).toBe(false);
  });
});

const TEXT = `Astana, 12 March 2025 – Minister of Transport of Kazakhstan Marat Karabaev met Lithuanian Minister of Transport and Communications Rimas Petrulis in Astana on Tuesday.

Chairman of the Mazhilis Erlan Koshanov also received Petrulis.`;

describe('drafting with known people', () => {
  it('refers to the known person instead of proposing a new one', () => {
    const result = extractDraft({ text: TEXT, published: '2025-03-12', publisher: 'Kazinform', knownPeople: KNOWN });
    const people = result.bundle.people ?? [];
    expect(people.map((p) => p.name)).toEqual(['Rimas Petrulis']);
    expect(result.people).toEqual(expect.arrayContaining([
      { name: 'Marat Karabaev', known: { id: 'marat-karabayev', name: 'Marat Karabayev' }, how: 'transliteration' },
      { name: 'Erlan Koshanov', known: { id: 'yerlan-koshanov', name: 'Yerlan Koshanov' }, how: 'transliteration' },
    ]));
    const meeting = result.bundle.meetings!.find((m) => m.kind === 'ministerial-meeting')!;
    expect(meeting.participants.map((p) => p.personId)).toContain('marat-karabayev');
    expect(result.bundle.holdings!.map((h) => h.personId)).toContain('yerlan-koshanov');
  });

  it('proposes new people when nothing is known', () => {
    const result = extractDraft({ text: TEXT, published: '2025-03-12', publisher: 'Kazinform' });
    expect(result.bundle.people!.map((p) => p.name).sort()).toEqual(['Erlan Koshanov', 'Marat Karabaev', 'Rimas Petrulis']);
    expect(result.people.every((m) => m.proposedId && !m.known)).toBe(true);
  });

  it('asks a lookup the caller implements for the names it read', async () => {
    const asked: string[][] = [];
    const lookup = { findPeople: (names: string[]) => (asked.push(names), KNOWN.filter((k) => names.some((n) => namesAgree(n, k.name)))) };
    const result = await extractDraftWithLookup({ text: TEXT, published: '2025-03-12', publisher: 'Kazinform' }, lookup);
    expect(asked[0]).toEqual(expect.arrayContaining(['Marat Karabaev', 'Erlan Koshanov', 'Rimas Petrulis']));
    expect(result.people.find((m) => m.name === 'Marat Karabaev')?.known?.id).toBe('marat-karabayev');
  });
});
