/**
 * Bounded depth-first enumeration of simple paths from a source to a target,
 * with branch-and-bound against the best results held so far.
 *
 * Contract of `walk(search, source, target, maxLength, exact)`: offers to the
 * search's heap every directed simple path source → … → target of at most
 * `maxLength` companies (exactly, when `exact`) that enters only vertices with a
 * finite `search.dist` (distance to the target, from distancesTo), except those
 * it can prove cannot make the top `limit`. In `loop` order the target is the
 * source: results are cycles, counted without repeating the source. In `path`
 * order the target ends the path and is counted.
 *
 * Pruning, all safe (no result that could make the top `limit` is skipped):
 * - length: a branch at v needs at least dist[v] more hops, so it stops when
 *   even that is too long; a vertex that can only step onto the target is
 *   settled with one lookup instead of a scan of its hops;
 * - floor (loops): a hop below `search.floor` dollars is never walked;
 * - bound: once the heap is full *and* some result has been left out, a branch
 *   whose results cannot rank before the heap's worst is skipped. Results of a
 *   branch have at most its running minimum hop as dollars and at least its
 *   length-so-far-plus-distance companies. Because each company's hops are
 *   sorted by dollars, one hop too small ends the scan of that company.
 *   Waiting for a left-out result before bounding keeps `truncated` exact.
 *
 * With `inOrderOnly`, a result that is not in time order is never offered nor
 * counted: the heap, the bound and `found` then speak of in-order results only,
 * so every pruning rule above stays safe and the list is their exact top.
 *
 * The search is iterative over typed arrays and allocates only when a result
 * enters the heap. The clock is read every 4,096 steps.
 */
import { FAR } from './distances';
import { searchTuning, type BoundedSearch } from './searchState';
import { cycleInOrder, pathInOrder } from './timeOrder';

