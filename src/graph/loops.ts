/**
 * Money loops: the directed simple cycles of the money graph, ranked by the
 * dollars that can have gone all the way round.
 *
 * Contract:
 * - `findLoopsThrough(graph, id)` lists the cycles through one company, each
 *   read from that company; `findTopLoops(graph)` lists the cycles of the whole
 *   graph, each once, read from its company with the smallest id (the rotation
 *   `loopKey` uses, so a list and a link agree whatever the dataset order).
 * - Cycles have 2..maxLength companies. Parallel deals never multiply loops: a
 *   loop is a sequence of companies, and each hop carries all its deals.
 * - At most `limit` loops are returned, and they are the top ones in the order
 *   of `compareLoops` (dollars, unknown last; fewer companies; earlier closedOn;
 *   ids). `total` counts the loops found: exact when `truncated` is false; when
 *   the cap cut the list it is a lower bound (at least limit + 1), because
 *   branches that cannot reach the top are never walked. When the time budget
 *   ran out (`stoppedBy: 'time'`), the loops are the best of those found.
 *
 * How: only the company's strongly connected component can hold its cycles,
 * and a branch stops as soon as the shortest way back (BFS on the reversed
 * graph) would make the loop too long. A first depth-first pass collects
 * everything, keeping the top `limit` in a heap and skipping branches that
 * cannot beat its worst loop (branch and bound). Most searches end there. If
 * the cap overflowed and the pass drags on — typically many loops tying on
 * dollars, which the bound cannot cut — it stops, and the search runs again in
 * rounds with a dollar floor: hops below the floor are never walked, and the
 * floor is lowered round by round (floorLadder) until a round fills the list.
 * The full heap of the first pass proves there are `limit` loops at or above
 * its worst, so that is the lowest floor ever needed. Each round goes length by
 * length (iterative deepening), so short loops fill the heap first and the
 * bound also cuts on length. The whole-graph search roots each cycle at its
 * smallest id and only walks larger ones from there (as in Johnson, "Finding
 * all the elementary circuits of a directed graph", SIAM J. Comput. 1975).
 */
import { walk } from './boundedSearch';
import { createBoundedSearch, finishSearch, restart, type BoundedSearch } from './searchState';
import { distancesTo, resetDistances } from './distances';
import type { MoneyGraph } from './moneyGraph';
import { loopOfRecord } from './results';
import { floorLadder } from './floorLadder';
import type { SearchGraph } from './searchGraph';
import { checkOptions, type CheckedOptions } from './searchOptions';
import type { LoopRecords, LoopSearch, SearchOptions } from './types';

export const LOOP_DEFAULTS: CheckedOptions = { maxLength: 6, limit: 1000, timeBudgetMs: 250 };

export function findLoopsThrough(
  graph: MoneyGraph,
  companyId: string,
  options: SearchOptions = {},
): LoopSearch {
  return loopsOfRecords(graph, searchLoopsThrough(graph, companyId, options));
}

export function findTopLoops(graph: MoneyGraph, options: SearchOptions = {}): LoopSearch {
  return loopsOfRecords(graph, searchTopLoops(graph, options));
}

/**
 * `findLoopsThrough` up to the results as indices (LoopRecords): what a worker
 * runs on its SearchGraph and sends back.
 */
export function searchLoopsThrough(
  graph: SearchGraph,
  companyId: string,
  options: SearchOptions = {},
): LoopRecords {
  const started = performance.now();
  const opts = checkOptions('findLoopsThrough', options, LOOP_DEFAULTS);
  const start = graph.indexOf(companyId);
  if (start < 0) throw new Error(`findLoopsThrough: unknown company "${companyId}"`);
  const search = createBoundedSearch(
    graph,
    'loop',
    opts.maxLength,
    opts.limit,
    started + opts.timeBudgetMs,
    options.inOrder === true,
  );
  const total = enumerateCycles(search, [start], opts.maxLength, null);
  return finish(search, companyId, opts.maxLength, total, started);
}

