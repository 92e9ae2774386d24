import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** The text of a page without its navigation and boilerplate, and the headline when there is one. */
export interface PageText {
  text: string;
  title?: string;
}

const DROP_TAGS = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'template', 'menu', 'figure', 'head']);
const BOILERPLATE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|bread-crumbs|footer|header|sidebar|side-bar|share|social|cookie|banner|subscribe|related|pagination|search|skip|toolbar|langs?|language|login|modal|popup|widget|submenu|dropdown|print|tags)(?:$|[\s_-])/i;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'blockquote', 'pre', 'dd', 'dt']);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isBoilerplate(element: Element): boolean {
  if (DROP_TAGS.has(element.name)) return true;
  const marker = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''} ${element.attribs.role ?? ''}`;
  return BOILERPLATE.test(marker) && !/\b(?:content|article|story|post-body|entry)\b/i.test(marker);
}

function prune(nodes: ChildNode[]): void {
  for (const node of [...nodes]) {
    if (node.type === 'comment' || node.type === 'directive') {
      DomUtils.removeElement(node);
      continue;
    }
    if (isElement(node)) {
      if (isBoilerplate(node)) DomUtils.removeElement(node);
      else prune(node.children);
    }
  }
}

/** Text of an element with blank lines between blocks. */
function blockText(node: ChildNode, out: string[]): void {
  if (node.type === 'text') {
    out.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
    return;
  }
  if (!isElement(node)) return;
  const block = BLOCK.has(node.name);
  if (block) out.push('\n\n');
  for (const child of node.children) blockText(child, out);
  if (block) out.push('\n\n');
}

/** How much running prose an element holds: the length of its paragraphs, less its links' text. */
function score(element: Element): number {
  const paragraphs = DomUtils.getElementsByTagName('p', element, true);
  const prose = paragraphs.reduce((total, p) => total + DomUtils.textContent(p).trim().length, 0);
  const links = DomUtils.getElementsByTagName('a', element, true).reduce((total, a) => total + DomUtils.textContent(a).length, 0);
  return prose - links * 0.5;
}

/**
 * Strips a saved page down to its article: boilerplate removed by tag and by class
 * (navigation, menus, footers, sharing), then the element with the most prose kept — an
 * `<article>` or `<main>` when the page has one that holds it.
 */
export function htmlToText(html: string): PageText {
  const document = parseDocument(html, { decodeEntities: true });
  const h1 = DomUtils.getElementsByTagName('h1', document, true).map((h) => DomUtils.textContent(h).trim()).find((t) => t.length > 10);
  const titleTag = DomUtils.getElementsByTagName('title', document, true)[0];
  prune(document.children);
  const candidates = DomUtils.findAll((el) => ['article', 'main', 'div', 'section', 'td', 'body'].includes(el.name), document.children);
  // The innermost element that still holds nearly all the prose: the article, not the page around it.
  const scored = candidates.map((element) => ({ element, value: score(element), size: DomUtils.textContent(element).length }));
  const top = Math.max(0, ...scored.map((c) => c.value));
  const best = scored.filter((c) => top > 0 && c.value >= top * 0.9).sort((a, b) => a.size - b.size)[0]?.element;
  const root: ChildNode[] = best ? [best] : document.children;
  const parts: string[] = [];
  if (h1 && best && !DomUtils.textContent(best).includes(h1)) parts.push(h1, '\n\n');
  for (const node of root) blockText(node, parts);
  const text = parts
    .join('')
    .split(/\n{2,}/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n\n');
  return { text, title: h1 ?? (titleTag ? DomUtils.textContent(titleTag).trim() : undefined) };
}

/** What a saved page says about itself in its head: when, by whom, where, under what headline. */
export interface PageMeta {
  published?: string;
  publisher?: string;
  url?: string;
  title?: string;
}

const DATE_META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dcterms.date', 'publish-date'];

/**
 * Reads a page's own metadata (Open Graph, article and Dublin Core tags, a canonical link,
 * the first `<time datetime>`), so a saved report need not be described again by hand.
 */
export function pageMeta(html: string): PageMeta {
  const document = parseDocument(html, { decodeEntities: true });
  const metas = DomUtils.getElementsByTagName('meta', document, true).map((m) => ({
    key: (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase(),
    content: (m.attribs.content ?? '').trim(),
  }));
  const meta = (...keys: string[]) => keys.map((key) => metas.find((m) => m.key === key && m.content)?.content).find(Boolean);
  const result: PageMeta = {};
  const time = DomUtils.getElementsByTagName('time', document, true).map((t) => t.attribs.datetime).find(Boolean);
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(meta(...DATE_META) ?? jsonLdDate(document) ?? time ?? '')?.[1];
  if (date) result.published = date;
  const publisher = meta('og:site_name', 'publisher', 'article:publisher', 'dc.publisher');
  if (publisher && !/^https?:/.test(publisher)) result.publisher = publisher.slice(0, 300);
  const canonical = DomUtils.getElementsByTagName('link', document, true).find((l) => (l.attribs.rel ?? '').toLowerCase() === 'canonical')?.attribs.href;
  const url = canonical ?? meta('og:url');
  if (url && /^https?:\/\//.test(url)) result.url = url;
  const title = meta('og:title');
  if (title) result.title = title.slice(0, 500);
  return result;
}

/** `datePublished` of the page's JSON-LD (an article, a news article, or one of a @graph). */
function jsonLdDate(document: ReturnType<typeof parseDocument>): string | undefined {
  for (const script of DomUtils.getElementsByTagName('script', document, true)) {
    if ((script.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      const found = findKey(JSON.parse(DomUtils.textContent(script)), 'datePublished', 0);
      if (found) return found;
    } catch {
      // A page's broken JSON-LD says nothing; the other signs still may.
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string, depth: number): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key] as string;
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}
