/**
 * Messages between the page and the loop worker (loopWorker.ts). The page
 * sends a graph (its search arrays, once per money graph) and then searches
 * on it; the worker answers each search with its results as indices, which
 * the page turns into loops with its own graph (graph/loops.ts
 * `loopsOfRecords`). A search cannot be interrupted inside the worker: the page
 * cancels one by terminating the worker (loopRunner.ts).
 */
import type { LoopRecords, SearchGraphData } from '../graph';

/** What a search asks for: through a company, or the top loops of the view (`through: null`). */
export interface LoopRequest {
  readonly through: string | null;
  readonly maxLength: number;
  readonly limit: number;
  readonly inOrder: boolean;
  readonly timeBudgetMs: number;
}

export type ToLoopWorker =
  | { readonly type: 'graph'; readonly graph: number; readonly data: SearchGraphData }
  | {
      readonly type: 'search';
      readonly job: number;
      readonly graph: number;
      readonly request: LoopRequest;
    };

export type FromLoopWorker =
  | { readonly type: 'done'; readonly job: number; readonly records: LoopRecords }
  | { readonly type: 'failed'; readonly job: number; readonly message: string };
