/**
 * Hop distances back to a target: breadth-first search on the reversed money graph.
 *
 * Contract: on entry every `dist` entry is FAR; on return dist[v] is the fewest
 * hops from v to `target` (0 for the target itself) for every v within
 * `maxDepth` hops, and FAR elsewhere. Only vertices that pass the restrictions
 * are entered: same strongly connected component as the target when
 * `sameComponent`, and `excluded[v] === 0` when a mask is given. Returns how many
 * vertices were reached; they are `queue[0 .. n-1]`, so the caller can reset
 * `dist` to FAR in O(n) instead of O(size). Hops worth less than `minValue`
 * (hopValue) are not followed: a search with a dollar floor never walks them,
 * so distances over the hops it may walk are the ones it needs.
 *
 * The searches prune a branch at v when even the shortest way back (dist[v])
 * would make the result too long; FAR then also means "cannot get back at all".
 */
import type { MoneyGraph } from './moneyGraph';

/** "Unreachable": large enough to exceed any length, small enough not to overflow. */
export const FAR = 0x3fffffff;

export function distancesTo(
  graph: Pick<MoneyGraph, 'inStart' | 'inSource' | 'inEdge' | 'hopValue' | 'component'>,
  target: number,
  maxDepth: number,
  dist: Int32Array,
  queue: Int32Array,
  sameComponent: boolean,
  excluded: Uint8Array | null,
  minValue = -Infinity,
): number {
  const { inStart, inSource, inEdge, hopValue, component } = graph;
  const floored = minValue !== -Infinity;
  const home = component[target] ?? -1;
  dist[target] = 0;
  queue[0] = target;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++] ?? target;
    const next = (dist[v] ?? FAR) + 1;
    if (next > maxDepth) break; // BFS order: everything left is at least as far
    for (let i = inStart[v] ?? 0, end = inStart[v + 1] ?? 0; i < end; i++) {
      const u = inSource[i] ?? target;
      if (dist[u] !== FAR) continue;
      if (sameComponent && component[u] !== home) continue;
      if (excluded !== null && excluded[u] !== 0) continue;
      if (floored && (hopValue[inEdge[i] ?? 0] ?? 0) < minValue) continue;
      dist[u] = next;
      queue[tail++] = u;
    }
  }
  return tail;
}

/** Puts `dist` back to all-FAR after `distancesTo` reached `count` vertices. */
export function resetDistances(dist: Int32Array, queue: Int32Array, count: number): void {
  for (let i = 0; i < count; i++) dist[queue[i] ?? 0] = FAR;
}
