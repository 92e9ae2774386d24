import { Parser } from 'htmlparser2';

/*
 * A news-list page to the articles it links to. Pure: the page's HTML and address in,
 * links out. Only links on the page's own host that look like articles are kept — a path
 * with a number (an id, a date) or a slug of several words, deeper than the list itself —
 * so menus, tags, pagination and other sites are left alone.
 */

export interface PageLink {
  url: string;
  /** The link's words, as a title until the article is read. */
  title?: string;
}

const NOT_ARTICLES = /^(?:tag|tags|category|categories|topics?|page|search|login|logout|register|signin|author|authors|about|contact|contacts|rss|feed|subscribe|privacy|terms|sitemap|archive)$/i;
const FILE = /\.(?:pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|mp[34]|css|js|xml)$/i;

const hostOf = (url: URL) => url.hostname.replace(/^www\./i, '').toLowerCase();

/** Whether an address on the list's host looks like an article rather than navigation. */
export function looksLikeArticle(url: URL, list: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (hostOf(url) !== hostOf(list)) return false;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === list.pathname.replace(/\/+$/, '') || path === '') return false;
  if (FILE.test(path)) return false;
  const segments = path.split('/').filter(Boolean);
  if (segments.some((segment) => NOT_ARTICLES.test(segment))) return false;
  const last = decodeURIComponent(segments.at(-1) ?? '');
  const numbered = segments.some((segment) => /\d{2,}/.test(segment)) || /[?&](?:id|p|news|article)=\d+/i.test(url.search);
  const slug = last.split(/[-_]/).filter((word) => /\p{L}{2,}/u.test(word)).length >= 3;
  return numbered || slug;
}

/** The article links of a list page, each once, in page order. */
export function articleLinks(html: string, base: string): PageLink[] {
  const list = new URL(base);
  let pageBase = list;
  const links = new Map<string, PageLink>();
  // Keyed without `www.` and the fragment: one article linked twice (menu and body) is one link.
  let open: { url: string; key: string; words: string[] } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) {
          try {
            pageBase = new URL(attributes.href, list);
          } catch {
            // A broken <base> is ignored, as browsers do.
          }
        }
        if (name !== 'a' || !attributes.href) return;
        let url: URL;
        try {
          url = new URL(attributes.href, pageBase);
        } catch {
          return;
        }
        url.hash = '';
        if (!looksLikeArticle(url, list)) return;
        open = { url: url.href, key: `${hostOf(url)}${url.pathname}${url.search}`, words: [] };
      },
      ontext(text) {
        open?.words.push(text);
      },
      onclosetag(name) {
        if (name !== 'a' || !open) return;
        const title = open.words.join(' ').replace(/\s+/g, ' ').trim();
        const known = links.get(open.key);
        if (!known) links.set(open.key, title ? { url: open.url, title } : { url: open.url });
        else if (!known.title && title) known.title = title;
        open = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return [...links.values()];
}
