import type { Context } from './context.js';
import { findCities } from './gazetteer.js';
import { afterReport } from './dates.js';
import type { DraftDate } from './events.js';
import type { Span } from './segment.js';

export type AgreementKind = 'treaty' | 'agreement' | 'memorandum' | 'protocol' | 'action-plan' | 'programme' | 'declaration' | 'other';
export type AgreementStage = 'planned' | 'signed' | 'in-force';

export interface DraftAgreement {
  title: string;
  titleSpan: Span;
  kind: AgreementKind;
  stage: AgreementStage;
  date?: DraftDate;
  spans: Span[];
  sentence: number;
  /** The stage was read from the words around the title ("signed", "entered into force"), not assumed. */
  stageStated: boolean;
}

const HEAD = /\b(Memorandum|Memorandums|Memoranda|memorandum|Agreement|Agreements|agreements?|Protocol|protocol|Roadmap|Road Map|roadmap|Programme|Program|programme|Action Plan|Plan|Declaration|declaration|Treaty|treaty|Convention|Joint Statement|Accord)\b/g;
const SIGNING_BEFORE = /\b(?:signed|sign|signing\s+of|to\s+be\s+signed|adopted|adopt|concluded|conclude|initialled|ratified|including)\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\p{Lu}][\p{L}-]*\s+)*$/u;
const SIGNING_AFTER = /^[^.;]{0,40}?\b(?:was|were|is|are|will be|has been|have been)?\s*(?:signed|expected to (?:be signed|enter into force)|entered into force|enters into force|came into force|to be signed)/;
const STOP_WORDS = new Set(['was', 'were', 'is', 'are', 'will', 'which', 'that', 'by', 'before', 'after', 'during', 'at', 'signed', 'would', 'has', 'have', 'had', 'with', 'as', 'along', 'together', 'entered', 'who', 'said', 'says']);

function kindOf(head: string): AgreementKind {
  const h = head.toLowerCase();
  if (h.startsWith('memorand')) return 'memorandum';
  if (h.startsWith('protocol')) return 'protocol';
  if (h.includes('road') || h.includes('plan')) return 'action-plan';
  if (h.startsWith('program')) return 'programme';
  if (h.startsWith('declaration') || h === 'joint statement') return 'declaration';
  if (h.startsWith('treaty') || h.startsWith('convention')) return 'treaty';
  return 'agreement';
}

const CITY_AFTER = /^\s+(?:[\p{Lu}][\p{L}]+)(?:\s+on\b|\s+in\b|[,.]|\s*$)/u;
const NEXT_DOCUMENT = /^\s+(?:an?|the)\s+(?:[\p{Lu}][\p{L}-]*\s+)*(?:Memorandum|Agreement|Protocol|Roadmap|Programme|Declaration|Treaty|memorandum|agreement|protocol)/u;

/**
 * The extent of a document's title around its head word: capitalised words before it
 * ("Enhanced Partnership and Cooperation Agreement"), then "of/on/between …" after it, up to
 * a verb, a comma, a city ("in Helsinki") or the next document ("and an Agreement on …").
 */
function titleExtent(text: string, headStart: number, headEnd: number, min: number, max: number): Span {
  const lead = /((?:(?:[\p{Lu}][\p{L}-]*|and)\s+)*)$/u.exec(text.slice(min, headStart))?.[1] ?? '';
  // A sentence's opening "The" is not part of a title.
  const start = headStart - lead.replace(/^(?:and\s+)+/, '').replace(/^The\s+/, '').length;
  let end = headEnd;
  let count = 0;
  for (const match of text.slice(headEnd, max).matchAll(/\S+/g)) {
    const token = match[0].replace(/[.,;:]+$/, '');
    const rest = text.slice(headEnd + match.index + match[0].length, max);
    if (!token || STOP_WORDS.has(token) || ++count > 20) break;
    if (token === 'and' && NEXT_DOCUMENT.test(rest)) break;
    if (token === 'in' && CITY_AFTER.test(rest) && !/^\s+the\b/.test(rest) && /^\s+(?:[\p{Lu}][\p{L}]+)/u.test(rest) && isCity(rest)) break;
    end = headEnd + match.index + token.length;
    if (token !== match[0]) break;
  }
  let title = text.slice(start, end);
  while (/\s(?:of|on|the|in|and|for|between|within|a|an|to)$/.test(title)) title = title.replace(/\s\S+$/, '');
  return { start, end: start + title.length };
}

