/**
 * The deals' curves for one positions buffer: each computed when first asked
 * for, from the buffer as it is then, and kept — on the real bundled scene.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { curveOf, curvesOf } from './scene';
import { world } from './testing';

describe('curvesOf', () => {
  const { scene, xy } = world(loadDataset(BUNDLED));
  const ends = (j: number) => [scene.ends[2 * j] ?? -1, scene.ends[2 * j + 1] ?? -1];

  it('answers every deal as curveOf does', () => {
    const curve = curvesOf(scene, xy);
    for (let j = 0; j < scene.edges.length; j++) expect(curve(j)).toEqual(curveOf(scene, xy, j));
    expect(curve(-1)).toBeNull();
    expect(curve(scene.edges.length)).toBeNull();
  });

  it('computes a deal only when it is asked for, then keeps it', () => {
    // Two deals with no company in common: moving the second's companies after
    // the first is asked for shows whether the second was computed with it.
    const first = 0;
    const [a, b] = ends(first);
    const second = scene.edges.findIndex((_, j) => !ends(j).some((n) => n === a || n === b));
    expect(second).toBeGreaterThan(0);
    const buffer = xy.slice();
    const curve = curvesOf(scene, buffer);
    const kept = curve(first);
    for (const n of ends(second)) {
      const s = scene.slots[n] ?? -1;
      buffer[2 * s] = (buffer[2 * s] ?? 0) + 100;
    }
    // Computed now, from the moved companies (all at once would have used the old places).
    expect(curve(second)).toEqual(curveOf(scene, buffer, second));
    expect(curve(second)).not.toEqual(curveOf(scene, xy, second));
    // Kept: asked again, the first is the same object.
    expect(curve(first)).toBe(kept);
  });
});
