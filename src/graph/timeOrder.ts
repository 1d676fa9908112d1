/**
 * Time order: could the same money have gone round (or along) in the order the
 * deals were announced?
 *
 * A loop is in time order when one counting deal can be picked on each hop, and
 * a starting hop, such that going round from it each deal was announced on or
 * after the previous one (dates by their first day). A path is in time order
 * when the same holds from its first hop. For a given starting hop the greedy
 * choice — on each hop, the earliest deal not earlier than the last pick — is
 * exact: any valid choice can be swapped for the greedy one hop by hop without
 * raising the date the next hop must reach. Every 2-company loop is in time
 * order (start at the hop holding the earliest deal of the two).
 *
 * Dates are ranks (comparing ranks compares dates), each hop's sorted ascending,
 * in one flat array: hop e's dates are day[start[e] .. start[e + 1] - 1].
 */

/**
 * Greedy walk over the `count` hops edges[at .. at + count - 1], from the hop
 * `first` of them, wrapping round; true when every hop has a pick.
 */
function greedyFrom(
  start: Int32Array,
  day: Int32Array,
  edges: ArrayLike<number>,
  at: number,
  count: number,
  first: number,
): boolean {
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const j = first + i;
    const e = edges[at + (j < count ? j : j - count)] ?? 0;
    let pick = -1;
    for (let k = start[e] ?? 0, end = start[e + 1] ?? 0; k < end; k++) {
      const d = day[k] ?? 0;
      if (d >= last) {
        pick = d;
        break;
      }
    }
    if (pick < 0) return false;
    last = pick;
  }
  return true;
}

/** Whether the cycle of hops edges[at .. at + count - 1] is in time order (some starting hop works). */
export function cycleInOrder(
  start: Int32Array,
  day: Int32Array,
  edges: ArrayLike<number>,
  count: number,
  at = 0,
): boolean {
  if (count <= 2) return count > 0;
  for (let first = 0; first < count; first++)
    if (greedyFrom(start, day, edges, at, count, first)) return true;
  return false;
}

/** Whether the path of hops edges[at .. at + count - 1] is in time order, from its first hop. */
export function pathInOrder(
  start: Int32Array,
  day: Int32Array,
  edges: ArrayLike<number>,
  count: number,
  at = 0,
): boolean {
  return greedyFrom(start, day, edges, at, count, 0);
}
