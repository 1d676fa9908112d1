/**
 * The layout engine as the graph view uses it: built from layoutInput with
 * radii from sceneScales (see src/ui/graph/GraphView.tsx), settled
 * synchronously, then still until something reheats it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset, SEED_SLICE } from '../../tests/fixtures/load';
import { indexDataset, type Dataset } from '../model';
import { layoutInput } from '../render/layoutInput';
import { sceneScales } from '../render/sceneModel';
import { createForceLayout, type ForceLayout, type ForceLayoutOptions } from './forceLayout';

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
const seedInput = inputFor(seed);
const bundledInput = inputFor(bundled);

const made: ForceLayout[] = [];
afterEach(() => {
  for (const layout of made.splice(0)) layout.destroy();
});

function build(input: ReturnType<typeof inputFor>, options?: ForceLayoutOptions): ForceLayout {
  const layout = createForceLayout(input.nodes, input.links, options);
  made.push(layout);
  return layout;
}

const snapshot = (layout: ForceLayout) =>
  Object.fromEntries([...layout.positions].map(([id, p]) => [id, { x: p.x, y: p.y }]));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pairs of nodes closer than the sum of their radii. */
function overlapping(layout: ForceLayout, input: ReturnType<typeof inputFor>): string[] {
  const out: string[] = [];
  const nodes = input.nodes;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      const pa = a && layout.positions.get(a.id);
      const pb = b && layout.positions.get(b.id);
      if (!a || !b || !pa || !pb) throw new Error('missing node');
      if (Math.hypot(pa.x - pb.x, pa.y - pb.y) < a.radius + b.radius) out.push(`${a.id}/${b.id}`);
    }
  return out;
}

describe('createForceLayout', () => {
  it('places every node, at finite coordinates', () => {
    const layout = build(seedInput);
    expect([...layout.positions.keys()].sort()).toEqual(seed.companies.map((c) => c.id).sort());
    for (const [id, p] of layout.positions) {
      expect(Number.isFinite(p.x), id).toBe(true);
      expect(Number.isFinite(p.y), id).toBe(true);
    }
  });

  it('gives the same positions every time for the same input', () => {
    expect(snapshot(build(seedInput))).toEqual(snapshot(build(seedInput)));
    expect(snapshot(build(bundledInput, { seed: 7 }))).toEqual(
      snapshot(build(bundledInput, { seed: 7 })),
    );
  });

  it('does not depend on the caller keeping its input objects', () => {
    const nodes = seedInput.nodes.map((n) => ({ ...n }));
    const links = seedInput.links.map((l) => ({ ...l }));
    const layout = createForceLayout(nodes, links);
    made.push(layout);
    // d3 mutates what it is given; the engine must copy, so the input is untouched.
    expect(nodes).toEqual(seedInput.nodes);
    expect(links).toEqual(seedInput.links);
  });

  // BUG (questionable design): the seed never reaches the picture. d3-force only
  // draws from randomSource to jiggle nodes that sit exactly on top of each
  // other, and its phyllotaxis start never does that, so every seed gives the
  // same layout. See createForceLayout in src/layout/forceLayout.ts.
  it('gives different positions for a different seed', () => {
    expect(snapshot(build(seedInput, { seed: 1 }))).not.toEqual(
      snapshot(build(seedInput, { seed: 2 })),
    );
  });

  it('leaves no two nodes overlapping once settled', () => {
    expect(overlapping(build(seedInput), seedInput)).toEqual([]);
  });

  it('keeps room for labels between nodes (the collision padding)', () => {
    const layout = build(seedInput, { padding: 18 });
    for (const a of seedInput.nodes)
      for (const b of seedInput.nodes) {
        if (a.id >= b.id) continue;
        const pa = layout.positions.get(a.id);
        const pb = layout.positions.get(b.id);
        if (!pa || !pb) throw new Error('missing node');
        // Collisions are soft; allow a unit of slack on 2 × 18 of padding.
        expect(Math.hypot(pa.x - pb.x, pa.y - pb.y), `${a.id}/${b.id}`).toBeGreaterThan(
          a.radius + b.radius + 35,
        );
      }
  });

  it('stays still after it is created', async () => {
    const layout = build(seedInput);
    const before = snapshot(layout);
    let ticks = 0;
    layout.onTick(() => ticks++);
    await wait(50);
    expect(snapshot(layout)).toEqual(before);
    expect(ticks).toBe(0);
  });

  it('bounds every node with its radius', () => {
    const layout = build(seedInput);
    const box = layout.bounds();
    for (const n of seedInput.nodes) {
      const p = layout.positions.get(n.id);
      if (!p) throw new Error(n.id);
      expect(p.x - n.radius).toBeGreaterThanOrEqual(box.x0);
      expect(p.x + n.radius).toBeLessThanOrEqual(box.x1);
      expect(p.y - n.radius).toBeGreaterThanOrEqual(box.y0);
      expect(p.y + n.radius).toBeLessThanOrEqual(box.y1);
    }
  });

  it('ignores links to unknown nodes and self-links', () => {
    const layout = createForceLayout(
      [
        { id: 'a', radius: 10 },
        { id: 'b', radius: 10 },
      ],
      [
        { source: 'a', target: 'ghost', weight: 1 },
        { source: 'a', target: 'a', weight: 1 },
        { source: 'a', target: 'b', weight: 0.5 },
      ],
    );
    made.push(layout);
    expect(layout.positions.size).toBe(2);
    for (const p of layout.positions.values()) expect(Number.isFinite(p.x + p.y)).toBe(true);
  });

  it('handles no nodes at all', () => {
    const layout = build({ nodes: [], links: [] });
    expect(layout.positions.size).toBe(0);
    expect(layout.bounds()).toEqual({ x0: -1, y0: -1, x1: 1, y1: 1 });
  });
});

