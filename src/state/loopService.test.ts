/**
 * The view's loop answers (loopService.ts) with the real runner and the real
 * worker host in-process (loopTesting.ts): a search that finishes within its
 * frame never reaches the worker; one that does not is answered `pending`,
 * finished in the worker and announced; a newer request cancels the running
 * search, and an answer is only ever given for the request it was made for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMoneyGraph, findLoopsThrough, findTopLoops, type LoopSearch } from '../graph';
import { searchTuning } from '../graph/searchState';
import type { Dataset } from '../model';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { createDerived, LOOP_LIMIT } from './derive';
import { createLoopRunner } from './loopRunner';
import { createLoopService, type LoopServiceOptions } from './loopService';
import { inProcessWorker, settle } from './loopTesting';
import { DEFAULT_FILTERS } from './viewState';

const bundled = loadDataset(BUNDLED);
const graphOf = (dataset: Dataset, asOf = dataset.asOf) =>
  buildMoneyGraph(dataset.companies, dataset.deals, {
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
    asOf,
  });
const graph = graphOf(bundled);
const comparable = ({ elapsedMs: _, ...rest }: LoopSearch & { pending?: boolean }) => rest;
const full = (through: string, maxLength = 6) =>
  comparable(
    findLoopsThrough(graph, through, { maxLength, limit: LOOP_LIMIT, timeBudgetMs: Infinity }),
  );

function service(
  worker: ReturnType<typeof inProcessWorker>,
  more: Partial<LoopServiceOptions> = {},
) {
  const runner = createLoopRunner({ start: worker.start, mainBudgetMs: 120 });
  return createLoopService({
    runner,
    frameBudgetMs: 8,
    backgroundBudgetMs: Infinity,
    settledBudgetMs: 120,
    limit: LOOP_LIMIT,
    topLimit: 200,
    ...more,
  });
}

/**
 * Makes every search on the page run out of its frame at once (the clock is
 * read every step and moves a millisecond a read), while the worker's, with
 * no budget, finishes: the bundled data then takes the worker's path.
 */
function slowPage() {
  searchTuning.clockMask = 0;
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
  return { frameBudgetMs: 0 };
}

afterEach(() => {
  searchTuning.clockMask = 4095;
});

