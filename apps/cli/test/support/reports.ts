import type { Route } from '@bilat/watch/testing';

/*
 * A small newsroom of invented outlets, in words written for bilat's tests: two outlets
 * reporting one round of Georgian–Latvian consultations, rounds of Armenian–Estonian and
 * Finnish–Vietnamese consultations and a meeting of the Polish and Mongolian ministers, as RSS feeds and
 * article pages.
 */

const page = (title: string, published: string, paragraphs: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="article:published_time" content="${published}"></head>` +
  `<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

interface Item {
  id: string;
  path: string;
  title: string;
  published: string;
  body: string;
}

const ITEMS: Record<'wire' | 'desk', Item[]> = {
  wire: [
    {
      id: 'wire-ge-lv',
      path: '/wire/2025/04/08/latvia-georgia-consultations',
      title: 'Latvia and Georgia hold political consultations in Riga',
      published: '2025-04-08',
      body: page('Latvia and Georgia hold political consultations in Riga', '2025-04-08', [
        'Riga, 8 April 2025. The foreign ministries of Latvia and Georgia held their fourth round of political consultations in Riga on 7 April.',
        'The Latvian delegation was led by State Secretary Andris Pelss, and the Georgian side by Deputy Minister of Foreign Affairs Lasha Darsalia. The sides discussed transport, energy and education.',
      ]),
    },
    {
      id: 'wire-am-ee',
      path: '/wire/2025/05/20/armenia-estonia-consultations',
      title: 'Armenia and Estonia hold second round of consultations',
      published: '2025-05-20',
      body: page('Armenia and Estonia hold second round of consultations', '2025-05-20', [
        'Yerevan, 20 May 2025. The second round of political consultations between the foreign ministries of Armenia and Estonia took place in Yerevan on 19 May.',
        'Deputy Minister of Foreign Affairs of Armenia Vahan Kostanyan and Undersecretary Kaimo Kuusk of Estonia discussed trade and digital cooperation.',
      ]),
    },
    {
      id: 'wire-fi-vn',
      path: '/wire/2025/09/11/finland-vietnam-consultations',
      title: 'Finland and Vietnam hold political consultations in Hanoi',
      published: '2025-09-11',
      body: page('Finland and Vietnam hold political consultations in Hanoi', '2025-09-11', [
        'Hanoi, 11 September 2025. The foreign ministries of Finland and Vietnam held their fifth round of political consultations in Hanoi on 10 September.',
        'The Finnish delegation was led by Under-Secretary of State Jukka Salovaara, and the Vietnamese side by Deputy Minister of Foreign Affairs Nguyen Minh Hang. The sides discussed education, forestry and clean energy.',
      ]),
    },
  ],
  desk: [
    {
      id: 'desk-ge-lv',
      path: '/desk/a/riga-talks-with-tbilisi',
      title: 'Riga and Tbilisi compare notes',
      published: '2025-04-09',
      body: page('Riga and Tbilisi compare notes', '2025-04-09', [
        'Riga, 9 April 2025. The fourth round of political consultations between the foreign ministries of Georgia and Latvia was held in Riga on 7 April.',
        'Deputy Minister of Foreign Affairs of Georgia Lasha Darsalia and State Secretary Andris Pelss of Latvia spoke about energy links and student exchanges.',
      ]),
    },
    {
      id: 'desk-mn-pl',
      path: '/desk/a/warsaw-ulaanbaatar',
      title: 'Poland and Mongolia foreign ministers meet in Warsaw',
      published: '2025-06-03',
      body: page('Poland and Mongolia foreign ministers meet in Warsaw', '2025-06-03', [
        'Warsaw, 3 June 2025. Minister of Foreign Affairs of Poland Radoslaw Sikorski met Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh in Warsaw on 2 June.',
        'The ministers discussed trade, mining and education, and agreed to hold the next meeting in Ulaanbaatar.',
      ]),
    },
  ],
};

function rss(base: string, title: string, items: readonly Item[]): string {
  const entries = items
    .map((item) => `<item><title>${item.title}</title><link>${base}${item.path}</link><guid isPermaLink="false">${item.id}</guid><pubDate>${new Date(`${item.published}T09:00:00Z`).toUTCString()}</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link>\n${entries}\n</channel></rss>`;
}

/** The routes of the two outlets (`/wire/rss.xml`, `/desk/rss.xml`), their pages, and a feed that answers 500. */
export function reportRoutes(base: () => string): Record<string, Route> {
  const routes: Record<string, Route> = {
    '/wire/rss.xml': { contentType: 'application/rss+xml; charset=utf-8', get body() { return rss(base(), 'Caucasus Wire', ITEMS.wire); } },
    '/desk/rss.xml': { contentType: 'application/rss+xml; charset=utf-8', get body() { return rss(base(), 'Riga Desk', ITEMS.desk); } },
    '/down/rss.xml': { status: 500, body: 'internal error' },
  };
  for (const item of [...ITEMS.wire, ...ITEMS.desk]) routes[item.path] = { body: item.body };
  return routes;
}
