/**
 * The case that started "honest money", on a hand-made dataset
 * (tests/fixtures/loi-superseded.json): Nvidia's $100B letter of intent to
 * OpenAI, superseded on 2026-02-15 by a $30B equity stake. Whatever the view
 * date, the two are never summed; the LOI is never firm.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../tests/fixtures/load';
import { findLoop } from './loopKey';
import { findLoopsThrough, findTopLoops } from './loops';
import { buildMoneyGraph, type Rank } from './moneyGraph';
import { findPaths } from './paths';
import type { Loop } from './types';

const data = loadDataset('tests/fixtures/loi-superseded.json');
const graphAt = (asOf: string | null, rank: Rank = 'firm') =>
  buildMoneyGraph(data.companies, data.deals, {
    asOf,
    rank,
    usdPerGigawatt: data.assumptions?.usdPerGigawatt ?? null,
  });
const chain = (l: Loop) => l.companies.join('>');
const nvidiaLoop = (asOf: string | null) => findLoop(graphAt(asOf), ['nvidia', 'openai']);

describe('an LOI superseded by an equity stake', () => {
  it('before the end: the LOI counts, at face value as headline and 0 as firm', () => {
    const loop = nvidiaLoop('2026-02-14');
    expect(loop?.hops[0]?.dealIds).toEqual(['nvda-openai-loi']);
    // Headline: min($100B LOI, $50B chips). Firm: the LOI is 0.
    expect(loop).toMatchObject({ circulatingUsd: 50e9, firmUsd: 0, closedOn: '2025-09-22' });
  });

  it('from the end date on: only the stake counts, never LOI + stake', () => {
    for (const asOf of ['2026-02-15', '2026-03', data.asOf, null]) {
      const loop = nvidiaLoop(asOf);
      expect(loop?.hops[0]?.dealIds, String(asOf)).toEqual(['nvda-openai-equity']);
      expect(loop?.hops[0]?.usd).toBe(30e9);
      // Headline: min($30B stake, $50B chips); firm: min($30B, $20B first tranche).
      expect(loop).toMatchObject({ circulatingUsd: 30e9, firmUsd: 20e9, closedOn: '2026-02-15' });
    }
  });

  it('no hop anywhere, at any date, sums to $130B', () => {
    for (const asOf of ['2025-06', '2025-10', '2026-02-14', '2026-02-15', data.asOf, null]) {
      const graph = graphAt(asOf, 'headline');
      for (const hop of graph.hops) expect(hop.usd, `${hop.from}>${hop.to}`).not.toBe(130e9);
      expect(graph.hop('nvidia', 'openai')?.dealIds.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('before the LOI was announced there is no Nvidia loop at all', () => {
    expect(nvidiaLoop('2025-09-21')).toBeNull();
    expect(findLoopsThrough(graphAt('2025-09-21'), 'nvidia').loops).toEqual([]);
  });

  it('ranks by firm dollars: the LOI-era loop drops below the firm Microsoft loop', () => {
    const firm = findTopLoops(graphAt('2026-01-01'));
    expect(firm.rank).toBe('firm');
    // Both Nvidia loops are firm 0 (the LOI hop): then fewer companies first.
    expect(firm.loops.map(chain)).toEqual([
      'microsoft>openai',
      'nvidia>openai',
      'nvidia>openai>oracle',
    ]);
    expect(firm.loops.map((l) => l.firmUsd)).toEqual([1e9, 0, 0]);
    const headline = findTopLoops(graphAt('2026-01-01', 'headline'));
    expect(headline.loops.map(chain)).toEqual([
      'nvidia>openai',
      'nvidia>openai>oracle',
      'microsoft>openai',
    ]);
    expect(headline.loops.map((l) => l.circulatingUsd)).toEqual([50e9, 40e9, 1e9]);
  });

  it('knows which loops are in time order', () => {
    const loops = findTopLoops(graphAt(data.asOf)).loops;
    const inOrder = Object.fromEntries(loops.map((l) => [chain(l), l.inOrder]));
    // 2-company loops always are; Oracle's chips (May 2025) → stake (Feb 2026) → cloud (Jul 2025) is not.
    expect(inOrder).toEqual({
      'nvidia>openai': true,
      'microsoft>openai': true,
      'nvidia>openai>oracle': false,
    });
    const filtered = findTopLoops(graphAt(data.asOf), { inOrder: true });
    expect(filtered.loops.map(chain)).toEqual(['nvidia>openai', 'microsoft>openai']);
    expect(filtered.total).toBe(2);
  });

  it('paths carry both figures too, and their own time order', () => {
    const paths = findPaths(graphAt(data.asOf), 'oracle', 'openai').paths;
    expect(paths.map((p) => p.companies.join('>'))).toEqual(['oracle>nvidia>openai']);
    expect(paths[0]).toMatchObject({ throughputUsd: 30e9, firmUsd: 30e9, inOrder: true });
  });
});
