/**
 * Label widths for placement, measured once per name on a canvas with the
 * label font (independent of zoom). Falls back to an estimate where there is no
 * canvas (tests in jsdom). Works in a worker too (canvas.worker.ts).
 */
const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

export const LABEL_FONT_PX = 12;
const FONT = `600 ${LABEL_FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;

export function labelWidth(text: string): number {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (context === undefined) {
    try {
      // On the page a canvas element; in the canvas worker (no document) an
      // OffscreenCanvas, so the worker measures names as the page does.
      context =
        typeof document !== 'undefined'
          ? document.createElement('canvas').getContext('2d')
          : new OffscreenCanvas(1, 1).getContext('2d');
    } catch {
      context = null;
    }
  }
  let width = text.length * LABEL_FONT_PX * 0.58;
  if (context) {
    context.font = FONT;
    width = context.measureText(text).width;
  }
  cache.set(text, width);
  return width;
}

/**
 * Measures names ahead of need, a few hundred a frame, so the first label
 * placement of a big graph (once its layout rests) does not measure 5,000
 * names in one task. Returns a cancel function.
 */
export function warmLabelWidths(names: readonly string[], perFrame = 250): () => void {
  if (typeof requestAnimationFrame !== 'function') return () => {};
  let at = 0;
  let frame = 0;
  const step = () => {
    const to = Math.min(names.length, at + perFrame);
    for (; at < to; at++) labelWidth(names[at] ?? '');
    frame = at < names.length ? requestAnimationFrame(step) : 0;
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
