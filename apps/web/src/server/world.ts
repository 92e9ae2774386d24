import 'server-only';
import type { RouterInputs, RouterOutputs } from '@bilat/api';
import { cache } from 'react';
import { api } from '~/trpc/server';

/*
 * The world views' one door to the data: pairs, countries and regions from the
 * summaries API (pairs.list, countries.list/get, regions.list), each read at most once
 * per request, so pages never count records themselves.
 */

export type PairPage = RouterOutputs['pairs']['list'];
export type PairSummary = PairPage['items'][number];
export type CountrySummary = RouterOutputs['countries']['list'][number];
export type CountryDetail = RouterOutputs['countries']['get'];
export type Partner = CountryDetail['partners'][number];
export type YearCounts = Partner['years'][number];
export type Region = RouterOutputs['regions']['list'][number];

export async function listPairs(input: NonNullable<RouterInputs['pairs']['list']>): Promise<PairPage> {
  return (await api()).pairs.list(input);
}

export async function listCountries(input: NonNullable<RouterInputs['countries']['list']> = {}): Promise<CountrySummary[]> {
  return (await api()).countries.list(input);
}

export async function getCountry(input: RouterInputs['countries']['get']): Promise<CountryDetail> {
  return (await api()).countries.get(input);
}

/** Regions (UN M49) to filter by; the same for every request of the process's life. */
export const listRegions = cache(async (): Promise<Region[]> => (await api()).regions.list());
