import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../../tests/fixtures/load';
import { buildMoneyGraph, findLoop } from '../../graph';
import { hopDollarsText } from './money';

const dataset = loadDataset(BUNDLED);
const graph = buildMoneyGraph(dataset.companies, dataset.deals, {
  usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
  asOf: dataset.asOf,
  rank: 'firm',
});
const hops = (companies: string[]) => findLoop(graph, companies)?.hops ?? [];

describe("a hop's dollars in the player", () => {
  it('say "up to" as the card and the arrows do', () => {
    const [out, back] = hops(['microsoft', 'anthropic']);
    // Microsoft's "up to $5B" in Anthropic: none of it is known to be paid.
    expect(out && hopDollarsText(out)).toBe('up to $5B');
    expect(back && hopDollarsText(back)).toBe('$30B');
    // Amazon's $50B: $15B up front, the rest contingent.
    const [amazon] = hops(['amazon', 'openai']);
    expect(amazon && hopDollarsText(amazon)).toBe('$15B · up to $50B');
  });
});
