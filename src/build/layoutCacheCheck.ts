/**
 * Whether the saved layouts (src/layout/layoutCache.json) are the bundled
 * dataset's as the simulation settles it now. The build asks (vite.config.ts)
 * and leaves a stale file out, so a forgotten `npm run layout-cache` after a
 * change to the data or the simulation costs the load ~70 ms, never a picture
 * other than the simulation's. The unit test (tests/unit/layoutCache.test.ts)
 * fails meanwhile, to say so.
 */
import { computeCacheEntry } from '../layout/layoutCacheEntry';
import { parseDatasetText } from '../model';
import { datasetLayoutInput } from '../ui/graph/datasetLayout';

export function layoutCacheIsCurrent(datasetText: string, savedText: string): boolean {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) return false;
  const { nodes, links } = datasetLayoutInput(parsed.dataset);
  const saved = (JSON.parse(savedText) as { entries?: unknown }).entries;
  return JSON.stringify(saved) === JSON.stringify([computeCacheEntry(nodes, links)]);
}
