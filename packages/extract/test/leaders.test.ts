import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';
import { actualFacts } from '../src/evaluation/index.js';

/** The people drafted with a post, as "Name|Country|Post". */
function officials(text: string, published: string): string[] {
  return actualFacts(extractDraft({ text, published, publisher: 'Test Wire' })).people.map((p) => `${p.name}|${p.country}|${p.post}`).sort();
}

describe('leaders named without their post', () => {
  it('read a bare surname as the post its bearer held on the report date', () => {
    const text = 'Lavrov and Clinton agreed by phone to keep in touch on arms control.';
    expect(officials(text, '2010-06-01')).toEqual(['Hillary Clinton|US|Secretary of State', 'Sergey Lavrov|RU|Minister of Foreign Affairs']);
    // Out of her term, Clinton is no Secretary of State; Lavrov still is.
    expect(officials(text, '2020-06-01')).toEqual(['Sergey Lavrov|RU|Minister of Foreign Affairs']);
  });

  it('read a Russian surname in any case, and give a titled leader without a country theirs', () => {
    expect(officials('Президент Лукашенко провёл переговоры с Токаевым в Минске.', '2022-03-01')).toEqual([
      'Alexander Lukashenko|BY|President', 'Kassym-Jomart Tokayev|KZ|President',
    ]);
    expect(officials('Talks were held between President Ilham Aliyev and President Recep Tayyip Erdogan in Ankara.', '2022-11-04')).toEqual([
      'Ilham Aliyev|AZ|President', 'Recep Tayyip Erdogan|TR|President',
    ]);
  });

  it('read a surname after the head of a post the leader held in a report of unknown date', () => {
    // No date anywhere: the extractor takes today, when Pompeo holds no post; "Secretary" says which post he held.
    const draft = (text: string) => actualFacts(extractDraft({ text, today: '2026-12-02', publisher: 'Test Wire' })).people.map((p) => `${p.name}|${p.country}|${p.post}`).sort();
    expect(draft('Secretary Pompeo spoke with Russian Foreign Minister Sergey Lavrov about arms control.')).toContain('Mike Pompeo|US|Secretary of State');
    // Bare, he stays unread: the date gives no post and nothing else names one.
    expect(draft('Pompeo spoke with Russian Foreign Minister Sergey Lavrov about arms control.')).not.toContain('Mike Pompeo|US|Secretary of State');
  });

  it('do not read another bearer of the surname, or a thing named after the leader', () => {
    expect(officials('Guests visited the Heydar Aliyev Center and Nazarbayev University in June.', '2021-06-01')).toEqual([]);
    expect(officials('Студенты Университета Алиева встретили гостей.', '2021-06-01')).toEqual([]);
    // A deputy minister named in full owns the bare surname later in the text.
    const facts = officials('Deputy Minister of Economy of Azerbaijan Elnur Aliyev met investors in Baku. Aliyev spoke about tax relief.', '2021-06-01');
    expect(facts).toEqual(['Elnur Aliyev|AZ|Deputy Minister of Economy']);
  });
});
