/**
 * The loops the view shows, for one store instance: through the selected
 * company, or the top loops of the view. A search that can take longer than a
 * frame does not hold up the page:
 *
 * 1. it runs on the page first, with a budget of a fraction of a frame
 *    (`frameBudgetMs`) — the bundled data, and most companies of a big file,
 *    finish well inside it, with no round trip and nothing to flash;
 * 2. if it did not finish, the answer is marked `pending` (the loops found so
 *    far, `total` a lower bound: never shown as a final figure) and the search
 *    is finished by the runner (loopRunner.ts: a worker), whose result replaces
 *    it and is announced to subscribers;
 * 3. a request for any other search (another company, length, order, filters,
 *    ranking — each makes another key or graph) cancels the running one.
 *
 * Answers are cached per money graph and key, so an answer is only ever shown
 * for the request it was made for, whatever order the replies come back in.
 * `known` (a focused company's description) never starts or cancels work, and
 * `settled` (exports) answers synchronously.
 */
import type { LoopSearch, MoneyGraph } from '../graph';
import type { LoopRequest } from './loopProtocol';
import { searchNow, type LoopRunner } from './loopRunner';

export interface LoopsAnswer extends LoopSearch {
  /**
   * The search goes on off the page: `loops` are the best found so far (not
   * necessarily the top ones) and `total` counts those found so far.
   */
  readonly pending: boolean;
}

export interface LoopServiceOptions {
  readonly runner: LoopRunner;
  /** The budget of the first, on-page search. */
  readonly frameBudgetMs: number;
  /** The budget of the search the runner finishes. */
  readonly backgroundBudgetMs: number;
  /** The budget of `settled` when nothing is cached. */
  readonly settledBudgetMs: number;
  /** At most this many loops through a company, and at the top of a view. */
  readonly limit: number;
  readonly topLimit: number;
}

export interface LoopService {
  loops(
    graph: MoneyGraph,
    company: string | null,
    maxLength: number,
    inOrder: boolean,
  ): LoopsAnswer;
  known(
    graph: MoneyGraph,
    company: string | null,
    maxLength: number,
    inOrder: boolean,
  ): LoopsAnswer;
  settled(
    graph: MoneyGraph,
    company: string | null,
    maxLength: number,
    inOrder: boolean,
  ): LoopSearch;
  /** Called when a pending answer has been replaced by its result. */
  subscribe(listener: () => void): () => void;
  /** Changes whenever `subscribe`'s listeners are called (for useSyncExternalStore). */
  version(): number;
  destroy(): void;
}

/** Answers kept per graph: the one on screen is refreshed on every read, so it stays. */
const KEPT = 16;

export function createLoopService(options: LoopServiceOptions): LoopService {
  const { runner } = options;
  const cache = new WeakMap<MoneyGraph, Map<string, LoopsAnswer>>();
  const listeners = new Set<() => void>();
  let version = 0;
  let running: { graph: MoneyGraph; key: string; cancel: () => void } | null = null;

  /** A company the graph does not hold (filtered out) reads as the top loops, as the panel shows. */
  const through = (graph: MoneyGraph, company: string | null) =>
    company != null && graph.indexOf(company) >= 0 ? company : null;
  const keyOf = (company: string | null, maxLength: number, inOrder: boolean) =>
    `${maxLength}|${inOrder ? 1 : 0}|${company ?? ''}`;
  const request = (
    company: string | null,
    maxLength: number,
    inOrder: boolean,
    timeBudgetMs: number,
  ): LoopRequest => ({
    through: company,
    maxLength,
    inOrder,
    limit: company == null ? options.topLimit : options.limit,
    timeBudgetMs,
  });

  const get = (graph: MoneyGraph, key: string): LoopsAnswer | undefined => {
    const kept = cache.get(graph);
    const hit = kept?.get(key);
    if (kept && hit) {
      kept.delete(key);
      kept.set(key, hit);
    }
    return hit;
  };
  const put = (graph: MoneyGraph, key: string, answer: LoopsAnswer) => {
    let kept = cache.get(graph);
    if (!kept) cache.set(graph, (kept = new Map()));
    kept.delete(key);
    kept.set(key, answer);
    for (const old of kept.keys()) {
      if (kept.size <= KEPT) break;
      kept.delete(old);
    }
  };

  const known: LoopService['known'] = (graph, company, maxLength, inOrder) => {
    const id = through(graph, company);
    const key = keyOf(id, maxLength, inOrder);
    const hit = get(graph, key);
    if (hit) return hit;
    const search = searchNow(graph, request(id, maxLength, inOrder, options.frameBudgetMs));
    const answer: LoopsAnswer = { ...search, pending: search.stoppedBy === 'time' };
    put(graph, key, answer);
    return answer;
  };

  return {
    known,
    loops(graph, company, maxLength, inOrder) {
      const id = through(graph, company);
      const key = keyOf(id, maxLength, inOrder);
      if (running && (running.graph !== graph || running.key !== key)) {
        running.cancel();
        running = null;
      }
      const answer = known(graph, id, maxLength, inOrder);
      if (answer.pending && !running) {
        const job = { graph, key, cancel: () => {} };
        running = job;
        job.cancel = runner.run(
          graph,
          request(id, maxLength, inOrder, options.backgroundBudgetMs),
          (search) => {
            if (running === job) running = null;
            put(graph, key, { ...search, pending: false });
            version++;
            for (const listener of listeners) listener();
          },
        );
      }
      return answer;
    },
    settled(graph, company, maxLength, inOrder) {
      const id = through(graph, company);
      const hit = get(graph, keyOf(id, maxLength, inOrder));
      if (hit && !hit.pending) return hit;
      return searchNow(graph, request(id, maxLength, inOrder, options.settledBudgetMs));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    destroy() {
      running?.cancel();
      running = null;
      runner.destroy();
    },
  };
}
