import { bundleRecords, type Bundle } from '@bilat/domain/bundle';
import { expect } from 'vitest';
import { namesAgree, type DraftResult } from '../../src/index.js';

/**
 * Asserts that a draft of the founding report (or of our retelling of it) holds every fact
 * docs/domain.md lists for the seed. Each assertion names the fact it checks.
 */
export function expectSeedFacts(result: DraftResult): void {
  const b: Bundle = result.bundle;
  const person = (name: string) => (b.people ?? []).find((p) => namesAgree(p.name, name));
  const post = (id: string) => (b.posts ?? []).find((p) => p.id === id);
  const heldBy = (name: string) => (b.holdings ?? []).filter((h) => h.personId === person(name)?.id).map((h) => post(h.postId));

  // Countries and cities.
  for (const city of ['Vilnius', 'Klaipeda', 'Astana']) expect((b.places ?? []).map((p) => p.name), city).toContain(city);

  // People and their posts on the day.
  const posts: [string, string, string][] = [
    ['Roman Vassilenko', 'Deputy Minister of Foreign Affairs', 'KZ'],
    ['Jonas Survila', 'Vice Minister of Foreign Affairs', 'LT'],
    ['Marat Karabayev', 'Minister of Transport', 'KZ'],
    ['Arvydas Vaitkus', 'Mayor of Klaipeda', 'LT'],
    ['Algis Latakas', 'Director General of the Port of Klaipeda', 'LT'],
  ];
  for (const [name, title, country] of posts) {
    expect(person(name)?.country, `${name}'s country`).toBe(country);
    expect(heldBy(name).map((p) => p?.title), `${name}'s post`).toContain(title);
  }

  // The 10th round.
  const round = (b.meetings ?? []).find((m) => m.kind === 'political-consultations' && m.ordinal === 10);
  expect(round, '10th round').toBeDefined();
  expect(round!.pair).toBe('KZ-LT');
  expect(round!.stage).toBe('held');
  expect(round!.date).toMatchObject({ start: '2024-06-20', qualifier: 'reported' });
  expect(round!.location).toMatchObject({ country: 'LT', qualifier: 'inferred' });
  expect(round!.location.placeId, 'no city for the round').toBeUndefined();
  const heads = round!.participants.filter((p) => p.role === 'head');
  expect(heads.map((p) => [p.personId, p.side]).sort()).toEqual([[person('Jonas Survila')!.id, 'LT'], [person('Roman Vassilenko')!.id, 'KZ']].sort());
  for (const topic of ['bilateral-agenda', 'multilateral-agenda', 'trade', 'economy', 'investment', 'transport', 'energy', 'infrastructure', 'legal-framework', 'culture', 'humanitarian', 'international-support']) {
    expect(round!.topics, `topic ${topic}`).toContain(topic);
  }

  // Meetings during the same visit.
  const visit = (b.visits ?? []).find((v) => v.visitorIds.includes(person('Roman Vassilenko')!.id));
  expect(visit, "Vassilenko's visit").toMatchObject({ from: 'KZ', to: 'LT' });
  for (const host of ['Arvydas Vaitkus', 'Algis Latakas']) {
    const side = (b.meetings ?? []).find((m) => m.participants.some((p) => p.personId === person(host)?.id));
    expect(side, `meeting with ${host}`).toBeDefined();
    expect(side!.participants.map((p) => p.personId)).toContain(person('Roman Vassilenko')!.id);
    expect(side!.visitId, `meeting with ${host} during the visit`).toBe(visit!.id);
    expect(side!.topics).toEqual(expect.arrayContaining(['transport', 'logistics']));
  }
  expect(round!.visitId).toBe(visit!.id);

  // The earlier commission meeting and the open commitment to implement it.
  const commission = (b.meetings ?? []).find((m) => m.kind === 'intergovernmental-commission' && m.ordinal === 14);
  expect(commission, '14th commission meeting').toBeDefined();
  expect(commission!.date).toMatchObject({ start: '2024-02-29', qualifier: 'stated' });
  expect(commission!.location).toMatchObject({ country: 'LT', qualifier: 'stated' });
  expect((b.places ?? []).find((p) => p.id === commission!.location.placeId)?.name).toBe('Vilnius');
  const commitment = (b.commitments ?? []).find((c) => c.concerns.some((ref) => ref.id === commission!.id));
  expect(commitment, 'commitment to implement the 14th meeting').toMatchObject({ state: 'open', madeAt: { kind: 'meeting', id: round!.id } });

  // The transport minister's visit, to the month.
  const trip = (b.visits ?? []).find((v) => v.visitorIds.includes(person('Marat Karabayev')!.id));
  expect(trip, "Karabayev's visit").toMatchObject({ from: 'KZ', to: 'LT', date: { start: '2024-05' } });

  // The memorandum, signed, dated from that visit.
  const memorandum = (b.agreements ?? []).find((a) => /Trans-Caspian International Transport Route/.test(a.title));
  expect(memorandum, 'memorandum').toMatchObject({ kind: 'memorandum', stage: 'signed' });
  expect(memorandum!.steps[0]!.date).toMatchObject({ start: '2024-05', qualifier: 'inferred', derivedFrom: { kind: 'visit', id: trip!.id } });

  // Standing bodies.
  const bodies = b.organizations ?? [];
  expect(bodies.find((o) => /Intergovernmental Commission on Trade and Economic Cooperation/.test(o.name)), 'commission').toMatchObject({ kind: 'commission', members: ['KZ', 'LT'] });
  expect(bodies.find((o) => /Interparliamentary Friendship Group/.test(o.name)), 'friendship group').toMatchObject({ kind: 'parliamentary-group' });

  // The quote.
  expect((b.statements ?? []).map((s) => s.speakerId), "Vassilenko's statement").toContain(person('Roman Vassilenko')!.id);

  // Trade, investment, the count of companies.
  const trade = (flow: string) => (b.trade ?? []).find((t) => t.flow === flow && t.reporter === 'KZ' && t.partner === 'LT' && t.period.start === '2023' && !t.period.end);
  expect(trade('turnover')?.value).toEqual({ amount: '223600000', currency: 'USD', precision: '100000' });
  expect(trade('export')?.value).toEqual({ amount: '92900000', currency: 'USD', precision: '100000' });
  expect(trade('import')?.value).toEqual({ amount: '130700000', currency: 'USD', precision: '100000' });
  expect(b.investment?.[0]).toMatchObject({ from: 'LT', to: 'KZ', kind: 'gross-inflow', span: { start: '2005', end: '2023-09' }, cumulative: true, value: { amount: '95000000', currency: 'USD' } });
  expect(b.indicators?.[0]).toMatchObject({ subject: 'KZ', partner: 'LT', value: '190', unit: 'companies', asOf: '2024-01-01', asOfQualifier: 'stated' });

  // The source.
  expect(result.source).toMatchObject({ publisher: 'Kazinform', published: '2024-06-20' });
  expect(result.source.via).toMatch(/press service/);
  for (const { kind, record } of bundleRecords(b)) {
    if (kind !== 'source') expect((record as { status: string }).status, `${kind} ${record.id}`).toBe('draft');
  }
}
