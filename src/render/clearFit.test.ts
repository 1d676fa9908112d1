/**
 * The fit that keeps companies clear of the cards over the map: after it, no
 * dot touches a card, the picture stays inside the box, and it is shrunk only
 * when moving it is not enough, by as few steps as clear the card.
 */
import { describe, expect, it } from 'vitest';
import { lcg } from '../layout/random';
import type { ViewTransform } from '../layout/positionStore';
import { clearOfCards, dotsUnder, MIN_SHRINK, STEP, type Dots } from './clearFit';

const size = { width: 900, height: 530 };
/** A seeded cloud of dots: `w` × `h` from (x, y) under the identity transform. */
function cloud(count: number, x = 40, y = 40, w = 820, h = 450, seed = 1): Dots {
  const rand = lcg(seed);
  const xy = new Float32Array(count * 2);
  const r = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    xy[2 * i] = x + rand() * w;
    xy[2 * i + 1] = y + rand() * h;
    r[i] = 3 + rand() * 9;
  }
  return { xy, r: (i) => r[i] ?? 0 };
}
const identity = { k: 1, x: 0, y: 0 };
const card = { x0: 4, y0: 4, x1: 400, y1: 220 };

function expectInside(dots: Dots, t: ViewTransform) {
  for (let i = 0; i < dots.xy.length / 2; i++) {
    const x = (dots.xy[2 * i] ?? 0) * t.k + t.x;
    const y = (dots.xy[2 * i + 1] ?? 0) * t.k + t.y;
    const r = dots.r(i) * t.k;
    expect(x - r).toBeGreaterThanOrEqual(-1e-6);
    expect(x + r).toBeLessThanOrEqual(size.width + 1e-6);
    expect(y - r).toBeGreaterThanOrEqual(-1e-6);
    expect(y + r).toBeLessThanOrEqual(size.height + 1e-6);
  }
}

describe('clearOfCards', () => {
  it('shrinks a picture that fills the box until no dot touches the card, a step at a time', () => {
    const dots = cloud(200);
    expect(dotsUnder(dots, identity, [card])).toBe(true);
    const { t, hint } = clearOfCards(identity, dots, size, [card]);
    expect(dotsUnder(dots, t, [card])).toBe(false);
    expect(hint).not.toBeNull();
    expect(hint?.step).toBeGreaterThan(0);
    // Whole steps of the plain fit's scale, within the limit.
    expect(t.k).toBeCloseTo(1 - (hint?.step ?? 0) * STEP, 9);
    expect(t.k).toBeGreaterThanOrEqual(MIN_SHRINK);
    expectInside(dots, t);
    // One step less, wherever the picture goes, still covers a dot.
    const less = (hint?.step ?? 1) - 1;
    for (let spot = 0; spot < 9; spot++) {
      const tried = clearOfCards(identity, dots, size, [card], { step: less, spot });
      expect(tried.hint?.step ?? Infinity).not.toBe(less);
    }
  });

  it('moves a picture with room beside it rather than shrinking it', () => {
    // A round cloud in the middle of a wide box, its top-left under the card.
    const dots = cloud(300, 250, 40, 400, 450, 2);
    expect(dotsUnder(dots, identity, [card])).toBe(true);
    const { t, hint } = clearOfCards(identity, dots, size, [card]);
    expect(hint?.step).toBe(0);
    expect(t.k).toBe(1);
    expect(t.x).toBeGreaterThan(0);
    expect(dotsUnder(dots, t, [card])).toBe(false);
    expectInside(dots, t);
  });

  it('keeps the fit when nothing is under a card, or there is no card', () => {
    const dots = cloud(50);
    const far = { x0: 2000, y0: 2000, x1: 2100, y1: 2100 };
    expect(clearOfCards(identity, dots, size, [far])).toEqual({ t: identity, hint: null });
    expect(clearOfCards(identity, dots, size, [])).toEqual({ t: identity, hint: null });
  });

  it('gives up, keeping the fit, when nothing down to the limit clears the card', () => {
    const dots = cloud(50);
    const everything = { x0: -10, y0: -10, x1: 910, y1: 540 };
    expect(clearOfCards(identity, dots, size, [everything])).toEqual({ t: identity, hint: null });
  });

  it('takes a hint that still clears without searching, and searches when it does not', () => {
    const dots = cloud(200);
    const first = clearOfCards(identity, dots, size, [card]);
    expect(clearOfCards(identity, dots, size, [card], first.hint)).toEqual(first);
    // The plain fit as a hint cannot clear: the search finds the same answer.
    expect(clearOfCards(identity, dots, size, [card], { step: 0, spot: 0 })).toEqual(first);
  });
});
