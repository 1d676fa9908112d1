/**
 * The state of one bounded search: its heap, its scratch arrays, its counters and
 * the phase it is in. `walk` (boundedSearch.ts) does the searching; the loop and
 * path searches create a state, run walks, and finish it.
 *
 * Contract: `createBoundedSearch` borrows the graph's scratch arrays and
 * `finishSearch` hands them back (see scratch.ts); `restart` begins a new pass
 * with a dollar floor, keeping the knowledge that results were left out.
 */
import type { SearchGraph } from './searchGraph';
import { WorstFirstHeap, type Order } from './rankedHeap';
import { borrowScratch, returnScratch, type Scratch } from './scratch';

/**
 * Knobs that change how fast a search is, never what it returns. Exported so
 * that tests can force every phase (clock checks, capped first pass, rounds) on
 * small graphs; the app never touches them.
 */
export const searchTuning = {
  /** The clock (and the step cap) are checked when `steps & clockMask` is 0. */
  clockMask: 4095,
  /** See `capAfterReject`: the first pass gets max(capMinSteps, steps × capRatio) more steps. */
  capMinSteps: 2048,
  capRatio: 1,
};

export interface BoundedSearch {
  readonly graph: SearchGraph;
  readonly order: Order;
  readonly limit: number;
  readonly deadline: number;
  /** Only results in time order (timeOrder.ts) are offered to the heap and counted. */
  readonly inOrderOnly: boolean;
  readonly heap: WorstFirstHeap;
  /** Borrowed arrays (see scratch.ts); `dist` is filled by the caller, `toTarget` by walk. */
  readonly scratch: Scratch;
  readonly dist: Int32Array;
  readonly queue: Int32Array;
  readonly toTarget: Int32Array;
  readonly onPath: Uint8Array;
  /** Results offered since the last restart. */
  found: number;
  /** Some result was left out of the heap (so more exist than it holds). */
  rejected: boolean;
  /**
   * First pass of a loop search: once a result is left out, allow as many
   * steps again as it took to get there (searchTuning), then stop with `cap`,
   * so the caller can switch to rounds with a dollar floor. A pass that would
   * list up to about twice `limit` loops usually finishes first.
   */
  capAfterReject: boolean;
  /** Absolute step count at which to stop with `cap`. */
  stepCap: number;
  /** Loops only: hops below this many dollars are not walked (see `restart`). */
  floor: number;
  stopped: 'time' | 'cap' | null;
  steps: number;
  // The bound, cached from the heap by refreshBound.
  bounding: boolean;
  worstValue: number;
  worstLength: number;
  /** Loops: a hop (or running minimum) below this cannot be part of a top loop. */
  cut: number;
  // Per-depth scratch.
  readonly path: Int32Array;
  readonly pathEdge: Int32Array;
  readonly cursor: Int32Array;
  readonly runMin: Float64Array;
  readonly runClosed: Int32Array;
}

export function createBoundedSearch(
  graph: SearchGraph,
  order: Order,
  maxLength: number,
  limit: number,
  deadline: number,
  inOrderOnly = false,
): BoundedSearch {
  const depth = maxLength + 2;
  const scratch = borrowScratch(graph);
  return {
    graph,
    order,
    limit,
    deadline,
    inOrderOnly,
    heap: new WorstFirstHeap(order, graph.idRank, maxLength),
    scratch,
    ...scratch,
    found: 0,
    rejected: false,
    capAfterReject: false,
    stepCap: Infinity,
    floor: -Infinity,
    stopped: null,
    steps: 0,
    bounding: false,
    worstValue: -Infinity,
    worstLength: 0,
    cut: -Infinity,
    path: new Int32Array(depth),
    pathEdge: new Int32Array(depth),
    cursor: new Int32Array(depth),
    runMin: new Float64Array(depth),
    runClosed: new Int32Array(depth),
  };
}

/** Hands the scratch arrays back for the next search (they are at rest between walks). */
export function finishSearch(search: BoundedSearch): void {
  returnScratch(search.graph, search.scratch);
}

/**
 * Empties the heap for a fresh pass that walks only hops of at least `floor`
 * dollars, remembering that results were left out before (so the new pass may
 * bound as soon as its heap is full).
 */
export function restart(search: BoundedSearch, floor: number): void {
  search.floor = floor;
  search.heap.clear();
  search.found = 0;
  search.rejected = true;
  search.capAfterReject = false;
  search.stepCap = Infinity;
  search.stopped = null;
}
