/**
 * The layout as the graph view uses it: built from layoutInput with radii from
 * sceneScales (see src/ui/graph/GraphView.tsx). The simulation is the one the
 * map has always run; these tests hold it to today's picture, check that every
 * way of running it (at once, in slices, in the fallback) gives that picture,
 * and that it never drifts once settled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED, loadDataset, SEED_SLICE } from '../../tests/fixtures/load';
import { indexDataset, type Dataset } from '../model';
import { layoutInput } from '../render/layoutInput';
import { sceneScales } from '../render/sceneModel';
import { createLayoutEngine, type LayoutEngine, type LayoutEngineOptions } from './engine';
import { createLayoutHost, timerSchedule, type HostOptions, type LayoutHost } from './host';
import type { FromHost, ToHost } from './protocol';
import type { PositionStore } from './positionStore';
import { createSimulation } from './simulation';
import today from './fixtures/bundled-positions.json';

const seed = loadDataset(SEED_SLICE);
const bundled = loadDataset(BUNDLED);

/** The same input GraphView builds. */
function inputFor(dataset: Dataset) {
  const full = indexDataset(dataset, dataset.deals);
  const scales = sceneScales(dataset, full);
  return layoutInput(
    dataset.companies,
    (id) => scales.radius(full.flow.get(id)?.total.usd ?? 0),
    dataset.deals,
    full,
  );
}
type Input = ReturnType<typeof inputFor>;
const seedInput = inputFor(seed);
const bundledInput = inputFor(bundled);

const made: LayoutEngine[] = [];
afterEach(() => {
  for (const layout of made.splice(0)) layout.destroy();
});

function build(input: Input, options?: LayoutEngineOptions): LayoutEngine {
  const layout = createLayoutEngine(input.nodes, input.links, options);
  made.push(layout);
  return layout;
}

const snapshot = (store: PositionStore) =>
  Object.fromEntries(store.ids.map((id) => [id, store.get(id)]));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A host on real timers, slices of 1 ms, posting to `post`. */
const timedHost = (post: HostOptions['post'], options: Partial<HostOptions> = {}) =>
  createLayoutHost({
    post,
    schedule: timerSchedule,
    sliceMs: 1,
    now: () => performance.now(),
    ...options,
  });

async function settled(store: PositionStore, timeoutMs = 20_000) {
  const start = Date.now();
  while (store.phase() !== 'settled') {
    if (Date.now() - start > timeoutMs) throw new Error('layout did not settle');
    await wait(5);
  }
}

/** Pairs of nodes closer than the sum of their radii. */
function overlapping(store: PositionStore, input: Input): string[] {
  const out: string[] = [];
  const nodes = input.nodes;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      const pa = a && store.get(a.id);
      const pb = b && store.get(b.id);
      if (!a || !b || !pa || !pb) throw new Error('missing node');
      if (Math.hypot(pa.x - pb.x, pa.y - pb.y) < a.radius + b.radius) out.push(`${a.id}/${b.id}`);
    }
  return out;
}

