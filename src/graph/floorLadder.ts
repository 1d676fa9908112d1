/**
 * Dollar floors for the "rising threshold" rounds of the loop search.
 *
 * Contract: `floorLadder(graph, only, floor, limit, maxLength)` returns a
 * function giving the next round's floor, given how many loops the previous
 * round found (nothing for the first round). Floors strictly decrease and end
 * with `floor`, whose round is known to fill the list. A round at floor T walks
 * only hops of at least T dollars — a small, rich subgraph — and the first round
 * that fills the list holds the top loops.
 *
 * Floors are quantiles of the hop dollars inside the searched components: the
 * first round takes the top 1/64 of hops; each next one widens the share by the
 * factor that should bring the count to about twice `limit`, since the number
 * of loops grows roughly as (share)^maxLength. The quantiles come from an evenly
 * spaced sample of at most 1,024 hops: one scan of the edges, no full sort.
 */
import type { MoneyGraph } from './moneyGraph';

const SAMPLE = 1024;
const FIRST_SHARE = 1 / 64;
const MIN_GROWTH = 1.5;
const MAX_GROWTH = 16;

export function floorLadder(
  graph: Pick<MoneyGraph, 'size' | 'outStart' | 'outTarget' | 'hopValue' | 'component'>,
  /** Only hops inside this component; null = inside any component. */
  only: number | null,
  floor: number,
  limit: number,
  maxLength: number,
): (found?: number) => number {
  const { size, outStart, outTarget, hopValue, component } = graph;
  const inside = (u: number, e: number) => {
    const c = component[u];
    return c === component[outTarget[e] ?? 0] && (only === null || c === only);
  };
  let count = 0;
  for (let u = 0; u < size; u++)
    for (let e = outStart[u] ?? 0, end = outStart[u + 1] ?? 0; e < end; e++)
      if (inside(u, e)) count++;
  const stride = Math.max(1, Math.ceil(count / SAMPLE));
  const sample: number[] = [];
  let seen = 0;
  for (let u = 0; u < size; u++)
    for (let e = outStart[u] ?? 0, end = outStart[u + 1] ?? 0; e < end; e++)
      if (inside(u, e) && seen++ % stride === 0) sample.push(hopValue[e] ?? 0);
  sample.sort((a, b) => b - a);

  let share = 0;
  let last = Infinity;
  return (found) => {
    if (last === floor) return floor;
    if (found === undefined) share = FIRST_SHARE;
    else {
      const growth = (2 * limit) / Math.max(found, 1);
      share *= Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, growth ** (1 / maxLength)));
    }
    const value = share < 1 ? sample[Math.floor(sample.length * share)] : undefined;
    last = value !== undefined && value > floor && value < last ? value : floor;
    return last;
  };
}
