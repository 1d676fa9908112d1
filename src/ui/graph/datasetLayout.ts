/**
 * The layout's input for a dataset as loaded: one node per company, sized for
 * its largest total, and one weighted link per pair that deals. The map, the
 * layout cache's generator (scripts/layout-cache.ts) and its tests build it
 * here, so a cached layout is found for exactly what the map asks for.
 */
import type { LayoutLinkInput, LayoutNodeInput } from '../../layout/simulation';
import { indexDataset, type Dataset } from '../../model';
import { layoutInput } from '../../render/layoutInput';
import { sceneScales } from '../../render/sceneModel';

export function datasetLayoutInput(source: Dataset): {
  nodes: LayoutNodeInput[];
  links: LayoutLinkInput[];
} {
  const index = indexDataset(source, source.deals);
  const radius = sceneScales(source, index).radius;
  return layoutInput(
    source.companies,
    (id) => radius(index.flow.get(id)?.total.usd ?? 0),
    source.deals,
    index,
  );
}
