/*
 * How Node is started for the API server: `bilat serve` starts the server in a Node of its
 * own with these flags, and the bench starts its server the same way. With V8's defaults
 * the heap of a server under fifty connections grew to 360 MB at world scale (the soak)
 * while what it holds at once is a few dossiers and their answers; with these it peaked
 * at 196 MB, at the same requests per second and no errors. The old generation's bound is
 * far above what the server holds at once (dossiers are computed a few at a time and
 * imports are streamed), a young generation of 4 MB semi-spaces is collected more often
 * and cheaply. A deployment that needs more sets either flag itself (NODE_OPTIONS or node's
 * own arguments), and then that one is not added.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=192'];

/** The flags to add for a Node already given `given` (its arguments and NODE_OPTIONS): each one it sets itself is left out. */
export function serverNodeFlags(given: string): string[] {
  return SERVER_NODE_FLAGS.filter((flag) => !given.includes(flag.split('=')[0]!));
}
