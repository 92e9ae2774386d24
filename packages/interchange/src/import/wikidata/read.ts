import { isCountryCode, partyNameInText, slugify, type Organization, type Post } from '@bilat/domain';
import { readCsv } from '../../read/csv.js';
import { FILE_MERGE_RULES, fileSource } from '../file-source.js';
import { inputLines } from '../input.js';
import { count, ImportUsageError, type ImportContext, type ImportFormat, type ImportItem } from '../types.js';
import { qidOf, wikidataColumns, wikidataRow, type PostTarget } from './rows.js';

/*
 * Wikidata "position held" exports name people and dates but neither the post nor the
 * country. They come from the sibling `*_meta.json` when it names them, else from
 * --post (an existing post's id, or the title of a new post) and --country. The real
 * meta files name only the position's Wikidata id: that is taken as the post's identity,
 * and what is still missing is asked for.
 */

interface Meta {
  file: string;
  position?: string;
  title?: string;
  country?: string;
  source?: string;
}

/** `x_wikidata.csv` → `x_meta.json` (the every-politician-scrapers layout), or `x_meta.json` beside `x.csv`. */
export function metaCandidates(fileName: string): string[] {
  const names = [fileName.replace(/_[^_.]+\.csv$/i, '_meta.json'), fileName.replace(/\.csv$/i, '_meta.json')];
  return [...new Set(names.filter((name) => name !== fileName))];
}

async function readMeta(context: ImportContext): Promise<Meta | undefined> {
  for (const name of metaCandidates(context.input.name)) {
    const text = await context.input.sibling?.(name);
    if (text === undefined) continue;
    try {
      const value = JSON.parse(text) as Record<string, unknown>;
      const string = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
      return {
        file: name,
        position: qidOf(string('position') ?? '') ?? undefined,
        title: string('positionLabel') ?? string('post') ?? string('title'),
        country: string('country')?.toUpperCase(),
        source: string('source'),
      };
    } catch {
      throw new ImportUsageError(`${name} is not valid JSON`);
    }
  }
  return undefined;
}

function governmentOf(country: string, sourceId: string): Organization {
  return {
    id: `government-of-${country.toLowerCase()}`,
    status: 'draft',
    citations: [{ sourceId }],
    name: `Government of ${partyNameInText(country)}`,
    kind: 'government',
    country,
    members: [],
    names: [],
    identifiers: [],
  };
}

interface Target {
  /** A post to create (with its organization), or an existing one. */
  newPost?: Post;
  organization?: Organization;
  target: PostTarget;
  position?: string;
}

function checkCountry(country: string): string {
  if (!isCountryCode(country)) throw new ImportUsageError(`--country ${country}: not an ISO 3166-1 alpha-2 country code (e.g. KZ)`);
  return country;
}

interface Prepared {
  meta?: Meta;
  /** The post --post names, when it is an existing post's id, and that post's country. */
  existing?: Post;
  existingCountry?: string;
}

/** Before the import's transaction: the meta file, and whether --post names a post already stored. */
async function prepareWikidata(context: ImportContext): Promise<Prepared> {
  const meta = await readMeta(context);
  const existing = context.settings.post ? await context.lookup('post', context.settings.post) : undefined;
  const organization = existing ? await context.lookup('organization', existing.organizationId) : undefined;
  return { meta, existing, existingCountry: existing?.country ?? organization?.country };
}

/** The post and country the rows are about, from --post, --country, the meta file or the existing post. */
function resolveTarget(context: ImportContext, prepared: Prepared, sourceId: string): Target {
  const { meta, existing } = prepared;
  const { post, country: given } = context.settings;
  const country = given?.toUpperCase() ?? meta?.country ?? prepared.existingCountry;
  const title = existing ? undefined : (post ?? meta?.title);
  const missing = [...(!existing && !title ? ['--post ID|TITLE (an existing post id, or the title of a new post)'] : []), ...(!country ? ['--country CC'] : [])];
  if (missing.length) {
    const found = meta ? ` (${meta.file} names ${meta.position ? `only the position ${meta.position}` : 'neither'})` : ' (and there is no *_meta.json beside it)';
    throw new ImportUsageError(`${context.input.name} names neither the post nor the country${found}: give ${missing.join(' and ')}`);
  }
  checkCountry(country!);
  if (existing) return { target: { postId: existing.id, country: country! }, position: meta?.position };
  const organization = governmentOf(country!, sourceId);
  const id = meta?.position ? `${slugify(title!, 80)}-${meta.position.toLowerCase()}` : `${country!.toLowerCase()}-${slugify(title!, 100)}`;
  const newPost: Post = { id, status: 'draft', citations: [{ sourceId }], title: title!, organizationId: organization.id, country: country!, names: [] };
  return { newPost, organization, target: { postId: id, country: country! }, position: meta?.position };
}

async function* readWikidata(context: ImportContext): AsyncGenerator<ImportItem> {
  const prepared = (context.prepared ?? (await prepareWikidata(context))) as Prepared;
  const { meta } = prepared;
  const source = fileSource('wikidata', context, {
    publisher: 'Wikidata',
    title: `Wikidata "position held" statements: ${context.input.name}`,
    licence: 'CC0 1.0',
    url: meta?.position ? `https://www.wikidata.org/wiki/${meta.position}` : undefined,
  });
  let target: Target | undefined;
  let perRow: ((qid: string, label: string) => Post) | undefined;
  const postsSeen = new Set<string>();
  let header: string[] | undefined;
  let columns: Exclude<ReturnType<typeof wikidataColumns>, { message: string }> | undefined;
  for await (const { line, fields } of readCsv(inputLines(context))) {
    if (!header) {
      header = fields;
      const found = wikidataColumns(header);
      if ('message' in found) {
        yield { problem: { line, message: found.message } };
        return;
      }
      columns = found;
      yield { kind: 'source', record: source };
      if (columns.position !== undefined) {
        // A post per row (a cabinet list): only the country is needed.
        const country = checkCountry(context.settings.country?.toUpperCase() ?? meta?.country ?? '');
        const government = governmentOf(country, source.id);
        yield { kind: 'organization', record: government, line };
        perRow = (qid, label) => ({ id: `${slugify(label, 80)}-${qid.toLowerCase()}`, status: 'draft', citations: [{ sourceId: source.id }], title: label, organizationId: government.id, country, names: [] });
      } else {
        target = resolveTarget(context, prepared, source.id);
        if (target.organization) yield { kind: 'organization', record: target.organization, line };
        if (target.newPost) yield { kind: 'post', record: target.newPost, line };
      }
      continue;
    }
    count(context.stats, 'rows');
    if (fields.length !== header.length) {
      yield { problem: { line, message: `${fields.length} columns where the header has ${header.length} (a row cut short?)` } };
      continue;
    }
    const outcome = wikidataRow(fields, columns!, perRow ?? target!.target, source.id);
    if ('message' in outcome) {
      yield { problem: { line, field: outcome.field, message: outcome.message } };
      continue;
    }
    if (outcome.post && !postsSeen.has(outcome.post.id)) {
      postsSeen.add(outcome.post.id);
      yield { kind: 'post', record: outcome.post, line };
    }
    yield { kind: 'person', record: outcome.person, line };
    yield { kind: 'holding', record: outcome.holding, line };
  }
  if (!header) yield { problem: { line: 1, message: 'the file is empty' } };
}

export const wikidataFormat: ImportFormat = {
  name: 'wikidata',
  description: 'Wikidata "position held" exports (item, itemLabel, startDate, endDate, psid)',
  read: readWikidata,
  prepare: prepareWikidata,
  merge: FILE_MERGE_RULES,
};
