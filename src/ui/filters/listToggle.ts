/** Toggling an item of a vocabulary-ordered list, keeping vocabulary order. */
export function toggleIn<T>(
  vocabulary: readonly T[],
  list: readonly T[],
  item: T,
  on: boolean,
): T[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return vocabulary.filter((v) => set.has(v));
}
