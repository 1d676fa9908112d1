/**
 * What is under a point of the map, without the DOM: companies from a
 * quadtree of their centres, deals from a uniform grid of the cells their
 * curves pass through, labels from the boxes the last placement chose. Built
 * from the positions on demand and reused until they change, so picking costs
 * a few neighbour checks per pointer move at any size.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { pointOnCurve, type EdgeCurve } from './edgeGeometry';

export type Picked = { readonly kind: 'company' | 'deal'; readonly id: string } | null;

export interface PickNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface PickEdge {
  readonly id: string;
  readonly curve: EdgeCurve;
  /** Stroke width in layout units. */
  readonly width: number;
}

export interface LabelHit {
  readonly id: string;
  /** Label box in layout units. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PickIndex {
  /**
   * The company or deal at layout point (x, y); `slack` is how far (in layout
   * units) a deal's stroke may be missed and still count, so thin lines stay
   * easy to hit at any zoom.
   */
  pick(x: number, y: number, slack: number): Picked;
}

const SAMPLES = 12;

export function buildPickIndex(
  nodes: readonly PickNode[],
  edges: readonly PickEdge[],
  labels: readonly LabelHit[] = [],
): PickIndex {
  let maxR = 0;
  for (const n of nodes) maxR = Math.max(maxR, n.r);
  const tree: Quadtree<PickNode> = quadtree<PickNode>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll([...nodes]);

  // A grid with cells about as big as a typical edge is long.
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x);
    y1 = Math.max(y1, n.y);
  }
  if (!Number.isFinite(x0 + y0 + x1 + y1)) x0 = y0 = x1 = y1 = 0;
  const span = Math.max(x1 - x0, y1 - y0, 1);
  const cell = Math.max(span / Math.max(8, Math.sqrt(edges.length) * 2), 20);
  const cols = Math.floor((x1 - x0) / cell) + 3;
  const rows = Math.floor((y1 - y0) / cell) + 3;
  const key = (x: number, y: number) =>
    Math.floor((y - y0) / cell + 1) * cols + Math.floor((x - x0) / cell + 1);
  const grid = new Map<number, number[]>();
  edges.forEach((e, i) => {
    let last = -1;
    // Steps of at most half a cell, so no cell the curve crosses is skipped.
    const c = e.curve;
    const length = Math.hypot(c.cx - c.sx, c.cy - c.sy) + Math.hypot(c.ex - c.cx, c.ey - c.cy);
    const steps = Math.max(SAMPLES, Math.ceil(length / (cell / 2)));
    for (let s = 0; s <= steps; s++) {
      const p = pointOnCurve(c, s / steps);
      const k = key(p.x, p.y);
      if (k === last) continue;
      last = k;
      const list = grid.get(k);
      if (!list) grid.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });

  const edgeDistance = (e: PickEdge, x: number, y: number) => {
    let best = Infinity;
    let prev = pointOnCurve(e.curve, 0);
    for (let s = 1; s <= SAMPLES * 2; s++) {
      const p = pointOnCurve(e.curve, s / (SAMPLES * 2));
      best = Math.min(best, segmentDistance(x, y, prev.x, prev.y, p.x, p.y));
      prev = p;
    }
    return best;
  };

  return {
    pick(x, y, slack) {
      // Companies first: they sit on top of their deals.
      let node: PickNode | null = null;
      let nodeDist = Infinity;
      tree.visit((q, qx0, qy0, qx1, qy1) => {
        if (!q.length) {
          let leaf: typeof q | undefined = q;
          while (leaf && !leaf.length) {
            const d = (leaf as { data: PickNode }).data;
            const dist = Math.hypot(d.x - x, d.y - y);
            if (dist <= d.r && dist < nodeDist) {
              node = d;
              nodeDist = dist;
            }
            leaf = (leaf as { next?: typeof q }).next;
          }
        }
        return qx0 > x + maxR || qy0 > y + maxR || qx1 < x - maxR || qy1 < y - maxR;
      });
      if (node) return { kind: 'company', id: (node as PickNode).id };
      for (const l of labels)
        if (x >= l.x0 && x <= l.x1 && y >= l.y0 && y <= l.y1) return { kind: 'company', id: l.id };

      let best: PickEdge | null = null;
      let bestDist = Infinity;
      if (!Number.isFinite(x + y + slack)) return null;
      const reach = Math.ceil(slack / cell);
      const cx = Math.floor((x - x0) / cell + 1);
      const cy = Math.floor((y - y0) / cell + 1);
      const seen = new Set<number>();
      // Only cells of the grid: a point far outside it has no deal near it.
      for (let gy = Math.max(0, cy - 1 - reach); gy <= Math.min(rows - 1, cy + 1 + reach); gy++)
        for (let gx = Math.max(0, cx - 1 - reach); gx <= Math.min(cols - 1, cx + 1 + reach); gx++) {
          for (const i of grid.get(gy * cols + gx) ?? []) {
            if (seen.has(i)) continue;
            seen.add(i);
            const e = edges[i];
            if (!e) continue;
            const d = edgeDistance(e, x, y) - e.width / 2;
            if (d <= slack && d < bestDist) {
              best = e;
              bestDist = d;
            }
          }
        }
      return best ? { kind: 'deal', id: (best as PickEdge).id } : null;
    },
  };
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
