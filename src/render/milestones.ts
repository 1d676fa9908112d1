/**
 * The map's User Timing milestones (documented in docs/performance.md), read by
 * `npm run bench:view` and the browser tests:
 *
 * - `ct:first-picture`: marked in the frame that paints the first complete
 *   picture (every company and deal drawn) of a dataset — for a picture painted
 *   in the canvas worker, when the worker says it has painted it.
 * - `ct:settled`: marked when the layout has come to rest; the graph's root
 *   element then carries `data-layout="settled"` (it says "settling" before
 *   and "moving" while a drag is cooling down).
 *
 * Each is marked once per graph instance and dataset.
 */
import type { PositionStore } from '../layout/positionStore';

export const FIRST_PICTURE = 'ct:first-picture';
export const SETTLED = 'ct:settled';

export interface Milestones {
  /** Call after drawing; marks the first picture in the frame that paints it. */
  drawn(): void;
  /** Whether the first picture is on screen. */
  pictured(): boolean;
  destroy(): void;
}

export function trackMilestones(
  root: HTMLElement,
  store: PositionStore,
  mode: string,
  /** Calls back once what is drawn is on screen (the renderer's afterPaint). */
  afterPaint: (then: () => void) => void = (then) => requestAnimationFrame(() => then()),
): Milestones {
  let pictured = false;
  let settled = false;
  let waiting = false;
  let destroyed = false;
  const mark = (name: string) => {
    try {
      performance.mark(name);
    } catch {
      // User Timing missing (very old browsers): the milestones are for measuring only.
    }
  };
  const onPhase = () => {
    const phase = store.phase();
    root.dataset.layout = phase;
    if (phase === 'settled' && !settled && pictured) {
      settled = true;
      mark(SETTLED);
    }
  };
  const unsubscribe = store.subscribe((change) => {
    if (change === 'phase') onPhase();
  });
  root.dataset.layout = store.phase();
  // Where the layout runs: 'sync' (settled before paint), 'worker' or 'chunked'.
  root.dataset.layoutMode = mode;
  return {
    drawn() {
      if (pictured || waiting) return;
      waiting = true;
      afterPaint(() => {
        waiting = false;
        if (destroyed) return;
        pictured = true;
        mark(FIRST_PICTURE);
        onPhase();
      });
    },
    pictured: () => pictured,
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  };
}
