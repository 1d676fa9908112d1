/**
 * The loop worker's answers against the synchronous engine, on real graphs:
 * the bundled dataset (every company, both rankings, the in-order filter,
 * several lengths, the top loops) and generated deal books of 1,000 and 2,000
 * companies (the biggest hubs, capped). The worker's side runs in-process
 * behind structured clones (loopTesting.ts), so what crosses the boundary is
 * exactly what a Web Worker would get. Also: cancelling, and the main-thread
 * fallback where a worker cannot start.
 */
import { describe, expect, it } from 'vitest';
import {
  buildMoneyGraph,
  findLoopsThrough,
  findTopLoops,
  searchGraphData,
  searchGraphFrom,
  searchLoopsThrough,
  loopsOfRecords,
  type LoopSearch,
  type MoneyGraph,
  type Rank,
} from '../graph';
import type { Dataset } from '../model';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { generateDataset } from '../../tests/fixtures/generate';
import type { LoopRequest } from './loopProtocol';
import { createLoopRunner, type LoopRunner } from './loopRunner';
import { inProcessWorker, settle } from './loopTesting';

const graphOf = (dataset: Dataset, rank: Rank = 'firm') =>
  buildMoneyGraph(dataset.companies, dataset.deals, {
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
    asOf: dataset.asOf,
    rank,
  });

/** Everything but the time taken, which differs from run to run. */
const comparable = ({ elapsedMs: _, ...rest }: LoopSearch) => rest;

const syncEngine = ({ through, ...options }: LoopRequest, graph: MoneyGraph) =>
  through == null ? findTopLoops(graph, options) : findLoopsThrough(graph, through, options);

function runOn(runner: LoopRunner, graph: MoneyGraph, request: LoopRequest) {
  return new Promise<LoopSearch>((done) => runner.run(graph, request, done));
}

const request = (through: string | null, more: Partial<LoopRequest> = {}): LoopRequest => ({
  through,
  maxLength: 6,
  limit: 1000,
  inOrder: false,
  timeBudgetMs: Infinity,
  ...more,
});

