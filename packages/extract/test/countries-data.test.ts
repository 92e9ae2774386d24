import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { OUTPUT, WORDS_OUTPUT, build, buildWords } from '../scripts/generate-data.mjs';
import { findCities, findParties, lookupParty, russianAdjectiveStems } from '../src/gazetteer.js';

describe('the country data', () => {
  it('is what scripts/generate-data.mjs makes from the installed packages (run npm run gen:data after an upgrade)', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((build as () => string)());
    expect(readFileSync(WORDS_OUTPUT as string, 'utf8')).toBe((buildWords as () => string)());
  });

  it('names every UN member, with a demonym or adjective for each and a capital for nearly all', () => {
    const data = JSON.parse(readFileSync(OUTPUT as string, 'utf8')) as { countries: { code: string; demonyms: string[]; capitals: string[]; ru: string[] }[] };
    expect(data.countries.length).toBeGreaterThanOrEqual(193);
    expect(data.countries.filter((c) => c.demonyms.length === 0).map((c) => c.code)).toEqual([]);
    expect(data.countries.filter((c) => c.ru.length > 0).length).toBeGreaterThanOrEqual(190);
  });
});

const mentions = (text: string) => findParties(text).map((p) => `${p.name}=${p.code}${p.adjective ? '*' : ''}`);

describe('parties in English', () => {
  it('reads names, official names and demonyms of countries far from the founding pair', () => {
    expect(mentions("The Turkmen delegation and the People's Republic of China")).toEqual(['Turkmen=TM*', "People's Republic of China=CN"]);
    expect(mentions('Emirati, Pakistani and North Korean officials')).toEqual(['Emirati=AE*', 'Pakistani=PK*', 'North Korean=KP*']);
    expect(mentions("Turkmen-Chinese talks; Kazakhstan's exports; Guinea-Bissau; the U.S.")).toEqual(['Turkmen=TM*', 'Chinese=CN*', 'Kazakhstan=KZ', 'Guinea-Bissau=GW', 'U.S.=US']);
    expect(lookupParty('Türkiye')?.code).toBe('TR');
    // The Factbook's adjectives beside world-countries' demonyms; one both countries of a name share ("Korean") reads as neither's.
    expect(mentions('Ecuadorian, Kyrgyzstani, Nepali and Bissau-Guinean envoys')).toEqual(['Ecuadorian=EC*', 'Kyrgyzstani=KG*', 'Nepali=NP*', 'Bissau-Guinean=GW*']);
    expect(lookupParty('Korean')?.code).toBe('KR');
    expect(lookupParty('Turkiye')?.code).toBe('TR');
  });

  it('reads the current short names beside the older ones', () => {
    const names = ['Türkiye', 'Turkey', 'Czechia', 'Czech Republic', 'Eswatini', 'Swaziland', 'Timor-Leste', 'East Timor', "Côte d'Ivoire",
      'Côte d’Ivoire', 'Ivory Coast', 'Cabo Verde', 'Cape Verde', 'North Macedonia', 'Viet Nam', 'Vietnam', 'Lao PDR', 'Laos', 'Myanmar', 'Burma'];
    expect(names.map((name) => lookupParty(name)?.code)).toEqual(['TR', 'TR', 'CZ', 'CZ', 'SZ', 'SZ', 'TL', 'TL', 'CI', 'CI', 'CI', 'CV', 'CV', 'MK', 'VN', 'VN', 'LA', 'LA', 'MM', 'MM']);
    expect(mentions('the community, held by Cabo Verde, passes to Angola; Cabo Delgado is a province')).toEqual(['Cabo Verde=CV', 'Angola=AO']);
  });

  it('takes no ordinary English word for a country: not Iceland\'s own name "Island", nor the pronoun "Us"', () => {
    expect(mentions('Island Nations Meet in Reykjavik; Iceland and Island')).toEqual(['Iceland=IS']);
    expect(lookupParty('Island')).toBeUndefined();
    expect(lookupParty('Iceland')?.code).toBe('IS');
    expect(mentions('Contact Us. About Us: Us and the US, the UK and the UAE; the US’s envoy')).toEqual(['US=US', 'UK=GB', 'UAE=AE', 'US=US']);
  });

  it('does not take a currency for a country', () => {
    expect(mentions('1,18 billion US dollars')).toEqual([]);
  });
});

describe('parties in Russian', () => {
  it('reads names in any case, official names and adjectives', () => {
    expect(mentions('Литве, Литовской Республики, Казахстана, Республике Казахстан, Китаем, Туркменистаном, Беларуси, США, КНР')).toEqual([
      'Литве=LT', 'Литовской Республики=LT', 'Казахстана=KZ', 'Республике Казахстан=KZ', 'Китаем=CN', 'Туркменистаном=TM', 'Беларуси=BY', 'США=US', 'КНР=CN',
    ]);
    expect(mentions('казахстанско-литовские, белорусско-китайские, турецкой, монгольской')).toEqual([
      'казахстанско=KZ*', 'литовские=LT*', 'белорусско=BY*', 'китайские=CN*', 'турецкой=TR*', 'монгольской=MN*',
    ]);
  });

  it('reads the current short names and either apostrophe', () => {
    expect(mentions("Кабо-Верде, Эсватини, Тимор-Лесте, Кот-д'Ивуар, Кот-д’Ивуаре, Восточного Тимора, Мьянмы, Чехии, Северной Македонии")).toEqual([
      'Кабо-Верде=CV', 'Эсватини=SZ', 'Тимор-Лесте=TL', "Кот-д'Ивуар=CI", 'Кот-д’Ивуаре=CI', 'Восточного Тимора=TL', 'Мьянмы=MM', 'Чехии=CZ', 'Северной Македонии=MK',
    ]);
  });

  it('leaves adjectives shared by several countries unread', () => {
    expect(russianAdjectiveStems().has('арабск')).toBe(false);
    expect(russianAdjectiveStems().has('корейск')).toBe(false);
  });

  it('finds cities in any case, through the table or by romanising', () => {
    expect(findCities('в Ташкенте, в Москве, Вильнюсе и Астане').map((c) => `${c.name}=${c.country}`)).toEqual(['Tashkent=UZ', 'Moscow=RU', 'Vilnius=LT', 'Astana=KZ']);
  });
});
