/**
 * `items[i]` for an index that is in range by construction (a vertex or edge
 * index made by buildMoneyGraph). Throws, naming the caller, if it is not: a bug
 * should fail loudly rather than become `undefined` in a result.
 */
export function at<T>(items: ArrayLike<T>, i: number, fn: string): T {
  const item = items[i];
  if (item === undefined) throw new Error(`${fn}: index ${i} out of range`);
  return item;
}
