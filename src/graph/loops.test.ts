import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, SEED_SLICE } from '../../tests/fixtures/load';
import type { Deal } from '../model/schema';
import { DEAL_TYPES } from '../model/vocabulary';
import { loopKey } from './loopKey';
import { findLoopsThrough, findTopLoops } from './loops';
import { buildMoneyGraph, type MoneyGraph } from './moneyGraph';
import { compareLoops } from './results';
import { companiesOf, deal } from './testing';
import type { Loop, LoopSearch } from './types';

const chains = (search: LoopSearch) => search.loops.map((l) => l.companies.join('>'));
const all = { limit: Infinity, timeBudgetMs: Infinity };

describe('findLoopsThrough on hand-made graphs', () => {
  it('finds a two-company loop, read from the company asked about', () => {
    const graph = buildMoneyGraph(companiesOf('msft', 'anthropic'), [
      deal('msft', 'anthropic', { id: 'equity', usd: 5e9, on: '2025-11-18' }),
      deal('anthropic', 'msft', { id: 'azure', usd: 30e9, on: '2025-11-18' }),
    ]);
    const search = findLoopsThrough(graph, 'msft');
    expect(search).toMatchObject({
      through: 'msft',
      maxLength: 6,
      total: 1,
      truncated: false,
      stoppedBy: null,
    });
    const [loop] = search.loops;
    expect(loop).toMatchObject({
      companies: ['msft', 'anthropic'],
      circulatingUsd: 5e9,
      estimated: false,
      closedOn: '2025-11-18',
    });
    expect(loop?.hops.map((h) => h.dealIds)).toEqual([['equity'], ['azure']]);
    expect(chains(findLoopsThrough(graph, 'anthropic'))).toEqual(['anthropic>msft']);
    expect(search.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('finds a triangle only when the length allows it', () => {
    const graph = buildMoneyGraph(companiesOf('nvidia', 'openai', 'oracle'), [
      deal('nvidia', 'openai', { usd: 100e9 }),
      deal('openai', 'oracle', { usd: 300e9 }),
      deal('oracle', 'nvidia', { usd: 40e9 }),
    ]);
    expect(chains(findLoopsThrough(graph, 'openai'))).toEqual(['openai>oracle>nvidia']);
    expect(findLoopsThrough(graph, 'openai').loops[0]?.circulatingUsd).toBe(40e9);
    expect(findLoopsThrough(graph, 'openai', { maxLength: 2 }).loops).toEqual([]);
    expect(findLoopsThrough(graph, 'openai', { maxLength: 3 }).loops).toHaveLength(1);
  });

  it('does not multiply loops for parallel deals on one hop', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b'), [
      deal('a', 'b', { id: 'x', usd: 1e9 }),
      deal('a', 'b', { id: 'y', usd: 2e9 }),
      deal('b', 'a', { id: 'z', usd: 10e9 }),
      deal('b', 'a', { id: 'w', usd: 10e9 }),
    ]);
    const search = findLoopsThrough(graph, 'a');
    expect(search.total).toBe(1);
    expect(search.loops[0]?.hops.map((h) => h.dealIds)).toEqual([
      ['x', 'y'],
      ['z', 'w'],
    ]);
    expect(search.loops[0]?.circulatingUsd).toBe(3e9);
  });

  it('calls a loop unknown when one hop has no figure, and ranks it below every known one', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c'), [
      deal('a', 'b', { usd: null }),
      deal('b', 'a', { usd: 5e9 }),
      deal('a', 'c', { usd: 0 }),
      deal('c', 'a', { usd: 1e9 }),
    ]);
    const search = findLoopsThrough(graph, 'a');
    expect(chains(search)).toEqual(['a>c', 'a>b']);
    expect(search.loops.map((l) => l.circulatingUsd)).toEqual([0, null]);
  });

  it('carries GW estimates into the loop and says so', () => {
    const deals = [deal('a', 'b', { usd: null, gw: 10 }), deal('b', 'a', { usd: 900e9 })];
    const estimated = buildMoneyGraph(companiesOf('a', 'b'), deals, { usdPerGigawatt: 50e9 });
    expect(findLoopsThrough(estimated, 'a').loops[0]).toMatchObject({
      circulatingUsd: 500e9,
      estimated: true,
    });
    const unknown = buildMoneyGraph(companiesOf('a', 'b'), deals);
    expect(findLoopsThrough(unknown, 'a').loops[0]).toMatchObject({
      circulatingUsd: null,
      estimated: false,
    });
  });

  it('closes a loop on the date of its latest hop, each hop dated by its earliest deal', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c'), [
      deal('a', 'b', { on: '2019-07-22' }),
      deal('a', 'b', { on: '2025-12-01' }), // a later deal on a hop that already existed
      deal('b', 'c', { on: '2025' }),
      deal('c', 'a', { on: '2024-12-31' }),
    ]);
    const [loop] = findLoopsThrough(graph, 'a').loops;
    expect(loop?.hops.map((h) => h.since)).toEqual(['2019-07-22', '2025', '2024-12-31']);
    expect(loop?.closedOn).toBe('2025');
  });

  it('ranks by dollars, then fewer companies, then earlier closing, then ids', () => {
    const graph = buildMoneyGraph(companiesOf('s', 'e', 'd', 'c', 'b', 'a'), [
      deal('s', 'a', { usd: 9e9 }),
      deal('a', 's', { usd: 2e9, on: '2025-06' }), // s>a: $2B, 2 companies, 2025-06
      deal('s', 'b', { usd: 9e9 }),
      deal('b', 'c', { usd: 9e9 }),
      deal('c', 's', { usd: 2e9 }), // s>b>c: $2B, 3 companies
      deal('s', 'd', { usd: 2e9, on: '2024' }),
      deal('d', 's', { usd: 9e9, on: '2024' }), // s>d: $2B, 2 companies, 2024 — before s>a
      deal('s', 'e', { usd: 3e9 }),
      deal('e', 's', { usd: 3e9 }), // s>e: $3B — first
    ]);
    expect(chains(findLoopsThrough(graph, 's'))).toEqual(['s>e', 's>d', 's>a', 's>b>c']);
  });

  it('leaves partnerships out unless asked', () => {
    const deals = [deal('a', 'b', { type: 'partnership' }), deal('b', 'a', { type: 'cloud' })];
    const companies = companiesOf('a', 'b');
    expect(findLoopsThrough(buildMoneyGraph(companies, deals), 'a').loops).toEqual([]);
    const withPartnerships = buildMoneyGraph(companies, deals, { types: DEAL_TYPES });
    expect(findLoopsThrough(withPartnerships, 'a').loops).toHaveLength(1);
  });

  it('reports nothing for a company outside every cycle', () => {
    const graph = buildMoneyGraph(companiesOf('a', 'b', 'c'), [
      deal('a', 'b'),
      deal('b', 'a'),
      deal('c', 'a'),
    ]);
    expect(findLoopsThrough(graph, 'c')).toMatchObject({ loops: [], total: 0, truncated: false });
  });

  it('checks its arguments, naming itself', () => {
    const graph = buildMoneyGraph(companiesOf('a'), []);
    expect(() => findLoopsThrough(graph, 'x')).toThrow('findLoopsThrough: unknown company "x"');
    for (const maxLength of [1, 11, 2.5, NaN])
      expect(() => findLoopsThrough(graph, 'a', { maxLength })).toThrow(
        /^findLoopsThrough: maxLength must be an integer from 2 to 10/,
      );
    for (const limit of [0, -1, 1.5, NaN])
      expect(() => findLoopsThrough(graph, 'a', { limit })).toThrow(/^findLoopsThrough: limit/);
    for (const timeBudgetMs of [-1, NaN])
      expect(() => findLoopsThrough(graph, 'a', { timeBudgetMs })).toThrow(
        /^findLoopsThrough: timeBudgetMs/,
      );
  });
});