/** Largest distance between the same node in two pictures. */
function drift(a: Record<string, { x: number; y: number } | undefined>, b: typeof a): number {
  let max = 0;
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    if (!p || !q) return Infinity;
    max = Math.max(max, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return max;
}

describe('the picture', () => {
  // Today's picture is the one the synchronous layout drew before the worker
  // existed (fixtures/bundled-positions.json, rounded to 0.001). The only change
  // allowed is Float32 rounding of positions: a few thousandths of a unit on a
  // map some 800 units across. Tolerance: 0.01 layout units.
  // Both as the simulation runs it and as the layout cache (layoutCache.ts) gives it.
  for (const shape of ['wide', 'tall'] as const)
    for (const cached of [null, undefined])
      it(`is today's picture for the bundled data in a ${shape} box${cached === null ? ', run' : ', from the cache'}`, () => {
        const store = build(bundledInput, { shape, ...(cached === null && { cached }) }).store;
        expect(store.phase()).toBe('settled');
        const want =
          (today as unknown as Record<string, Record<string, [number, number]>>)[shape] ?? {};
        expect(Object.keys(want).sort()).toEqual([...store.ids].sort());
        let max = 0;
        for (const [id, [x, y]] of Object.entries(want)) {
          const p = store.get(id);
          if (!p) throw new Error(id);
          max = Math.max(max, Math.hypot(p.x - x, p.y - y));
        }
        expect(max).toBeLessThan(0.01);
      });

  it('is the same whether settled at once, in slices, or in the main-thread fallback', async () => {
    const atOnce = build(bundledInput, { mode: 'sync' }).store;
    const chunked = build(bundledInput, { mode: 'chunked' }).store;
    // A worker that cannot be made falls back to the chunked host.
    const fallback = build(bundledInput, {
      mode: 'worker',
      createWorker: () => {
        throw new Error('no workers here');
      },
    });
    expect(fallback.mode).toBe('chunked');
    expect(chunked.phase()).toBe('settling');
    await settled(chunked);
    await settled(fallback.store);
    expect(snapshot(chunked)).toEqual(snapshot(atOnce));
    expect(snapshot(fallback.store)).toEqual(snapshot(atOnce));
  });

  it("shows a big graph's own seeded start at once, before the worker says anything", () => {
    // A worker that never answers: the first picture is the simulation's start.
    const silent = { postMessage() {}, terminate() {} } as unknown as Worker;
    const engine = build(bundledInput, { mode: 'worker', createWorker: () => silent });
    expect(engine.store.version()).toBe(1);
    expect(engine.store.phase()).toBe('settling');
    const sim = createSimulation(bundledInput.nodes, bundledInput.links);
    const start = new Float32Array(bundledInput.nodes.length * 2);
    sim.write(start);
    expect([...engine.store.xy()]).toEqual([...start]);
  });

  it('streams early pictures while settling, then one settled picture, then nothing', async () => {
    const messages: FromHost[] = [];
    // The owner acknowledges each message once it has drawn it (backpressure).
    const host: LayoutHost = timedHost((m) => {
      messages.push(m);
      setTimeout(() => host.receive({ type: 'ack' }), 2);
    });
    host.receive({ type: 'start', generation: 3, ...seedInput, options: {} });
    await wait(400);
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.slice(0, -1).every((m) => m.phase === 'settling')).toBe(true);
    const last = messages.at(-1);
    expect(last?.phase).toBe('settled');
    expect(last?.generation).toBe(3);
    expect(last?.xy).toBeInstanceOf(Float32Array);
    expect(last?.xy.length).toBe(seedInput.nodes.length * 2);
    // Each message is a fresh buffer, so it can be transferred.
    expect(new Set(messages.map((m) => m.xy.buffer)).size).toBe(messages.length);
    const count = messages.length;
    await wait(100);
    expect(messages.length).toBe(count);
  });

  it('posts nothing more until the owner has acknowledged the last positions', async () => {
    const messages: FromHost[] = [];
    const host = timedHost((m) => messages.push(m));
    host.receive({ type: 'start', generation: 1, ...seedInput, options: {} });
    await wait(300);
    // Settled long ago, but the owner never drew the first picture.
    expect(messages).toHaveLength(1);
    host.receive({ type: 'ack' });
    expect(messages).toHaveLength(2);
    expect(messages[1]?.phase).toBe('settled');
    host.receive({ type: 'stop' });
  });

  it('paced, a settle runs no further until the owner has taken the last positions', async () => {
    const run = async (paceSettle: boolean, hidden = false) => {
      const messages: FromHost[] = [];
      let clock = 0;
      // One tick per slice: each reading of the clock moves it on by a slice.
      const host = timedHost((m) => messages.push(m), { now: () => clock++, paceSettle });
      host.receive({ type: 'start', generation: 1, ...bundledInput, options: {} });
      if (hidden) host.receive({ type: 'pace', on: false });
      await wait(60);
      expect(messages).toHaveLength(1);
      host.receive({ type: 'ack' });
      await wait(20);
      host.receive({ type: 'stop' });
      return messages.map((m) => m.ticks);
    };
    // Paced: the wait for the ack cost no ticks; the next picture is one slice on.
    expect((await run(true)).slice(0, 2)).toEqual([1, 2]);
    // Not paced (the in-process fallback's host): the settle went on meanwhile.
    expect((await run(false))[1]).toBeGreaterThan(10);
    // Nor on a hidden page, which has no frames to pace it by.
    expect((await run(true, true))[1]).toBeGreaterThan(10);
  });

  it('a hidden page lets the worker settle unpaced, and paces it again once shown', () => {
    // A hidden page has no frames, so no acks: a paced settle would stop there.
    const page = Object.assign(new EventTarget(), { hidden: true });
    vi.stubGlobal('document', page);
    try {
      const sent: ToHost[] = [];
      const worker = { postMessage: (m: ToHost) => sent.push(m), terminate: () => {} };
      const layout = build(seedInput, {
        mode: 'worker',
        createWorker: () => worker as unknown as Worker,
      });
      const paces = () => sent.filter((m) => m.type === 'pace');
      expect(paces()).toEqual([{ type: 'pace', on: false }]);
      page.hidden = false;
      page.dispatchEvent(new Event('visibilitychange'));
      expect(paces().at(-1)).toEqual({ type: 'pace', on: true });
      layout.destroy();
      page.dispatchEvent(new Event('visibilitychange'));
      expect(paces()).toHaveLength(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('places every node, at finite coordinates', () => {
    const { store } = build(seedInput);
    expect([...store.ids].sort()).toEqual(seed.companies.map((c) => c.id).sort());
    for (const id of store.ids) {
      const p = store.get(id);
      expect(Number.isFinite(p?.x), id).toBe(true);
      expect(Number.isFinite(p?.y), id).toBe(true);
    }
  });

  it('gives the same positions every time for the same input', () => {
    expect(snapshot(build(seedInput).store)).toEqual(snapshot(build(seedInput).store));
    expect(snapshot(build(bundledInput, { seed: 7 }).store)).toEqual(
      snapshot(build(bundledInput, { seed: 7 }).store),
    );
  });

  it('does not depend on the caller keeping its input objects', () => {
    const nodes = seedInput.nodes.map((n) => ({ ...n }));
    const links = seedInput.links.map((l) => ({ ...l }));
    made.push(createLayoutEngine(nodes, links));
    // d3 mutates what it is given; the engine must copy, so the input is untouched.
    expect(nodes).toEqual(seedInput.nodes);
    expect(links).toEqual(seedInput.links);
  });

  // BUG (questionable design): the seed never reaches the picture. d3-force only
  // draws from randomSource to jiggle nodes that sit exactly on top of each
  // other, and its phyllotaxis start never does that, so every seed gives the
  // same layout. See createSimulation in src/layout/simulation.ts.
  it('gives different positions for a different seed', () => {
    expect(snapshot(build(seedInput, { seed: 1 }).store)).not.toEqual(
      snapshot(build(seedInput, { seed: 2 }).store),
    );
  });

  it('leaves no two nodes overlapping once settled', () => {
    expect(overlapping(build(seedInput).store, seedInput)).toEqual([]);
  });

  it('keeps room for labels between nodes (the collision padding)', () => {
    const { store } = build(seedInput, { padding: 18 });
    for (const a of seedInput.nodes)
      for (const b of seedInput.nodes) {
        if (a.id >= b.id) continue;
        const pa = store.get(a.id);
        const pb = store.get(b.id);
        if (!pa || !pb) throw new Error('missing node');
        // Collisions are soft; allow a unit of slack on 2 × 18 of padding.
        expect(Math.hypot(pa.x - pb.x, pa.y - pb.y), `${a.id}/${b.id}`).toBeGreaterThan(
          a.radius + b.radius + 35,
        );
      }
  });

  it('stays still after it is settled', async () => {
    const { store } = build(seedInput);
    const before = snapshot(store);
    let changes = 0;
    store.subscribe(() => changes++);
    await wait(50);
    expect(snapshot(store)).toEqual(before);
    expect(changes).toBe(0);
  });

  it('bounds every node with its radius', () => {
    const { store } = build(seedInput);
    const box = store.bounds();
    for (const n of seedInput.nodes) {
      const p = store.get(n.id);
      if (!p) throw new Error(n.id);
      expect(p.x - n.radius).toBeGreaterThanOrEqual(box.x0);
      expect(p.x + n.radius).toBeLessThanOrEqual(box.x1);
      expect(p.y - n.radius).toBeGreaterThanOrEqual(box.y0);
      expect(p.y + n.radius).toBeLessThanOrEqual(box.y1);
    }
  });

  it('ignores links to unknown nodes and self-links', () => {
    const { store } = build({
      nodes: [
        { id: 'a', radius: 10 },
        { id: 'b', radius: 10 },
      ],
      links: [
        { source: 'a', target: 'ghost', weight: 1 },
        { source: 'a', target: 'a', weight: 1 },
        { source: 'a', target: 'b', weight: 0.5 },
      ],
    });
    expect(store.ids.length).toBe(2);
    for (const id of store.ids) expect(Number.isFinite((store.get(id)?.x ?? NaN) + 0)).toBe(true);
  });

  it('handles no nodes at all', () => {
    const { store } = build({ nodes: [], links: [] });
    expect(store.ids.length).toBe(0);
    expect(store.phase()).toBe('settled');
    expect(store.bounds()).toEqual({ x0: -1, y0: -1, x1: 1, y1: 1 });
  });
});

describe('pinning and reset', () => {
  it('moves a pinned node to the given point at once and tells listeners', () => {
    const layout = build(seedInput);
    let changes = 0;
    layout.store.subscribe(() => changes++);
    layout.pin('openai', 123, -45);
    expect(layout.store.get('openai')).toEqual({ x: 123, y: -45 });
    expect(layout.store.isPinned('openai')).toBe(true);
    expect(layout.store.isPinned('nvidia')).toBe(false);
    expect(changes).toBeGreaterThanOrEqual(1);
  });

  it('keeps a pinned node fixed while the others move, then comes to rest', async () => {
    const layout = build(seedInput);
    layout.pin('openai', 400, 300);
    const before = snapshot(layout.store);
    layout.reheat(0.3);
    await wait(120);
    layout.reheat(0);
    expect(layout.store.get('openai')).toEqual({ x: 400, y: 300 });
    const moved = Object.entries(snapshot(layout.store)).filter(
      ([id, p]) => id !== 'openai' && (p?.x !== before[id]?.x || p?.y !== before[id]?.y),
    );
    expect(moved.length).toBeGreaterThan(0);
    await settled(layout.store);
    const rest = snapshot(layout.store);
    await wait(80);
    expect(snapshot(layout.store)).toEqual(rest);
    // Cooling takes ~250 ticks at one per frame: seconds, more on a loaded machine.
  }, 30_000);

  it('unpins', () => {
    const layout = build(seedInput);
    layout.pin('openai', 0, 0);
    layout.unpin('openai');
    expect(layout.store.isPinned('openai')).toBe(false);
  });

  it('ignores unknown ids', () => {
    const layout = build(seedInput);
    const before = snapshot(layout.store);
    layout.pin('nobody', 1, 1);
    expect(layout.store.isPinned('nobody')).toBe(false);
    expect(snapshot(layout.store)).toEqual(before);
  });

  it('reset brings back the original picture exactly, with no pins', async () => {
    const layout = build(bundledInput);
    const original = snapshot(layout.store);
    layout.pin('nvidia', -500, 500);
    layout.reheat(0.3);
    await wait(60);
    layout.reheat(0);
    expect(drift(snapshot(layout.store), original)).toBeGreaterThan(1);
    layout.reset();
    expect(layout.store.isPinned('nvidia')).toBe(false);
    expect(snapshot(layout.store)).toEqual(original);
  });

  it('stops moving once destroyed', async () => {
    const layout = build(seedInput);
    layout.reheat(0.3);
    await wait(40);
    layout.destroy();
    const after = snapshot(layout.store);
    await wait(60);
    expect(snapshot(layout.store)).toEqual(after);
  });
});

describe('on the bundled dataset', () => {
  it('takes the shape of the box it will be shown in', () => {
    const size = (store: PositionStore) => {
      const b = store.bounds();
      return { width: b.x1 - b.x0, height: b.y1 - b.y0 };
    };
    const wide = size(build(bundledInput, { shape: 'wide' }).store);
    const tall = size(build(bundledInput, { shape: 'tall' }).store);
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(tall.height).toBeGreaterThan(tall.width);
    expect(overlapping(build(bundledInput, { shape: 'tall' }).store, bundledInput)).toEqual([]);
  });

  it('is settled before the first paint, in well under half a second', () => {
    // Warm the JIT on the small fixture so that the time measures the layout,
    // not V8 compiling d3.
    build(seedInput);
    const start = performance.now();
    const { store, mode } = build(bundledInput);
    const ms = performance.now() - start;
    expect(mode).toBe('sync');
    expect(store.phase()).toBe('settled');
    expect(store.ids.length).toBe(bundled.companies.length);
    expect(overlapping(store, bundledInput)).toEqual([]);
    // 15–60 ms on a quiet 2-core machine; generous for a loaded one.
    expect(ms, `layout took ${ms.toFixed(0)} ms`).toBeLessThan(1500);
  });

  it('runs the initial settle in exactly settleTicks ticks, however it is sliced', () => {
    const a = createSimulation(seedInput.nodes, seedInput.links);
    const b = createSimulation(seedInput.nodes, seedInput.links);
    a.step(a.settleTicks);
    for (let i = 0; i < b.settleTicks; i += 7) b.step(Math.min(7, b.settleTicks - i));
    const xa = new Float32Array(a.size * 2);
    const xb = new Float32Array(b.size * 2);
    a.write(xa);
    b.write(xb);
    expect(a.resting()).toBe(true);
    expect(xb).toEqual(xa);
  });
});
