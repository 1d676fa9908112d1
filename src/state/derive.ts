/**
 * Everything the view shows that can be computed from the store: the filtered
 * deals, their indexes, the money graph, its loops and paths. Memoised per
 * store instance on the identity of its inputs, so a hover or a pan recomputes
 * nothing and a filter change recomputes each piece once.
 */
import { dateEnd, filterDeals } from '../graph/filter';
import {
  buildMoneyGraph,
  type Rank,
  findLoop,
  findLoopsThrough,
  findPaths,
  findTopLoops,
  type MoneyGraph,
} from '../graph';
import { indexDataset, type Dataset } from '../model';
import { memoLast } from './memo';
import type { Filters } from './viewState';

export type Derived = ReturnType<typeof createDerived>;

/**
 * The loop search runs on the main thread, so it gets a budget well inside a
 * frame-and-a-bit; it reports honestly when it stops early.
 */
export const LOOP_BUDGET_MS = 120;
export const LOOP_LIMIT = 1000;
export const TOP_LOOP_LIMIT = 200;
export const PATH_LIMIT = 200;

/**
 * The view date (README "Money loops"): the last day of the time range's
 * `until` (or the replay's month) when set, so a month shows every deal
 * announced in it; otherwise the dataset's asOf.
 */
export function viewDate(dataset: Pick<Dataset, 'asOf'>, filters: Pick<Filters, 'until'>): string {
  return filters.until == null ? dataset.asOf : dateEnd(filters.until);
}

export function createDerived() {
  /** The dataset with the reader's own dollars-per-gigawatt, if they set one. */
  const effective = memoLast((dataset: Dataset, usdPerGw: number | null): Dataset =>
    usdPerGw == null || usdPerGw === dataset.assumptions?.usdPerGigawatt
      ? dataset
      : { ...dataset, assumptions: { ...dataset.assumptions, usdPerGigawatt: usdPerGw } },
  );
  const filtered = memoLast((dataset: Dataset, filters: Filters) => filterDeals(dataset, filters));
  const fullIndex = memoLast((dataset: Dataset) => indexDataset(dataset, dataset.deals));
  const viewIndex = memoLast((dataset: Dataset, filters: Filters) =>
    indexDataset(dataset, filtered(dataset, filters).deals, viewDate(dataset, filters)),
  );
  const moneyGraph = memoLast((dataset: Dataset, filters: Filters, rank: Rank) => {
    const view = filtered(dataset, filters);
    return buildMoneyGraph(view.companies, view.deals, {
      usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
      asOf: viewDate(dataset, filters),
      rank,
    });
  });
  const loops = memoLast(
    (graph: MoneyGraph, company: string | null, maxLength: number, inOrder: boolean) => {
      const options = { maxLength, timeBudgetMs: LOOP_BUDGET_MS, inOrder };
      if (company != null && graph.indexOf(company) >= 0)
        return findLoopsThrough(graph, company, { ...options, limit: LOOP_LIMIT });
      return findTopLoops(graph, { ...options, limit: TOP_LOOP_LIMIT });
    },
  );
  const paths = memoLast(
    (graph: MoneyGraph, from: string, to: string, maxLength: number, inOrder: boolean) =>
      from !== to && graph.indexOf(from) >= 0 && graph.indexOf(to) >= 0
        ? findPaths(graph, from, to, {
            maxLength,
            limit: PATH_LIMIT,
            timeBudgetMs: LOOP_BUDGET_MS,
            inOrder,
          })
        : null,
  );
  const loop = memoLast((graph: MoneyGraph, companies: readonly string[] | null) =>
    companies ? findLoop(graph, companies) : null,
  );
  return { effective, filtered, fullIndex, viewIndex, moneyGraph, loops, paths, loop };
}
