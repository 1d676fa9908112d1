/**
 * Scene geometry from the positions buffer, shared by the renderer's backends
 * and the SVG export: where company i is, and the curve of deal j.
 */
import { edgeCurve, type EdgeCurve } from './edgeGeometry';
import type { RenderScene } from './renderer';

export function arrowSize(width: number): { length: number; width: number } {
  return { length: 7 + width * 1.1, width: 6 + width * 1.3 };
}

/** Company i's centre in layout units, or null when it has no position. */
export function pointOf(
  scene: RenderScene,
  xy: Float32Array,
  i: number,
): { x: number; y: number } | null {
  const s = scene.slots[i] ?? -1;
  if (s < 0 || 2 * s + 1 >= xy.length) return null;
  return { x: xy[2 * s] ?? 0, y: xy[2 * s + 1] ?? 0 };
}

/** Deal j's curve in layout units, or null when an end has no position. */
export function curveOf(scene: RenderScene, xy: Float32Array, j: number): EdgeCurve | null {
  const e = scene.edges[j];
  const a = scene.ends[2 * j] ?? -1;
  const b = scene.ends[2 * j + 1] ?? -1;
  const pa = a >= 0 ? pointOf(scene, xy, a) : null;
  const pb = b >= 0 ? pointOf(scene, xy, b) : null;
  if (!e || !pa || !pb) return null;
  const arrow = arrowSize(e.width);
  return edgeCurve(
    { ...pa, r: scene.nodes[a]?.r ?? 0 },
    { ...pb, r: scene.nodes[b]?.r ?? 0 },
    e.offset,
    arrow.length,
    arrow.width,
  );
}

/**
 * The deals' curves for one positions buffer, each computed the first time it
 * is asked for and kept (a frame, the picker and label placement share them).
 * One by one, not all at once: with the canvas painted in a worker, the page
 * asks only for the few deals that carry dollars, and computing all 20,000 of
 * a 5,000-company map's curves for them cost ~17 ms in the settle's frame.
 */
export function curvesOf(scene: RenderScene, xy: Float32Array): (j: number) => EdgeCurve | null {
  // undefined: not computed yet; null: the deal has no curve (an end without a position).
  const curves: (EdgeCurve | null | undefined)[] = new Array(scene.edges.length);
  return (j) => {
    if (j < 0 || j >= curves.length) return null;
    let c = curves[j];
    if (c === undefined) c = curves[j] = curveOf(scene, xy, j);
    return c;
  };
}
