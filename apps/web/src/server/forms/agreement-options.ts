import 'server-only';
import { AGREEMENT_STAGES, agreementSchema } from '@bilat/domain';
import type { AgreementFormOptions } from '~/components/forms/agreement-form';
import { humanize, stageLabel } from '~/lib/labels';
import { api } from '~/trpc/server';
import { placeOptions, sourceOptions } from './options';

/** The choices of the agreement form: kinds, stages, places, the pair's meetings and visits, sources. */
export async function agreementOptions(parties: readonly string[]): Promise<AgreementFormOptions> {
  const caller = await api();
  const [a, b] = parties;
  const [places, sources, meetings, visits] = await Promise.all([
    placeOptions(caller),
    sourceOptions(caller),
    a && b ? caller.meetings.list({ country: a, partner: b, limit: 500 }) : Promise.resolve({ items: [] }),
    a && b ? caller.visits.list({ country: a, partner: b, limit: 500 }) : Promise.resolve({ items: [] }),
  ]);
  return {
    kinds: agreementSchema.shape.kind.options.map((kind) => ({ value: kind, label: humanize(kind) })),
    stages: AGREEMENT_STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) })),
    places,
    sources,
    events: [...visits.items.map((v) => ({ value: `visit:${v.id}`, label: `Visit: ${v.title}` })), ...meetings.items.map((m) => ({ value: `meeting:${m.id}`, label: `Meeting: ${m.title}` }))],
  };
}
