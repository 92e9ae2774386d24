import { bundleStreamFormat } from './bundle/read.js';
import { comtradeFormat } from './comtrade/read.js';
import { gdeltFormat } from './gdelt/read.js';
import { hsgFormat } from './hsg/read.js';
import { popoloFormat } from './popolo/read.js';
import type { ImportFormat } from './types.js';
import { wikidataFormat } from './wikidata/read.js';

/** Every format `bilat import` reads, by name. */
export const IMPORT_FORMATS: Readonly<Record<string, ImportFormat>> = Object.freeze({
  bundle: bundleStreamFormat,
  comtrade: comtradeFormat,
  gdelt: gdeltFormat,
  hsg: hsgFormat,
  popolo: popoloFormat,
  wikidata: wikidataFormat,
});

export const IMPORT_FORMAT_NAMES = Object.keys(IMPORT_FORMATS);
