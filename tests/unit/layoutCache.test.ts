/**
 * The layout cache (src/layout/layoutCache.ts): the bundled dataset's settled
 * layouts are saved in src/layout/layoutCache.json so the map does not settle
 * them again on every load. These tests hold the file to the data and the
 * simulation as they are now — change either and forget `npm run layout-cache`
 * and they fail — and hold the cached start to the simulated one, to the bit.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../fixtures/load';
import { createLayoutEngine } from '../../src/layout/engine';
import { createLayoutHost } from '../../src/layout/host';
import { BUILT_IN, findSettled } from '../../src/layout/layoutCache';
import type { FromHost } from '../../src/layout/protocol';
import { computeCacheEntry } from '../../src/layout/layoutCacheEntry';
import { datasetLayoutInput } from '../../src/ui/graph/datasetLayout';
import { createDerived } from '../../src/state/derive';

const bundled = loadDataset(BUNDLED);
const input = datasetLayoutInput(bundled);
const SHAPES = ['wide', 'tall'] as const;

describe('the layout cache', () => {
  it("is found with the page's own whole index as with one made for it (the map passes the one it has)", () => {
    const derived = createDerived();
    expect(datasetLayoutInput(bundled, derived.fullIndex(bundled))).toEqual(input);
    derived.destroy();
  });

  it('holds the bundled dataset as the map lays it out (else: npm run layout-cache)', () => {
    for (const shape of SHAPES)
      expect(
        findSettled(input.nodes, input.links, { shape }),
        `no saved ${shape} layout for data/ai-circular-deals.json as it is now: run npm run layout-cache`,
      ).not.toBeNull();
  });

  it('holds exactly the state the simulation settles in now (else: npm run layout-cache)', () => {
    const fresh = computeCacheEntry(input.nodes, input.links);
    const saved = BUILT_IN.find(
      (e) => JSON.stringify(e.input) === JSON.stringify(fresh.input),
    )?.settled;
    expect(saved, 'run npm run layout-cache').toBeDefined();
    for (const shape of SHAPES) expect(saved?.[shape]).toEqual(fresh.settled[shape]);
  });

  it('gives the map the very picture the simulation gives, settled at once', () => {
    for (const shape of SHAPES) {
      const cached = createLayoutEngine(input.nodes, input.links, { shape });
      const run = createLayoutEngine(input.nodes, input.links, { shape, cached: null });
      expect(cached.cached).toBe(true);
      expect(run.cached).toBe(false);
      expect(cached.mode).toBe('sync');
      expect(cached.store.phase()).toBe('settled');
      expect([...cached.store.xy()]).toEqual([...run.store.xy()]);
      cached.destroy();
      run.destroy();
    }
  });

  it('is not used for any other input, options or seed', () => {
    const { nodes, links } = input;
    const [first, ...rest] = links;
    if (!first) throw new Error('no links');
    const variants = [
      { nodes, links: [{ ...first, weight: first.weight * (1 + 1e-12) }, ...rest] },
      { nodes, links: rest },
      { nodes: nodes.map((n, i) => (i === 0 ? { ...n, id: `${n.id}x` } : n)), links },
      { nodes: nodes.map((n, i) => (i === 3 ? { ...n, radius: n.radius + 1 } : n)), links },
      { nodes: [...nodes].reverse(), links },
    ];
    for (const v of variants) expect(findSettled(v.nodes, v.links)).toBeNull();
    expect(findSettled(nodes, links, { seed: 7 })).toBeNull();
    expect(findSettled(nodes, links, { padding: 20 })).toBeNull();
    expect(findSettled(nodes, links, { maxSettleTicks: 100 })).toBeNull();
    const other = createLayoutEngine(nodes, links, { seed: 7 });
    expect(other.cached).toBe(false);
    other.destroy();
  });

  it('starts the simulation from the saved state, with no ticks', () => {
    // A made-up state: had the host run the settle instead, it could not post these.
    const state = input.nodes.flatMap((_, i) => [i * 100, -i, 0, 0]);
    const posted: FromHost[] = [];
    const host = createLayoutHost({
      post: (m) => posted.push(m),
      schedule: () => () => undefined,
      sliceMs: 16,
      now: () => 0,
      settleAtOnce: () => true,
      noBackpressure: true,
    });
    host.receive({ type: 'start', generation: 1, ...input, options: {}, settled: state });
    expect(posted).toHaveLength(1);
    expect(posted[0]?.phase).toBe('settled');
    expect([...(posted[0]?.xy ?? [])]).toEqual(input.nodes.flatMap((_, i) => [i * 100, -i]));
  });

  it('still drags, pins and resets from a cached start', async () => {
    const layout = createLayoutEngine(input.nodes, input.links);
    const before = [...layout.store.xy()];
    const id = layout.store.ids[0] ?? '';
    layout.pin(id, 500, 500);
    layout.reheat(0.3);
    await new Promise((r) => setTimeout(r, 60));
    expect(layout.store.get(id)).toEqual({ x: 500, y: 500 });
    expect([...layout.store.xy()]).not.toEqual(before);
    layout.reset();
    expect(layout.store.phase()).toBe('settled');
    expect([...layout.store.xy()]).toEqual(before);
    layout.destroy();
  });
});
