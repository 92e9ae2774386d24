import type { Bundle } from '@bilat/domain/bundle';
import { extractDraft } from '../../src/index.js';

/**
 * Every holding a draft proposes as "Name: Post" (with `country`, "Name (KZ): Post", "?" for none),
 * sorted: what the tests of posts compare.
 */
export function holdingLabels(bundle: Bundle, { country = false }: { country?: boolean } = {}): string[] {
  return (bundle.holdings ?? []).map((holding) => {
    const person = bundle.people!.find((p) => p.id === holding.personId)!;
    const post = bundle.posts!.find((p) => p.id === holding.postId)!;
    return country ? `${person.name} (${person.country ?? '?'}): ${post.title}` : `${person.name}: ${post.title}`;
  }).sort();
}

/** The holdings drafted from a text as "Name (KZ): Post", the text given as a wire's report published that day. */
export function draftedHoldings(text: string, publisher = 'Test Wire', published = '2024-03-14'): string[] {
  return holdingLabels(extractDraft({ text, published, publisher }).bundle, { country: true });
}