describe('the loops of the view', () => {
  it('are answered on the page when the search fits in its frame, with no worker', () => {
    const worker = inProcessWorker();
    const loops = service(worker);
    for (const { id } of bundled.companies) {
      const answer = loops.loops(graph, id, 6, false);
      expect(answer.pending).toBe(false);
      expect(comparable(answer)).toEqual({ ...full(id), pending: false });
    }
    expect(worker.log.started).toBe(0);
  });

  it('are finished in the worker when the frame is not enough, and the subscribers are told', async () => {
    const worker = inProcessWorker();
    const loops = service(worker, slowPage());
    const heard = vi.fn();
    loops.subscribe(heard);
    const first = loops.loops(graph, 'microsoft', 6, false);
    // What the frame found, marked as such: never a final figure.
    expect(first).toMatchObject({ pending: true, truncated: true, stoppedBy: 'time' });
    expect(loops.loops(graph, 'microsoft', 6, false)).toBe(first);
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    const done = loops.loops(graph, 'microsoft', 6, false);
    expect(comparable(done)).toEqual({ ...full('microsoft'), pending: false });
    expect(done.loops.length).toBeGreaterThan(0);
    // Remembered: asked again, nothing runs again.
    expect(loops.loops(graph, 'microsoft', 6, false)).toBe(done);
    expect(worker.log.searches).toBe(1);
  });

  it('never answers with an older selection’s loops: a new one cancels the running search', async () => {
    const worker = inProcessWorker({ hold: true });
    const loops = service(worker, slowPage());
    const heard = vi.fn();
    loops.subscribe(heard);
    loops.loops(graph, 'microsoft', 6, false);
    loops.loops(graph, 'nvidia', 6, false);
    expect(worker.log.terminated).toBe(1);
    worker.release();
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    const nvidia = loops.loops(graph, 'nvidia', 6, false);
    expect(comparable(nvidia)).toEqual({ ...full('nvidia'), pending: false });
    expect(nvidia.loops.every((l) => l.companies[0] === 'nvidia')).toBe(true);
    // Microsoft's search was cancelled, not finished: back on Microsoft, it runs again.
    expect(loops.known(graph, 'microsoft', 6, false).pending).toBe(true);
    loops.loops(graph, 'microsoft', 6, false);
    worker.release();
    await settle();
    expect(comparable(loops.loops(graph, 'microsoft', 6, false))).toEqual({
      ...full('microsoft'),
      pending: false,
    });
  });

  it('cancels the running search when the length, the order or the graph changes', () => {
    const worker = inProcessWorker({ hold: true });
    const loops = service(worker, slowPage());
    loops.loops(graph, 'microsoft', 6, false);
    loops.loops(graph, 'microsoft', 5, false);
    loops.loops(graph, 'microsoft', 5, true);
    loops.loops(graphOf(bundled, '2025-06-30'), 'microsoft', 5, true);
    expect(worker.log.terminated).toBe(3);
  });

  it('lets a focus read what is known without starting or cancelling a search, and the click reuse it', () => {
    const worker = inProcessWorker({ hold: true });
    const loops = service(worker, slowPage());
    loops.loops(graph, 'microsoft', 6, false);
    const focused = loops.known(graph, 'nvidia', 6, false);
    expect(focused.pending).toBe(true);
    expect(worker.log).toMatchObject({ started: 1, terminated: 0 });
    // The click on it: the same answer (no second search on the page), now finished in the worker.
    const search = vi.spyOn(performance, 'now');
    const calls = search.mock.calls.length;
    expect(loops.loops(graph, 'nvidia', 6, false)).toBe(focused);
    expect(search.mock.calls.length - calls).toBeLessThan(3);
    expect(worker.log.terminated).toBe(1);
  });

  it('gives exports a settled answer: the finished one, else a search on the page', async () => {
    const finished = service(inProcessWorker());
    const answer = finished.loops(graph, 'microsoft', 6, false);
    expect(finished.settled(graph, 'microsoft', 6, false)).toBe(answer);

    const worker = inProcessWorker({ hold: true });
    const loops = service(worker, { ...slowPage(), settledBudgetMs: Infinity });
    expect(loops.loops(graph, 'microsoft', 6, false).pending).toBe(true);
    // While the worker searches, an export searches on the page to the end.
    expect(comparable(loops.settled(graph, 'microsoft', 6, false))).toEqual(full('microsoft'));
  });

  it('reads a company the view does not hold as the top loops, as the panel shows them', () => {
    const loops = service(inProcessWorker());
    expect(comparable(loops.loops(graph, 'no-such-company', 6, false))).toEqual({
      ...comparable(findTopLoops(graph, { limit: 200, timeBudgetMs: Infinity })),
      pending: false,
    });
  });

  it('stops the worker when the instance goes, and starts another when used again', async () => {
    const worker = inProcessWorker({ hold: true });
    const loops = service(worker, slowPage());
    loops.loops(graph, 'microsoft', 6, false);
    loops.destroy();
    expect(worker.log.terminated).toBe(1);
    loops.loops(graph, 'microsoft', 6, false);
    worker.release();
    await settle();
    expect(loops.loops(graph, 'microsoft', 6, false).pending).toBe(false);
    expect(worker.log.started).toBe(2);
  });
});

describe('the derived state of a store', () => {
  it('answers the bundled data on the page, as the synchronous engine does', () => {
    const worker = inProcessWorker();
    const derived = createDerived({
      loopRunner: createLoopRunner({ start: worker.start, mainBudgetMs: 120 }),
    });
    const g = derived.moneyGraph(bundled, DEFAULT_FILTERS, 'firm');
    const answer = derived.loops(g, 'microsoft', 6, false);
    expect(answer.pending).toBe(false);
    expect(comparable(answer)).toMatchObject({ total: full('microsoft').total });
    expect(derived.settledLoops(g, 'microsoft', 6, false)).toBe(answer);
    expect(worker.log.started).toBe(0);
  });
});
