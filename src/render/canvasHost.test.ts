/**
 * The canvas worker's body, without a worker: the real packing, painter and
 * presenter on a recording 2D context. What the page sends is what is painted
 * (the latest of it, once a frame), the page hears which message is on screen,
 * and a slow settling paint is followed by a rest.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { createCanvasHost } from './canvasHost';
import { createPresenter, type CanvasLike } from './canvasPresenter';
import {
  packScene,
  packStyle,
  unpackScene,
  unpackStyle,
  type FromCanvas,
  type ToCanvas,
} from './canvasProtocol';
import { THEMES } from './palette';
import { makeFrame, type Changes } from './renderer';
import { curvesOf } from './scene';
import { computeStyle, NO_HOVER } from './style';
import { world } from './testing';

const dataset = loadDataset(BUNDLED);
const { full, model, scene, xy } = world(dataset);
const style = computeStyle(
  model,
  {
    focus: { kind: 'company', id: 'microsoft' },
    hover: NO_HOVER,
    selected: ['microsoft'],
    selectedDeal: null,
  },
  full,
);

/** A canvas whose 2D context counts the calls made on it. */
function recordingCanvas(calls: Map<string, number>): CanvasLike {
  const canvas = { width: 1, height: 1 } as CanvasLike & { ctx?: unknown };
  const ctx: Record<string | symbol, unknown> = new Proxy(
    { canvas },
    {
      get(target, key) {
        if (key in target) return (target as Record<string | symbol, unknown>)[key];
        return (..._args: unknown[]) => {
          calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        };
      },
      set(target, key, value) {
        (target as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    },
  );
  canvas.getContext = () => ctx as unknown as CanvasRenderingContext2D;
  return canvas;
}

const ALL: Changes = { scene: true, style: true, positions: true, labels: true, transform: true };
const ONLY_MOVED: Changes = {
  scene: false,
  style: false,
  positions: true,
  labels: false,
  transform: false,
};

function host(options: { paintMs?: number } = {}) {
  const visible = new Map<string, number>();
  const buffer = new Map<string, number>();
  const posted: FromCanvas[] = [];
  const frames: (() => void)[] = [];
  let clock = 0;
  const h = createCanvasHost({
    post: (m) => posted.push(m),
    makeBuffer: () => {
      const c = recordingCanvas(buffer);
      // A paint "takes" paintMs: the clock moves when the buffer is stroked.
      const get = c.getContext.bind(c);
      c.getContext = (id) => {
        clock += options.paintMs ?? 0;
        return get(id);
      };
      return c;
    },
    frame: (fn) => frames.push(fn),
    now: () => clock,
    later: () => () => {},
  });
  const runFrame = () => {
    const due = frames.splice(0);
    for (const fn of due) fn();
  };
  h.receive({ type: 'init', canvas: recordingCanvas(visible) as unknown as OffscreenCanvas });
  return { h, visible, buffer, posted, runFrame, tick: (ms: number) => (clock += ms) };
}

const view = { transform: { k: 1, x: 400, y: 300 }, width: 800, height: 600, dpr: 1 };
const draw = (
  seq: number,
  changes: Changes,
  extra: Partial<Extract<ToCanvas, { type: 'draw' }>> = {},
): ToCanvas => ({
  type: 'draw',
  seq,
  changes,
  view,
  draft: false,
  ...extra,
});

/** The first message: the whole scene, its style, the positions and the palette. */
const everything = (extra: Partial<Extract<ToCanvas, { type: 'draw' }>> = {}) =>
  draw(1, ALL, {
    scene: packScene(scene),
    style: packStyle(style),
    xy: new Float32Array(xy),
    palette: THEMES.light,
    ...extra,
  });

describe('packing what the page sends', () => {
  it('keeps what the painter reads of the scene and the style', () => {
    const back = unpackScene(packScene(scene));
    expect(back.nodes.map((n) => [n.name, n.kind, n.r])).toEqual(
      scene.nodes.map((n) => [n.name, n.kind, Math.fround(n.r)]),
    );
    expect(back.edges.map((e) => [e.type, e.status, e.ghost, e.unknown, e.estimated])).toEqual(
      scene.edges.map((e) => [e.type, e.status, e.ghost, e.unknown, e.estimated]),
    );
    expect([...back.ends]).toEqual([...scene.ends]);
    const s = unpackStyle(packStyle(style));
    expect(s.nodes.map((n) => [n.hot, n.dim, n.selected, n.current, n.ghost])).toEqual(
      style.nodes.map((n) => [n.hot, n.dim, n.selected, n.current, n.ghost]),
    );
    expect(s.edges.map((e) => [e.hot, e.dim, e.selected, e.current])).toEqual(
      style.edges.map((e) => [e.hot, e.dim, e.selected, e.current]),
    );
    expect(s.edgeOrder).toEqual(style.edgeOrder);
    expect(s.focus).toBe(true);
  });
});

describe('the canvas worker', () => {
  it('says it is ready, paints the latest of what it was sent once a frame, and says so', () => {
    const { h, visible, buffer, posted, runFrame } = host();
    expect(posted).toEqual([{ type: 'ready' }]);
    h.receive(everything({ labels: { labels: null, amounts: [] } }));
    h.receive(draw(2, ONLY_MOVED, { xy: new Float32Array(xy) }));
    expect(buffer.size).toBe(0);
    runFrame();
    // One paint for both messages: every deal's curve drawn once (the visible ones), and copied.
    const curves = (buffer.get('quadraticCurveTo') ?? 0) + (buffer.get('lineTo') ?? 0);
    expect(curves).toBeGreaterThanOrEqual(scene.edges.length * 0.5);
    expect(buffer.get('arc')).toBeGreaterThanOrEqual(scene.nodes.length);
    expect(visible.get('drawImage')).toBe(1);
    expect(posted.at(-1)).toEqual({ type: 'painted', seq: 2 });
    // Nothing new: nothing painted.
    runFrame();
    expect(visible.get('drawImage')).toBe(1);
  });

  it('rests after a slow paint while the layout settles, but not for a restyle', () => {
    const { h, visible, posted, runFrame, tick } = host({ paintMs: 40 });
    h.receive(everything({ draft: true }));
    runFrame();
    expect(visible.get('drawImage')).toBe(1);
    h.receive(draw(2, ONLY_MOVED, { xy: new Float32Array(xy), draft: true }));
    runFrame();
    // 40 ms of painting earns 40 ms of rest: the moved positions wait.
    expect(visible.get('drawImage')).toBe(1);
    tick(45);
    runFrame();
    expect(visible.get('drawImage')).toBe(2);
    expect(posted.at(-1)).toEqual({ type: 'painted', seq: 2 });
    // A restyle (a hover, a selection) never waits.
    h.receive(draw(3, ONLY_MOVED, { xy: new Float32Array(xy), draft: true }));
    h.receive(draw(4, { ...ONLY_MOVED, style: true }, { style: packStyle(style), draft: true }));
    runFrame();
    expect(visible.get('drawImage')).toBe(3);
  });
});

describe('the page presenter while the worker starts (follow)', () => {
  /** A presenter whose paints "take" paintMs (the clock moves when the buffer is painted). */
  const setup = (paintMs: number) => {
    const visible = new Map<string, number>();
    const buffer = new Map<string, number>();
    const timers: (() => void)[] = [];
    let clock = 0;
    const slowBuffer = recordingCanvas(buffer);
    const get = slowBuffer.getContext.bind(slowBuffer);
    slowBuffer.getContext = (id) => {
      clock += paintMs;
      return get(id);
    };
    const p = createPresenter({
      visible: recordingCanvas(visible),
      buffer: slowBuffer,
      dpr: () => 1,
      palette: () => THEMES.light,
      now: () => clock,
      later: (fn) => {
        timers.push(fn);
        return () => timers.splice(timers.indexOf(fn), 1);
      },
    });
    const frame = (k: number) =>
      makeFrame(
        {
          scene,
          style,
          xy,
          transform: { k, x: 400, y: 300 },
          labels: null,
          amounts: [],
          pulse: null,
          draft: false,
          width: 800,
          height: 600,
        },
        curvesOf(scene, xy),
      );
    return { p, visible, buffer, timers, frame };
  };
  const VIEW_ONLY: Changes = { ...ONLY_MOVED, positions: false, transform: true };

  it('paints nothing for moved positions, and only copies the picture for a moved view', () => {
    const { p, visible, buffer, timers, frame } = setup(40);
    p.draw(frame(1), ALL);
    const arcs = buffer.get('arc') ?? 0;
    expect(arcs).toBeGreaterThan(10);
    const copies = visible.get('drawImage') ?? 0;
    p.follow(frame(1), ONLY_MOVED);
    expect(buffer.get('arc')).toBe(arcs);
    expect(visible.get('drawImage') ?? 0).toBe(copies);
    p.follow(frame(1.5), VIEW_ONLY);
    expect(buffer.get('arc')).toBe(arcs);
    expect(visible.get('drawImage')).toBe(copies + 1);
    // Nothing waits to paint it crisp later.
    expect(timers).toEqual([]);
  });

  it('cancels the crisp repaint a slow picture had waiting after a view move', () => {
    const { p, buffer, timers, frame } = setup(40);
    p.draw(frame(1), ALL);
    const arcs = buffer.get('arc') ?? 0;
    // draw: a slow picture moved by the view is copied now and painted crisp later…
    p.draw(frame(2), VIEW_ONLY);
    expect(timers).toHaveLength(1);
    expect(buffer.get('arc')).toBe(arcs);
    // …unless the worker is about to paint: follow drops that repaint.
    p.follow(frame(2), ONLY_MOVED);
    expect(timers).toHaveLength(0);
    expect(buffer.get('arc')).toBe(arcs);
  });
});
