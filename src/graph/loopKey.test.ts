import { describe, expect, it } from 'vitest';
import { findLoop, loopKey, rotateLoop } from './loopKey';
import { findLoopsThrough, findTopLoops } from './loops';
import { buildMoneyGraph } from './moneyGraph';
import { companiesOf, deal } from './testing';

const graph = buildMoneyGraph(companiesOf('nvidia', 'openai', 'oracle', 'amd'), [
  deal('nvidia', 'openai', { usd: 100e9 }),
  deal('openai', 'oracle', { usd: 300e9 }),
  deal('oracle', 'nvidia', { usd: 40e9 }),
  deal('openai', 'nvidia', { usd: null, gw: 10 }),
  deal('amd', 'openai'),
]);

describe('loopKey', () => {
  it('is the same for every rotation and different for the reverse', () => {
    const key = loopKey(['nvidia', 'openai', 'oracle']);
    expect(key).toBe('nvidia,openai,oracle');
    expect(loopKey(['openai', 'oracle', 'nvidia'])).toBe(key);
    expect(loopKey(['oracle', 'nvidia', 'openai'])).toBe(key);
    expect(loopKey(['oracle', 'openai', 'nvidia'])).not.toBe(key);
  });
});

describe('findLoop', () => {
  it('restores a loop in the rotation asked for, equal to the one the search found', () => {
    for (const loop of findLoopsThrough(graph, 'openai').loops)
      expect(findLoop(graph, loop.companies)).toEqual(loop);
    expect(findLoop(graph, ['oracle', 'nvidia', 'openai'])?.companies).toEqual([
      'oracle',
      'nvidia',
      'openai',
    ]);
  });

  it('returns null for a cycle the graph does not have, or for nonsense', () => {
    expect(findLoop(graph, ['oracle', 'openai', 'nvidia'])).toBeNull(); // reversed
    expect(findLoop(graph, ['amd', 'openai'])).toBeNull();
    expect(findLoop(graph, ['nvidia'])).toBeNull();
    expect(findLoop(graph, [])).toBeNull();
    expect(findLoop(graph, ['nvidia', 'openai', 'nvidia', 'openai'])).toBeNull();
    expect(findLoop(graph, ['nvidia', 'ghost'])).toBeNull();
  });
});

describe('rotateLoop', () => {
  it('re-reads a loop from another company and keeps its figures', () => {
    const loop = findTopLoops(graph).loops.find((l) => l.companies.length === 3);
    if (!loop) throw new Error('no three-company loop');
    const rotated = rotateLoop(loop, 'oracle');
    expect(rotated.companies).toEqual(['oracle', 'nvidia', 'openai']);
    expect(rotated.hops.map((h) => h.from)).toEqual(rotated.companies);
    expect(rotated).toMatchObject({ circulatingUsd: loop.circulatingUsd, closedOn: loop.closedOn });
    expect(rotateLoop(loop, loop.companies[0] ?? '')).toBe(loop);
    expect(() => rotateLoop(loop, 'amd')).toThrow('rotateLoop: company "amd" is not on the loop');
  });
});
