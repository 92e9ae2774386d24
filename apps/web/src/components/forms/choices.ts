import { MEETING_STAGES, ROLE_OPTIONS, stageLabel } from '@bilat/formats/describe';
import type { Option } from './fields';

export const STATUSES: Option[] = [
  { value: 'verified', label: 'Verified (curated or reviewed)' },
  { value: 'draft', label: 'Draft (awaiting review)' },
];

export const DATE_QUALIFIERS: Option[] = [
  { value: 'stated', label: 'Stated by the source' },
  { value: 'reported', label: "Reported: only the report's date is known" },
  { value: 'inferred', label: 'Inferred (say how in the note)' },
];

export const LOCATION_QUALIFIERS: Option[] = [
  { value: 'stated', label: 'Stated by the source' },
  { value: 'inferred', label: 'Inferred' },
  { value: 'unknown', label: 'Not known' },
];

export const NAME_KINDS: Option[] = ['transliteration', 'script', 'spelling', 'former', 'short', 'official'].map((value) => ({ value, label: value }));

export const SCALES: Option[] = [
  { value: 'million', label: 'million' },
  { value: 'billion', label: 'billion' },
  { value: 'thousand', label: 'thousand' },
  { value: 'unit', label: '(units)' },
];

/** A meeting's stages in the domain's order, labelled as every view labels them. */
export const MEETING_STAGE_OPTIONS: Option[] = MEETING_STAGES.map((value) => ({ value, label: stageLabel(value) }));

export const ROLES: Option[] = [...ROLE_OPTIONS];
