import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropFromDraft, extractDraft, htmlToText, pageMeta } from '../src/index.js';
import { PACKAGE_ROOT } from './support/corpus.js';

// A page shaped like a ministry's: navigation, a breadcrumb, a sidebar of other news, the
// article, sharing buttons and a footer.
const PAGE = `<!doctype html><html><head><title>News | Ministry of Foreign Affairs</title>
<script>window.analytics = "Minister of Foreign Affairs Fake Person met nobody";</script><style>p { color: red }</style></head>
<body>
<header class="site-header"><nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">Press releases</a></li><li><a href="/visits">Official visits</a></li></ul></nav></header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></nav>
<aside class="sidebar"><h3>Latest news</h3><p>Deputy Minister of Foreign Affairs Other Person received the Ambassador of Japan Hiro Tanaka.</p></aside>
<main><article class="news-content">
<h1>Estonia and Georgia hold the 4th round of political consultations</h1>
<p class="date">12 March 2024</p>
<p>The 4th round of political consultations between the foreign ministries of Estonia and Georgia was held in Tbilisi on 11 March 2024.</p>
<p>The Estonian delegation was led by Undersecretary for Political Affairs Mari Kask, and the Georgian side by Deputy Minister of Foreign Affairs Giorgi Tsereteli.</p>
<p>Trade between Estonia and Georgia amounted to 58,4 million euros in 2023, according to Statistics Estonia.</p>
</article></main>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<footer class="footer"><p>© Ministry of Foreign Affairs. All rights reserved. Follow us.</p></footer>
</body></html>`;

describe('HTML pages', () => {
  it('keep the article and drop navigation, sidebars, scripts and footers', () => {
    const { text, title } = htmlToText(PAGE);
    expect(title).toBe('Estonia and Georgia hold the 4th round of political consultations');
    expect(text).toContain('The 4th round of political consultations between the foreign ministries of Estonia and Georgia');
    expect(text).toContain('58,4 million euros');
    for (const noise of ['Home', 'Latest news', 'Hiro Tanaka', 'Share on Facebook', 'All rights reserved', 'analytics', 'color: red']) expect(text).not.toContain(noise);
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('are drafted from their article, with spans into the stripped text', () => {
    const result = extractDraft({ html: PAGE, published: '2024-03-12', publisher: 'Ministry of Foreign Affairs of Estonia' });
    expect(result.source.text).toBe(result.text);
    expect(result.source.title).toBe('Estonia and Georgia hold the 4th round of political consultations');
    expect(result.bundle.meetings).toHaveLength(1);
    expect(result.bundle.meetings![0]).toMatchObject({ pair: 'EE-GE', ordinal: 4, date: { start: '2024-03-11', qualifier: 'stated' } });
    expect(result.bundle.trade![0]).toMatchObject({ reporter: 'EE', partner: 'GE', period: { start: '2023' }, value: { amount: '58400000', currency: 'EUR' } });
    expect((result.bundle.people ?? []).map((p) => p.name).sort()).toEqual(['Giorgi Tsereteli', 'Mari Kask']);
    const words = result.facts.find((f) => f.kind === 'trade')!.spans.map((s) => result.text.slice(s.start, s.end));
    expect(words).toEqual(expect.arrayContaining(['58,4 million euros', '2023']));
  });

  const real = join(PACKAGE_ROOT, '..', '..', '..', 'shared', 'data', 'mfa-html-pages-diplomaticpulse');
  const hasReal = existsSync(real);
  if (!hasReal) console.warn(`notice: ${real} not found; the check on real ministry pages is skipped`);
  it.skipIf(!hasReal)('strip real ministry pages down to their statement', () => {
    for (const file of readdirSync(real).filter((f) => f.endsWith('.html'))) {
      const { text } = htmlToText(readFileSync(join(real, file), 'utf8'));
      expect(text.length, file).toBeGreaterThan(500);
      expect(text.length, file).toBeLessThan(5000);
      expect(text, file).not.toMatch(/Skip to|Cookie|Copyright|©/i);
    }
  });
});

describe('a page’s own metadata', () => {
  it('reads the date, publisher, address and headline from the head; a page without them gives none', () => {
    const page = `<html><head><title>Talks | Ledger</title><meta property="og:site_name" content="Baltic Ledger">
      <meta property="article:published_time" content="2025-03-05T09:30:00+02:00"><meta property="og:title" content="Talks in Vilnius">
      <link rel="canonical" href="https://ledger.example.org/talks"></head><body><p>Text.</p></body></html>`;
    expect(pageMeta(page)).toEqual({ published: '2025-03-05', publisher: 'Baltic Ledger', url: 'https://ledger.example.org/talks', title: 'Talks in Vilnius' });
    expect(pageMeta('<p>Only <time datetime="2024-06-20">today</time>.</p>')).toEqual({ published: '2024-06-20' });
    expect(pageMeta('<html><head><meta name="publisher" content="https://example.org"><link rel="canonical" href="/relative"></head></html>')).toEqual({});
  });
});

describe('leaving facts out after review', () => {
  const text = 'Kazakh Minister of Transport Marat Karabaev held talks with Lithuanian Vice Minister of Foreign Affairs Jonas Survila in Vilnius on 3 March 2025.';
  const draft = extractDraft({ text, published: '2025-03-05', publisher: 'Review Test' });

  it('drops a person with their holding, but keeps the meeting without them', () => {
    const person = draft.bundle.people!.find((p) => p.name === 'Jonas Survila')!;
    const { bundle, dropped } = dropFromDraft(draft.bundle, [{ kind: 'person', id: person.id }]);
    expect(dropped.map((d) => d.kind).sort()).toEqual(['holding', 'person']);
    expect(bundle.people!.map((p) => p.name)).toEqual(['Marat Karabaev']);
    expect(bundle.meetings![0]!.participants.map((p) => p.personId)).toEqual([draft.bundle.people!.find((p) => p.name === 'Marat Karabaev')!.id]);
    expect(bundle.holdings).toHaveLength(1);
  });

  it('drops a post with its holding, and the post from the participant that named it', () => {
    const post = draft.bundle.posts!.find((p) => p.title.startsWith('Vice Minister'))!;
    const { bundle, dropped } = dropFromDraft(draft.bundle, [{ kind: 'post', id: post.id }]);
    expect(dropped.map((d) => d.kind).sort()).toEqual(['holding', 'post']);
    expect(bundle.meetings![0]!.participants.every((p) => p.postId !== post.id)).toBe(true);
    expect(bundle.meetings![0]!.participants).toHaveLength(2);
  });

  it('dropping nothing keeps every record', () => {
    const { bundle, dropped } = dropFromDraft(draft.bundle, []);
    expect(dropped).toEqual([]);
    expect(bundle).toEqual(draft.bundle);
  });
});
