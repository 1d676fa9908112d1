/**
 * The layout engine the map uses: data in, a handle out.
 *
 * create → { store, mode, pin, unpin, reheat, reset, destroy }
 *
 * The simulation runs in a Web Worker (layout.worker.ts) and streams positions
 * back into the position store; small graphs are settled in-process before the
 * first paint instead, because starting a worker costs more than their whole
 * layout; where workers are unavailable the same host runs on the main thread
 * in short chunks. All three run one simulation (simulation.ts), so they give
 * the same picture for the same data and box, up to Float32 rounding.
 */
import { createLayoutHost, timerSchedule, type LayoutHost } from './host';
import { findSettled } from './layoutCache';
import type { FromHost, ToHost } from './protocol';
import { createPositionStore, type PositionStore } from './positionStore';
import { lcg } from './random';
import {
  DEFAULT_SEED,
  startPositions,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type LayoutOptions,
  type SettledState,
} from './simulation';

export type LayoutMode = 'sync' | 'worker' | 'chunked';

export interface LayoutEngine {
  readonly store: PositionStore;
  readonly mode: LayoutMode;
  /** Whether the settle came from a layout cache (layoutCache.ts) rather than a run. */
  readonly cached: boolean;
  /** Fixes a company where it is dropped (drag to pin). */
  pin(id: string, x: number, y: number): void;
  unpin(id: string): void;
  /** Wakes the simulation (during a drag) with the given alpha target; 0 lets it cool. */
  reheat(alphaTarget: number): void;
  /** Back to the original, deterministic picture: every pin dropped. */
  reset(): void;
  destroy(): void;
}

export interface LayoutEngineOptions extends LayoutOptions {
  /** Force a mode (tests, benchmarks); by default chosen by size and support. */
  readonly mode?: LayoutMode;
  /** Graphs up to this many companies are settled before the first paint. */
  readonly syncLimit?: number;
  /** Makes the worker; injectable so tests and the fallback can do without. */
  readonly createWorker?: () => Worker;
  /**
   * A settled state to start from in the 'sync' mode; by default the layout
   * cache's for this input (layoutCache.ts), if any; null runs the settle.
   */
  readonly cached?: SettledState | null;
}

/** Measured: 34 companies settle in ~15 ms, 300 in ~200 ms on a loaded 2-core machine. */
export const SYNC_LIMIT = 150;

const defaultWorker = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

export function createLayoutEngine(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  options: LayoutEngineOptions = {},
): LayoutEngine {
  const {
    mode: forced,
    syncLimit = SYNC_LIMIT,
    createWorker = defaultWorker,
    cached,
    ...layout
  } = options;
  const radii = nodes.map((n) => n.radius);
  const store = createPositionStore(
    nodes.map((n) => n.id),
    (i) => radii[i] ?? 0,
  );
  let generation = 1;
  // A big graph's first picture is the simulation's own seeded start, drawn at
  // once while the worker starts (as force-graph draws its start), and eased
  // into the settled picture as positions stream in. A small one is settled
  // in-process before the first paint, so it never shows the start.
  const seedStart = () => {
    const start = startPositions(nodes.length, lcg(layout.seed ?? DEFAULT_SEED));
    store.setPositions(Float32Array.from(start), 'settling');
  };

  let acking = 0;
  const receive = (message: FromHost) => {
    if (message.generation !== generation) return;
    store.setPositions(message.xy, message.phase);
    // Ask for more once a frame has gone by (the renderer draws once per frame;
    // the worker's settle waits for this, host.ts paceSettle).
    if (worker && !acking)
      acking = requestAnimationFrame(() => {
        acking = 0;
        worker?.postMessage({ type: 'ack' } satisfies ToHost);
      });
  };
  // A hidden page has no frames, so no acks: its settle is not paced, and a map
  // opened in a background tab is settled when it is shown.
  const hidden = () => typeof document !== 'undefined' && document.hidden;
  const onVisibility = () => worker?.postMessage({ type: 'pace', on: !hidden() } satisfies ToHost);

  const wanted: LayoutMode =
    forced ??
    (nodes.length <= syncLimit ? 'sync' : typeof Worker === 'function' ? 'worker' : 'chunked');
  let mode: LayoutMode = wanted;
  let worker: Worker | null = null;
  let local: LayoutHost | null = null;

  const inProcess = (settleAtOnce: boolean): LayoutHost =>
    createLayoutHost({
      post: (message) => receive(message),
      // Chunks of a few ms between frames keep the page answering input.
      schedule: timerSchedule,
      sliceMs: settleAtOnce ? 16 : 6,
      now: () => performance.now(),
      settleAtOnce: () => settleAtOnce,
      noBackpressure: true,
    });

  if (mode === 'worker') {
    try {
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<FromHost>) => receive(event.data);
      if (typeof document !== 'undefined') {
        document.addEventListener('visibilitychange', onVisibility);
        if (hidden()) onVisibility();
      }
      worker.onerror = () => {
        // A worker that cannot start (blocked by a policy, a file:// page):
        // carry on in-process from the start.
        worker?.terminate();
        worker = null;
        mode = 'chunked';
        local = inProcess(false);
        local.receive(startMessage());
      };
    } catch {
      worker = null;
      mode = 'chunked';
    }
  }
  if (!worker) local = inProcess(mode === 'sync');
  const settled =
    mode === 'sync' ? (cached === undefined ? findSettled(nodes, links, layout) : cached) : null;
  if (mode !== 'sync') seedStart();

  const send = (message: ToHost) => {
    if (worker) worker.postMessage(message);
    else local?.receive(message);
  };
  const startMessage = (): ToHost => ({
    type: 'start',
    generation,
    nodes: nodes.map((n) => ({ id: n.id, radius: n.radius })),
    links: links.map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    options: layout,
    ...(settled && { settled }),
  });
  send(startMessage());

  return {
    store,
    get mode() {
      return mode;
    },
    cached: settled !== null,
    pin(id, x, y) {
      const index = store.indexOf(id);
      if (index === undefined) return;
      store.setPinned(id, { x, y });
      send({ type: 'pin', index, x, y });
    },
    unpin(id) {
      const index = store.indexOf(id);
      if (index === undefined) return;
      store.setPinned(id, null);
      send({ type: 'unpin', index });
    },
    reheat(alphaTarget) {
      send({ type: 'heat', alphaTarget });
    },
    reset() {
      for (const id of store.ids) store.setPinned(id, null);
      generation++;
      if (mode !== 'sync') seedStart();
      send(startMessage());
    },
    destroy() {
      generation = -1;
      if (acking) cancelAnimationFrame(acking);
      if (typeof document !== 'undefined')
        document.removeEventListener('visibilitychange', onVisibility);
      if (worker) {
        worker.postMessage({ type: 'stop' } satisfies ToHost);
        worker.terminate();
        worker = null;
      }
      local?.receive({ type: 'stop' });
      local = null;
    },
  };
}
