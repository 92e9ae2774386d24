import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';

// Written for these tests: invented officials in the constructions issue 11 names.
const draft = (text: string, publisher = 'Baltic Wire') => extractDraft({ text, published: '2024-05-10', publisher });
const held = (result: ReturnType<typeof extractDraft>) =>
  (result.bundle.holdings ?? []).map((h) => {
    const post = result.bundle.posts?.find((p) => p.id === h.postId);
    return `${result.bundle.people?.find((p) => p.id === h.personId)?.name ?? h.personId} | ${post?.title ?? h.postId} | ${post?.country ?? ''}`;
  });

describe('a place, a body or a title is never drafted as a person', () => {
  it('a lower-case post after a comma stops at the verb that follows its holder: the words after the verb are no person', () => {
    // The report breaks off after "by", as a search's excerpt does.
    const result = draft('Vilnius, 10 May 2024. Later, on Friday evening, foreign minister Kairiene attended a dinner hosted by');
    expect((result.bundle.people ?? []).map((p) => p.name).join(' | ')).not.toMatch(/Dinner|Hosted/i);
    const visited = draft('Vilnius, 10 May 2024. In the afternoon, deputy minister Kairiene visited a museum opened by');
    expect((visited.bundle.people ?? []).map((p) => p.name).join(' | ')).not.toMatch(/Museum|Opened/i);
  });

  it('leaves titles that are not names alone (Director for Latin America)', () => {
    const result = draft('ISLAMABAD, May 10 (APP): The Director for Latin America of the Ministry and the Director for Central Asia also attended the round.');
    expect(result.bundle.people ?? []).toEqual([]);
  });

  it('reads words of address as such: Ambassador Mr. Faruk Demirtas is the post Ambassador and the person Faruk Demirtas', () => {
    const result = draft('Deputy Minister of Foreign Affairs of Lithuania Rasa Kairiene received Ambassador Mr. Faruk Demirtas and H.E. Selim Aksoy on 9 May 2024.');
    expect(result.bundle.people!.map((p) => p.name).sort()).toEqual(['Faruk Demirtas', 'Rasa Kairiene', 'Selim Aksoy']);
    expect(held(result)).toContain('Faruk Demirtas | Ambassador | ');
    expect(held(result).join(' ')).not.toMatch(/Ambassador Mr/);
  });

  it('never takes a country from a word inside a post’s name (Director for EU Affairs)', () => {
    const result = draft('Vilnius, 10 May 2024. Vice Minister of Foreign Affairs Rasa Kairiene and Director for EU Affairs Tomas Vaitkus met Georgian Deputy Minister of Foreign Affairs Levan Abashidze.', 'Ministry of Foreign Affairs of Lithuania');
    expect(held(result)).toEqual(expect.arrayContaining(['Rasa Kairiene | Vice Minister of Foreign Affairs | LT', 'Tomas Vaitkus | Director for EU Affairs | LT', 'Levan Abashidze | Deputy Minister of Foreign Affairs | GE']));
  });

  it('takes no country from a region’s adjective, a department’s name or a list in a post’s field', () => {
    const result = draft('U.S. Assistant Secretary of State Mark Ellison and National Security Council Senior Director for Japan and Korea Affairs Joan Pratt met with Chinese Vice Foreign Minister Liu Heping and Director General of the North American and Oceanian Affairs Department Zhao Ming in Beijing on 9 May 2024.', 'Capital Wire');
    expect(held(result)).toEqual(expect.arrayContaining([
      'Joan Pratt | Senior Director for Japan and Korea Affairs | US',
      'Zhao Ming | Director General of the North American and Oceanian Affairs Department | CN',
    ]));
    // The two who "met with" the others are one side: no meeting of the one with the other.
    const pairs = (result.bundle.meetings ?? []).map((m) => m.pair);
    expect(pairs.every((pair) => pair === 'CN-US')).toBe(true);
  });

  it('gives no person for a headline’s possessive or a photo’s credit', () => {
    const result = draft('Secretary Ellison’s Call with Chinese Foreign Minister Liu\n\nSecretary of State Mark Ellison. ©WIRE/Tom Baker\n\nU.S. Secretary of State Mark Ellison spoke with Chinese Minister of Foreign Affairs Liu Heping on 9 May 2024.', 'Capital Wire');
    const names = (result.bundle.people ?? []).map((p) => p.name);
    expect(names).not.toContain('Ellison’s Call');
    expect(names).not.toContain('Tom Baker');
    expect(names.join(' ')).not.toMatch(/[©/]/);
    expect((result.bundle.meetings ?? []).map((m) => m.pair)).toContain('CN-US');
  });

  it('does not take common words, regions or handles for names', () => {
    const result = draft('The Secretary General of the Ministry of Foreign Affairs and National Community Abroad spoke; Minister of Transport Marius Tamosaitis @Tamosaitis, Minister of Transport of Lithuania, replied.');
    const names = (result.bundle.people ?? []).map((p) => p.name);
    expect(names).not.toContain('Community Abroad');
    expect(names.join(' ')).not.toMatch(/@/);
  });

  it('reads the abbreviation of a body as no initials and no name (MFA, ЗакС), and a body before its head as the post’s', () => {
    const mfa = draft('Kazakhstan was represented by Head of the Department of Planning of Kazakhstan MFA Dana Serikova on 9 May 2024.');
    expect((mfa.bundle.people ?? []).map((p) => p.name)).toEqual(['Dana Serikova']);
    const assembly = draft('В заседании приняли участие председатель ЗакСа Игорь Баранов и вице-губернатор Олег Сомов.', 'Невские ведомости');
    expect((assembly.bundle.people ?? []).map((p) => p.name).join(' | ')).not.toMatch(/Zak/i);
    const agency = draft('The Russian delegation included Rosatom head Ivan Sobolev and Deputy Minister of Energy Pavel Rudin.');
    expect(held(agency)).toContain('Ivan Sobolev | Head of Rosatom | RU');
  });

  it('never makes a province’s premier or a prime minister’s chief of staff the country’s prime minister', () => {
    const premier = draft('В ходе беседы с премьер-министром провинции Северный Кейп Томасом Мбеки посол обсудил торговлю.', 'Казинформ');
    expect(held(premier).join(' ')).not.toMatch(/\| Prime Minister \|/);
    expect(held(premier).join(' ')).toMatch(/Tomas Mbeki \| Premier of/);
    const staff = draft('Премьер-министр Грузии Ираклий Гелашвили провел встречу с руководителем аппарата премьер-министра Республики Армения Ашотом Саркисяном.', 'Новости Грузии');
    expect(held(staff)).toContain('Ashot Sarkisyan | Chief of Staff of the Prime Minister | AM');
  });

  it('keeps the name before a post whose own words the title reader took for a name (a country, then a common word)', () => {
    const result = draft('The delegation was led by Martin Kovacs, Director of China Institute of the University of Szeged, on 9 May 2024.');
    expect((result.bundle.people ?? []).map((p) => p.name)).toEqual(['Martin Kovacs']);
  });

  it('names a ministry’s department after the ministry’s possessive as the records do, the country from the adjective', () => {
    const result = draft('Li Wenhao, director general of the Chinese Foreign Ministry’s European Affairs Department, met the delegation on 9 May 2024.');
    expect(held(result)).toContain('Li Wenhao | Director General of the European Affairs Department of the Ministry of Foreign Affairs | CN');
  });

  it('reads Cambodian honours, two initials inside a name, a post between commas before "met", and "minister for Foreign Affairs"', () => {
    const khmer = draft('They noted the contacts of Samdech Akka Moha Sena Padei Techo Chan Vuthy, President of the Senate, with Thai leaders on 9 May 2024.');
    expect(held(khmer)).toContain('Chan Vuthy | President of the Senate | ');
    const initials = draft('Indonesian Minister of Foreign Affairs Sari L. P. Wulandari held talks with her Norwegian counterpart Ola Strand on 9 May 2024.');
    expect((initials.bundle.people ?? []).map((p) => p.name)).toContain('Sari L. P. Wulandari');
    const met = draft('Uganda’s Permanent Secretary, Ministry of Foreign Affairs, Moses Kato Ssali met with his Kenyan counterpart in Nairobi on 9 May 2024.');
    expect((met.bundle.people ?? []).map((p) => p.name)).toContain('Moses Kato Ssali');
    const field = draft('The team from Uganda was led by minister for Foreign Affairs Peter Okello Ocan on 9 May 2024.');
    expect(held(field)).toContain('Peter Okello Ocan | Minister of Foreign Affairs | UG');
  });
});
