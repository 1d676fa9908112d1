/**
 * The bottom sheet's three resting heights and the choice of one after a drag.
 * Pure, so the snapping rule is tested without a browser.
 */
export type Snap = 'peek' | 'half' | 'full';
export const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];

/** The peek shows the handle and the panel's heading. */
export const PEEK_PX = 116;

export function snapHeight(snap: Snap, available: number): number {
  if (snap === 'peek') return Math.min(PEEK_PX, available);
  if (snap === 'half') return Math.round(available * 0.5);
  return available;
}

/**
 * The snap nearest a dragged height; a quick flick (velocity in px/ms, positive
 * upwards) goes one step further in its direction.
 */
export function nearestSnap(height: number, available: number, velocity = 0): Snap {
  let best: Snap = 'peek';
  let bestDist = Infinity;
  for (const s of SNAPS) {
    const d = Math.abs(snapHeight(s, available) - height);
    if (d < bestDist) {
      best = s;
      bestDist = d;
    }
  }
  if (Math.abs(velocity) > 0.6) {
    const i = SNAPS.indexOf(best);
    const next = SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i + Math.sign(velocity)))];
    const here = snapHeight(best, available);
    // Only if the flick goes the same way as the move from the resting height.
    if (next && Math.sign(height - here) === Math.sign(velocity)) return next;
  }
  return best;
}

export function stepSnap(snap: Snap, by: 1 | -1): Snap {
  const i = SNAPS.indexOf(snap);
  return SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i + by))] ?? snap;
}
