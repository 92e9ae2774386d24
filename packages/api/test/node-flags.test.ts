import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS, serverNodeFlags } from '../src/node-flags.js';

describe("the server's Node flags", () => {
  it('adds each flag unless the Node was already given it', () => {
    expect(serverNodeFlags('')).toEqual([...SERVER_NODE_FLAGS]);
    expect(serverNodeFlags('--enable-source-maps --max-old-space-size=4096')).toEqual(SERVER_NODE_FLAGS.filter((flag) => !flag.startsWith('--max-old-space-size')));
    expect(serverNodeFlags('--max-old-space-size=4096 --max-semi-space-size=16')).toEqual([]);
  });
});
