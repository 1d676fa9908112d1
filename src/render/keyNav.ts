/**
 * Arrow keys on the map, as pure functions of where the companies are on
 * screen: which company is "the next one to the right", and the reading order
 * (top to bottom, left to right) that Home and End use.
 *
 * Points are in screen pixels (y grows downwards); a null point is a company
 * with no position yet, never chosen. Every choice is deterministic: ties go to
 * the lower index.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How much a step sideways costs against a step in the asked direction. */
export const OFF_AXIS_WEIGHT = 2;

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The direction an arrow key asks for, or null for any other key. */
export function directionOf(key: string): Direction | null {
  return ARROWS[key] ?? null;
}

/** Distance along the direction (positive ahead) and across it. */
function axes(from: Point, to: Point, dir: Direction): { along: number; across: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (dir) {
    case 'right':
      return { along: dx, across: Math.abs(dy) };
    case 'left':
      return { along: -dx, across: Math.abs(dy) };
    case 'down':
      return { along: dy, across: Math.abs(dx) };
    case 'up':
      return { along: -dy, across: Math.abs(dx) };
  }
}

/**
 * The company nearest to `from` in direction `dir`: among those ahead within a
 * 45° cone either side of the direction, the one with the smallest
 * `along + OFF_AXIS_WEIGHT × across`; if the cone is empty, the same over the
 * whole half-plane ahead (so a lone company off to the side is still reached).
 * Returns `from` when nothing lies ahead, or when `from` has no point.
 */
export function nearestInDirection(
  points: readonly (Point | null)[],
  from: number,
  dir: Direction,
): number {
  const origin = points[from];
  if (!origin) return from;
  let best = -1;
  let bestScore = Infinity;
  let bestInCone = false;
  let bestDistance = Infinity;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (i === from || !p) continue;
    const { along, across } = axes(origin, p, dir);
    // Ahead means strictly ahead: a company exactly level is not "to the right".
    if (!(along > 0.5)) continue;
    const inCone = across <= along;
    if (bestInCone && !inCone) continue;
    const score = along + OFF_AXIS_WEIGHT * across;
    const distance = along * along + across * across;
    if (
      (inCone && !bestInCone) ||
      score < bestScore ||
      (score === bestScore && distance < bestDistance)
    ) {
      best = i;
      bestScore = score;
      bestInCone = inCone;
      bestDistance = distance;
    }
  }
  return best >= 0 ? best : from;
}

/**
 * Indices in reading order: by rows from the top (companies whose y is within
 * `rowHeight` of a row's first company share its row), each row left to right.
 * Companies with no point are left out.
 */
export function readingOrder(points: readonly (Point | null)[], rowHeight = 24): number[] {
  const byY: number[] = [];
  points.forEach((p, i) => {
    if (p) byY.push(i);
  });
  const y = (i: number) => points[i]?.y ?? 0;
  const x = (i: number) => points[i]?.x ?? 0;
  byY.sort((a, b) => y(a) - y(b) || x(a) - x(b) || a - b);
  const out: number[] = [];
  let row: number[] = [];
  let top = -Infinity;
  const flush = () => {
    row.sort((a, b) => x(a) - x(b) || y(a) - y(b) || a - b);
    out.push(...row);
    row = [];
  };
  for (const i of byY) {
    if (y(i) - top > rowHeight) {
      flush();
      top = y(i);
    }
    row.push(i);
  }
  flush();
  return out;
}

/** The first (Home) or last (End) company in reading order; -1 when there is none. */
export function readingEnd(
  points: readonly (Point | null)[],
  which: 'first' | 'last',
  rowHeight?: number,
): number {
  const order = readingOrder(points, rowHeight);
  return (which === 'first' ? order[0] : order[order.length - 1]) ?? -1;
}
