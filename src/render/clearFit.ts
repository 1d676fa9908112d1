/**
 * A fit that keeps every company clear of the cards lying over the map (the
 * opening's caption, a chapter): the plain fit of the bundled data puts Google,
 * TeraWulf and Fluidstack under the opening's card at 1280 × 800, where a
 * reader cannot see them. The picture is first moved within the box (a round
 * cloud of 1,000 companies has room beside it), then shrunk a step at a time
 * and moved again, until no company's dot touches a card; below MIN_SHRINK it
 * gives up and keeps the plain fit. Of the places that clear, the nearest to
 * the plain fit's wins. Pure: the controller gives it the dots as drawn.
 */
import type { ViewTransform } from '../layout/positionStore';
import type { Box } from './labels';

/** Companies' dots in layout units: centres as x, y pairs, and radii. */
export interface Dots {
  readonly xy: ArrayLike<number>;
  readonly r: (index: number) => number;
}

/** How far the fit may shrink to clear the cards; below this the cards cover. */
export const MIN_SHRINK = 0.6;
/** Each shrink step, as a share of the plain fit's scale. */
export const STEP = 0.04;
const STEPS = Math.floor((1 - MIN_SHRINK) / STEP + 1e-9);
/** Where the picture may go along an axis: where the fit put it, at the start, at the end. */
const PLACES = [0, -1, 1] as const;
/** Both axes' places, nearest to the plain fit's first. */
const SPOTS: readonly (readonly [number, number])[] = PLACES.flatMap((px) =>
  PLACES.map((py) => [px, py] as const),
).sort((a, b) => Math.abs(a[0]) + Math.abs(a[1]) - (Math.abs(b[0]) + Math.abs(b[1])));

/** Whether any dot, drawn under `t`, touches one of the boxes (screen pixels). */
export function dotsUnder(dots: Dots, t: ViewTransform, boxes: readonly Box[]): boolean {
  const n = dots.xy.length / 2;
  for (let i = 0; i < n; i++) {
    const x = (dots.xy[2 * i] ?? 0) * t.k + t.x;
    const y = (dots.xy[2 * i + 1] ?? 0) * t.k + t.y;
    const r = dots.r(i) * t.k;
    for (const b of boxes) {
      const dx = Math.max(b.x0 - x, 0, x - b.x1);
      const dy = Math.max(b.y0 - y, 0, y - b.y1);
      if (dx * dx + dy * dy < r * r || (dx === 0 && dy === 0)) return true;
    }
  }
  return false;
}

/** Which step and place cleared the cards last time: tried first by the next fit of a moving layout. */
export interface ClearHint {
  readonly step: number;
  readonly spot: number;
}

/** The dots' extent in layout units, each padded by its radius. */
function extent(dots: Dots): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const n = dots.xy.length / 2;
  for (let i = 0; i < n; i++) {
    const x = dots.xy[2 * i] ?? 0;
    const y = dots.xy[2 * i + 1] ?? 0;
    const r = dots.r(i);
    box.x0 = Math.min(box.x0, x - r);
    box.y0 = Math.min(box.y0, y - r);
    box.x1 = Math.max(box.x1, x + r);
    box.y1 = Math.max(box.y1, y + r);
  }
  return box;
}

/**
 * `t` shrunk `step` steps about the picture's centre, then moved along each
 * axis to where the fit had it (0), to the start (-1) or to the end (1) of
 * the box, keeping the fit's margin.
 */
function placed(
  t: ViewTransform,
  e: Box,
  size: { readonly width: number; readonly height: number },
  { step, spot }: ClearHint,
): ViewTransform {
  const f = 1 - step * STEP;
  const k = t.k * f;
  const [px, py] = SPOTS[spot] ?? [0, 0];
  // The fit's own margin: its smallest gap between the picture and the box.
  const gaps = [
    e.x0 * t.k + t.x,
    size.width - (e.x1 * t.k + t.x),
    e.y0 * t.k + t.y,
    size.height - (e.y1 * t.k + t.y),
  ];
  const margin = Math.max(0, Math.min(...gaps));
  const along = (lo: number, hi: number, offset: number, room: number, place: number) => {
    const at = lo * t.k + offset;
    const length = (hi - lo) * t.k * f;
    const centred = at + ((hi - lo) * t.k - length) / 2;
    const target = place < 0 ? margin : place > 0 ? room - margin - length : centred;
    return target - lo * k;
  };
  return {
    k,
    x: along(e.x0, e.x1, t.x, size.width, px),
    y: along(e.y0, e.y1, t.y, size.height, py),
  };
}

/**
 * The fit nearest to `t` — first by scale, then by place — that leaves every
 * dot clear of `cards`, and which it was; `t` itself (hint null) when nothing
 * is under a card, or when nothing down to MIN_SHRINK clears them. A `hint`
 * that still clears is taken without a search (a settling layout fits every
 * frame; its last fit searches).
 */
export function clearOfCards(
  t: ViewTransform,
  dots: Dots,
  size: { readonly width: number; readonly height: number },
  cards: readonly Box[],
  hint: ClearHint | null = null,
): { t: ViewTransform; hint: ClearHint | null } {
  if (cards.length === 0 || !dotsUnder(dots, t, cards)) return { t, hint: null };
  const e = extent(dots);
  if (!Number.isFinite(e.x0)) return { t, hint: null };
  if (hint) {
    const next = placed(t, e, size, hint);
    if (!dotsUnder(dots, next, cards)) return { t: next, hint };
  }
  for (let step = 0; step <= STEPS; step++)
    for (let spot = 0; spot < SPOTS.length; spot++) {
      const next = placed(t, e, size, { step, spot });
      if (!dotsUnder(dots, next, cards)) return { t: next, hint: { step, spot } };
    }
  return { t, hint: null };
}
