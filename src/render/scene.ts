/**
 * Writes geometry into the SVG elements the UI rendered: node transforms and
 * edge paths. Called on every layout tick and on drag, never through React, so
 * a moving graph costs DOM attribute writes only.
 */
import { edgePath } from './edgeGeometry';

export interface SceneNode {
  readonly id: string;
  readonly r: number;
}

export interface SceneEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly width: number;
  readonly offset: number;
}

export interface SceneElements {
  node(id: string): SVGGElement | undefined;
  edge(
    id: string,
  ): { line: SVGPathElement; arrow: SVGPathElement; hit?: SVGPathElement } | undefined;
}

export function arrowSize(width: number): { length: number; width: number } {
  return { length: 7 + width * 1.1, width: 6 + width * 1.3 };
}

export function drawScene(
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  positions: { get(id: string): { readonly x: number; readonly y: number } | undefined },
  els: SceneElements,
): void {
  const radius = new Map<string, number>();
  for (const n of nodes) {
    radius.set(n.id, n.r);
    const p = positions.get(n.id);
    const el = els.node(n.id);
    if (p && el) el.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`);
  }
  for (const e of edges) {
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    const el = els.edge(e.id);
    if (!a || !b || !el) continue;
    const arrow = arrowSize(e.width);
    const path = edgePath(
      { x: a.x, y: a.y, r: radius.get(e.from) ?? 0 },
      { x: b.x, y: b.y, r: radius.get(e.to) ?? 0 },
      e.offset,
      arrow.length,
      arrow.width,
    );
    el.line.setAttribute('d', path.d);
    el.arrow.setAttribute('d', path.arrow);
    el.hit?.setAttribute('d', path.d);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
