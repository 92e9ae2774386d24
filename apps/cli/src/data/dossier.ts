import { apiPager, assembleDossier, type Dossier } from '@bilat/domain';
import type { BilatApi } from './source.js';

/**
 * The whole dossier of a pair: the API sends trade as series and each long section as its
 * first page, so the terminal views, `bilat dossier` as text or Markdown and exports page
 * through every section and read the trade records behind the series. Nothing is cut.
 */
export async function wholeDossier(api: BilatApi, pair: string, asOf?: string): Promise<Dossier> {
  const compact = await api.pairs.dossier({ pair, asOf, limit: 200 });
  return assembleDossier(compact, apiPager(api, compact.pair, asOf));
}
