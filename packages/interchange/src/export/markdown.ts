import { pairOf } from '@bilat/domain';
import { briefingToMarkdown, buildBriefing } from '@bilat/formats/briefing';
import type { ExportSink, RecordReader } from './reader.js';

/** The pair's briefing (the same one `bilat dossier --md` and the web's brief page give), numbered source notes at the end. */
export async function exportMarkdown(reader: RecordReader, country: string, partner: string, sink: ExportSink): Promise<number> {
  const dossier = await reader.dossier(pairOf(country, partner));
  const briefing = buildBriefing(dossier);
  await sink.write(briefingToMarkdown(briefing));
  return briefing.sections.reduce((sum, section) => sum + section.lines.length, 0);
}
