/**
 * Runs the loop searches that do not finish within a frame on the page, one
 * at a time: in a Web Worker (loopWorker.ts), or, where a worker cannot start
 * (no Worker, a strict host, the custom element served from another origin),
 * on the main thread in a task of its own after the current one, with the
 * page's usual time budget.
 *
 * Contract: `run` calls `done` once with the search's result — the same loops,
 * order and totals as `findLoopsThrough` / `findTopLoops` with the same
 * request on the same graph — unless the job is cancelled first, by its cancel
 * function, by the next `run`, or by `destroy`; a cancelled job never calls
 * `done`. A search cannot be interrupted inside a worker, so cancelling one
 * that is running terminates the worker; the next run starts a fresh one and
 * sends it the graph again (its arrays: a few memcpys).
 */
import { findLoopsThrough, findTopLoops, loopsOfRecords, searchGraphData } from '../graph';
import type { LoopSearch, MoneyGraph } from '../graph';
import type { FromLoopWorker, LoopRequest, ToLoopWorker } from './loopProtocol';

export type StartLoopWorker = () => Worker;

export interface LoopRunner {
  /** Where searches run: `worker`, or `main` once a worker could not start. */
  readonly mode: 'worker' | 'main';
  run(graph: MoneyGraph, request: LoopRequest, done: (search: LoopSearch) => void): () => void;
  /** Cancels the job in hand and stops the worker; a later `run` starts a new one. */
  destroy(): void;
}

export interface LoopRunnerOptions {
  /** Makes the worker; null where none can run. Injectable for tests. */
  readonly start?: StartLoopWorker | null;
  /** The time budget of a search run on the main thread (where no worker can start). */
  readonly mainBudgetMs: number;
}

const startWorker: StartLoopWorker = () =>
  new Worker(new URL('./loopWorker.ts', import.meta.url), { type: 'module', name: 'loops' });

/** The synchronous engine, as the worker runs it. */
export function searchNow(graph: MoneyGraph, request: LoopRequest): LoopSearch {
  const { through, ...options } = request;
  return through == null ? findTopLoops(graph, options) : findLoopsThrough(graph, through, options);
}

interface Job {
  readonly id: number;
  readonly graph: MoneyGraph;
  readonly request: LoopRequest;
  readonly done: (search: LoopSearch) => void;
  /** Set while the job waits for its main-thread task. */
  timer?: ReturnType<typeof setTimeout>;
}

export function createLoopRunner({
  start = typeof Worker === 'undefined' ? null : startWorker,
  mainBudgetMs,
}: LoopRunnerOptions): LoopRunner {
  let broken = start == null;
  let worker: Worker | null = null;
  /** The graph the worker holds, and an id for each graph sent. */
  let held: MoneyGraph | null = null;
  const graphIds = new WeakMap<MoneyGraph, number>();
  let graphs = 0;
  let jobs = 0;
  let current: Job | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    held = null;
  };

  const onMain = (job: Job) => {
    job.timer = setTimeout(() => {
      if (current !== job) return;
      current = null;
      const budget = Math.min(job.request.timeBudgetMs, mainBudgetMs);
      job.done(searchNow(job.graph, { ...job.request, timeBudgetMs: budget }));
    }, 0);
  };

  const onMessage = (event: MessageEvent<FromLoopWorker>) => {
    const reply = event.data;
    const job = current;
    // A reply queued before its job was cancelled (or its worker stopped) is dropped.
    if (event.target !== worker || !job || reply.job !== job.id) return;
    if (reply.type === 'failed') {
      // The engine threw in the worker; the page's own run says why (or answers).
      onMain(job);
      return;
    }
    current = null;
    job.done(loopsOfRecords(job.graph, reply.records));
  };

  // The worker's script could not load: searches go on the main thread from now on.
  const onError = (event: Event) => {
    if (event.target !== worker) return;
    event.preventDefault();
    broken = true;
    stopWorker();
    if (current) onMain(current);
  };

  const ensureWorker = (): Worker | null => {
    if (worker || broken || !start) return worker;
    try {
      worker = start();
    } catch {
      broken = true;
      return null;
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    return worker;
  };

  const cancel = () => {
    const job = current;
    if (!job) return;
    current = null;
    if (job.timer !== undefined) clearTimeout(job.timer);
    else stopWorker();
  };

  return {
    get mode() {
      return broken ? 'main' : 'worker';
    },
    run(graph, request, done) {
      cancel();
      const job: Job = { id: ++jobs, graph, request, done };
      current = job;
      const w = ensureWorker();
      if (!w) onMain(job);
      else {
        let id = graphIds.get(graph);
        if (id === undefined) graphIds.set(graph, (id = ++graphs));
        if (held !== graph) {
          w.postMessage({
            type: 'graph',
            graph: id,
            data: searchGraphData(graph),
          } satisfies ToLoopWorker);
          held = graph;
        }
        w.postMessage({ type: 'search', job: job.id, graph: id, request } satisfies ToLoopWorker);
      }
      return () => {
        if (current === job) cancel();
      };
    },
    destroy() {
      cancel();
      stopWorker();
    },
  };
}
