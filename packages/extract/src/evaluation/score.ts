import { foldText, type Meeting, type Person } from '@bilat/domain';
import type { DraftResult } from '../extract.js';
import { namesAgree } from '../registry.js';
import type { Expected } from './expected.js';

/** The draft in the shape of the expectations, so the two can be compared fact by fact. */
export function actualFacts(result: DraftResult): Expected {
  const bundle = result.bundle;
  const people = new Map<string, Person>((bundle.people ?? []).map((p) => [p.id, p]));
  const matched = new Map(result.people.filter((m) => m.known).map((m) => [m.known!.id, m.name]));
  const nameOf = (id: string) => people.get(id)?.name ?? matched.get(id) ?? id;
  const posts = new Map((bundle.posts ?? []).map((p) => [p.id, p]));
  const drafted = new Set(result.facts.filter((f) => f.kind === 'organization' && f.basis === 'stated').map((f) => f.id));
  const period = (span: { start: string; end?: string }) => (span.end ? `${span.start}/${span.end}` : span.start);
  return {
    meetings: (bundle.meetings ?? []).map((m: Meeting) => ({
      pair: m.pair, kind: m.kind, ordinal: m.ordinal, stage: m.stage as 'held' | 'planned',
      date: m.date ? { start: m.date.start, end: m.date.end, qualifier: m.date.qualifier } : { start: '', qualifier: 'reported' as const },
      location: { country: m.location.country, qualifier: m.location.qualifier },
      heads: m.participants.map((p) => ({ name: nameOf(p.personId), side: p.side })),
    })),
    visits: (bundle.visits ?? []).map((v) => ({ from: v.from, to: v.to, kind: v.kind, visitor: nameOf(v.visitorIds[0]!), date: { start: v.date.start, end: v.date.end, qualifier: v.date.qualifier } })),
    people: (bundle.holdings ?? []).map((h) => ({ name: nameOf(h.personId), country: posts.get(h.postId)?.country ?? people.get(h.personId)?.country ?? '', post: posts.get(h.postId)?.title ?? '' })),
    organizations: (bundle.organizations ?? []).filter((o) => drafted.has(o.id)).map((o) => ({ name: o.name })),
    agreements: (bundle.agreements ?? []).map((a) => ({ title: a.title, kind: a.kind, stage: a.stage })),
    commitments: (bundle.commitments ?? []).map((c) => ({ text: c.description })),
    statements: (bundle.statements ?? []).map((s) => ({ speaker: nameOf(s.speakerId) })),
    trade: (bundle.trade ?? []).map((t) => ({ reporter: t.reporter, partner: t.partner, period: period(t.period), flow: t.flow, amount: t.value.amount, currency: t.value.currency })),
    investment: (bundle.investment ?? []).map((i) => ({ from: i.from, to: i.to, span: period(i.span), amount: i.value.amount, currency: i.value.currency })),
    indicators: (bundle.indicators ?? []).map((i) => ({ subject: i.subject, partner: i.partner, value: i.value, unit: i.unit, asOf: i.asOf })),
  };
}

/**
 * Titles compared as words: folded, without a leading "the", and without the ministry an
 * official of a ministry belongs to ("State Secretary of the Ministry of Foreign Affairs"
 * and "State Secretary" are one post of one ministry).
 */
export function normalTitle(title: string): string {
  // ("Shipping & Aviation" and "Shipping and Aviation": an ampersand is the word, which folding would drop.)
  let folded = foldText(title.replace(/\s&\s/g, ' and ')).replace(/^the /, '');
  if (!/\bminister\b/.test(folded)) folded = folded.replace(/ of the (?:federal )?ministry\b.*$/, '');
  for (const [variant, one] of TITLE_VARIANTS) folded = folded.replace(variant, one);
  return folded;
}

/**
 * Ways of writing one post that differ only in spelling or in a word the post's name already
 * implies: British and American spelling ("Defence", "Defense"), and a committee called
 * "parliamentary" or not (a committee on foreign affairs chaired by a member of parliament is
 * the parliament's either way). Applied to folded (lower-case) titles.
 */
const TITLE_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/\bdefense\b/g, 'defence'],
  [/\blabor\b/g, 'labour'],
  // "Spokesman", "Spokeswoman" and "Spokesperson" (the records' convention, and the extractor's shape).
  [/\bspokes(?:man|woman)\b/g, 'spokesperson'],
  [/\bparliamentary (?=committee\b)/g, ''],
  // "Speaker of Parliament" and "Speaker of the Parliament".
  [/\bof the parliament\b/g, 'of parliament'],
  // "Minister for Road Transport" and "Minister of Road Transport" (a prime minister's brief and a minister of state's field keep "for").
  [/(?<!\bprime |\bof state )\bminister for\b/g, 'minister of'],
];