describe('pinning', () => {
  it('moves a pinned node to the given point at once and tells listeners', () => {
    const layout = build(seedInput);
    let ticks = 0;
    layout.onTick(() => ticks++);
    layout.pin('openai', 123, -45);
    expect(layout.positions.get('openai')).toEqual({ x: 123, y: -45 });
    expect(layout.isPinned('openai')).toBe(true);
    expect(layout.isPinned('nvidia')).toBe(false);
    expect(ticks).toBe(1);
  });

  it('keeps a pinned node fixed while the others move', async () => {
    const layout = build(seedInput);
    layout.pin('openai', 400, 300);
    const before = snapshot(layout);
    layout.reheat(0.3);
    await wait(120);
    layout.reheat(0);
    layout.destroy();
    expect(layout.positions.get('openai')).toEqual({ x: 400, y: 300 });
    const moved = Object.entries(snapshot(layout)).filter(
      ([id, p]) => id !== 'openai' && (p.x !== before[id]?.x || p.y !== before[id]?.y),
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it('unpins', () => {
    const layout = build(seedInput);
    layout.pin('openai', 0, 0);
    layout.unpin('openai');
    expect(layout.isPinned('openai')).toBe(false);
  });

  it('ignores unknown ids', () => {
    const layout = build(seedInput);
    const before = snapshot(layout);
    layout.pin('nobody', 1, 1);
    expect(layout.isPinned('nobody')).toBe(false);
    expect(snapshot(layout)).toEqual(before);
  });

  it('stops moving once destroyed', async () => {
    const layout = build(seedInput);
    layout.reheat(0.3);
    await wait(40);
    layout.destroy();
    const after = snapshot(layout);
    await wait(60);
    expect(snapshot(layout)).toEqual(after);
  });
});

describe('on the bundled dataset', () => {
  it('takes the shape of the box it will be shown in', () => {
    const size = (layout: ForceLayout) => {
      const b = layout.bounds();
      return { width: b.x1 - b.x0, height: b.y1 - b.y0 };
    };
    const wide = size(build(bundledInput, { shape: 'wide' }));
    const tall = size(build(bundledInput, { shape: 'tall' }));
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(tall.height).toBeGreaterThan(tall.width);
    expect(overlapping(build(bundledInput, { shape: 'tall' }), bundledInput)).toEqual([]);
  });

  it('lays out all 35 companies with no overlaps, in well under half a second', () => {
    // Warm the JIT on the small fixture so that the time measures the layout,
    // not V8 compiling d3. Measured on a loaded 2-core machine: 50–130 ms here;
    // 250–290 ms for a cold first layout in a fresh process.
    build(seedInput);
    const start = performance.now();
    const layout = build(bundledInput);
    const ms = performance.now() - start;
    expect(layout.positions.size).toBe(35);
    expect(overlapping(layout, bundledInput)).toEqual([]);
    expect(ms, `layout took ${ms.toFixed(0)} ms`).toBeLessThan(500);
  });
});
