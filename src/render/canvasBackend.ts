/**
 * The page's side of the canvas backend (workerCanvasBackend.ts): its canvases
 * (the picture, and the pulse on top of it, so the pulse never repaints the
 * scene), the theme it watches, and the presenter that paints on the page —
 * before the canvas worker is up, and where it cannot run (no OffscreenCanvas,
 * no workers, or a worker script the page may not load, such as the custom
 * element served from another origin). The picture is painted by
 * canvasPaint.ts and shown by canvasPresenter.ts, exactly as the worker does it.
 */
import { paintPulse } from './canvasPaint';
import { createPresenter, type Presenter } from './canvasPresenter';
import type { Palette } from './palette';
import type { Frame } from './renderer';

export const dpr = () => Math.min(2, globalThis.devicePixelRatio || 1);

/** The two canvases every canvas backend puts in the container: the picture and the pulse. */
export function mountCanvases(container: HTMLElement): {
  canvas: HTMLCanvasElement;
  overlay: HTMLCanvasElement;
} {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  const overlay = document.createElement('canvas');
  overlay.className = 'graph-canvas graph-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  container.prepend(canvas, overlay);
  return { canvas, overlay };
}

/** Calls `onChange` when the app's theme (and so the palette) changes. */
export function watchTheme(container: HTMLElement, onChange: () => void): () => void {
  const root = container.closest('.ct-root');
  if (!root || typeof MutationObserver !== 'function') return () => {};
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** Draws the pulse on the overlay canvas (both backends keep it on the page). */
export function drawPulseOn(overlay: HTMLCanvasElement, f: Frame, palette: Palette | null): void {
  const w = Math.max(1, Math.round(f.width * dpr()));
  const h = Math.max(1, Math.round(f.height * dpr()));
  if (overlay.width !== w || overlay.height !== h) {
    overlay.width = w;
    overlay.height = h;
  }
  const ctx = overlay.getContext('2d');
  if (ctx && palette) paintPulse(ctx, f, palette, dpr());
}

/**
 * A presenter for the page's own canvas: the first pictures before the canvas
 * worker is up, and every picture where it cannot run (workerCanvasBackend.ts).
 */
export function createPagePresenter(
  canvas: HTMLCanvasElement,
  palette: () => Palette | null,
): Presenter {
  return createPresenter({
    visible: canvas,
    buffer: document.createElement('canvas'),
    dpr,
    palette,
    now: () => performance.now(),
    later: (fn, ms) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
  });
}
