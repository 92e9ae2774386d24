/*
 * What the maintained country data (src/data/countries.json, from world-countries and
 * i18n-iso-countries) does not say the way press releases do. Kept short: each entry is
 * a form reports use that the packages lack, or a name they give that would misread.
 */

/** English adjectives reports use beside the packages' demonyms (first one is used in labels). */
export const EN_ADJECTIVES: Record<string, string[]> = {
  KZ: ['Kazakh'], UZ: ['Uzbek'], KG: ['Kyrgyz'], TJ: ['Tajik'], TM: ['Turkmen'], AZ: ['Azerbaijani', 'Azeri'],
  PL: ['Polish'], DE: ['German'], FR: ['French'], FI: ['Finnish'], SE: ['Swedish'], DK: ['Danish'],
  NL: ['Dutch'], CZ: ['Czech'], SK: ['Slovak'], GB: ['British'], ES: ['Spanish'], CH: ['Swiss'], IE: ['Irish'],
  TR: ['Turkish'], KR: ['Korean', 'South Korean'], AE: ['Emirati'], SA: ['Saudi'], PH: ['Philippine'], VN: ['Vietnamese'],
  BY: ['Belarusian', 'Belarussian'], MD: ['Moldovan'], SI: ['Slovenian'], BA: ['Bosnian'], LA: ['Lao', 'Laotian'],
};

/** English names the packages lack. */
export const EN_NAMES: Record<string, string[]> = {
  KR: ['Korea'], GB: ['Britain'], US: ['U.S.', 'US'], CN: ['PRC'], KP: ['N.Korea', 'N. Korea'], CZ: ['Czech Republic'],
  MK: ['Macedonia'], NL: ['Holland'], SZ: ['Swaziland'], MM: ['Burma'], CV: ['Cape Verde', 'Cabo Verde'], CI: ['Ivory Coast'],
  // The short names the UN and the countries' own ministries use ("Cabo Verde" in en-383, "Lao PDR").
  LA: ['Lao PDR'],
};

/**
 * Names in the packages that are also ordinary words or given names in English prose. "Island" is Iceland's name in
 * its own and other languages (world-countries lists it), never in English: a headline's "Island" read as Iceland.
 * Kept: names that are words too but name the country when capitalised in a report (Turkey, Guinea, Chad, Jordan,
 * Georgia, Polish); see test/countries-data.test.ts.
 */
export const EN_NOT_NAMES = new Set(['Holland', 'Victoria', 'Male', 'Kingston', 'Island']);

/** Cities reports name as venues besides the capitals (the capitals come from the data). */
export const OTHER_CITIES: Record<string, string> = {
  'Nur-Sultan': 'KZ', Almaty: 'KZ', Shymkent: 'KZ', Aktau: 'KZ', Turkistan: 'KZ', Kaunas: 'LT', Klaipeda: 'LT', 'Klaipėda': 'LT',
  Ventspils: 'LV', Liepaja: 'LV', Tartu: 'EE', Samarkand: 'UZ', Bukhara: 'UZ', Khiva: 'UZ', Osh: 'KG', Batumi: 'GE',
  Constanta: 'RO', 'Constanța': 'RO', Gdansk: 'PL', Frankfurt: 'DE', Munich: 'DE', Istanbul: 'TR', Antalya: 'TR', Izmir: 'TR',
  Rotterdam: 'NL', 'The Hague': 'NL', Graz: 'AT', 'New York': 'US', Washington: 'US', Geneva: 'CH', Davos: 'CH', Shanghai: 'CN',
  Guangzhou: 'CN', Dubai: 'AE', Sharjah: 'AE', Lahore: 'PK', Karachi: 'PK', Mumbai: 'IN', 'St. Petersburg': 'RU',
  'Saint Petersburg': 'RU', Kazan: 'RU', Sochi: 'RU', Vladivostok: 'RU', Odesa: 'UA', Lviv: 'UA', Gabala: 'AZ', Ganja: 'AZ',
  Jeddah: 'SA', Osaka: 'JP', Busan: 'KR', Ulaanbaatar: 'MN', Chisinau: 'MD', 'Chișinău': 'MD', Hanoi: 'VN', Brussels: 'BE',
  Canberra: 'AU', Sydney: 'AU', Toronto: 'CA', 'Sao Paulo': 'BR', Alexandria: 'EG', 'Addis Ababa': 'ET', Baghdad: 'IQ',
};

