/**
 * Makes a layout cache entry (layoutCache.ts): the settle run exactly as the
 * map's synchronous layout runs it (the host's settle-at-once: `settleTicks`
 * ticks), once per shape of box, and the state it ends in. Used by the
 * generator (scripts/layout-cache.ts) and by the test that checks the saved
 * file against a fresh run.
 */
import { cacheInput, type CacheEntry, type Shape } from './layoutCache';
import {
  createSimulation,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type LayoutOptions,
} from './simulation';

const SHAPES: readonly Shape[] = ['wide', 'tall'];

export function computeCacheEntry(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  options: Omit<LayoutOptions, 'shape'> = {},
): CacheEntry {
  const settled: Partial<Record<Shape, number[]>> = {};
  for (const shape of SHAPES) {
    const simulation = createSimulation(nodes, links, { ...options, shape });
    simulation.step(simulation.settleTicks);
    settled[shape] = simulation.state();
  }
  return { input: cacheInput(nodes, links, options), settled };
}