const words = (text: string) => new Set(foldText(text).split(' ').filter((w) => w.length > 2 && !['the', 'and', 'for', 'with', 'between', 'of'].includes(w)));

function overlap(expected: string, actual: string): number {
  const e = words(expected);
  const a = words(actual);
  if (e.size === 0) return 0;
  let shared = 0;
  for (const w of e) if (a.has(w)) shared++;
  return shared / Math.max(e.size, Math.min(a.size, e.size * 2));
}

type Same<T> = (expected: T, actual: T) => boolean;

export const SAME: { [K in keyof Expected]: Same<Expected[K][number]> } = {
  // A meeting matches when what identifies it and how it is known agree: pair, kind, number,
  // stage, dates with their qualifier, where (country and how known) and who led each side.
  meetings: (e, a) =>
    e.pair === a.pair && e.kind === a.kind && e.ordinal === a.ordinal && e.stage === a.stage
    && e.date.start === a.date.start && (e.date.end ?? '') === (a.date.end ?? '') && e.date.qualifier === a.date.qualifier
    && (e.location.country ?? '') === (a.location.country ?? '') && e.location.qualifier === a.location.qualifier
    && (e.heads ?? []).every((h) => (a.heads ?? []).some((x) => x.side === h.side && namesAgree(h.name, x.name))),
  visits: (e, a) => e.from === a.from && e.to === a.to && e.kind === a.kind && e.date.start === a.date.start && (e.date.end ?? '') === (a.date.end ?? '') && e.date.qualifier === a.date.qualifier && namesAgree(e.visitor, a.visitor),
  people: (e, a) => namesAgree(e.name, a.name) && e.country === a.country && normalTitle(e.post) === normalTitle(a.post),
  organizations: (e, a) => overlap(e.name, a.name) >= 0.6,
  agreements: (e, a) => e.kind === a.kind && e.stage === a.stage && overlap(e.title, a.title) >= 0.5,
  commitments: (e, a) => overlap(e.text, a.text) >= 0.5,
  statements: (e, a) => namesAgree(e.speaker, a.speaker),
  trade: (e, a) => e.reporter === a.reporter && e.partner === a.partner && e.period === a.period && e.flow === a.flow && e.amount === a.amount && e.currency === a.currency,
  investment: (e, a) => e.from === a.from && e.to === a.to && e.span === a.span && e.amount === a.amount && e.currency === a.currency,
  // An as-of date drafted within the recorded one counts ("at present", in a report of 22 June, is as of June):
  // the draft may be more precise than the record, never less.
  indicators: (e, a) => e.subject === a.subject && e.value === a.value && a.asOf.startsWith(e.asOf) && (!e.partner || e.partner === a.partner),
};

export interface Score {
  expected: number;
  actual: number;
  matched: number;
  misses: string[];
  extras: string[];
}

/** One-to-one matching of expected and drafted facts of one kind. */
export function scoreKind<T>(expected: T[], actual: T[], same: Same<T>, label: string): Score {
  const free = [...actual];
  const misses: string[] = [];
  let matched = 0;
  for (const item of expected) {
    const at = free.findIndex((candidate) => same(item, candidate));
    if (at >= 0) {
      free.splice(at, 1);
      matched++;
    } else misses.push(`${label}: ${JSON.stringify(item)}`);
  }
  return { expected: expected.length, actual: actual.length, matched, misses, extras: free.map((item) => `${label}: ${JSON.stringify(item)}`) };
}

export const KINDS = Object.keys(SAME) as (keyof Expected)[];
export const FIGURE_KINDS = ['trade', 'investment', 'indicators'] as const;

export function add(a: Score, b: Score): Score {
  return { expected: a.expected + b.expected, actual: a.actual + b.actual, matched: a.matched + b.matched, misses: [...a.misses, ...b.misses], extras: [...a.extras, ...b.extras] };
}

export const empty = (): Score => ({ expected: 0, actual: 0, matched: 0, misses: [], extras: [] });

export function precision(score: Score): number {
  return score.actual === 0 ? (score.expected === 0 ? 1 : 0) : score.matched / score.actual;
}

export function recall(score: Score): number {
  return score.expected === 0 ? 1 : score.matched / score.expected;
}
