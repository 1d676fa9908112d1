/**
 * Everything the view shows that can be computed from the store: the filtered
 * deals, their indexes and the scene's sizes. Memoised per store instance on the
 * identity of its inputs, so a hover or a pan recomputes nothing.
 */
import { filterDeals } from '../graph/filter';
import { indexDataset, type Dataset } from '../model';
import { memoLast } from './memo';
import type { Filters } from './viewState';

export type Derived = ReturnType<typeof createDerived>;

export function createDerived() {
  const filtered = memoLast((dataset: Dataset, filters: Filters) => filterDeals(dataset, filters));
  const fullIndex = memoLast((dataset: Dataset) => indexDataset(dataset, dataset.deals));
  const viewIndex = memoLast((dataset: Dataset, filters: Filters) =>
    indexDataset(dataset, filtered(dataset, filters).deals),
  );
  return { filtered, fullIndex, viewIndex };
}
