/**
 * What a canvas shows, and when it is repainted: the picture is painted into a
 * buffer canvas and copied to the visible one. While only the view moves (pan,
 * zoom) and a paint is slow, the last picture is re-copied under the new
 * transform — one image copy a frame at any size — and painted crisp once the
 * view has rested. The same presenter runs on the page (canvasBackend.ts) and in
 * the canvas worker (canvas.worker.ts); it touches no DOM.
 */
import { paintFrame, type Context2D } from './canvasPaint';
import type { Palette } from './palette';
import type { Changes, Frame } from './renderer';

/** A redraw slower than this makes pan and zoom copy the last picture instead. */
export const BLIT_OVER_MS = 8;
/** How long the view must rest before a copied picture is painted crisp. */
export const CRISP_AFTER_MS = 120;

export interface CanvasLike {
  width: number;
  height: number;
  getContext(id: '2d'): Context2D | null;
}

export interface PresenterOptions {
  readonly visible: CanvasLike;
  readonly buffer: CanvasLike;
  readonly dpr: () => number;
  readonly palette: () => Palette | null;
  readonly now: () => number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  readonly later: (fn: () => void, ms: number) => () => void;
}

export interface Presenter {
  draw(f: Frame, changes: Changes): void;
  /**
   * Keeps the picture it has, moved with the view: no paint now and none
   * later (the canvas worker is about to paint the new one; see
   * workerCanvasBackend.ts). A frame that only moved positions changes nothing.
   */
  follow(f: Frame, changes: Changes): void;
  /** Paints the last frame again (the palette changed). */
  repaint(): void;
  /** How long the last full paint took, copy included (ms). */
  lastMs(): number;
  destroy(): void;
}

export function createPresenter(o: PresenterOptions): Presenter {
  let drawnAt = { k: 1, x: 0, y: 0 };
  let lastMs = 0;
  let last: Frame | null = null;
  let cancelCrisp: (() => void) | null = null;

  const fit = (c: CanvasLike, f: Frame) => {
    const w = Math.max(1, Math.round(f.width * o.dpr()));
    const h = Math.max(1, Math.round(f.height * o.dpr()));
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
    }
  };

  /** Copies the buffer to the screen under the current transform. */
  const blit = (f: Frame) => {
    fit(o.visible, f);
    const ctx = o.visible.getContext('2d');
    if (!ctx) return;
    const r = o.dpr();
    const s = f.transform.k / drawnAt.k;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, o.visible.width, o.visible.height);
    ctx.setTransform(
      s,
      0,
      0,
      s,
      r * (f.transform.x - drawnAt.x * s),
      r * (f.transform.y - drawnAt.y * s),
    );
    ctx.drawImage(o.buffer as CanvasImageSource, 0, 0);
  };

  const paint = (f: Frame) => {
    const start = o.now();
    const pal = o.palette();
    if (!pal) return;
    fit(o.buffer, f);
    const ctx = o.buffer.getContext('2d');
    if (!ctx) return;
    paintFrame(ctx, f, pal, o.dpr());
    drawnAt = f.transform;
    blit(f);
    // Measured after the copy: a canvas records commands and rasterises them
    // only when the picture is copied, so that is where the cost shows.
    lastMs = o.now() - start;
  };

  return {
    draw(f, changes) {
      last = f;
      const onlyView =
        changes.transform &&
        !changes.scene &&
        !changes.style &&
        !changes.positions &&
        !changes.labels;
      cancelCrisp?.();
      cancelCrisp = null;
      if (onlyView && lastMs > BLIT_OVER_MS) {
        blit(f);
        cancelCrisp = o.later(() => {
          cancelCrisp = null;
          if (last) paint(last);
        }, CRISP_AFTER_MS);
        return;
      }
      paint(f);
    },
    follow(f, changes) {
      cancelCrisp?.();
      cancelCrisp = null;
      if (changes.transform) blit(f);
    },
    repaint() {
      if (last) paint(last);
    },
    lastMs: () => lastMs,
    destroy() {
      cancelCrisp?.();
      cancelCrisp = null;
      last = null;
    },
  };
}
