/**
 * Where each deal's curve goes. Deals between the same two companies are fanned
 * out so that none lies on top of another: deals in one direction only are
 * spread symmetrically about the straight line; when money goes both ways, each
 * direction takes its own side. Each edge is a quadratic Bézier curve trimmed to
 * the node circles, with room left for its arrowhead.
 */
import { pairKey } from '../model';

export interface EdgeInput {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Stroke width at zoom 1, in layout units. */
  readonly width: number;
}

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Perpendicular offset of each edge's midpoint from the straight line, by edge id. */
export function edgeOffsets(edges: readonly EdgeInput[], gap = 5): Map<string, number> {
  const groups = new Map<string, EdgeInput[]>();
  for (const e of edges) {
    const key = pairKey(e.from, e.to);
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    const forward = group.filter((e) => e.from === first.from);
    const backward = group.filter((e) => e.from !== first.from);
    if (backward.length === 0) {
      // One direction: centre the fan on the straight line.
      const total = forward.reduce((s, e) => s + e.width, 0) + gap * (forward.length - 1);
      let at = -total / 2;
      for (const e of forward) {
        offsets.set(e.id, at + e.width / 2);
        at += e.width + gap;
      }
    } else {
      // Both directions: an offset is measured to the left of each edge's own
      // direction, so positive offsets put the two directions on opposite sides.
      for (const side of [forward, backward]) {
        let at = gap * 1.5;
        for (const e of side) {
          offsets.set(e.id, at + e.width / 2);
          at += e.width + gap;
        }
      }
    }
  }
  return offsets;
}

export interface EdgePath {
  /** SVG path of the stroke. */
  readonly d: string;
  /** SVG path of the arrowhead (a filled triangle). */
  readonly arrow: string;
  /** Point halfway along the curve, for labels and tooltips. */
  readonly mid: { readonly x: number; readonly y: number };
}

/** An edge's curve as numbers: the stroke (start, control, end) and the arrowhead. */
export interface EdgeCurve {
  readonly sx: number;
  readonly sy: number;
  readonly cx: number;
  readonly cy: number;
  readonly ex: number;
  readonly ey: number;
  /** The stroke is a straight line (no fan offset). */
  readonly straight: boolean;
  /** Arrowhead: tip and the two base corners. */
  readonly tx: number;
  readonly ty: number;
  readonly lx: number;
  readonly ly: number;
  readonly rx: number;
  readonly ry: number;
}

/**
 * @param offset  perpendicular offset of the curve's midpoint (left of travel)
 * @param arrowLength  arrowhead length in layout units
 */
export function edgeCurve(
  a: Circle,
  b: Circle,
  offset: number,
  arrowLength: number,
  arrowWidth: number,
): EdgeCurve {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = dy / len;
  const ny = -dx / len;
  // A quadratic curve's midpoint sits halfway between the chord and the control
  // point, so the control point is placed at twice the wanted offset.
  const cx = (a.x + b.x) / 2 + nx * offset * 2;
  const cy = (a.y + b.y) / 2 + ny * offset * 2;
  const start = towards(a, cx, cy, a.r);
  const tip = towards(b, cx, cy, b.r + 1);
  const ux = (tip.x - cx) / (Math.hypot(tip.x - cx, tip.y - cy) || 1);
  const uy = (tip.y - cy) / (Math.hypot(tip.x - cx, tip.y - cy) || 1);
  const base = { x: tip.x - ux * arrowLength, y: tip.y - uy * arrowLength };
  const half = arrowWidth / 2;
  // The stroke stops inside the arrowhead so its end cap does not poke out.
  return {
    sx: start.x,
    sy: start.y,
    cx,
    cy,
    ex: base.x + ux * arrowLength * 0.3,
    ey: base.y + uy * arrowLength * 0.3,
    straight: Math.abs(offset) < 0.01,
    tx: tip.x,
    ty: tip.y,
    lx: base.x - uy * half,
    ly: base.y + ux * half,
    rx: base.x + uy * half,
    ry: base.y - ux * half,
  };
}

/** The point at parameter t (0..1) along the stroke of a curve. */
export function pointOnCurve(c: EdgeCurve, t: number): { x: number; y: number } {
  if (c.straight) return { x: c.sx + (c.ex - c.sx) * t, y: c.sy + (c.ey - c.sy) * t };
  const u = 1 - t;
  return {
    x: u * u * c.sx + 2 * u * t * c.cx + t * t * c.ex,
    y: u * u * c.sy + 2 * u * t * c.cy + t * t * c.ey,
  };
}

/** SVG paths of a curve: the stroke and the arrowhead. */
export function curvePaths(c: EdgeCurve): { d: string; arrow: string } {
  const arrow = `M${f(c.tx)},${f(c.ty)}L${f(c.lx)},${f(c.ly)}L${f(c.rx)},${f(c.ry)}Z`;
  const d = c.straight
    ? `M${f(c.sx)},${f(c.sy)}L${f(c.ex)},${f(c.ey)}`
    : `M${f(c.sx)},${f(c.sy)}Q${f(c.cx)},${f(c.cy)} ${f(c.ex)},${f(c.ey)}`;
  return { d, arrow };
}

export function edgePath(
  a: Circle,
  b: Circle,
  offset: number,
  arrowLength: number,
  arrowWidth: number,
): EdgePath {
  const c = edgeCurve(a, b, offset, arrowLength, arrowWidth);
  return { ...curvePaths(c), mid: pointOnCurve(c, 0.5) };
}

/** The point on circle `c` in the direction of (x, y), `dist` from its centre. */
function towards(c: Circle, x: number, y: number, dist: number) {
  const dx = x - c.x;
  const dy = y - c.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: c.x + (dx / len) * dist, y: c.y + (dy / len) * dist };
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();
