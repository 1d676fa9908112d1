/**
 * The canvas worker's body (canvas.worker.ts is its thin shell): it keeps what
 * the page sent — the packed scene and style, the positions, the view, the
 * labels and dollars, the palette — and paints the latest of it at most once a
 * frame, off the page's main thread, so settling frames, pans and repaints of
 * 20,000 deals never hold up the page's input. The same painter and presenter
 * as on the page, so the picture is the same.
 *
 * While a layout settles, a paint slower than a frame is followed by as long a
 * rest: on a two-core machine the layout, this worker and the page share the
 * cores, and the page must keep answering.
 */
import type { ViewTransform } from '../layout/positionStore';
import type { AmountSpot } from './amounts';
import type { CanvasLike, Presenter } from './canvasPresenter';
import { createPresenter } from './canvasPresenter';
import { unpackScene, unpackStyle, type FromCanvas, type ToCanvas } from './canvasProtocol';
import type { Palette } from './palette';
import { curvesOf } from './scene';
import {
  makeFrame,
  type Changes,
  type Frame,
  type LabelLayout,
  type RenderScene,
} from './renderer';
import type { SceneStyle } from './style';

export interface CanvasHostOptions {
  readonly post: (message: FromCanvas) => void;
  /** A canvas for the presenter's buffer. */
  readonly makeBuffer: () => CanvasLike;
  /** Runs `fn` before the next frame (the worker's requestAnimationFrame). */
  readonly frame: (fn: () => void) => void;
  readonly now: () => number;
  readonly later: (fn: () => void, ms: number) => () => void;
}

export interface CanvasHost {
  receive(message: ToCanvas): void;
}

const EMPTY: RenderScene = {
  nodes: [],
  edges: [],
  slots: new Int32Array(0),
  ends: new Int32Array(0),
};
const NO_STYLE: SceneStyle = { focus: false, step: false, nodes: [], edges: [], edgeOrder: [] };

export function createCanvasHost(o: CanvasHostOptions): CanvasHost {
  let presenter: Presenter | null = null;
  let scene = EMPTY;
  let style = NO_STYLE;
  let xy: Float32Array = new Float32Array(0);
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let size = { width: 0, height: 0, dpr: 1 };
  let labels: LabelLayout | null = null;
  let amounts: readonly AmountSpot[] = [];
  let palette: Palette | null = null;
  let draft = false;
  let curve = curvesOf(scene, xy);
  let pending: { -readonly [K in keyof Changes]: boolean } | null = null;
  let seq = 0;
  let scheduled = false;
  let restUntil = 0;
  let stopped = false;

  const frameOf = (): Frame =>
    makeFrame(
      {
        scene,
        style,
        xy,
        transform,
        labels,
        amounts,
        pulse: null,
        draft,
        width: size.width,
        height: size.height,
      },
      curve,
    );

  const paint = () => {
    scheduled = false;
    if (stopped || !presenter || !pending) return;
    const changes = pending;
    // Only the positions moved and the last paint was slow: rest as long as it took.
    const onlyMoved = changes.positions && !changes.scene && !changes.style && !changes.labels;
    if (onlyMoved && o.now() < restUntil) {
      schedule();
      return;
    }
    pending = null;
    const start = o.now();
    presenter.draw(frameOf(), changes);
    const took = o.now() - start;
    restUntil = draft && took > 16 ? o.now() + Math.min(took, 250) : 0;
    o.post({ type: 'painted', seq });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    o.frame(paint);
  };

  return {
    receive(message) {
      if (message.type === 'stop') {
        stopped = true;
        presenter?.destroy();
        presenter = null;
        return;
      }
      if (message.type === 'init') {
        presenter = createPresenter({
          visible: message.canvas as unknown as CanvasLike,
          buffer: o.makeBuffer(),
          dpr: () => size.dpr,
          palette: () => palette,
          now: o.now,
          later: o.later,
        });
        o.post({ type: 'ready' });
        return;
      }
      seq = message.seq;
      if (message.scene) scene = unpackScene(message.scene);
      if (message.style) style = unpackStyle(message.style);
      if (message.xy) xy = message.xy;
      if (message.scene || message.xy) curve = curvesOf(scene, xy);
      if (message.labels) {
        labels = message.labels.labels;
        amounts = message.labels.amounts;
      }
      if (message.palette) palette = message.palette;
      transform = message.view.transform;
      size = { width: message.view.width, height: message.view.height, dpr: message.view.dpr };
      draft = message.draft;
      const c = message.changes;
      pending ??= { scene: false, style: false, positions: false, labels: false, transform: false };
      pending.scene ||= c.scene;
      pending.style ||= c.style || !!message.palette;
      pending.positions ||= c.positions;
      pending.labels ||= c.labels;
      pending.transform ||= c.transform;
      schedule();
    },
  };
}
