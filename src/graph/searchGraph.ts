/**
 * What a loop search walks: the money graph's typed arrays and ids, without its
 * Hop objects or closures. A Web Worker can hold one (a structured clone of
 * `searchGraphData` is a few memcpys, even at 5,000 companies), search it, and
 * send back the results as vertex and edge indices (LoopRecords, loops.ts),
 * which the page turns into loops with its own MoneyGraph — the same Hop
 * objects, the same figures, whichever thread searched.
 *
 * Contract: a SearchGraph made from a MoneyGraph (directly, or through
 * `searchGraphData` → structured clone → `searchGraphFrom`) gives exactly the
 * same search results as the MoneyGraph itself.
 */
import type { MoneyGraph } from './moneyGraph';

export type SearchGraph = Pick<
  MoneyGraph,
  | 'ids'
  | 'size'
  | 'outStart'
  | 'outTarget'
  | 'inStart'
  | 'inSource'
  | 'inEdge'
  | 'hopValue'
  | 'dealStart'
  | 'dealDay'
  | 'rank'
  | 'asOf'
  | 'hopSince'
  | 'idRank'
  | 'component'
  | 'componentSizes'
  | 'indexOf'
>;

/** A SearchGraph as plain data (no functions), for postMessage. */
export type SearchGraphData = Omit<SearchGraph, 'indexOf'>;

/** The fields a search needs, picked (not copied) from the graph. */
export function searchGraphData(graph: SearchGraph): SearchGraphData {
  const { ids, size, outStart, outTarget, inStart, inSource, inEdge, hopValue } = graph;
  const { dealStart, dealDay, rank, asOf, hopSince, idRank, component, componentSizes } = graph;
  return {
    ids,
    size,
    outStart,
    outTarget,
    inStart,
    inSource,
    inEdge,
    hopValue,
    dealStart,
    dealDay,
    rank,
    asOf,
    hopSince,
    idRank,
    component,
    componentSizes,
  };
}

/** A searchable graph from its data (e.g. as received by a worker). */
export function searchGraphFrom(data: SearchGraphData): SearchGraph {
  const vertexOf = new Map<string, number>();
  data.ids.forEach((id, i) => vertexOf.set(id, i));
  return { ...data, indexOf: (id) => vertexOf.get(id) ?? -1 };
}
