/** The pure graph layer: the money graph, its components, loops and paths. */
export * from './types';
export {
  buildMoneyGraph,
  UNKNOWN_VALUE,
  RANKS,
  type Rank,
  type MoneyGraph,
  type MoneyGraphOptions,
} from './moneyGraph';
export { stronglyConnectedComponents, type Components } from './scc';
export {
  findLoopsThrough,
  findTopLoops,
  LOOP_DEFAULTS,
  loopsOfRecords,
  searchLoopsThrough,
  searchTopLoops,
} from './loops';
export {
  searchGraphData,
  searchGraphFrom,
  type SearchGraph,
  type SearchGraphData,
} from './searchGraph';
export { findPaths, PATH_DEFAULTS } from './paths';
export { loopKey, findLoop, rotateLoop } from './loopKey';
export { chainText } from './chain';
export { DIRECT_LOOP_MAX, directFirst, isChain } from './chains';
export { compareLoops, comparePaths, loopOfEdges, pathOfEdges, rankedUsd } from './results';
export { cycleInOrder, pathInOrder } from './timeOrder';
export { MIN_LENGTH, MAX_LENGTH } from './searchOptions';
