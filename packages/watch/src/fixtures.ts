import iconv from 'iconv-lite';
import type { Route } from './testing.js';

/*
 * Feeds, pages and reports written for bilat's tests (invented outlets, our own words):
 * two outlets reporting one round of consultations, a Russian news list served in
 * windows-1251, and feeds that break in the ways real ones do.
 */

export interface FixtureItem {
  id: string;
  path: string;
  title: string;
  published: string;
}

export function rssFeed(base: string, title: string, items: readonly FixtureItem[]): string {
  const entries = items
    .map((item) => `<item><title>${item.title}</title><link>${base}${item.path}</link><guid isPermaLink="false">${item.id}</guid><pubDate>${new Date(`${item.published}T09:00:00Z`).toUTCString()}</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link>\n${entries}\n</channel></rss>`;
}

export function atomFeed(base: string, title: string, items: readonly FixtureItem[]): string {
  const entries = items
    .map((item) => `<entry><id>${item.id}</id><title>${item.title}</title><link rel="alternate" href="${base}${item.path}"/><updated>${item.published}T09:00:00Z</updated></entry>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>${base}/</id><updated>2025-03-15T00:00:00Z</updated>\n${entries}\n</feed>`;
}

const page = (title: string, published: string, paragraphs: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="article:published_time" content="${published}"></head>` +
  `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

/** One round of Uzbek–Estonian consultations, as two outlets tell it. */
export const ROUND_BY_STEPPE_WIRE = page('Uzbekistan and Estonia hold political consultations in Tallinn', '2025-03-14T10:00:00+05:00', [
  'Tallinn, 14 March 2025. The foreign ministries of Uzbekistan and Estonia held their third round of political consultations in Tallinn on 13 March.',
  'The Uzbek delegation was led by Deputy Minister of Foreign Affairs Bakhrom Aloyev, and the Estonian side by Undersecretary for Political Affairs Kaimo Kuusk. The sides discussed trade, transport and education.',
]);

export const ROUND_BY_BALTIC_DESK = page('Tashkent and Tallinn compare notes', '2025-03-15', [
  'On 13 March 2025 the third round of Uzbek-Estonian political consultations took place in Tallinn. Deputy Minister of Foreign Affairs of Uzbekistan Bakhrom Aloyev headed the delegation of Uzbekistan.',
  'Logistics and digital government were on the agenda.',
]);

/** Another event, from the second outlet only: a telephone call. */
export const CALL_BY_BALTIC_DESK = page('Ministers of Latvia and Mongolia speak by phone', '2025-03-12', [
  'On 11 March 2025 Minister of Foreign Affairs of Latvia Baiba Braže held a telephone conversation with Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh.',
  'The ministers discussed preparations for a business forum.',
]);

/** A Russian news list and its article, both in windows-1251 (the charset named only in the page). */
export const RUSSIAN_LIST = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Новости</title></head><body>
<ul><li><a href="/ru/news/2025/03/10/kazakhstansko-latviyskie-konsultatsii">Казахстанско-латвийские консультации</a></li>
<li><a href="/ru/about">О нас</a></li><li><a href="/ru/tag/mid">МИД</a></li></ul></body></html>`;

export const RUSSIAN_ARTICLE = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Казахстан и Латвия провели консультации</title>
<meta property="article:published_time" content="2025-03-10"></head><body><article><h1>Казахстан и Латвия провели консультации</h1>
<p>Рига, 10 марта 2025 года. В Риге состоялся очередной раунд политических консультаций между министерствами иностранных дел Казахстана и Латвии.</p>
<p>Казахстанскую делегацию возглавил заместитель министра иностранных дел Казахстана Алибек Бакаев. Стороны обсудили транзит и образование.</p></article></body></html>`;

export const encode1251 = (text: string) => iconv.encode(text, 'windows-1251');

/** A feed cut off in the middle of an item. */
export const MALFORMED_FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</title><link>http://x.example/a</li`;

/** The routes of the two outlets (RSS and Atom), the Russian list, and the sources that fail. */
export function newsroomRoutes(base: () => string): Record<string, Route> {
  return {
    '/robots.txt': { contentType: 'text/plain', body: 'User-agent: *\nDisallow: /drafts/\n' },
    '/steppe/rss.xml': { contentType: 'application/rss+xml; charset=utf-8', etag: '"steppe-1"', get body() { return rssFeed(base(), 'Steppe Wire', [{ id: 'steppe-101', path: '/steppe/2025/03/14/uzbekistan-estonia-consultations', title: 'Uzbekistan and Estonia hold political consultations', published: '2025-03-14' }]); } },
    '/steppe/2025/03/14/uzbekistan-estonia-consultations': { body: ROUND_BY_STEPPE_WIRE },
    '/desk/atom.xml': {
      contentType: 'application/atom+xml',
      get body() {
        return atomFeed(base(), 'Baltic Desk', [
          { id: 'tag:desk,2025:7', path: '/desk/a/7-tashkent-and-tallinn-compare-notes', title: 'Tashkent and Tallinn compare notes', published: '2025-03-15' },
          { id: 'tag:desk,2025:6', path: '/desk/a/6-latvia-mongolia-call', title: 'Ministers of Latvia and Mongolia speak by phone', published: '2025-03-12' },
        ]);
      },
    },
    '/desk/a/7-tashkent-and-tallinn-compare-notes': { body: ROUND_BY_BALTIC_DESK },
    '/desk/a/6-latvia-mongolia-call': { body: CALL_BY_BALTIC_DESK },
    '/ru/news': { contentType: 'text/html', body: encode1251(RUSSIAN_LIST) },
    '/ru/news/2025/03/10/kazakhstansko-latviyskie-konsultatsii': { contentType: 'text/html', body: encode1251(RUSSIAN_ARTICLE) },
    '/broken/rss.xml': { contentType: 'application/rss+xml', body: MALFORMED_FEED },
    '/down/rss.xml': { status: 500, body: 'internal error' },
    '/slow/rss.xml': { contentType: 'application/rss+xml', delayMs: 60_000, body: '<rss/>' },
  };
}