export function walk(
  search: BoundedSearch,
  source: number,
  target: number,
  maxLength: number,
  exact: boolean,
): void {
  const { outStart, outTarget, hopValue, hopSince, inStart, inSource, inEdge } = search.graph;
  const { onPath, path, pathEdge, cursor, runMin, runClosed, dist, toTarget } = search;
  const { order, deadline, floor } = search;
  const loop = order === 'loop';
  // Companies a result gains by stepping onto the target: none for a loop (it is the source).
  const landing = loop ? 0 : 1;
  let steps = search.steps;
  const clockMask = searchTuning.clockMask;

  for (let i = inStart[target] ?? 0, end = inStart[target + 1] ?? 0; i < end; i++)
    toTarget[inSource[i] ?? 0] = inEdge[i] ?? -1;

  search.cut = loop ? floor : -Infinity;
  refreshBound(search);
  // Hot fields copied into locals; re-read after every offer (it may change them).
  let { bounding, worstValue, worstLength, cut, stepCap } = search;

  let depth = 0;
  path[0] = source;
  onPath[source] = 1;
  runMin[0] = Infinity;
  runClosed[0] = -1;
  cursor[0] = outStart[source] ?? 0;

  while (depth >= 0) {
    const v = path[depth] ?? 0;
    const e = cursor[depth] ?? 0;
    const end = outStart[v + 1] ?? 0;
    if (e >= end) {
      onPath[v] = 0;
      depth--;
      continue;
    }
    cursor[depth] = e + 1;
    if ((++steps & clockMask) === 0) {
      if (steps > stepCap) {
        search.stopped = 'cap';
        break;
      }
      if (performance.now() > deadline) {
        search.stopped = 'time';
        break;
      }
    }

    const value = hopValue[e] ?? 0;
    const runningMin = runMin[depth] ?? 0;
    const min = value < runningMin ? value : runningMin;
    // Hops are sorted by dollars: when this one is too small, so is every later one.
    if (
      loop
        ? min < cut
        : bounding &&
          exact &&
          (maxLength > worstLength || (value < worstValue && maxLength === worstLength))
    ) {
      cursor[depth] = end;
      continue;
    }
    const since = hopSince[e] ?? 0;
    const latest = runClosed[depth] ?? 0;
    const closed = since > latest ? since : latest;
    const w = outTarget[e] ?? 0;
    const k = depth + 1; // companies on the path so far
    pathEdge[depth] = e;

    if (w === target) {
      const length = k + landing;
      if (exact && length !== maxLength) continue;
      path[k] = target; // only read for paths (verts up to `length`)
      search.steps = steps;
      offer(search, min, length, closed, k);
      ({ bounding, worstValue, worstLength, cut, stepCap } = search);
      if (steps > stepCap) {
        search.stopped = 'cap';
        break;
      }
      continue;
    }

    if (onPath[w] === 1) continue;
    const fewest = k + (dist[w] ?? FAR) + landing; // companies of the shortest result through w
    if (fewest > maxLength) continue;
    if (bounding) {
      const length = exact ? maxLength : fewest;
      const beaten = loop
        ? min === worstValue && length > worstLength // min < worstValue was cut above
        : length > worstLength || (length === worstLength && min < worstValue);
      if (beaten) continue;
    }

    if (k + 1 + landing === maxLength) {
      // w can only step onto the target (fewest ≤ maxLength says that hop exists).
      const last = toTarget[w] ?? -1;
      if (last < 0) continue;
      const lastValue = hopValue[last] ?? 0;
      const lastMin = lastValue < min ? lastValue : min;
      if (loop && lastMin < cut) continue;
      const lastSince = hopSince[last] ?? 0;
      path[k] = w;
      path[k + 1] = target;
      pathEdge[k] = last;
      search.steps = steps;
      offer(search, lastMin, maxLength, lastSince > closed ? lastSince : closed, k + 1);
      ({ bounding, worstValue, worstLength, cut, stepCap } = search);
      if (steps > stepCap) {
        search.stopped = 'cap';
        break;
      }
      continue;
    }

    depth = k;
    path[depth] = w;
    onPath[w] = 1;
    runMin[depth] = min;
    runClosed[depth] = closed;
    cursor[depth] = outStart[w] ?? 0;
  }
  for (let i = 0; i <= depth; i++) onPath[path[i] ?? 0] = 0;
  for (let i = inStart[target] ?? 0, end = inStart[target + 1] ?? 0; i < end; i++)
    toTarget[inSource[i] ?? 0] = -1;
  search.steps = steps;
}

/** Caches the heap's worst result; bounding starts once it is full and something was left out. */
function refreshBound(search: BoundedSearch): void {
  const { heap } = search;
  search.bounding = search.rejected && heap.size >= search.limit;
  if (!search.bounding) return;
  const worst = heap.top;
  search.worstValue = worst.value;
  search.worstLength = worst.length;
  if (search.order === 'loop' && worst.value > search.cut) search.cut = worst.value;
}

/** Offers the result path[0 .. length-1] with hops pathEdge[0 .. hops-1]. */
function offer(
  search: BoundedSearch,
  min: number,
  length: number,
  closed: number,
  hops: number,
): void {
  const { heap, path, pathEdge } = search;
  if (search.inOrderOnly && !inOrder(search, hops)) return;
  search.found++;
  if (heap.size < search.limit) {
    heap.push(min, length, closed, path, pathEdge, hops);
    refreshBound(search);
    return;
  }
  if (!search.rejected) {
    search.rejected = true;
    if (search.capAfterReject)
      search.stepCap =
        search.steps +
        Math.max(searchTuning.capMinSteps, Math.floor(search.steps * searchTuning.capRatio));
  }
  if (heap.compareWith(min, length, closed, path, heap.top) < 0)
    heap.replaceTop(min, length, closed, path, pathEdge, hops);
  refreshBound(search);
}

/**
 * Whether the result being offered is in time order. Kept out of `offer`, which
 * runs for every result found: a small `offer` is inlined into the walk.
 */
function inOrder(search: BoundedSearch, hops: number): boolean {
  const { dealStart, dealDay } = search.graph;
  return search.order === 'loop'
    ? cycleInOrder(dealStart, dealDay, search.pathEdge, hops)
    : pathInOrder(dealStart, dealDay, search.pathEdge, hops);
}
