/**
 * The Canvas 2D backend for big graphs: the map's canvas is handed to a worker
 * (transferControlToOffscreen) that paints it (canvas.worker.ts), so a settling
 * layout's frames, the crisp repaint after a pan and a restyle of 20,000 deals
 * cost the page's main thread only a message. The page packs what changed
 * (canvasProtocol.ts) once a frame at most.
 *
 * Until the worker has painted its first picture, the page paints (the same
 * painter, on a canvas of its own underneath), so the first picture never waits
 * for a worker to start. Where the worker cannot run — no OffscreenCanvas, no
 * workers, a worker script the page may not load — the page simply goes on
 * painting, with the page presenter of canvasBackend.ts. The pulse stays on the page.
 */
import { createPagePresenter, dpr, drawPulseOn, mountCanvases, watchTheme } from './canvasBackend';
import type { Presenter } from './canvasPresenter';
import { packScene, packStyle, transfers, type FromCanvas, type ToCanvas } from './canvasProtocol';
import { readPalette, type Palette } from './palette';
import type { Backend, Changes, Frame } from './renderer';

export type StartCanvasWorker = () => Worker;

const defaultStart: StartCanvasWorker = () =>
  new Worker(new URL('./canvas.worker.ts', import.meta.url), { type: 'module', name: 'canvas' });

/** Whether this browser can hand a canvas to a worker at all. */
export const canPaintOffThread = (): boolean =>
  typeof Worker === 'function' &&
  typeof OffscreenCanvas === 'function' &&
  typeof HTMLCanvasElement !== 'undefined' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype;

const ALL: Changes = { scene: true, style: true, positions: true, labels: true, transform: true };

/** A page paint slower than this waits for the worker (see `draw`). */
export const PAGE_PAINT_MS = 16;

export function createWorkerCanvasBackend(start: StartCanvasWorker = defaultStart): Backend {
  let host: HTMLElement | null = null;
  let canvases: ReturnType<typeof mountCanvases> | null = null;
  let page: Presenter | null = null;
  let worker: Worker | null = null;
  let workerCanvas: HTMLCanvasElement | null = null;
  let palette: Palette | null = null;
  let paletteSent = false;
  let handedOver = false;
  /** The worker has started and taken the canvas. */
  let ready = false;
  let seq = 0;
  let paintedSeq = 0;
  let last: Frame | null = null;
  let waiting: { seq: number; then: () => void }[] = [];
  let unwatch = () => {};

  const readPal = () => (palette ??= host ? readPalette(host) : null);

  const send = (message: ToCanvas) => worker?.postMessage(message, transfers(message));

  /** The worker cannot run after all: the page paints from now on. */
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    workerCanvas?.remove();
    workerCanvas = null;
    if (canvases) {
      canvases.canvas.hidden = false;
      page ??= createPagePresenter(canvases.canvas, readPal);
    }
    handedOver = false;
    ready = false;
    if (host) host.dataset.painter = 'page';
    if (last) page?.draw(last, ALL);
    const done = waiting;
    waiting = [];
    for (const w of done) w.then();
  };

  const onPainted = (upTo: number) => {
    paintedSeq = Math.max(paintedSeq, upTo);
    if (!handedOver && canvases && workerCanvas) {
      // The worker's picture is on screen: the page's canvas steps aside.
      handedOver = true;
      if (host) host.dataset.painter = 'worker';
      canvases.canvas.hidden = true;
      canvases.canvas.width = canvases.canvas.height = 1;
      // Its presenter goes too, with any crisp repaint it had waiting: that
      // canvas shows nothing now (a fallback makes a new one).
      page?.destroy();
      page = null;
    }
    const ready = waiting.filter((w) => w.seq <= paintedSeq);
    waiting = waiting.filter((w) => w.seq > paintedSeq);
    for (const w of ready) w.then();
  };

  const draw = (f: Frame, changes: Changes) => {
    last = f;
    // The page paints until the worker is up; then its last picture stays
    // until the worker's first one replaces it (painting both would share two
    // cores three ways at 5,000 companies).
    if (!ready) {
      // While the worker starts, a page slow to paint (1,000 companies: 35–65 ms,
      // 5,000: ~200) paints only what the reader changed (a hover, a click, a
      // filter), and not a settling layout's every step: those paints were the
      // long tasks just after the first picture. The worker's first picture
      // brings the picture up to date; if the worker fails, the page paints it.
      const starting = worker != null && (page?.lastMs() ?? 0) > PAGE_PAINT_MS;
      if (starting && !changes.scene && !changes.style && !changes.labels) page?.follow(f, changes);
      else page?.draw(f, changes);
    }
    if (!worker) return;
    seq++;
    const pal = readPal();
    const everything = changes.scene;
    send({
      type: 'draw',
      seq,
      changes,
      view: { transform: f.transform, width: f.width, height: f.height, dpr: dpr() },
      draft: f.draft,
      ...(everything && { scene: packScene(f.scene) }),
      ...((everything || changes.style) && { style: packStyle(f.style) }),
      // A copy: the position store keeps its own array.
      ...((everything || changes.positions) && { xy: new Float32Array(f.xy) }),
      ...((everything || changes.labels) && {
        labels: { labels: f.labels, amounts: f.amounts },
      }),
      ...(!paletteSent && pal && { palette: pal }),
    });
    if (pal) paletteSent = true;
  };

  return {
    kind: 'canvas',
    mount(container) {
      host = container;
      // Where the picture is painted ('page' or 'worker'): for tests and for anyone debugging.
      container.dataset.painter = 'page';
      canvases = mountCanvases(container);
      page = createPagePresenter(canvases.canvas, readPal);
      unwatch = watchTheme(container, () => {
        palette = null;
        paletteSent = false;
        // A restyle: the page repaints (if it still paints) and the worker hears the palette.
        if (last) draw(last, { ...ALL, scene: false, positions: false, labels: false });
      });
      if (!canPaintOffThread()) return;
      try {
        const c = document.createElement('canvas');
        c.className = 'graph-canvas';
        c.setAttribute('aria-hidden', 'true');
        const offscreen = c.transferControlToOffscreen();
        const w = start();
        w.onmessage = (event: MessageEvent<FromCanvas>) => {
          if (event.data.type === 'ready') ready = true;
          else onPainted(event.data.seq);
        };
        w.onerror = (event) => {
          event.preventDefault();
          fallBack();
        };
        // Under the pulse, over the page's own canvas until it steps aside.
        canvases.canvas.after(c);
        worker = w;
        workerCanvas = c;
        send({ type: 'init', canvas: offscreen });
      } catch {
        fallBack();
      }
    },
    draw,
    drawPulse(f) {
      if (canvases) drawPulseOn(canvases.overlay, f, readPal());
    },
    afterPaint(then) {
      // Called a frame after the draw: on the page the picture is painted by now;
      // the worker says when it has.
      if (!worker || !handedOver) {
        then();
        return;
      }
      if (paintedSeq >= seq) then();
      else waiting.push({ seq, then });
    },
    destroy() {
      unwatch();
      if (worker) {
        send({ type: 'stop' });
        worker.terminate();
      }
      worker = null;
      waiting = [];
      page?.destroy();
      page = null;
      workerCanvas?.remove();
      delete host?.dataset.painter;
      canvases?.canvas.remove();
      canvases?.overlay.remove();
      canvases = null;
      workerCanvas = null;
    },
  };
}
