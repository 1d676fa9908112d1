import { describe, expect, it } from 'vitest';
import { DEAL_TYPES } from '../model/vocabulary';
import { buildMoneyGraph, UNKNOWN_VALUE } from './moneyGraph';
import { companiesOf, deal } from './testing';

describe('buildMoneyGraph', () => {
  it('makes one hop per ordered pair, adding parallel deals in dataset order', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b'), [
      deal('a', 'b', { id: 'd1', usd: 1e9 }),
      deal('b', 'a', { id: 'd2', usd: 5e9 }),
      deal('a', 'b', { id: 'd3', usd: 2e9 }),
    ]);
    expect(graph.hops).toHaveLength(2);
    expect(graph.hop('a', 'b')).toEqual({
      from: 'a',
      to: 'b',
      dealIds: ['d1', 'd3'],
      usd: 3e9,
      estimated: false,
      partial: false,
      firmUsd: 3e9,
      firmEstimated: false,
      since: '2025-01-01',
    });
    expect(graph.hop('b', 'a')?.dealIds).toEqual(['d2']);
  });

  it('marks unknown and partly known hops', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c'), [
      deal('a', 'b', { usd: null }),
      deal('b', 'c', { usd: null }),
      deal('b', 'c', { usd: 4e9 }),
    ]);
    expect(graph.hop('a', 'b')).toMatchObject({ usd: null, partial: false });
    expect(graph.hop('b', 'c')).toMatchObject({ usd: 4e9, partial: true });
  });

  it('estimates GW-only deals with usdPerGigawatt, and only then', () => {
    const deals = [deal('a', 'b', { usd: null, gw: 2 }), deal('b', 'a', { usd: 7e9, gw: 9 })];
    const estimated = buildMoneyGraph(companiesOf('a', 'b'), deals, { usdPerGigawatt: 5e10 });
    expect(estimated.hop('a', 'b')).toMatchObject({ usd: 1e11, estimated: true });
    // A reported amount wins over the GW figure.
    expect(estimated.hop('b', 'a')).toMatchObject({ usd: 7e9, estimated: false });
    const unknown = buildMoneyGraph(companiesOf('a', 'b'), deals);
    expect(unknown.hop('a', 'b')).toMatchObject({ usd: null, estimated: false });
  });

  it('leaves out partnerships by default and filters by type on request', () => {
    const deals = [
      deal('a', 'b', { type: 'partnership' }),
      deal('b', 'a', { type: 'cloud' }),
      deal('b', 'c', { type: 'chips' }),
    ];
    const companies = companiesOf('a', 'b', 'c');
    expect(buildMoneyGraph(companies, deals).hop('a', 'b')).toBeNull();
    expect(buildMoneyGraph(companies, deals, { types: DEAL_TYPES }).hop('a', 'b')).not.toBeNull();
    const cloudOnly = buildMoneyGraph(companies, deals, { types: ['cloud'] });
    expect(cloudOnly.hops.map((h) => `${h.from}>${h.to}`)).toEqual(['b>a']);
  });

  it('ignores self-deals and deals with a company not given', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b'), [
      deal('a', 'a'),
      deal('a', 'x'),
      deal('x', 'b'),
    ]);
    expect(graph.hops).toHaveLength(0);
  });

  it('dates a hop by its earliest deal, comparing mixed precision by first day', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c'), [
      deal('a', 'b', { on: '2024-03-05' }),
      deal('a', 'b', { on: '2023-10' }),
      deal('a', 'b', { on: '2024' }),
      deal('b', 'c', { on: '2024-01-15' }),
      deal('b', 'c', { on: '2024' }),
    ]);
    expect(graph.hop('a', 'b')?.since).toBe('2023-10');
    expect(graph.hop('b', 'c')?.since).toBe('2024');
  });

  it('indexes companies in the order given and looks hops up by direction', () => {
    const graph = buildMoneyGraph(companiesOf('z', 'a', 'm'), [deal('z', 'a')]);
    expect(graph.ids).toEqual(['z', 'a', 'm']);
    expect(graph.indexOf('a')).toBe(1);
    expect(graph.indexOf('nope')).toBe(-1);
    expect(graph.hop('a', 'z')).toBeNull();
    expect(graph.hop('z', 'nope')).toBeNull();
    expect(graph.edgeIndex(0, 1)).toBeGreaterThanOrEqual(0);
    expect(graph.edgeIndex(1, 0)).toBe(-1);
    expect([...graph.idRank]).toEqual([2, 0, 1]);
  });

  it('sorts each company’s out-hops by dollars, unknown last, in compressed rows', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c', 'd'), [
      deal('a', 'b', { usd: 1e9 }),
      deal('a', 'c', { usd: null }),
      deal('a', 'd', { usd: 9e9 }),
      deal('d', 'a', { usd: 0 }),
    ]);
    const a = graph.indexOf('a');
    const out = [];
    for (let e = graph.outStart[a] ?? 0; e < (graph.outStart[a + 1] ?? 0); e++)
      out.push([graph.ids[graph.outTarget[e] ?? 0], graph.hopValue[e]]);
    expect(out).toEqual([
      ['d', 9e9],
      ['b', 1e9],
      ['c', UNKNOWN_VALUE],
    ]);
    // In-hops mirror out-hops.
    const inOfA = [];
    for (let i = graph.inStart[a] ?? 0; i < (graph.inStart[a + 1] ?? 0); i++)
      inOfA.push(graph.hops[graph.inEdge[i] ?? 0]?.from);
    expect(inOfA).toEqual(['d']);
  });

  it('knows the strongly connected components', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c'), [
      deal('a', 'b'),
      deal('b', 'a'),
      deal('b', 'c'),
    ]);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => graph.component[graph.indexOf(id)]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(graph.componentSizes[a ?? 0]).toBe(2);
  });

  it('rejects duplicate company ids', () => {
    expect(() => buildMoneyGraph(companiesOf('a', 'a'), [])).toThrow(
      'buildMoneyGraph: duplicate company "a"',
    );
  });
});