/** 40 companies, each paying every other: over 70 million loops of up to 6 companies through each. */
function dense(amount: (i: number, j: number) => number | null): MoneyGraph {
  const ids = Array.from({ length: 40 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const deals: Deal[] = [];
  ids.forEach((a, i) =>
    ids.forEach((b, j) => i !== j && deals.push(deal(a, b, { usd: amount(i, j) }))),
  );
  return buildMoneyGraph(companiesOf(...ids), deals);
}

/** A fixed pseudo-random amount per ordered pair, $0–100B. */
const scrambled = (i: number, j: number) => ((i * 7919 + j * 104729) % 1000) * 1e8;

describe('findLoopsThrough on a dense graph', () => {
  // Warm the JIT on another graph first: the first search in a process also pays
  // ~50 ms of compilation (more on a busy 2-core machine running tests in
  // parallel), which the app pays once per page, not per click.
  beforeAll(() => {
    const warm = dense((i, j) => ((i * 31 + j * 17) % 97) * 1e9);
    findLoopsThrough(warm, 'c01');
    // The 10-company search takes other paths through the engine: warm them too.
    findLoopsThrough(warm, 'c01', { maxLength: 10 });
  });

  it('returns the top 1,000 within 100 ms and says the list was cut', () => {
    const search = findLoopsThrough(dense(scrambled), 'c00');
    expect(search.elapsedMs).toBeLessThan(100);
    expect(search).toMatchObject({ truncated: true, stoppedBy: 'limit' });
    expect(search.loops).toHaveLength(1000);
    expect(search.total).toBeGreaterThan(1000);
    const sorted = [...search.loops].sort(compareLoops);
    expect(search.loops).toEqual(sorted);
  });

  it('breaks ties on dollars by length and ids when every amount is the same', () => {
    const search = findLoopsThrough(
      dense(() => null),
      'c00',
    );
    expect(search.elapsedMs).toBeLessThan(100);
    expect(search).toMatchObject({ truncated: true, stoppedBy: 'limit' });
    // 39 two-company loops, then the 961 three-company loops first by ids.
    expect(search.loops.filter((l) => l.companies.length === 2)).toHaveLength(39);
    expect(search.loops.at(-1)?.companies.length).toBe(3);
    expect(search.loops[39]?.companies).toEqual(['c00', 'c01', 'c02']);
    expect(search.loops.every((l) => l.circulatingUsd === null)).toBe(true);
  });

  it('stops on the time budget and says so', () => {
    const search = findLoopsThrough(dense(scrambled), 'c00', { timeBudgetMs: 0, limit: Infinity });
    expect(search).toMatchObject({ truncated: true, stoppedBy: 'time' });
    expect(search.elapsedMs).toBeLessThan(100);
    expect(search.total).toBeGreaterThanOrEqual(search.loops.length);
  });

  it('keeps up to 10 companies within the budget', () => {
    const search = findLoopsThrough(dense(scrambled), 'c00', { maxLength: 10 });
    expect(search.elapsedMs).toBeLessThan(250);
    expect(search.loops).toHaveLength(1000);
  });
});

describe('findTopLoops', () => {
  const graph = buildMoneyGraph(companiesOf('d', 'c', 'b', 'a', 'lone'), [
    deal('a', 'b', { usd: 5e9 }),
    deal('b', 'a', { usd: 8e9 }),
    deal('b', 'c', { usd: 4e9 }),
    deal('c', 'a', { usd: 4e9 }),
    deal('c', 'd', { usd: 9e9 }),
    deal('d', 'c', { usd: 9e9 }),
    deal('lone', 'a'),
  ]);

  it('lists each cycle once, read from its smallest id', () => {
    const search = findTopLoops(graph);
    expect(search.through).toBeNull();
    expect(chains(search)).toEqual(['c>d', 'a>b', 'a>b>c']);
    expect(new Set(search.loops.map((l) => loopKey(l.companies))).size).toBe(search.loops.length);
    expect(search).toMatchObject({ total: 3, truncated: false, stoppedBy: null });
  });

  it('keeps the top ones under a cap', () => {
    expect(chains(findTopLoops(graph, { limit: 2 }))).toEqual(['c>d', 'a>b']);
    expect(findTopLoops(graph, { limit: 2 })).toMatchObject({
      truncated: true,
      stoppedBy: 'limit',
    });
  });

  it('finds every loop of a dense graph once', () => {
    const small = (() => {
      const ids = ['a', 'b', 'c', 'd', 'e'];
      const deals = ids.flatMap((x) => ids.filter((y) => y !== x).map((y) => deal(x, y)));
      return buildMoneyGraph(companiesOf(...ids), deals);
    })();
    // Directed cycles of K5: C(5,k)·(k-1)! for k = 2..5 = 10 + 20 + 30 + 24.
    const search = findTopLoops(small, all);
    expect(search.total).toBe(84);
    expect(new Set(search.loops.map((l) => loopKey(l.companies))).size).toBe(84);
  });

  it('returns the top 1,000 of the dense graph within the budget', () => {
    const search = findTopLoops(dense(scrambled));
    expect(search).toMatchObject({ truncated: true, stoppedBy: 'limit' });
    expect(search.loops).toHaveLength(1000);
    expect(search.elapsedMs).toBeLessThan(250);
  });
});

describe('on the seed fixture', () => {
  const dataset = loadDataset(SEED_SLICE);
  const graph = buildMoneyGraph(dataset.companies, dataset.deals, {
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
  });
  const find = (loops: readonly Loop[], chain: string) =>
    loops.find((l) => l.companies.join('>') === chain);

  it('finds Microsoft → Anthropic → Microsoft: $5B, closed 2025-11-18', () => {
    const { loops } = findLoopsThrough(graph, 'microsoft');
    const loop = find(loops, 'microsoft>anthropic');
    expect(loop?.hops.map((h) => h.dealIds)).toEqual([
      ['msft-anthropic-equity-2025'], // the Foundry partnership carries no money
      ['anthropic-azure-30b'],
    ]);
    expect(loop).toMatchObject({ circulatingUsd: 5e9, estimated: false, closedOn: '2025-11-18' });
  });

  it('finds Microsoft → OpenAI → Microsoft with the three investment rounds on one hop', () => {
    const loop = find(findLoopsThrough(graph, 'microsoft').loops, 'microsoft>openai');
    expect(loop?.hops[0]?.dealIds).toEqual([
      'msft-openai-2019',
      'msft-openai-2023',
      'msft-openai-2024-round',
    ]);
    expect(loop).toMatchObject({ circulatingUsd: 11.75e9, closedOn: '2025-10-28' });
  });

  it('finds Nvidia → OpenAI → Oracle → Nvidia', () => {
    const loop = find(findLoopsThrough(graph, 'nvidia').loops, 'nvidia>openai>oracle');
    expect(loop).toMatchObject({ circulatingUsd: 40e9, closedOn: '2025-09-22' });
  });
});
