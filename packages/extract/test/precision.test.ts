import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';

// Written for these tests: invented officials in the constructions issue 11 names.
const draft = (text: string, publisher = 'Baltic Wire') => extractDraft({ text, published: '2024-05-10', publisher });
const held = (result: ReturnType<typeof extractDraft>) =>
  (result.bundle.holdings ?? []).map((h) => {
    const post = result.bundle.posts?.find((p) => p.id === h.postId);
    return `${result.bundle.people?.find((p) => p.id === h.personId)?.name ?? h.personId} | ${post?.title ?? h.postId} | ${post?.country ?? ''}`;
  });

describe('a place, a body or a title is never drafted as a person', () => {
  it('leaves titles that are not names alone (Director for Latin America)', () => {
    const result = draft('ISLAMABAD, May 10 (APP): The Director for Latin America of the Ministry and the Director for Central Asia also attended the round.');
    expect(result.bundle.people ?? []).toEqual([]);
  });

  it('reads words of address as such: Ambassador Mr. Faruk Demirtas is the post Ambassador and the person Faruk Demirtas', () => {
    const result = draft('Deputy Minister of Foreign Affairs of Lithuania Rasa Kairiene received Ambassador Mr. Faruk Demirtas and H.E. Selim Aksoy on 9 May 2024.');
    expect(result.bundle.people!.map((p) => p.name).sort()).toEqual(['Faruk Demirtas', 'Rasa Kairiene', 'Selim Aksoy']);
    expect(held(result)).toContain('Faruk Demirtas | Ambassador | ');
    expect(held(result).join(' ')).not.toMatch(/Ambassador Mr/);
  });

  it('never takes a country from a word inside a post’s name (Director for EU Affairs)', () => {
    const result = draft('Vilnius, 10 May 2024. Vice Minister of Foreign Affairs Rasa Kairiene and Director for EU Affairs Tomas Vaitkus met Georgian Deputy Minister of Foreign Affairs Levan Abashidze.', 'Ministry of Foreign Affairs of Lithuania');
    expect(held(result)).toEqual(expect.arrayContaining(['Rasa Kairiene | Vice Minister of Foreign Affairs | LT', 'Tomas Vaitkus | Director for EU Affairs | LT', 'Levan Abashidze | Deputy Minister of Foreign Affairs | GE']));
  });

  it('does not take common words, regions or handles for names', () => {
    const result = draft('The Secretary General of the Ministry of Foreign Affairs and National Community Abroad spoke; Minister of Transport Marius Tamosaitis @Tamosaitis, Minister of Transport of Lithuania, replied.');
    const names = (result.bundle.people ?? []).map((p) => p.name);
    expect(names).not.toContain('Community Abroad');
    expect(names.join(' ')).not.toMatch(/@/);
  });
});
