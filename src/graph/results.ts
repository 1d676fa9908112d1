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

/**
 * The figures of one result, filled in place by `materialise`: results are made
 * one after the other, synchronously, so one record serves them all and listing
 * a thousand loops allocates only what the loops themselves hold.
 */
const figures = {
  usd: null as number | null,
  estimated: false,
  firmUsd: null as number | null,
  firmEstimated: false,
  latest: '',
  inOrder: false,
};

/**
 * The hops edges[at .. at + count - 1] as an array, with their figures written
 * to `figures`, in one pass over the hops.
 */
function materialise(
  graph: MoneyGraph,
  edges: ArrayLike<number>,
  at: number,
  count: number,
  cyclic: boolean,
): Hop[] {
  const hops = new Array<Hop>(count);
  let usd = Infinity;
  let firm = Infinity;
  let estimated = false;
  let firmEstimated = false;
  let latest = edges[at] ?? 0;
  const { hopUsd, hopFirmUsd, hopEstimated, hopFirmEstimated, hopSince, dealStart, dealDay } =
    graph;
  // Time order, settled here for most results (see settledOrder): how often the
  // hops' earliest dates fall back (a cycle also compares its last hop with its
  // first), and whether every hop holds a single deal.
  let previous = cyclic ? (hopSince[edges[at + count - 1] ?? 0] ?? 0) : -1;
  let falls = 0;
  let single = true;
  let latestSince = hopSince[latest] ?? 0;
  for (let i = 0; i < count; i++) {
    const e = edges[at + i] ?? 0;
    const hop = graph.hops[e];
    if (hop === undefined) throw new Error(`materialise: no hop ${e}`);
    hops[i] = hop;
    // Unknown (NaN) sticks: once NaN, no comparison replaces it.
    const value = hopUsd[e] ?? NaN;
    const firmValue = hopFirmUsd[e] ?? NaN;
    if (value < usd || Number.isNaN(value)) usd = value;
    if (firmValue < firm || Number.isNaN(firmValue)) firm = firmValue;
    if (hopEstimated[e] === 1) estimated = true;
    if (hopFirmEstimated[e] === 1) firmEstimated = true;
    const since = hopSince[e] ?? 0;
    if (since > latestSince) {
      latest = e;
      latestSince = since;
    }
    if (since < previous) falls++;
    previous = since;
    if ((dealStart[e + 1] ?? 0) - (dealStart[e] ?? 0) !== 1) single = false;
  }
  figures.usd = Number.isNaN(usd) || usd === Infinity ? null : usd;
  figures.estimated = estimated;
  figures.firmUsd = Number.isNaN(firm) || firm === Infinity ? null : firm;
  figures.firmEstimated = firmEstimated;
  figures.latest = graph.hops[latest]?.since ?? '';
  figures.inOrder =
    settledOrder(cyclic, count, falls, single) ??
    (cyclic
      ? cycleInOrder(dealStart, dealDay, edges, count, at)
      : pathInOrder(dealStart, dealDay, edges, count, at));
  return hops;
}

/**
 * Time order without the greedy walk (timeOrder.ts), from the hops' earliest
 * dates alone, or null when only the walk can tell. This runs once per listed
 * result, so it must cost next to nothing. When the earliest dates never fall
 * back (a cycle: at most once, going round), picking each hop's earliest deal,
 * from just after the fall, is in order. When they do fall back (a cycle: twice
 * or more) and every hop holds one deal, there is no other pick to try.
 */
function settledOrder(
  cyclic: boolean,
  count: number,
  falls: number,
  single: boolean,
): boolean | null {
  if (cyclic && count <= 2) return count > 0;
  if (falls <= (cyclic ? 1 : 0)) return true;
  return single ? false : null;
}

/** The companies of a held search result, as ids. */
function companiesOf(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): string[] {
  const companies = new Array<string>(r.length);
  for (let i = 0; i < r.length; i++) companies[i] = graph.ids[heap.vertex(r, i)] ?? '';
  return companies;
}

/** A loop of `companies` and `hops`, with the figures `materialise` just wrote. */
const asLoop = (companies: string[], hops: Hop[]): Loop => ({
  companies,
  hops,
  circulatingUsd: figures.usd,
  estimated: figures.estimated,
  firmUsd: figures.firmUsd,
  firmEstimated: figures.firmEstimated,
  inOrder: figures.inOrder,
  closedOn: figures.latest,
});

const asPath = (companies: string[], hops: Hop[]): MoneyPath => ({
  companies,
  hops,
  throughputUsd: figures.usd,
  estimated: figures.estimated,
  firmUsd: figures.firmUsd,
  firmEstimated: figures.firmEstimated,
  inOrder: figures.inOrder,
  openedOn: figures.latest,
});

export function loopFromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): Loop {
  const companies = companiesOf(graph, heap, r);
  return asLoop(companies, materialise(graph, heap.arena, heap.edgesAt(r), r.hops, true));
}

export function pathFromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): MoneyPath {
  const companies = companiesOf(graph, heap, r);
  return asPath(companies, materialise(graph, heap.arena, heap.edgesAt(r), r.hops, false));
}

/** A loop from search records (loops.ts): its hops are edges[at .. at + companies.length - 1]. */
export function loopOfRecord(
  graph: MoneyGraph,
  companies: string[],
  edges: Int32Array,
  at: number,
): Loop {
  return asLoop(companies, materialise(graph, edges, at, companies.length, true));
}

/** The loop through `companies` along the graph edges `edges` (edges[i]: companies[i] → next). */
export function loopOfEdges(graph: MoneyGraph, companies: string[], edges: number[]): Loop {
  return asLoop(companies, materialise(graph, edges, 0, edges.length, true));
}

export function pathOfEdges(graph: MoneyGraph, companies: string[], edges: number[]): MoneyPath {
  return asPath(companies, materialise(graph, edges, 0, edges.length, false));
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
