import type { Agreement, Holding, Meeting, NameVariant, Organization, Person, Place, Post, TradeFlow } from '@bilat/domain';
import { namesAgree } from './registry.js';

/** A person already in the database, as much of them as matching needs. */
export interface KnownPerson {
  id: string;
  name: string;
  /** Other spellings: plain strings or the domain's name variants. */
  names?: (string | NameVariant)[];
  country?: string;
  /** The whole record, when the caller has it: a report naming the person is then cited for them too. */
  record?: Person;
}

/** Records already held that drafts are compared with (matched, or disputed). */
export interface KnownRecords {
  people?: KnownPerson[];
  posts?: Post[];
  organizations?: Organization[];
  places?: Place[];
  holdings?: Holding[];
  trade?: TradeFlow[];
  /** Meetings and agreements of the pairs the report concerns: a second report of one is cited for it, not drafted again. */
  meetings?: Meeting[];
  agreements?: Agreement[];
}

/**
 * What a caller implements against its database so the extractor can ask about the names
 * it read (the extractor itself stays free of I/O).
 */
export interface PeopleLookup {
  findPeople(names: string[]): Promise<KnownPerson[]> | KnownPerson[];
}

export interface PersonMatch {
  /** The name as the text gives it. */
  name: string;
  /** The existing person it matched, when it did. */
  known?: { id: string; name: string };
  /** `exact`: same letters; `variant`: one of the person's recorded spellings; `transliteration`: the spelling skeletons agree. */
  how?: 'exact' | 'variant' | 'transliteration';
  /** The id of the new person proposed instead, when nothing matched. */
  proposedId?: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Finds a known person for a name read in the text, tolerating transliteration variants
 * (Karabaev/Karabayev, Tokaev/Tokayev, Erlan/Yerlan). A country that differs rules a
 * candidate out; two equally good candidates match neither, so a person is never merged
 * by guess.
 */
export function matchKnownPerson(names: string[], country: string | undefined, known: KnownPerson[]): { person: KnownPerson; how: NonNullable<PersonMatch['how']> } | undefined {
  const candidates: { person: KnownPerson; how: NonNullable<PersonMatch['how']>; rank: number }[] = [];
  for (const person of known) {
    if (country && person.country && country !== person.country) continue;
    const spellings = (person.names ?? []).map((n) => (typeof n === 'string' ? n : n.value));
    const match = names.some((n) => fold(n) === fold(person.name))
      ? { how: 'exact' as const, rank: 3 }
      : names.some((n) => spellings.some((s) => fold(s) === fold(n)))
        ? { how: 'variant' as const, rank: 2 }
        : names.some((n) => n.includes(' ') && [person.name, ...spellings].some((s) => namesAgree(s, n)))
          ? { how: 'transliteration' as const, rank: 1 }
          : undefined;
    if (match) candidates.push({ person, ...match });
  }
  if (candidates.length === 0) return undefined;
  const best = Math.max(...candidates.map((c) => c.rank));
  const top = candidates.filter((c) => c.rank === best);
  return top.length === 1 ? { person: top[0]!.person, how: top[0]!.how } : undefined;
}
