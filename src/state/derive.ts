/**
 * Everything the view shows that can be computed from the store: the filtered
 * deals, their indexes, the money graph, its loops and paths. Memoised per
 * store instance on the identity of its inputs, so a hover or a pan recomputes
 * nothing and a filter change recomputes each piece once.
 */
import { dateEnd, filterDeals } from '../graph/filter';
import { buildMoneyGraph, type Rank, findLoop, findPaths, type MoneyGraph } from '../graph';
import { indexDataset, type Dataset } from '../model';
import { createLoopRunner, type LoopRunner } from './loopRunner';
import { createLoopService } from './loopService';
import { memoLast } from './memo';
import type { Filters } from './viewState';

export type Derived = ReturnType<typeof createDerived>;

/**
 * A loop or path search on the main thread (paths, exports, and loops where no
 * worker can start) gets a budget of a frame-and-a-bit; it reports honestly
 * when it stops early.
 */
export const LOOP_BUDGET_MS = 120;
/**
 * The view's loops are first searched on the page within half a frame (the
 * bundled data needs ~1 ms, the biggest hub of 1,000 companies ~5 ms), and
 * finished in the loop worker when that is not enough (loopService.ts).
 */
export const FRAME_BUDGET_MS = 8;
/** Off the main thread nothing freezes meanwhile, so the worker may search much longer. */
export const WORKER_BUDGET_MS = 5000;
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

export interface DerivedOptions {
  /** Runs the loop searches that do not finish within FRAME_BUDGET_MS (tests inject one). */
  readonly loopRunner?: LoopRunner;
}

export function createDerived({
  loopRunner = createLoopRunner({ mainBudgetMs: LOOP_BUDGET_MS }),
}: DerivedOptions = {}) {
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
  const loopService = createLoopService({
    runner: loopRunner,
    frameBudgetMs: FRAME_BUDGET_MS,
    backgroundBudgetMs: WORKER_BUDGET_MS,
    settledBudgetMs: LOOP_BUDGET_MS,
    limit: LOOP_LIMIT,
    topLimit: TOP_LOOP_LIMIT,
  });
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
  return {
    effective,
    filtered,
    fullIndex,
    viewIndex,
    moneyGraph,
    /** The loops on screen: through `company`, or the top loops (see loopService.ts). */
    loops: loopService.loops,
    /** What is known of a company's loops without starting or cancelling work (a focus). */
    knownLoops: loopService.known,
    /** The loops, finished synchronously if need be (exports). */
    settledLoops: loopService.settled,
    loopUpdates: { subscribe: loopService.subscribe, version: loopService.version },
    paths,
    loop,
    /** Stops the loop worker; the instance stays usable (a later search starts another). */
    destroy: loopService.destroy,
  };
}
