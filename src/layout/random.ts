/**
 * A seeded linear congruential generator (the constants d3-force uses), so that
 * layouts are reproducible across loads, machines and test runs.
 */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (1664525 * s + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
