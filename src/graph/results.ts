/**
 * Loops and paths as callers see them, made from the graph's edges, and their
 * ranking orders.
 *
 * Contract: `loopOfEdges` / `pathOfEdges` take companies and the graph's edge
 * indices between them (already checked to match) and derive the figures: the
 * smallest hop's headline dollars and the smallest hop's firm dollars (each null
 * as soon as one hop is unknown; 0 is a figure), whether any hop is an estimate,
 * the latest hop date, and time order (timeOrder.ts). The comparators are the
 * orders the searches return, so a caller that merges or re-sorts results keeps
 * them consistent.
 */
import { dateStart } from '../model/format';
import { UNKNOWN_VALUE, type MoneyGraph, type Rank } from './moneyGraph';
import type { Ranked, WorstFirstHeap } from './rankedHeap';
import { cycleInOrder, pathInOrder } from './timeOrder';
import type { Hop, Loop, MoneyPath } from './types';

interface Materialised {
  readonly companies: string[];
  readonly hops: Hop[];
  readonly usd: number | null;
  readonly estimated: boolean;
  readonly firmUsd: number | null;
  readonly firmEstimated: boolean;
  readonly latest: string;
  readonly inOrder: boolean;
}

/**
 * The figures of the hops edges[at .. at + count - 1], in one pass: this runs
 * once per listed loop, so it allocates only the result's two arrays.
 */
function materialise(
  graph: MoneyGraph,
  companies: string[],
  edges: ArrayLike<number>,
  at: number,
  count: number,
  cyclic: boolean,
): Materialised {
  const hops = new Array<Hop>(count);
  let usd = Infinity;
  let firm = Infinity;
  let estimated = false;
  let firmEstimated = false;
  let latest = edges[at] ?? 0;
  for (let i = 0; i < count; i++) {
    const e = edges[at + i] ?? 0;
    const hop = graph.hops[e];
    if (hop === undefined) throw new Error(`materialise: no hop ${e}`);
    hops[i] = hop;
    usd = hop.usd == null ? NaN : hop.usd < usd ? hop.usd : usd;
    firm = hop.firmUsd == null ? NaN : hop.firmUsd < firm ? hop.firmUsd : firm;
    if (hop.estimated) estimated = true;
    if (hop.firmEstimated) firmEstimated = true;
    if ((graph.hopSince[e] ?? 0) > (graph.hopSince[latest] ?? 0)) latest = e;
  }
  const { dealStart, dealDay } = graph;
  return {
    companies,
    hops,
    // NaN marks "some hop unknown" (NaN stays NaN through the comparisons above).
    usd: Number.isNaN(usd) || usd === Infinity ? null : usd,
    estimated,
    firmUsd: Number.isNaN(firm) || firm === Infinity ? null : firm,
    firmEstimated,
    latest: graph.hops[latest]?.since ?? '',
    inOrder: cyclic
      ? cycleInOrder(dealStart, dealDay, edges, count, at)
      : pathInOrder(dealStart, dealDay, edges, count, at),
  };
}

/** A held search result as ids and hops. */
function fromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked, cyclic: boolean) {
  const companies = new Array<string>(r.length);
  for (let i = 0; i < r.length; i++) companies[i] = graph.ids[heap.vertex(r, i)] ?? '';
  return materialise(graph, companies, heap.arena, heap.edgesAt(r), r.hops, cyclic);
}

const asLoop = (m: Materialised): Loop => ({
  companies: m.companies,
  hops: m.hops,
  circulatingUsd: m.usd,
  estimated: m.estimated,
  firmUsd: m.firmUsd,
  firmEstimated: m.firmEstimated,
  inOrder: m.inOrder,
  closedOn: m.latest,
});

const asPath = (m: Materialised): MoneyPath => ({
  companies: m.companies,
  hops: m.hops,
  throughputUsd: m.usd,
  estimated: m.estimated,
  firmUsd: m.firmUsd,
  firmEstimated: m.firmEstimated,
  inOrder: m.inOrder,
  openedOn: m.latest,
});

export function loopFromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): Loop {
  return asLoop(fromHeap(graph, heap, r, true));
}

export function pathFromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): MoneyPath {
  return asPath(fromHeap(graph, heap, r, false));
}

/** The loop through `companies` along the graph edges `edges` (edges[i]: companies[i] → next). */
export function loopOfEdges(graph: MoneyGraph, companies: string[], edges: number[]): Loop {
  return asLoop(materialise(graph, companies, edges, 0, edges.length, true));
}

export function pathOfEdges(graph: MoneyGraph, companies: string[], edges: number[]): MoneyPath {
  return asPath(materialise(graph, companies, edges, 0, edges.length, false));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byIds(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = byText(a[i] ?? '', b[i] ?? '');
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** More dollars first; 0 below every positive figure; unknown below every figure. */
function byUsd(a: number | null, b: number | null): number {
  const x = a ?? UNKNOWN_VALUE;
  const y = b ?? UNKNOWN_VALUE;
  return x > y ? -1 : x < y ? 1 : 0;
}

/** The figure a loop ranks by. */
export const rankedUsd = (loop: Loop, rank: Rank): number | null =>
  rank === 'firm' ? loop.firmUsd : loop.circulatingUsd;

/** The ranked figure (unknown last), then fewer companies, earlier closedOn, ids. */
export function compareLoops(a: Loop, b: Loop, rank: Rank = 'firm'): number {
  return (
    byUsd(rankedUsd(a, rank), rankedUsd(b, rank)) ||
    a.companies.length - b.companies.length ||
    byText(dateStart(a.closedOn), dateStart(b.closedOn)) ||
    byIds(a.companies, b.companies)
  );
}

/** Fewer companies, then the ranked throughput (unknown last), earlier openedOn, ids. */
export function comparePaths(a: MoneyPath, b: MoneyPath, rank: Rank = 'firm'): number {
  const usd = (p: MoneyPath) => (rank === 'firm' ? p.firmUsd : p.throughputUsd);
  return (
    a.companies.length - b.companies.length ||
    byUsd(usd(a), usd(b)) ||
    byText(dateStart(a.openedOn), dateStart(b.openedOn)) ||
    byIds(a.companies, b.companies)
  );
}
