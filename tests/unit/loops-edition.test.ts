/**
 * Issue 10's reading of the December 2026 edition as a financial journalist
 * would: the top loops a reader is shown first must each be a story one could
 * defend with its citations. Longer chains (4+ companies) of deals that nothing
 * ties together stay listed, but after the direct loops and labelled as chains
 * of separate deals (src/graph/chains.ts, docs/loops.md). Real file, real engine,
 * the app's default search (whole graph, up to 6 companies, firm dollars).
 */
import { describe, expect, it } from 'vitest';
import {
  buildMoneyGraph,
  chainText,
  directFirst,
  findLoopsThrough,
  findTopLoops,
  isChain,
  LOOP_DEFAULTS,
  type Loop,
} from '../../src/graph';
import { BUNDLED, loadDataset } from '../fixtures/load';

const data = loadDataset(BUNDLED);
const names = new Map(data.companies.map((c) => [c.id, c.name]));
const text = (l: Loop) => chainText(l.companies, (id) => names.get(id) ?? id);
const graph = buildMoneyGraph(data.companies, data.deals, {
  usdPerGigawatt: data.assumptions?.usdPerGigawatt ?? null,
  asOf: data.asOf,
});
const top = findTopLoops(graph);
const { direct, chains } = directFirst(top.loops);
/** What the app lists first: direct loops, then the chains. */
const shown = [...direct, ...chains];

describe('the December edition, top loops as a journalist reads them', () => {
  it('searches as the app does: the whole graph, up to 6 companies, by firm dollars', () => {
    expect(top.maxLength).toBe(LOOP_DEFAULTS.maxLength);
    expect(top.rank).toBe('firm');
    expect(top.truncated).toBe(false);
  });

  it('the top loops by firm dollars did include chains of unrelated deals (the problem)', () => {
    const firstTen = top.loops.slice(0, 10);
    expect(firstTen.filter(isChain).map(text)).toContain(
      'Amazon → Anthropic → Nvidia → OpenAI → Amazon',
    );
    expect(firstTen.filter(isChain).length).toBeGreaterThanOrEqual(3);
  });

  it('the first ten loops shown are direct loops, led by the stories the sources tell', () => {
    const firstTen = shown.slice(0, 10);
    expect(firstTen.every((l) => !isChain(l))).toBe(true);
    expect(firstTen.slice(0, 8).map(text)).toEqual([
      'Nvidia → OpenAI → Oracle → Nvidia',
      'Amazon → OpenAI → Amazon',
      'Anthropic → Google → Anthropic',
      'Amazon → Anthropic → Amazon',
      'Microsoft → OpenAI → Microsoft',
      'Anthropic → Nvidia → Anthropic',
      'AMD → OpenAI → AMD',
      'Anthropic → Microsoft → Anthropic',
    ]);
  });

  it('Anthropic → Microsoft → Anthropic falls to $0 firm: no source says any of Microsoft’s up to $5B was paid', () => {
    const loop = shown.find((l) => text(l) === 'Anthropic → Microsoft → Anthropic');
    expect(loop?.hops.map((h) => h.dealIds.includes('msft-anthropic-equity-2025'))).toContain(true);
    expect(loop?.circulatingUsd).toBe(5e9);
    expect(loop?.firmUsd).toBe(0);
    // Nvidia's $10B, reported as invested, still carries its loop in full.
    expect(shown.find((l) => text(l) === 'Anthropic → Nvidia → Anthropic')?.firmUsd).toBe(10e9);
  });

  it('no listed loop is dropped: the chains follow, in firm order, every one of them', () => {
    expect(shown).toHaveLength(top.loops.length);
    expect(chains.length).toBeGreaterThan(0);
    expect(chains.every(isChain)).toBe(true);
    // Each group keeps the engine's order (firm dollars, then fewer companies, …).
    const rankOf = new Map(top.loops.map((l, i) => [l, i]));
    for (const group of [direct, chains])
      group.forEach((l, i) => {
        if (i > 0) expect(rankOf.get(l)).toBeGreaterThan(rankOf.get(group[i - 1] as Loop) ?? -1);
      });
    expect(chains.map(text)).toContain('Amazon → Anthropic → Nvidia → OpenAI → Amazon');
  });

  it('loops through a company follow the same rule: Amazon leads with its own round trips', () => {
    const amazon = directFirst(findLoopsThrough(graph, 'amazon').loops);
    expect(amazon.direct.slice(0, 2).map(text)).toEqual([
      'Amazon → OpenAI → Amazon',
      'Amazon → Anthropic → Amazon',
    ]);
    expect(amazon.chains.map(text)).toContain('Amazon → Anthropic → Nvidia → OpenAI → Amazon');
  });
});
