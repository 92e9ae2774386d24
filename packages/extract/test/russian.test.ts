import { describe, expect, it } from 'vitest';
import { detectLanguage, extractDraft, findDates, findMoney } from '../src/index.js';
import { nominative } from '../src/russian-people.js';
import { splitSentences } from '../src/segment.js';

// Written for these tests: invented events, in Russian and in other languages.
describe('the language of a report', () => {
  it.each([
    ['The 3rd round of political consultations between the foreign ministries of Chile and Norway took place in Oslo.', 'en'],
    ['Глава МИД РФ переговорил по телефону с кипрским коллегой.', 'ru'],
    ['Міністр закордонних справ України провів зустріч з послом Литви у Києві.', 'uk'],
    ['Міністр замежных спраў Беларусі сустрэўся з паслом Літвы ў Мінску.', 'be'],
    ['Қазақстан Республикасының Сыртқы істер министрі Литва елшісімен кездесті.', 'kk'],
  ])('of "%s" is %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('says plainly that a language it does not read is not read, and drafts nothing but the source', () => {
    const text = "O'zbekiston va Latviya tashqi ishlar vazirliklari o'rtasida siyosiy maslahatlashuvlar Toshkentda bo'lib o'tdi. Delegatsiyalar ikki tomonlama hamkorlik masalalarini muhokama qildi va yangi loyihalarni ko'rib chiqdi.";
    const result = extractDraft({ text, published: '2024-05-02', publisher: 'Dunyo' });
    expect(result.language.code).not.toBe('en');
    expect(result.source.language).toBe(result.language.code);
    expect(result.warnings.join(' ')).toMatch(/does not read/);
    expect(result.facts).toEqual([]);
  });
});

