/**
 * The canvas worker: a thin shell around canvasHost.ts. The page hands it the
 * map's canvas (transferControlToOffscreen) and, once a frame at most, what
 * changed; it paints, and says which message it has painted up to.
 */
import type { CanvasLike } from './canvasPresenter';
import { createCanvasHost } from './canvasHost';
import type { FromCanvas, ToCanvas } from './canvasProtocol';

const scope = self as unknown as {
  postMessage(message: FromCanvas): void;
  onmessage: ((event: MessageEvent<ToCanvas>) => void) | null;
  requestAnimationFrame?: (fn: () => void) => number;
};

const host = createCanvasHost({
  post: (message) => scope.postMessage(message),
  makeBuffer: () => new OffscreenCanvas(1, 1) as unknown as CanvasLike,
  // A worker that owns a canvas has requestAnimationFrame in Chromium; a timer elsewhere.
  frame: (fn) => {
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(fn);
    else setTimeout(fn, 16);
  },
  now: () => performance.now(),
  later: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
});

scope.onmessage = (event) => host.receive(event.data);
