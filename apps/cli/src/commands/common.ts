import type { Command } from 'commander';
import type { GlobalOptions } from '../config.js';
import { collectPages } from '../data/pages.js';
import type { BilatApi } from '../data/source.js';

export type FormatFlags = { json?: boolean; csv?: boolean; ics?: boolean; md?: boolean };

/** A command's options together with the global ones (`--db`, `--api`, …). */
export function optionsOf<T>(command: Command): GlobalOptions & FormatFlags & T {
  return command.optsWithGlobals<GlobalOptions & FormatFlags & T>();
}

/** Help that ends with examples, as every bilat command's does. */
export function examples(command: Command, lines: readonly string[]): Command {
  return command.addHelpText('after', `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}`);
}

/** Every place, for labelling where meetings and visits happened in tables. */
export async function allPlaces(api: BilatApi) {
  const page = await collectPages((cursor) => api.places.list({ limit: 500, cursor }), { all: true });
  return new Map(page.items.map((place) => [place.id, place]));
}
