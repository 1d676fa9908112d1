/**
 * The seeded benchmark graphs of `npm run bench:loops` (and of the A/B script
 * bench/loopsAb.ts): `size` companies, 4 deals each, grown by preferential
 * attachment so that a few hubs hold many deals; 10 % of deals have no figure and
 * 10 % are quoted in gigawatts. The same seed always gives the same graph.
 */
import type { Deal } from '../src/model';
import { seeded } from '../tests/fixtures/generate';

const DEALS_PER_COMPANY = 4;
/** Share of counterparts picked in proportion to their deals (the rest uniformly). */
const PREFERENTIAL = 0.8;
const TYPES = ['investment', 'cloud', 'chips'] as const;

export interface Generated {
  readonly companies: { id: string }[];
  readonly deals: Deal[];
  readonly degree: number[];
}

/** Each new company makes 4 deals; half the counterparts are picked in proportion to their deals. */
export function generate(size: number, seed: number): Generated {
  const random = seeded(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const companies = Array.from({ length: size }, (_, i) => ({ id: `c${i}` }));
  const degree = new Array<number>(size).fill(0);
  const ends: number[] = []; // every deal end so far: picking from it favours hubs
  const deals: Deal[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < DEALS_PER_COMPANY; j++) {
      let other =
        ends.length > 0 && random() < PREFERENTIAL ? (ends[pick(ends.length)] ?? 0) : pick(size);
      if (other === i) other = (i + 1) % size;
      const [from, to] = random() < 0.5 ? [i, other] : [other, i];
      const roll = random();
      const amountUsd =
        roll < 0.1 ? null : roll < 0.2 ? null : Math.round(10 ** (7 + random() * 4.5));
      const computeGw = roll >= 0.1 && roll < 0.2 ? 0.5 + random() * 4.5 : null;
      deals.push({
        id: `d${deals.length}`,
        from: `c${from}`,
        to: `c${to}`,
        type: TYPES[pick(TYPES.length)] ?? 'investment',
        amountUsd,
        computeGw,
        announced: `${2015 + pick(11)}-${String(1 + pick(12)).padStart(2, '0')}`,
        status: 'closed',
        confidence: 'high',
        sources: [{ title: 'benchmark', url: 'https://example.org' }],
      });
      ends.push(from, to);
      degree[from] = (degree[from] ?? 0) + 1;
      degree[to] = (degree[to] ?? 0) + 1;
    }
  }
  return { companies, deals, degree };
}