/**
 * Russian adjectives (as Snowball stems) that neither the data's official names (Литовская
 * Республика → литовск) nor the regular derivations (Казахстан → казахстанск, Латвия →
 * латвийск) give: ethnic and irregular forms (казахск, белорусск, польск).
 */
export const RU_ADJECTIVES: Record<string, string[]> = {
  KZ: ['казахск'], UZ: ['узбекск'], TJ: ['таджикск'], BY: ['белорусск'], GE: ['грузинск'], AM: ['армянск'],
  US: ['американск'], GB: ['британск'], AE: ['эмиратск'], MN: ['монгольск'], PL: ['польск'], HU: ['венгерск'],
  DE: ['немецк'], FI: ['финск'], SE: ['шведск'], NO: ['норвежск'], DK: ['датск'], NL: ['нидерландск'], IL: ['израильск'],
  AF: ['афганск'], KR: ['южнокорейск'], KP: ['северокорейск'], TR: ['турецк'], BR: ['бразильск'], MX: ['мексиканск'],
  TH: ['тайск'], LV: ['латышск'], CN: ['китайск'], EU: ['евросоюзн'], CU: ['кубинск'],
};

/** Russian names the data lacks. */
export const RU_NAMES: Record<string, string[]> = {
  RU: ['РФ'], UZ: ['РУз'], KZ: ['РК'], BY: ['РБ', 'Белоруссия'], KG: ['Кыргызстан', 'КР'], MD: ['Молдова', 'Молдавия'], US: ['США', 'Соединённые Штаты', 'Соединенные Штаты'], GB: ['Великобритания'], AE: ['ОАЭ'],
  EU: ['Европейский союз', 'Евросоюз', 'ЕС'], KR: ['Республика Корея', 'Южная Корея'], CZ: ['Чехия'], TM: ['Туркменистан'],
  TL: ['Тимор-Лесте'],
};

/** Russian names of cities reports name, where romanising them misses the Latin name (Москва → Moskva, not Moscow). */
export const RU_CITIES: Record<string, string> = {
  Москва: 'Moscow', Пекин: 'Beijing', Киев: 'Kyiv', Ашхабад: 'Ashgabat', Кишинев: 'Chisinau', Кишинёв: 'Chisinau', 'Улан-Батор': 'Ulaanbaatar',
  Вашингтон: 'Washington', Париж: 'Paris', Лиссабон: 'Lisbon', Вильнюс: 'Vilnius', Варшава: 'Warsaw', Рим: 'Rome', Прага: 'Prague',
  Вена: 'Vienna', Брюссель: 'Brussels', Женева: 'Geneva', Токио: 'Tokyo', Сеул: 'Seoul', Пхеньян: 'Pyongyang', Дели: 'New Delhi',
  'Нью-Дели': 'New Delhi', Анкара: 'Ankara', Стамбул: 'Istanbul', Таллин: 'Tallinn', Таллинн: 'Tallinn', Хельсинки: 'Helsinki',
  Стокгольм: 'Stockholm', Лондон: 'London', Берлин: 'Berlin', Мадрид: 'Madrid', Афины: 'Athens', Каир: 'Cairo', Тегеран: 'Tehran',
  Клайпеда: 'Klaipeda', Каунас: 'Kaunas', Самарканд: 'Samarkand', Бухара: 'Bukhara', Алматы: 'Almaty', 'Нур-Султан': 'Nur-Sultan',
  'Абу-Даби': 'Abu Dhabi', Дубай: 'Dubai', Исламабад: 'Islamabad', Гаага: 'The Hague', Будапешт: 'Budapest', Бухарест: 'Bucharest',
  'Санкт-Петербург': 'Saint Petersburg', Казань: 'Kazan', Сочи: 'Sochi',
};

/** The few parties that are not countries. */
export const ORGANIZATION_PARTIES: Record<string, { en: string[]; adjectives: string[] }> = {
  EU: { en: ['European Union', 'EU'], adjectives: [] },
};
