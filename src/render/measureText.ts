/**
 * Label widths for placement, measured once per name on a canvas with the
 * label font (independent of zoom). Falls back to an estimate where there is no
 * canvas (tests in jsdom).
 */
const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

export const LABEL_FONT_PX = 12;
const FONT = `600 ${LABEL_FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;

export function labelWidth(text: string): number {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
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