/** The biggest companies by deals: the hubs the searches work hardest on. */
function hubs(dataset: Dataset, n: number): string[] {
  const degree = new Map<string, number>();
  for (const d of dataset.deals)
    for (const id of [d.from, d.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([id]) => id);
}

const bundled = loadDataset(BUNDLED);

describe('a search graph', () => {
  it('gives the money graph’s own loops after a structured clone', () => {
    const graph = graphOf(bundled);
    const copy = searchGraphFrom(structuredClone(searchGraphData(graph)));
    for (const { id } of bundled.companies)
      expect(comparable(loopsOfRecords(graph, searchLoopsThrough(copy, id)))).toEqual(
        comparable(findLoopsThrough(graph, id)),
      );
  });

  it('refuses records of another graph rather than mislabel them', () => {
    const graph = graphOf(bundled);
    const other = graphOf(generateDataset(60));
    const records = searchLoopsThrough(
      searchGraphFrom(searchGraphData(other)),
      hubs(generateDataset(60), 1)[0] ?? '',
    );
    expect(records.offsets.length).toBeGreaterThan(1);
    expect(() => loopsOfRecords(graph, records)).toThrow(/another graph|no hop/);
  });
});

describe('the loop worker', () => {
  it('answers as the synchronous engine on the bundled data: every company, both rankings, in order or not', async () => {
    const { start, log } = inProcessWorker();
    const runner = createLoopRunner({ start, mainBudgetMs: 120 });
    for (const rank of ['firm', 'headline'] as const) {
      const graph = graphOf(bundled, rank);
      for (const inOrder of [false, true])
        for (const maxLength of [3, 6, 10]) {
          const requests = [
            request(null, { maxLength, inOrder, limit: 200 }),
            ...bundled.companies.map((c) => request(c.id, { maxLength, inOrder })),
          ];
          for (const r of requests)
            expect(comparable(await runOn(runner, graph, r))).toEqual(
              comparable(syncEngine(r, graph)),
            );
        }
    }
    // One graph sent per money graph, not per search.
    expect(log.graphs).toBe(2);
    expect(log.terminated).toBe(0);
    runner.destroy();
  });

  it('answers as the synchronous engine on generated deal books, capped and not', async () => {
    const { start } = inProcessWorker();
    const runner = createLoopRunner({ start, mainBudgetMs: 120 });
    let capped = 0;
    for (const size of [1000, 2000]) {
      const dataset = generateDataset(size);
      const graph = graphOf(dataset);
      for (const id of hubs(dataset, 3))
        for (const r of [
          request(id, { maxLength: 8 }),
          request(id, { limit: 50 }),
          request(id, { inOrder: true }),
        ]) {
          const answer = await runOn(runner, graph, r);
          const expected = syncEngine(r, graph);
          expect(comparable(answer)).toEqual(comparable(expected));
          // The cap is kept: the worker lists no more than asked.
          expect(answer.loops.length).toBeLessThanOrEqual(r.limit);
          if (answer.stoppedBy === 'limit') capped++;
          expect(answer.loops.length).toBeGreaterThan(0);
        }
      const top = request(null, { limit: 200 });
      expect(comparable(await runOn(runner, graph, top))).toEqual(
        comparable(syncEngine(top, graph)),
      );
    }
    // The cases include searches cut by the cap, where the bound and the rounds do their work.
    expect(capped).toBeGreaterThan(2);
    runner.destroy();
  });

  it('cancels a running search by stopping its worker; the cancelled search never answers', async () => {
    const { start, log, release } = inProcessWorker({ hold: true });
    const runner = createLoopRunner({ start, mainBudgetMs: 120 });
    const graph = graphOf(bundled);
    const answers: string[] = [];
    const cancel = runner.run(graph, request('microsoft'), (s) => answers.push(`a:${s.through}`));
    cancel();
    expect(log.terminated).toBe(1);
    release();
    await settle();
    expect(answers).toEqual([]);
    // The next search starts a fresh worker, which is sent the graph again.
    runner.run(graph, request('nvidia'), (s) => answers.push(`b:${s.through}`));
    release();
    await settle();
    expect(answers).toEqual(['b:nvidia']);
    expect(log).toMatchObject({ started: 2, graphs: 2 });
  });

  it('lets a new search cancel the one before', async () => {
    const { start, log, release } = inProcessWorker({ hold: true });
    const runner = createLoopRunner({ start, mainBudgetMs: 120 });
    const graph = graphOf(bundled);
    const answers: (string | null)[] = [];
    runner.run(graph, request('microsoft'), (s) => answers.push(s.through));
    runner.run(graph, request('nvidia'), (s) => answers.push(s.through));
    release();
    await settle();
    expect(answers).toEqual(['nvidia']);
    expect(log.terminated).toBe(1);
  });

  it('drops a reply that was already on its way when its search was cancelled', async () => {
    const { start, log } = inProcessWorker({ deliverAfterTerminate: true });
    const runner = createLoopRunner({ start, mainBudgetMs: 120 });
    const graph = graphOf(bundled);
    const answers: (string | null)[] = [];
    const cancel = runner.run(graph, request('microsoft'), (s) => answers.push(s.through));
    // Let the worker search and queue its reply, then cancel before it is read.
    await new Promise((done) => setTimeout(done, 0));
    expect(log.searches).toBe(1);
    cancel();
    await settle();
    expect(answers).toEqual([]);
  });
});

describe('where no worker can start', () => {
  const brokenWorker = () => {
    const target = new EventTarget() as EventTarget & Partial<Worker>;
    target.postMessage = () =>
      queueMicrotask(() => target.dispatchEvent(new Event('error', { cancelable: true })));
    target.terminate = () => {};
    return target as Worker;
  };

  it.each([
    ['no Worker at all', null],
    [
      'a Worker that throws',
      () => {
        throw new Error('SecurityError');
      },
    ],
    ['a worker whose script cannot load', brokenWorker],
  ] as const)('searches on the main thread, with the page’s budget: %s', async (_, start) => {
    const runner = createLoopRunner({ start, mainBudgetMs: 120 });
    const graph = graphOf(bundled);
    const r = request('microsoft', { timeBudgetMs: 5000 });
    const answer = await runOn(runner, graph, r);
    expect(comparable(answer)).toEqual(comparable(syncEngine({ ...r, timeBudgetMs: 120 }, graph)));
    expect(runner.mode).toBe('main');
  });

  it('cancels a main-thread search that has not started', async () => {
    const runner = createLoopRunner({ start: null, mainBudgetMs: 120 });
    const answers: (string | null)[] = [];
    const cancel = runner.run(graphOf(bundled), request('microsoft'), (s) =>
      answers.push(s.through),
    );
    cancel();
    await settle();
    expect(answers).toEqual([]);
  });
});
