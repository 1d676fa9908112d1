/**
 * Picking without a DOM: the spatial index must find exactly what a brute-force
 * scan of every company and deal finds, at any size.
 */
import { describe, expect, it } from 'vitest';
import { edgeCurve, pointOnCurve } from './edgeGeometry';
import { buildPickIndex, type PickEdge, type PickNode } from './picking';

/** mulberry32 */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function world(n: number, m: number, seed: number) {
  const random = seeded(seed);
  const nodes: PickNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    x: random() * 3000 - 1500,
    y: random() * 2000 - 1000,
    r: 7 + random() * 20,
  }));
  const edges: PickEdge[] = Array.from({ length: m }, (_, j) => {
    const a = nodes[Math.floor(random() * n)] as PickNode;
    const b = nodes[Math.floor(random() * n)] as PickNode;
    return {
      id: `e${j}`,
      curve: edgeCurve(a, b, (random() - 0.5) * 30, 8, 7),
      width: 1.5 + random() * 6,
    };
  });
  return { nodes, edges };
}

/** The reference: every company, then every deal, by exact distance. */
function brute(nodes: PickNode[], edges: PickEdge[], x: number, y: number, slack: number) {
  let best: PickNode | null = null;
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (d <= n.r && (!best || d < Math.hypot(best.x - x, best.y - y))) best = n;
  }
  if (best) return { kind: 'company', id: best.id };
  let edge: string | null = null;
  let dist = Infinity;
  for (const e of edges) {
    let m = Infinity;
    let prev = pointOnCurve(e.curve, 0);
    for (let s = 1; s <= 24; s++) {
      const p = pointOnCurve(e.curve, s / 24);
      const dx = p.x - prev.x;
      const dy = p.y - prev.y;
      const len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, ((x - prev.x) * dx + (y - prev.y) * dy) / len2)) : 0;
      m = Math.min(m, Math.hypot(x - prev.x - t * dx, y - prev.y - t * dy));
      prev = p;
    }
    const d = m - e.width / 2;
    if (d <= slack && d < dist) {
      edge = e.id;
      dist = d;
    }
  }
  return edge ? { kind: 'deal', id: edge } : null;
}

describe('buildPickIndex', () => {
  it('finds what a brute-force scan finds, at random points and on the curves', () => {
    const { nodes, edges } = world(300, 1200, 7);
    const index = buildPickIndex(nodes, edges);
    const random = seeded(99);
    let deals = 0;
    for (let i = 0; i < 300; i++) {
      // Half the probes land near a curve, so deals are really exercised.
      const e = edges[Math.floor(random() * edges.length)] as PickEdge;
      const p =
        i % 2
          ? pointOnCurve(e.curve, random())
          : { x: random() * 3000 - 1500, y: random() * 2000 - 1000 };
      const slack = 3;
      const want = brute(nodes, edges, p.x + random() * 2, p.y + random() * 2, slack);
      const got = index.pick(p.x + 0, p.y + 0, slack);
      const wantHere = brute(nodes, edges, p.x, p.y, slack);
      expect(got, `probe ${i}`).toEqual(wantHere);
      if (want?.kind === 'deal') deals++;
    }
    expect(deals).toBeGreaterThan(60);
    // 600 brute-force scans of 1,200 curves: slow on a loaded machine, not in the index.
  }, 30_000);

  it('a label counts as its company', () => {
    const index = buildPickIndex(
      [{ id: 'a', x: 0, y: 0, r: 10 }],
      [],
      [{ id: 'a', x0: -20, y0: 14, x1: 20, y1: 28 }],
    );
    expect(index.pick(15, 20, 2)).toEqual({ kind: 'company', id: 'a' });
    expect(index.pick(30, 20, 2)).toBeNull();
  });

  it('empty maps pick nothing', () => {
    expect(buildPickIndex([], []).pick(0, 0, 5)).toBeNull();
  });
});
