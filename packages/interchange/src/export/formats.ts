/** Every format `bilat export` writes. */
export const EXPORT_FORMATS = {
  bundle: 'bilat bundle: YAML, or NDJSON with --ndjson (imports back to the same records)',
  csv: 'CSV: --table trade, meetings or officials',
  ics: 'iCalendar (RFC 5545): meetings as all-day events',
  popolo: 'Popolo JSON: persons, organizations, posts, memberships (the popolo importer reads it back)',
  jsonld: 'schema.org JSON-LD: Event, Person, Organization',
  md: "a pair's briefing in Markdown, with numbered source notes",
} as const;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
