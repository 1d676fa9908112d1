import { describe, expect, it } from 'vitest';
import { buildMoneyGraph } from './moneyGraph';
import { findPaths } from './paths';
import { companiesOf, deal } from './testing';
import type { PathSearch } from './types';

const chains = (search: PathSearch) => search.paths.map((p) => p.companies.join('>'));

describe('findPaths', () => {
  const graph = buildMoneyGraph(companiesOf('a', 'b', 'c', 'd', 'e'), [
    deal('a', 'd', { usd: 1e9, on: '2020' }),
    deal('a', 'b', { usd: 50e9, on: '2021' }),
    deal('b', 'd', { usd: 40e9, on: '2024-05' }),
    deal('a', 'c', { usd: 2e9 }),
    deal('c', 'd', { usd: 2e9 }),
    deal('b', 'c', { usd: 60e9 }),
    deal('d', 'a', { usd: 99e9 }), // back towards the start: never part of a path
    deal('e', 'a'),
  ]);

  it('lists the shortest first, then by throughput', () => {
    const search = findPaths(graph, 'a', 'd');
    expect(chains(search)).toEqual(['a>d', 'a>b>d', 'a>c>d', 'a>b>c>d']);
    expect(search.paths.map((p) => p.throughputUsd)).toEqual([1e9, 40e9, 2e9, 2e9]);
    expect(search).toMatchObject({
      from: 'a',
      to: 'd',
      total: 4,
      truncated: false,
      stoppedBy: null,
    });
  });

  it('describes each path by its hops and the date it opened', () => {
    const [, twoHops] = findPaths(graph, 'a', 'd').paths;
    expect(twoHops?.hops.map((h) => `${h.from}>${h.to}`)).toEqual(['a>b', 'b>d']);
    expect(twoHops?.openedOn).toBe('2024-05');
    expect(twoHops?.estimated).toBe(false);
  });

  it('respects the length cap (companies, both ends included)', () => {
    expect(chains(findPaths(graph, 'a', 'd', { maxLength: 2 }))).toEqual(['a>d']);
    expect(chains(findPaths(graph, 'a', 'd', { maxLength: 3 }))).toEqual(['a>d', 'a>b>d', 'a>c>d']);
  });

  it('keeps the top ones under a cap and says so', () => {
    const search = findPaths(graph, 'a', 'd', { limit: 2 });
    expect(chains(search)).toEqual(['a>d', 'a>b>d']);
    expect(search).toMatchObject({ truncated: true, stoppedBy: 'limit' });
    expect(search.total).toBeGreaterThan(2);
  });

  it('finds nothing against the flow of money', () => {
    expect(findPaths(graph, 'd', 'e').paths).toEqual([]);
    expect(findPaths(graph, 'd', 'b').paths.map((p) => p.companies.join('>'))).toEqual(['d>a>b']);
  });

  it('checks its arguments, naming itself', () => {
    expect(() => findPaths(graph, 'x', 'a')).toThrow('findPaths: unknown company "x"');
    expect(() => findPaths(graph, 'a', 'x')).toThrow('findPaths: unknown company "x"');
    expect(() => findPaths(graph, 'a', 'a')).toThrow(/^findPaths: from and to are the same/);
    expect(() => findPaths(graph, 'a', 'b', { maxLength: 11 })).toThrow(/^findPaths: maxLength/);
  });

  it('answers quickly on a dense graph', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const dense = buildMoneyGraph(
      companiesOf(...ids),
      ids.flatMap((x, i) =>
        ids
          .filter((y) => y !== x)
          .map((y, j) => deal(x, y, { usd: ((i * 31 + j * 17) % 97) * 1e9 })),
      ),
    );
    const search = findPaths(dense, 'c0', 'c1');
    expect(search.elapsedMs).toBeLessThan(100);
    expect(search.paths).toHaveLength(100);
    expect(search.paths[0]?.companies).toEqual(['c0', 'c1']);
    // One direct path and 38 through one other company; four-company paths fill the rest.
    expect(search.paths.filter((p) => p.companies.length === 3)).toHaveLength(38);
    expect(search.paths.at(-1)?.companies).toHaveLength(4);
    expect(search).toMatchObject({ truncated: true, stoppedBy: 'limit' });
  });
});
