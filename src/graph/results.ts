/**
 * Loops and paths as callers see them, made from hops, and their ranking orders.
 *
 * Contract: `loopOf` / `pathOf` take companies and the hops between them (already
 * checked to match) and derive the figures: the smallest hop's dollars (null as
 * soon as one hop is unknown), whether any hop is an estimate, and the latest
 * hop date. The comparators are the orders the searches return, so a caller that
 * merges or re-sorts results keeps them consistent.
 */
import { dateStart } from '../model/format';
import { at } from './at';
import { UNKNOWN_VALUE, type MoneyGraph } from './moneyGraph';
import type { Ranked, WorstFirstHeap } from './rankedHeap';
import type { Hop, Loop, MoneyPath } from './types';

interface Figures {
  readonly usd: number | null;
  readonly estimated: boolean;
  readonly latest: string;
}

function figures(hops: readonly Hop[]): Figures {
  let usd: number | null = Infinity;
  let estimated = false;
  let latest = '';
  let latestStart = '';
  for (const hop of hops) {
    if (hop.usd == null) usd = null;
    else if (usd != null && hop.usd < usd) usd = hop.usd;
    estimated ||= hop.estimated;
    const start = dateStart(hop.since);
    if (start > latestStart) {
      latest = hop.since;
      latestStart = start;
    }
  }
  return { usd: usd === Infinity ? null : usd, estimated, latest };
}

interface Materialised extends Figures {
  readonly companies: string[];
  readonly hops: Hop[];
}

/**
 * A held search result as ids and hops. The figures come from the graph's
 * per-edge arrays and the result's own value, so no date is re-parsed.
 */
function materialise(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): Materialised {
  const companies: string[] = [];
  const hops: Hop[] = [];
  for (let i = 0; i < r.length; i++)
    companies.push(at(graph.ids, heap.vertex(r, i), 'materialise'));
  let estimated = false;
  let latest = heap.edge(r, 0);
  for (let i = 0; i < r.hops; i++) {
    const e = heap.edge(r, i);
    hops.push(at(graph.hops, e, 'materialise'));
    if (graph.hopEstimated[e] === 1) estimated = true;
    if ((graph.hopSince[e] ?? 0) > (graph.hopSince[latest] ?? 0)) latest = e;
  }
  return {
    companies,
    hops,
    usd: r.value === UNKNOWN_VALUE ? null : r.value,
    estimated,
    latest: at(graph.hops, latest, 'materialise').since,
  };
}

export function loopFromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): Loop {
  const m = materialise(graph, heap, r);
  return {
    companies: m.companies,
    hops: m.hops,
    circulatingUsd: m.usd,
    estimated: m.estimated,
    closedOn: m.latest,
  };
}

export function pathFromHeap(graph: MoneyGraph, heap: WorstFirstHeap, r: Ranked): MoneyPath {
  const m = materialise(graph, heap, r);
  return {
    companies: m.companies,
    hops: m.hops,
    throughputUsd: m.usd,
    estimated: m.estimated,
    openedOn: m.latest,
  };
}

export function loopOf(companies: readonly string[], hops: readonly Hop[]): Loop {
  const f = figures(hops);
  return { companies, hops, circulatingUsd: f.usd, estimated: f.estimated, closedOn: f.latest };
}

export function pathOf(companies: readonly string[], hops: readonly Hop[]): MoneyPath {
  const f = figures(hops);
  return { companies, hops, throughputUsd: f.usd, estimated: f.estimated, openedOn: f.latest };
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

/** More dollars first; unknown below every figure. */
function byUsd(a: number | null, b: number | null): number {
  const x = a ?? UNKNOWN_VALUE;
  const y = b ?? UNKNOWN_VALUE;
  return x > y ? -1 : x < y ? 1 : 0;
}

/** Circulating dollars (unknown last), then fewer companies, earlier closedOn, ids. */
export function compareLoops(a: Loop, b: Loop): number {
  return (
    byUsd(a.circulatingUsd, b.circulatingUsd) ||
    a.companies.length - b.companies.length ||
    byText(dateStart(a.closedOn), dateStart(b.closedOn)) ||
    byIds(a.companies, b.companies)
  );
}

/** Fewer companies, then throughput (unknown last), earlier openedOn, ids. */
export function comparePaths(a: MoneyPath, b: MoneyPath): number {
  return (
    a.companies.length - b.companies.length ||
    byUsd(a.throughputUsd, b.throughputUsd) ||
    byText(dateStart(a.openedOn), dateStart(b.openedOn)) ||
    byIds(a.companies, b.companies)
  );
}
