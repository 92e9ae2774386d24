import type { Holding, Meeting, RecordKind, Series } from '@bilat/domain';
import { collectPages } from './pages.js';
import type { BilatApi } from './source.js';

/**
 * What a record's page shows beyond its detail: a person's posts and meetings, a series'
 * rounds, the meetings held during a visit, each with dates (the detail names them only);
 * a meeting's series, whose unit its round is named by ("14th meeting of …").
 */
export interface RecordExtras {
  meetings?: Meeting[];
  holdings?: Holding[];
  series?: Series;
}

/** Loads the extras of a record (run together, so over HTTP they go as one batched request). */
export async function loadRecordExtras(api: BilatApi, kind: RecordKind, record: { id: string; seriesId?: string }): Promise<RecordExtras | undefined> {
  const id = record.id;
  const meetings = (filter: { person?: string; series?: string; visit?: string }) =>
    collectPages((cursor) => api.meetings.list({ ...filter, limit: 500, cursor }), { all: true }).then((page) => page.items);
  switch (kind) {
    case 'person': {
      const [held, met] = await Promise.all([
        collectPages((cursor) => api.holdings.list({ person: id, limit: 500, cursor }), { all: true }).then((page) => page.items),
        meetings({ person: id }),
      ]);
      return { holdings: held, meetings: met };
    }
    case 'series':
      return { meetings: await meetings({ series: id }) };
    case 'visit':
      return { meetings: await meetings({ visit: id }) };
    case 'meeting':
      return record.seriesId ? { series: await api.series.get({ id: record.seriesId }) } : undefined;
    default:
      return undefined;
  }
}
