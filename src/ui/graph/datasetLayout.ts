/**
 * The layout's input for a dataset as loaded: one node per company, sized for
 * its largest total, and one weighted link per pair that deals. The map, the
 * layout cache's generator (scripts/layout-cache.ts) and its tests build it
 * here, so a cached layout is found for exactly what the map asks for.
 */
import type { LayoutLinkInput, LayoutNodeInput } from '../../layout/simulation';
import { indexDataset, type Dataset, type DatasetIndex } from '../../model';
import { layoutInput } from '../../render/layoutInput';
import { sceneScales } from '../../render/sceneModel';

/**
 * `index` is the source's whole index (every deal, no view date) when the
 * caller has it: the map passes the one the page has made already, rather than
 * index a 1,000-company book a third time on the way to its first picture.
 */
export function datasetLayoutInput(
  source: Dataset,
  index: DatasetIndex = indexDataset(source, source.deals),
): {
  nodes: LayoutNodeInput[];
  links: LayoutLinkInput[];
} {
  const radius = sceneScales(source, index).radius;
  return layoutInput(
    source.companies,
    (id) => radius(index.flow.get(id)?.total.usd ?? 0),
    source.deals,
    index,
  );
}
