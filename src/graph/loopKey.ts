/**
 * Naming and restoring one loop, e.g. from a `loop=` URL parameter.
 *
 * Contract: `loopKey` is the same string for every rotation of a cycle (and
 * differs for the reverse direction): the ids read from the smallest one, joined
 * with commas (ids never contain commas). `findLoop` says whether exactly that
 * cycle exists in a graph and returns it, read from the first company given.
 * `rotateLoop` re-reads a loop from another of its companies.
 */
import type { MoneyGraph } from './moneyGraph';
import { loopOfEdges } from './results';
import type { Loop } from './types';

function smallestAt(companies: readonly string[]): number {
  let best = 0;
  companies.forEach((id, i) => {
    if (id < (companies[best] ?? id)) best = i;
  });
  return best;
}

const rotate = <T>(items: readonly T[], at: number): T[] => [
  ...items.slice(at),
  ...items.slice(0, at),
];

export function loopKey(companies: readonly string[]): string {
  return rotate(companies, smallestAt(companies)).join(',');
}

/** The loop through exactly these companies, in this order, or null if the graph has no such cycle. */
export function findLoop(graph: MoneyGraph, companies: readonly string[]): Loop | null {
  const n = companies.length;
  if (n < 2 || new Set(companies).size !== n) return null;
  const edges: number[] = [];
  for (const [i, from] of companies.entries()) {
    const a = graph.indexOf(from);
    const b = graph.indexOf(companies[(i + 1) % n] ?? from);
    const e = a < 0 || b < 0 ? -1 : graph.edgeIndex(a, b);
    if (e < 0) return null;
    edges.push(e);
  }
  return loopOfEdges(graph, [...companies], edges);
}

/** The same loop read from `companyId`; throws if the company is not on it. */
export function rotateLoop(loop: Loop, companyId: string): Loop {
  const at = loop.companies.indexOf(companyId);
  if (at < 0) throw new Error(`rotateLoop: company "${companyId}" is not on the loop`);
  if (at === 0) return loop;
  return { ...loop, companies: rotate(loop.companies, at), hops: rotate(loop.hops, at) };
}
