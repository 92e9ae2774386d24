// Given to node with --import: records every ES module a run loads (its URL, a line each)
// in the file BILAT_LOAD_LOG names, so a test can see what a cold start pays for.
import { register } from 'node:module';

register('./load-log-hooks.mjs', import.meta.url);