describe('Russian', () => {
  it('reads genitive months, spans and relative years', () => {
    const dates = (text: string) => findDates(text, '2024-06-25').map((d) => [d.from, d.to]);
    expect(dates('20 июня 2024 года')).toEqual([['2024-06-20', undefined]]);
    expect(dates('10–11 марта')).toEqual([['2024-03-10', '2024-03-11']]);
    expect(dates('в январе–мае 2024 года')).toEqual([['2024-01', '2024-05']]);
    expect(dates('в прошлом году')).toEqual([['2023', undefined]]);
    expect(dates('05.11.2021')).toEqual([['2021-11-05', undefined]]);
    expect(dates('за первую половину текущего года')).toEqual([['2024-01', '2024-06']]);
    expect(dates('во второй половине 2023 года')).toEqual([['2023-07', '2023-12']]);
  });

  it('reads numbers with decimal commas and Russian scales and currencies', () => {
    expect(findMoney('8,5 млрд долларов').map((m) => m.value)).toEqual([{ amount: '8500000000', currency: 'USD', precision: '100000000' }]);
    expect(findMoney('223,6 млн долл. США').map((m) => m.value.amount)).toEqual(['223600000']);
  });

  it('puts names back in the nominative when first name and surname agree', () => {
    expect(nominative('Сергеем Лавровым')).toBe('Сергей Лавров');
    expect(nominative('Анна Петрова')).toBe('Анна Петрова');
    expect(nominative('Бахтиёра Саидова', true)).toBe('Бахтиёр Саидов');
    expect(nominative('Роман Василенко')).toBe('Роман Василенко');
  });

  it('puts the words between the first name and the surname in the same case, particles and patronymics included', () => {
    expect(nominative('Сайидом Аббасом Аракчи')).toBe('Сайид Аббас Аракчи');
    expect(nominative('Луисом Инасио Лулой да Силвой')).toBe('Луис Инасио Лула да Силва');
    expect(nominative('Сергеем Викторовичем Лавровым')).toBe('Сергей Викторович Лавров');
    expect(nominative('Луиса Инасио Лулы да Силвы', true)).toBe('Луис Инасио Лула да Силва');
  });

  it('puts back names whose first word does not decline, or declines as a man\'s name in -а, and keeps a Turkic "уулу"', () => {
    expect(nominative('Али Асадовым')).toBe('Али Асадов');
    expect(nominative('Вепа Хаджиевым')).toBe('Вепа Хаджиев');
    expect(nominative('Ван Лэем')).toBe('Ван Лэй');
    expect(nominative('Ары Айвазяна', true)).toBe('Ара Айвазян');
    expect(nominative('Сейтека Жумакадыр уулу', true)).toBe('Сейтек Жумакадыр уулу');
    // (A woman's surname in the genitive is in -ой: this rule does not take "Марины Ивановой" for a man's.)
    expect(nominative('Марины Ивановой', true)).toBe('Марина Иванова');
  });

  it('reads an acting post, whatever case "и.о." leaves the name in', () => {
    const names = (text: string) => extractDraft({ text, published: '2025-04-09', publisher: 'МИД' }).bundle.people!.map((p) => p.name);
    expect(names('Тбилиси, 9 апреля. И.о. министра иностранных дел Грузии Ника Шалвашвили принял посла Латвии в Грузии Андриса Озолса.')).toContain('Nika Shalvashvili');
    expect(names('Ереван, 9 апреля. Состоялась встреча и.о. главы МИД Армении Ары Саргсяна с послом Латвии в Армении Андрисом Озолсом.')).toContain('Ara Sargsyan');
    const result = extractDraft({ text: 'Ереван, 9 апреля. Состоялась встреча и.о. главы МИД Армении Ары Саргсяна с послом Латвии в Армении Андрисом Озолсом.', published: '2025-04-09', publisher: 'МИД' });
    expect(result.bundle.posts!.map((p) => `${p.country} ${p.title}`)).toContain('AM Acting Minister of Foreign Affairs');
  });

  it('ends a sentence at a full stop that lost its space between Cyrillic words, not after an initial', () => {
    const pieces = splitSentences('Его встретил премьер-министр Акил Акилов.Официальная часть пройдёт завтра. Посол Н.Удовиченко передал поздравления.').map((s) => s.text);
    expect(pieces).toEqual(['Его встретил премьер-министр Акил Акилов.', 'Официальная часть пройдёт завтра.', 'Посол Н.Удовиченко передал поздравления.']);
  });

  it('keeps "первый" before a deputy\'s post written short', () => {
    const result = extractDraft({ text: 'Ташкент, 12 марта. Первый замминистра иностранных дел Узбекистана Фуркат Сидиков провел переговоры с послом Индии.', published: '2025-03-12', publisher: 'УзА' });
    expect(result.bundle.posts!.map((p) => `${p.country} ${p.title}`)).toContain('UZ First Deputy Minister of Foreign Affairs');
  });

  it('reads a name with a particle whole, and a leader it names under the spelling of the leaders list', () => {
    const text = 'Москва, 14 мая. Президент России Владимир Путин обсудил с бразильским коллегой Луисом Инасио Лулой да Силвой торговлю двух стран.';
    const result = extractDraft({ text, published: '2025-05-14', publisher: 'ТАСС' });
    const guest = result.bundle.people!.find((p) => p.country === 'BR')!;
    expect(guest.name).toBe('Luiz Inácio Lula da Silva');
    expect(guest.names).toContainEqual({ value: 'Луис Инасио Лула да Силва', kind: 'script' });
    expect(result.bundle.people!.filter((p) => p.country === 'BR')).toHaveLength(1);
  });

  it('matches a romanised name with the Latin spelling held, and keeps the Cyrillic as a variant of a new person', () => {
    const text = 'Астана, 3 апреля. Заместитель министра иностранных дел Казахстана Роман Вассиленко встретился с вице-министром иностранных дел Литвы Раймундасом Карпаускасом.';
    const result = extractDraft({ text, published: '2024-04-03', publisher: 'Казинформ', knownPeople: [{ id: 'roman-vassilenko', name: 'Roman Vassilenko', country: 'KZ' }] });
    expect(result.people.find((p) => p.known)?.known?.id).toBe('roman-vassilenko');
    const other = result.bundle.people!.find((p) => p.country === 'LT')!;
    expect(other.name).toBe('Raymundas Karpauskas');
    expect(other.names).toContainEqual({ value: 'Раймундас Карпаускас', kind: 'script' });
    expect(result.bundle.meetings![0]).toMatchObject({ pair: 'KZ-LT', date: { start: '2024-04-03' } });
  });
  it('puts back instrumental names whose given name ends in -й and East Asian names declined on their last part', () => {
    expect(nominative('Алексеем Оверчуком')).toBe('Алексей Оверчук');
    expect(nominative('Пак Чжином')).toBe('Пак Чжин');
    expect(nominative('Юн Сок Еля', true)).toBe('Юн Сок Ель');
    // (A short given name stays whole: "Ара" is no genitive of "Ар".)
    expect(nominative('Ара Айвазяна', true)).not.toMatch(/^Ар /);
  });

  it('reads names in the genitive after a post in the genitive plural, and a name after the style "Е.П."', () => {
    const read = (text: string) => extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    const talks = read('Вильнюс, 4 марта. Вчера прошли переговоры глав внешнеполитических ведомств Литвы и Польши — Кястутиса Будриса и Радослава Сикорского.');
    expect(talks.people!.map((p) => p.name)).toEqual(['Kęstutis Budrys', 'Radoslav Sikorsky']);
    expect(talks.posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['LT Minister of Foreign Affairs', 'PL Minister of Foreign Affairs']);
    const styled = read('Варшава, 4 марта. Глава МИД Польши провел встречу с министром иностранных дел Эстонской Республики Е.П. Маргусом Цахкной.');
    expect(styled.people!.map((p) => p.name)).toEqual(['Margus Tsakhkna']);
  });

  it('reads the short "премьер" and a ministry of petroleum as posts', () => {
    const read = (text: string) => extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    const premiers = read('Москва, 4 марта. Переговоры премьера Михаила Мишустина с венгерским коллегой Виктором Орбаном прошли в Доме правительства.');
    expect(premiers.posts!.map((p) => `${p.country} ${p.title}`)).toContain('HU Prime Minister');
    expect(read('Тегеран, 4 марта. Министр нефти Ирана Мохсен Пакнежад принял посла Казахстана.').posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['IR Minister of Petroleum']);
  });

  it('drafts a meeting for each country of a list of counterparts, each named after its country', () => {
    const text = 'Рига, 4 марта. Глава МИД Латвии Андрис Спрудс встретился с министрами иностранных дел Эстонии Маргусом Цахкной, Литвы Кястутисом Будрисом и Польши Радославом Сикорским.';
    const bundle = extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    expect(bundle.meetings!.map((m) => m.pair)).toEqual(['EE-LV', 'LT-LV', 'LV-PL']);
    expect(bundle.posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['LV Minister of Foreign Affairs', 'EE Minister of Foreign Affairs', 'LT Minister of Foreign Affairs', 'PL Minister of Foreign Affairs']);
  });
  it('reads a ministry by its short name, and a Russian dateline as where the report was filed', () => {
    const bundle = extractDraft({ text: 'Минск. 4 марта. Экспорт молочной продукции в Китай вырос на треть, сообщил на выставке замглавы Минсельхоза Олег Петров.', published: '2025-03-04', publisher: 'Новостное агентство' }).bundle;
    expect(bundle.posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['BY Deputy Minister of Agriculture']);
  });

  it('places one met without a country on the other side from the one before the verb, not from the meeting it joins', () => {
    const text = 'Ашхабад, 4 марта. Президент Туркменистана Сердар Бердымухамедов принял прибывшего в страну спецпредставителя президента Грузии Давида Хачидзе. Д. Хачидзе также встретился с первым заместителем председателя кабинета министров Алексеем Ивановым.';
    const bundle = extractDraft({ text, published: '2025-03-04', publisher: 'Портал Грузии' }).bundle;
    expect(bundle.posts!.map((p) => `${p.country} ${p.title}`)).toContain('TM First Deputy Chairman of the Cabinet of Ministers');
  });
  it('reads a second post written with a capital after a comma as the same holder\'s, not as a name', () => {
    const text = 'Бишкек, 4 марта. Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев провел переговоры с Заместителем Премьер-министра, Министром иностранных дел Азербайджанской Республики Джейхуном Байрамовым.';
    const bundle = extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    expect(bundle.posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['KG Minister of Foreign Affairs', 'AZ Minister of Foreign Affairs', 'AZ Deputy Prime Minister']);
  });

  it('reads "позвонил" as a call, dated by its own day rather than by talks the call recalls', () => {
    const text = 'Президент Монголии позвонил Президенту Казахстана\n\n12 февраля 2025\n\n12 февраля Президент Монголии Ухнаагийн Хурэлсух позвонил Президенту Республики Казахстан Касым-Жомарту Токаеву. Главы государств вспомнили переговоры, прошедшие в октябре прошлого года в Улан-Баторе.';
    const bundle = extractDraft({ text, publisher: 'Тест' }).bundle;
    expect(bundle.meetings!.map((m) => [m.pair, m.date?.start])).toEqual([['KZ-MN', '2025-02-12']]);
  });
  it('gives each delegation\'s head the country named after the word for the delegation, before the verb or a dash', () => {
    const text = 'Лима, 4 марта. В Лиме прошли консультации МИД Перу и Чили. Делегацию Перу возглавил заместитель министра иностранных дел Хорхе Рамос, делегацию Чили – заместитель министра иностранных дел Пабло Сото.';
    const bundle = extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    expect(bundle.posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['PE Deputy Minister of Foreign Affairs', 'CL Deputy Minister of Foreign Affairs']);
  });

  it('reads the deputy of the head of the foreign-policy office as a deputy minister, and two names after a post in the genitive plural', () => {
    const read = (text: string) => extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    expect(read('Сантьяго, 4 марта. Делегацию Чили возглавил заместитель главы внешнеполитического ведомства Пабло Сото.').posts!.map((p) => `${p.country} ${p.title}`))
      .toEqual(['CL Deputy Minister of Foreign Affairs']);
    const plural = read('Сантьяго, 4 марта. Министры Чили и Перу отметили, что встреча президентов двух стран Ивана Петрова и Олега Смирнова придала импульс торговле.');
    expect(plural.people!.map((p) => p.name)).toEqual(expect.arrayContaining(['Ivan Petrov', 'Oleg Smirnov']));
  });

  it('reads a monarch\'s post ("с Султаном Брунея"), never a monarchy\'s name ("Султанат Оман")', () => {
    const read = (text: string) => extractDraft({ text, published: '2025-03-04', publisher: 'Тест' }).bundle;
    expect(read('Сантьяго, 4 марта. Президент Чили Габриэль Борич провел переговоры с Султаном Брунея Хассаналом Болкиахом.').posts!.map((p) => `${p.country} ${p.title}`))
      .toContain('BN Sultan');
    expect(read('Сантьяго, 4 марта. Султанат Оман Ахмед Саид посетил Чили.').posts ?? []).toEqual([]);
  });

  it('takes the country of a broadcaster named in brackets after the outlet as the publisher\'s', () => {
    const text = 'Президент Чили Габриэль Борич 3 ноября заслушал доклад министра экономики Николаса Грау.';
    const bundle = extractDraft({ text, published: '2025-11-04', publisher: 'Canal.cl (Chile TV and Radio Company)' }).bundle;
    expect(bundle.posts!.map((p) => `${p.country} ${p.title}`)).toEqual(['CL President', 'CL Minister of Economy']);
  });
});