function isCity(rest: string): boolean {
  const word = /^\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)/u.exec(rest)?.[1] ?? '';
  return findCities(word).length > 0 || findCities(word.split(' ')[0] ?? '').length > 0;
}

/** Documents signed, to be signed or in force: "signed a Memorandum of Understanding on …". */
export function findAgreements(context: Context): DraftAgreement[] {
  const agreements: DraftAgreement[] = [];
  context.sentences.forEach((sentence, index) => {
    if (sentence.paragraph === 1 && !/[.!?]$/.test(sentence.text)) return;
    for (const match of sentence.text.matchAll(HEAD)) {
      const headStart = sentence.start + match.index;
      const headEnd = headStart + match[0].length;
      if (agreements.some((a) => headStart >= a.titleSpan.start && headStart < a.titleSpan.end)) continue;
      const extent = titleExtent(context.text, headStart, headEnd, sentence.start, sentence.end);
      const before = context.text.slice(sentence.start, extent.start);
      const after = context.text.slice(extent.end, sentence.end);
      const previous = agreements.at(-1);
      const coordinated = previous && previous.sentence === index && /^\s*,?\s*and\s+(?:an?|the)?\s*$/.test(context.text.slice(previous.titleSpan.end, extent.start));
      const signedBefore = SIGNING_BEFORE.test(before) || Boolean(coordinated);
      const signedAfter = SIGNING_AFTER.exec(after);
      // "the agreements reached at …" are decisions, not documents.
      if (!signedBefore && !signedAfter) continue;
      if (/^agreements?$/i.test(match[0]) && /^\s*reached\b/.test(after)) continue;
      const title = context.text.slice(extent.start, extent.end);
      if (title.split(/\s+/).length < 2) continue;
      let stage: AgreementStage = 'signed';
      if (/\b(?:entered|enters|came|come)\s+into\s+force\b|\bin force\b/.test(after.slice(0, 80))) stage = 'in-force';
      else if (/\b(?:will|shall|expected to|plan(?:s|ned)? to|are to|is to|intends? to|to be)\b[^.]*$/.test(before.slice(-60)) || /^[^.]{0,12}\b(?:is|are|will be)\s+(?:expected|scheduled|due|to be)\b|^[^.]{0,12}\bto be signed\b/.test(after)) stage = 'planned';
      // A date another event took ("the visit … in May, with the memorandum") dates that event; the document's date is then inferred from it.
      const free = context.dates[index]!.filter((d) => !d.deadline && !context.claimed.has(d));
      const dateMention = free.find((d) => d.start >= extent.end && d.start - extent.end < 60)
        ?? free.find((d) => d.end <= extent.start && extent.start - d.end < 80 && (d.kind === 'day' || d.kind === 'month' || d.kind === 'span'));
      let date: DraftDate | undefined;
      if (dateMention) {
        date = { start: dateMention.from, end: dateMention.to && dateMention.from.length > 4 ? dateMention.to : undefined, qualifier: 'stated', span: { start: dateMention.start, end: dateMention.end } };
        if (stage === 'in-force') {
          const force = /into\s+force\b/.exec(after);
          const inForce = force ? context.dates[index]!.find((d) => d.start >= extent.end + force.index && d.start - (extent.end + force.index) < 40) : undefined;
          date = inForce ? { start: inForce.from, qualifier: 'stated', span: { start: inForce.start, end: inForce.end } } : undefined;
        }
      }
      if (stage === 'signed' && /signing\s+of\s*(?:the\s*)?$/.test(before) && date && afterReport(date.start, context.published)) stage = 'planned';
      const spans: Span[] = [{ start: extent.start, end: extent.end }];
      const verb = /\b(?:signed|sign|signing|entered into force|to be signed)\b/.exec(before.slice(-60)) ?? undefined;
      if (verb) spans.push({ start: extent.start - before.slice(-60).length + verb.index, end: extent.start - before.slice(-60).length + verb.index + verb[0].length });
      if (coordinated && previous) stage = previous.stage;
      agreements.push({ title, titleSpan: extent, kind: kindOf(match[0]), stage, date, spans, sentence: index, stageStated: true });
    }
  });
  return agreements;
}
