/**
 * Brings a company, or every company of a loop, into the visible part of the
 * map (the drawing area, which on a phone ends where the bottom sheet begins).
 * Does nothing when it is already comfortably in view.
 */
import type { GraphEngines } from '../graph/GraphView';

export function showOnMap(
  engines: GraphEngines | null,
  what: string | readonly string[] | null,
  /** Frame a loop even when it is in view: a chapter or the opening is about it. */
  frame = false,
): void {
  if (!engines || what == null) return;
  const ids = typeof what === 'string' ? [what] : what;
  const points = ids
    .map((id) => engines.layout.store.get(id))
    .filter((p): p is { x: number; y: number } => p != null);
  if (points.length === 0) return;
  const rect = engines.surface.getBoundingClientRect();
  const t = engines.panZoom.transform();
  const margin = Math.min(40, rect.height * 0.12);
  const inView = points.every((p) => {
    const [x, y] = t.apply([p.x, p.y]);
    return x > margin && x < rect.width - margin && y > margin && y < rect.height - margin;
  });
  if (inView && !(frame && points.length > 1)) return;
  if (points.length === 1) {
    const p = points[0];
    if (p) engines.panZoom.centerOn(p.x, p.y, 0.1);
    return;
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  // Framing leaves room for the companies' circles and labels around the centres.
  const room = frame ? 48 : 0;
  engines.panZoom.fit(
    {
      x0: Math.min(...xs) - room,
      y0: Math.min(...ys) - room,
      x1: Math.max(...xs) + room,
      y1: Math.max(...ys) + room,
    },
    { animate: true, maxScale: frame ? Math.max(t.k, 2) : Math.max(t.k, 1) },
  );
}
