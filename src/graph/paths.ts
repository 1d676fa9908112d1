/**
 * Money paths: the directed simple paths along which money can go from one
 * company to another.
 *
 * Contract: `findPaths(graph, from, to)` lists the paths from → … → to of
 * 2..maxLength companies (both ends included), shortest first, then by
 * throughput (the smallest hop's dollars, unknown last), earlier openedOn (the
 * latest hop date), ids — at most `limit` of them, always the top ones in that
 * order. `total` and `truncated` mean what they mean for loops: exact when not
 * truncated, otherwise a lower bound.
 *
 * How: length by length (iterative deepening), pruned by the BFS distance to
 * `to` on the reversed graph. Once the cap is full and a path has been left
 * out, every longer path ranks lower, so the search ends.
 */
import { walk } from './boundedSearch';
import { createBoundedSearch, finishSearch } from './searchState';
import { distancesTo, resetDistances } from './distances';
import type { MoneyGraph } from './moneyGraph';
import { pathFromHeap } from './results';
import { checkOptions, type CheckedOptions } from './searchOptions';
import type { PathSearch, SearchOptions } from './types';

export const PATH_DEFAULTS: CheckedOptions = { maxLength: 6, limit: 100, timeBudgetMs: 250 };

export function findPaths(
  graph: MoneyGraph,
  fromId: string,
  toId: string,
  options: SearchOptions = {},
): PathSearch {
  const started = performance.now();
  const opts = checkOptions('findPaths', options, PATH_DEFAULTS);
  const from = graph.indexOf(fromId);
  const to = graph.indexOf(toId);
  if (from < 0) throw new Error(`findPaths: unknown company "${fromId}"`);
  if (to < 0) throw new Error(`findPaths: unknown company "${toId}"`);
  if (from === to) throw new Error(`findPaths: from and to are the same company "${fromId}"`);

  const search = createBoundedSearch(
    graph,
    'path',
    opts.maxLength,
    opts.limit,
    started + opts.timeBudgetMs,
    options.inOrder === true,
  );
  const reached = distancesTo(
    graph,
    to,
    opts.maxLength - 1,
    search.dist,
    search.queue,
    false,
    null,
  );
  for (let length = 2; length <= opts.maxLength && !search.stopped; length++) {
    const { heap } = search;
    if (search.rejected && heap.size >= opts.limit && heap.top.length < length) break;
    walk(search, from, to, length, true);
  }

  resetDistances(search.dist, search.queue, reached);
  finishSearch(search);
  const { heap } = search;
  const paths = heap.sorted().map((r) => pathFromHeap(graph, heap, r));
  const stoppedBy = search.stopped === 'time' ? 'time' : search.rejected ? 'limit' : null;
  return {
    from: fromId,
    to: toId,
    maxLength: opts.maxLength,
    paths,
    total: search.found,
    truncated: stoppedBy !== null,
    stoppedBy,
    elapsedMs: performance.now() - started,
  };
}
