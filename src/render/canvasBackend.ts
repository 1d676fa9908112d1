/**
 * The Canvas 2D backend drawn on the page: the fallback where the canvas worker
 * cannot run (no OffscreenCanvas, no workers, or a worker script the page may
 * not load, such as the custom element served from another origin). The picture
 * is painted by canvasPaint.ts and shown by canvasPresenter.ts, exactly as the
 * worker does it. The pulse has its own canvas on top, so it never repaints the
 * scene.
 */
import { paintPulse } from './canvasPaint';
import { createPresenter, type Presenter } from './canvasPresenter';
import { readPalette, type Palette } from './palette';
import type { Backend, Frame } from './renderer';

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

export function createCanvasBackend(): Backend {
  let host: HTMLElement | null = null;
  let canvases: ReturnType<typeof mountCanvases> | null = null;
  let presenter: Presenter | null = null;
  let palette: Palette | null = null;
  let unwatch = () => {};

  return {
    kind: 'canvas',
    mount(container) {
      host = container;
      canvases = mountCanvases(container);
      presenter = createPresenter({
        visible: canvases.canvas,
        buffer: document.createElement('canvas'),
        dpr,
        palette: () => (palette ??= host ? readPalette(host) : null),
        now: () => performance.now(),
        later: (fn, ms) => {
          const timer = setTimeout(fn, ms);
          return () => clearTimeout(timer);
        },
      });
      unwatch = watchTheme(container, () => {
        palette = null;
        presenter?.repaint();
      });
    },
    draw(f, changes) {
      presenter?.draw(f, changes);
    },
    drawPulse(f) {
      if (canvases) drawPulseOn(canvases.overlay, f, (palette ??= host ? readPalette(host) : null));
    },
    destroy() {
      unwatch();
      presenter?.destroy();
      canvases?.canvas.remove();
      canvases?.overlay.remove();
      canvases = null;
      presenter = null;
    },
  };
}
