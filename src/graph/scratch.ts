/**
 * Per-graph scratch arrays reused from one search to the next, so a search costs
 * what it explores, not O(companies) of allocation and clearing.
 *
 * Contract: `borrowScratch` hands out arrays in their resting state — `dist` all
 * FAR, `toTarget` all -1, `onPath` all 0 (`queue` has no resting state). The
 * borrower restores that state before `returnScratch`. A scratch that is never
 * returned (a search that threw half-way) is simply dropped: the next search
 * gets fresh arrays, so a dirty one is never reused.
 */
import { FAR } from './distances';
import type { SearchGraph } from './searchGraph';

export interface Scratch {
  /** Distance of each vertex to the current target (FAR = not to be entered). */
  readonly dist: Int32Array;
  /** Queue for distancesTo; afterwards, the vertices it reached. */
  readonly queue: Int32Array;
  /** Edge index of each vertex's hop to the current target, or -1. */
  readonly toTarget: Int32Array;
  /** 1 for the vertices on the current path. */
  readonly onPath: Uint8Array;
}

const spare = new WeakMap<SearchGraph, Scratch>();

export function borrowScratch(graph: SearchGraph): Scratch {
  const scratch = spare.get(graph);
  if (scratch !== undefined) {
    spare.delete(graph);
    return scratch;
  }
  return {
    dist: new Int32Array(graph.size).fill(FAR),
    queue: new Int32Array(graph.size),
    toTarget: new Int32Array(graph.size).fill(-1),
    onPath: new Uint8Array(graph.size),
  };
}

export function returnScratch(graph: SearchGraph, scratch: Scratch): void {
  spare.set(graph, scratch);
}