/** `findTopLoops` up to the results as indices (see searchLoopsThrough). */
export function searchTopLoops(graph: SearchGraph, options: SearchOptions = {}): LoopRecords {
  const started = performance.now();
  const opts = checkOptions('findTopLoops', options, LOOP_DEFAULTS);
  const roots: number[] = [];
  for (let v = 0; v < graph.size; v++)
    if ((graph.componentSizes[graph.component[v] ?? 0] ?? 0) > 1) roots.push(v);
  roots.sort((a, b) => (graph.idRank[a] ?? 0) - (graph.idRank[b] ?? 0));
  const search = createBoundedSearch(
    graph,
    'loop',
    opts.maxLength,
    opts.limit,
    started + opts.timeBudgetMs,
    options.inOrder === true,
  );
  const total = enumerateCycles(search, roots, opts.maxLength, new Uint8Array(graph.size));
  return finish(search, null, opts.maxLength, total, started);
}

/**
 * The loops of records made on this graph (or on a SearchGraph made from it):
 * the graph's own Hop objects, figures and time order. `elapsedMs` adds the
 * time taken here to the search's.
 */
export function loopsOfRecords(graph: MoneyGraph, records: LoopRecords): LoopSearch {
  const started = performance.now();
  const { offsets, vertices, edges, ...rest } = records;
  const loops = new Array<LoopSearch['loops'][number]>(Math.max(0, offsets.length - 1));
  for (let i = 0; i < loops.length; i++) {
    const from = offsets[i] ?? 0;
    const count = (offsets[i + 1] ?? 0) - from;
    const companies = new Array<string>(count);
    for (let j = 0; j < count; j++) {
      const id = graph.ids[vertices[from + j] ?? -1];
      if (id === undefined) throw new Error('loopsOfRecords: the records are of another graph');
      companies[j] = id;
    }
    loops[i] = loopOfRecord(graph, companies, edges, from);
  }
  return { ...rest, loops, elapsedMs: rest.elapsedMs + (performance.now() - started) };
}

/**
 * Walks the cycles through each root in turn; with `excluded`, roots already done
 * are closed off, so each cycle is found once, from its first root. Returns the
 * number of loops found (see `total`).
 */
function enumerateCycles(
  search: BoundedSearch,
  roots: readonly number[],
  maxLength: number,
  excluded: Uint8Array | null,
): number {
  const pass = (byLength: boolean) => {
    excluded?.fill(0);
    for (const root of roots) {
      const reached = distancesTo(
        search.graph,
        root,
        maxLength - 1,
        search.dist,
        search.queue,
        true,
        excluded,
        search.floor,
      );
      if (byLength)
        for (let length = 2; length <= maxLength && !search.stopped; length++)
          walk(search, root, root, length, true);
      else walk(search, root, root, maxLength, false);
      resetDistances(search.dist, search.queue, reached);
      if (excluded) excluded[root] = 1;
      if (search.stopped) return;
    }
  };
  search.capAfterReject = true;
  pass(false);
  if (search.stopped !== 'cap') return search.found;

  // More than `limit` loops exist (the first pass left one out) and the first
  // pass's full heap proves `limit` loops of at least its worst dollars.
  let total = search.found;
  const root = roots[0];
  const only = excluded === null && root !== undefined ? (search.graph.component[root] ?? 0) : null;
  const fallback = search.heap.top.value;
  const nextFloor = floorLadder(search.graph, only, fallback, search.limit, maxLength);
  for (let floor = nextFloor(); ; floor = nextFloor(search.found)) {
    restart(search, floor);
    pass(true);
    total = Math.max(total, search.found);
    if (search.stopped || search.heap.size >= search.limit || floor === fallback) break;
  }
  return total;
}

function finish(
  search: BoundedSearch,
  through: string | null,
  maxLength: number,
  total: number,
  started: number,
): LoopRecords {
  finishSearch(search);
  const { graph, heap } = search;
  const sorted = heap.sorted();
  const offsets = new Int32Array(sorted.length + 1);
  sorted.forEach((r, i) => (offsets[i + 1] = (offsets[i] ?? 0) + r.length));
  const size = offsets[sorted.length] ?? 0;
  const vertices = new Int32Array(size);
  const edges = new Int32Array(size);
  sorted.forEach((r, i) => {
    const at = offsets[i] ?? 0;
    for (let j = 0; j < r.length; j++) {
      vertices[at + j] = heap.vertex(r, j);
      edges[at + j] = heap.edge(r, j);
    }
  });
  const stoppedBy = search.stopped === 'time' ? 'time' : search.rejected ? 'limit' : null;
  return {
    through,
    rank: graph.rank,
    asOf: graph.asOf,
    maxLength,
    offsets,
    vertices,
    edges,
    total,
    truncated: stoppedBy !== null,
    stoppedBy,
    elapsedMs: performance.now() - started,
  };
}
