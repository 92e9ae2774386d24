import { nameKey, namesAgree, namesConflict, type KnownPerson } from '@bilat/extract';
import { slugify, type Identifier, type NameVariant, type Person } from '@bilat/domain';

/*
 * One person, whatever told us of them. A secretary of state is in the travels (by the
 * Office's person id), in the chiefs of mission and principal officers (the same id), and
 * perhaps already in the database from a press report (by name only). The registry
 * answers one bilat id for all of them: the held record that carries the Office's id; else
 * a held record whose name agrees (transliteration variants folded, as the extractor
 * matches names) and whose country does not differ, when exactly one does; else a new id.
 */

interface Entry {
  id: string;
  name: string;
  names: string[];
  country?: string;
  officeId?: string;
}

/** What the registry needs of a held person. */
export type HeldPerson = Pick<Person, 'id' | 'name' | 'names' | 'country' | 'identifiers'>;

const officeIdOf = (identifiers: readonly Identifier[]) => identifiers.find((identifier) => identifier.scheme === 'hsg')?.value;
const surnameKey = (name: string) => nameKey(name).at(-1) ?? '';

export class PeopleRegistry {
  private readonly byOfficeId = new Map<string, string>();
  private readonly bySurname = new Map<string, Entry[]>();
  private readonly ids = new Map<string, Entry>();

  constructor(held: Iterable<HeldPerson> = []) {
    for (const person of held) {
      this.remember({ id: person.id, name: person.name, names: person.names.map((n) => n.value), country: person.country, officeId: officeIdOf(person.identifiers) });
    }
  }

  private remember(entry: Entry): Entry {
    const known = this.ids.get(entry.id);
    if (known) {
      for (const name of [entry.name, ...entry.names]) if (name !== known.name && !known.names.includes(name)) known.names.push(name);
      known.officeId ??= entry.officeId;
      if (known.officeId) this.byOfficeId.set(known.officeId, known.id);
      this.index(known, [entry.name, ...entry.names]);
      return known;
    }
    this.ids.set(entry.id, entry);
    if (entry.officeId) this.byOfficeId.set(entry.officeId, entry.id);
    this.index(entry, [entry.name, ...entry.names]);
    return entry;
  }

  private index(entry: Entry, names: string[]): void {
    for (const name of names) {
      const key = surnameKey(name);
      const list = this.bySurname.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.bySurname.set(key, list);
    }
  }

  /** The one entry whose name agrees and whose country does not differ; undefined when none or several do. */
  private match(name: string, country: string | undefined, accept: (entry: Entry) => boolean): Entry | undefined {
    const candidates = (this.bySurname.get(surnameKey(name)) ?? []).filter(
      (entry) => {
        if (!accept(entry) || (country && entry.country && entry.country !== country)) return false;
        const names = [entry.name, ...entry.names];
        // (A short form agrees with two people of one family: "Sabah al-Sabah" stands for either emir, so a name must
        // agree with one of the record's names and tell apart from none.)
        return names.some((known) => namesAgree(known, name)) && !names.some((known) => namesConflict(known, name));
      },
    );
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** The bilat id of a person the Office knows by its id (`courtney-william-harrison`). */
  officePerson(officeId: string, name: string, names: string[] = [], country = 'US'): string {
    const known = this.byOfficeId.get(officeId);
    if (known) return known;
    // A held person by name, unless they already stand for another of the Office's people.
    const byName = this.match(name, country, (entry) => !entry.officeId || entry.officeId === officeId);
    let id = byName?.id ?? officeId;
    if (!byName && this.ids.has(id) && this.ids.get(id)!.officeId !== officeId) id = `${officeId}-hsg`;
    this.remember({ id, name, names, country, officeId });
    return id;
  }

  /** The bilat id of a person named in the files without an id (a foreign leader, someone met), by name and country. */
  namedPerson(name: string, country: string): string {
    const known = this.match(name, country, () => true);
    if (known) {
      this.remember({ ...known, names: [name] });
      return known.id;
    }
    const base = `${slugify(name, 90)}-${country.toLowerCase()}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.remember({ id, name, names: [], country });
    return id;
  }

  /** A full name said without a country: the one foreign person of any country it names, if exactly one. */
  anywhere(name: string): { id: string; name: string; country?: string } | undefined {
    if (nameKey(name).length < 2) return undefined;
    const found = this.match(name, undefined, (entry) => entry.country !== 'US' && nameKey(entry.name).length > 1);
    return found ? { id: found.id, name: found.name, country: found.country } : undefined;
  }

  /** People of a country (and those of no country), as the extractor matches names against them. */
  knownIn(country: string): KnownPerson[] {
    return [...this.ids.values()]
      .filter((entry) => !entry.country || entry.country === country)
      .map((entry) => ({ id: entry.id, name: entry.name, names: entry.names, ...(entry.country ? { country: entry.country } : {}) }));
  }

  /** A person named by surname alone ("President Nazarbayev") in this country: the full name, when one person of it is known. */
  fullName(surname: string, country: string): { id: string; name: string } | undefined {
    const list = (this.bySurname.get(surnameKey(surname)) ?? []).filter((entry) => entry.country === country && nameKey(entry.name).length > 1);
    return list.length === 1 ? { id: list[0]!.id, name: list[0]!.name } : undefined;
  }
}

/**
 * Two versions of one person (the same leader named two ways, or a held person the
 * Office also knows): the fuller name leads, the other becomes a variant; names,
 * identifiers and citations are pooled. Applying it again changes nothing.
 */
export function poolPerson(existing: Person, incoming: Person): Person {
  const words = (name: string) => name.split(/\s+/).length;
  const name = words(incoming.name) > words(existing.name) ? incoming.name : existing.name;
  const names: NameVariant[] = [];
  const add = (variant: NameVariant) => {
    if (variant.value !== name && !names.some((known) => known.value === variant.value)) names.push(variant);
  };
  for (const variant of [...existing.names, { value: existing.name, kind: 'spelling' } as NameVariant, ...incoming.names, { value: incoming.name, kind: 'spelling' } as NameVariant]) add(variant);
  const identifiers = [...existing.identifiers];
  for (const identifier of incoming.identifiers) if (!identifiers.some((known) => known.scheme === identifier.scheme && known.value === identifier.value)) identifiers.push(identifier);
  const citations = [...existing.citations];
  for (const citation of incoming.citations) if (!citations.some((known) => known.sourceId === citation.sourceId && known.locator === citation.locator)) citations.push(citation);
  const pooled: Person = {
    ...existing,
    name,
    names: names.slice(0, 50),
    identifiers: identifiers.slice(0, 20),
    citations: citations.slice(0, 50),
    ...(existing.country ?? incoming.country ? { country: existing.country ?? incoming.country } : {}),
  };
  return JSON.stringify(pooled) === JSON.stringify(existing) ? existing : pooled;
}
