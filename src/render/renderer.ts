/**
 * The renderer engine, outside React: data in, a handle out.
 *
 * createRenderer(container, backend) →
 *   { setScene, setStyle, setPositions, setTransform, pick, pulse, draw, relabel, destroy }
 *
 * It keeps what to draw (scene, style, positions, transform, labels, pulse),
 * marks what changed, and paints at most once per animation frame through a
 * backend: SVG (crisp text, small graphs, export) or Canvas 2D (big graphs).
 * Labels are placed (labels.ts) only when asked — once per settled view — and
 * only for visible companies. Picking uses a spatial index built from the
 * positions (picking.ts), so it needs no DOM and works the same for both.
 */
import type { ViewTransform } from '../layout/positionStore';
import type { EdgeCurve } from './edgeGeometry';
import { curvesOf, pointOf } from './scene';
import {
  AMOUNT_FONT_PX,
  placeAmountsAmongLabels,
  type AmountCandidate,
  type AmountSpot,
  type PlacedLabel,
} from './amounts';
import {
  labelBox,
  placeLabels,
  sameBoxes,
  type Box,
  type LabelItem,
  type LabelSpot,
} from './labels';
import { labelWidth, LABEL_FONT_PX, warmLabelWidths } from './measureText';
import { buildPickIndex, type LabelHit, type PickIndex, type Picked } from './picking';
import type { EdgeModel, NodeModel, SceneModel } from './sceneModel';
import type { SceneStyle } from './style';

export interface RenderScene {
  readonly nodes: readonly NodeModel[];
  readonly edges: readonly EdgeModel[];
  /** Node i's slot in the positions array (xy[2 × slot]); -1 if it has none. */
  readonly slots: Int32Array;
  /** Edge j joins nodes ends[2j] → ends[2j + 1] (indices into `nodes`; -1 if missing). */
  readonly ends: Int32Array;
}

export function prepareScene(
  scene: SceneModel,
  slotOf: (id: string) => number | undefined,
): RenderScene {
  const slots = new Int32Array(scene.nodes.length);
  const at = new Map<string, number>();
  scene.nodes.forEach((n, i) => {
    slots[i] = slotOf(n.id) ?? -1;
    at.set(n.id, i);
  });
  const ends = new Int32Array(scene.edges.length * 2);
  scene.edges.forEach((e, j) => {
    ends[2 * j] = at.get(e.from) ?? -1;
    ends[2 * j + 1] = at.get(e.to) ?? -1;
  });
  return { nodes: scene.nodes, edges: scene.edges, slots, ends };
}

/** Where node i's label goes, or null when it has no room (by node index). */
export type LabelLayout = readonly (LabelSpot | null)[];

export interface Frame {
  readonly scene: RenderScene;
  readonly style: SceneStyle;
  readonly xy: Float32Array;
  readonly transform: ViewTransform;
  readonly labels: LabelLayout | null;
  /** Dollars on the map: centres in layout units, sizes in screen pixels. */
  readonly amounts: readonly AmountSpot[];
  /** The follow-the-dollar dot: which edge, how far along (0..1). */
  readonly pulse: { readonly edge: number; readonly t: number } | null;
  /**
   * While the layout moves: a big graph may be drawn fast and plain (thin
   * solid deals, no arrows), and in full once it rests.
   */
  readonly draft: boolean;
  /** The box drawn into, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Edge curves for the current positions (by edge index; null when an end is missing). */
  curve(j: number): EdgeCurve | null;
  /** Node i's centre, or null when it has no position. */
  point(i: number): { x: number; y: number } | null;
}

/** A frame from its parts: the company points read from `xy`, the deal curves from `curve`. */
export function makeFrame(
  parts: Omit<Frame, 'curve' | 'point'>,
  curve: (j: number) => EdgeCurve | null,
): Frame {
  return { ...parts, curve, point: (i) => pointOf(parts.scene, parts.xy, i) };
}

export interface Changes {
  readonly scene: boolean;
  readonly style: boolean;
  readonly positions: boolean;
  readonly labels: boolean;
  readonly transform: boolean;
}

export interface Backend {
  readonly kind: 'svg' | 'canvas';
  mount(container: HTMLElement): void;
  /** Draws what changed. A transform-only change may be drawn cheaply. */
  draw(frame: Frame, changes: Changes): void;
  drawPulse(frame: Frame): void;
  /**
   * Calls `then` once what has been drawn so far is on screen (a backend that
   * paints elsewhere, such as in a worker, says when); by default the next frame.
   */
  afterPaint?(then: () => void): void;
  destroy(): void;
}

export interface Renderer {
  readonly kind: 'svg' | 'canvas';
  setScene(scene: RenderScene): void;
  setStyle(style: SceneStyle): void;
  setPositions(xy: Float32Array): void;
  setTransform(t: ViewTransform): void;
  /** Draft drawing while the layout moves (see Frame.draft); off repaints in full. */
  setDraft(on: boolean): void;
  /** The company or deal under a point given in CSS pixels from the container's corner. */
  pick(x: number, y: number): Picked;
  /** Shows the pulse on a deal at progress 0..1 along it; null hides it. */
  pulse(dealId: string | null, progress?: number): void;
  /** Places labels for the current view (call once the view has settled). */
  relabel(): void;
  /**
   * What lies over the map (boxes in CSS pixels from the container's corner):
   * labels and dollars are placed clear of them. Placed labels are placed again.
   */
  setCovers(covers: readonly Box[]): void;
  /** Paints now whatever is pending (normally done once per frame). */
  draw(): void;
  /** Calls `then` once everything drawn so far is on screen. */
  afterPaint(then: () => void): void;
  /** Centre of a company on screen (CSS pixels from the container's corner). */
  screenPoint(id: string): { x: number; y: number; r: number } | null;
  /** What is on screen now, for export (render/exportSvg.ts): read, never kept. */
  snapshot(): RendererSnapshot;
  destroy(): void;
}

export interface RendererSnapshot {
  readonly scene: RenderScene;
  readonly style: SceneStyle;
  readonly xy: Float32Array;
  readonly transform: ViewTransform;
  readonly width: number;
  readonly height: number;
}

const EMPTY_STYLE: SceneStyle = { focus: false, step: false, nodes: [], edges: [], edgeOrder: [] };
const EMPTY_SCENE: RenderScene = {
  nodes: [],
  edges: [],
  slots: new Int32Array(0),
  ends: new Int32Array(0),
};

export function createRenderer(container: HTMLElement, backend: Backend): Renderer {
  backend.mount(container);
  let scene = EMPTY_SCENE;
  let style = EMPTY_STYLE;
  let xy: Float32Array = new Float32Array(0);
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let labels: LabelLayout | null = null;
  let labelHits: LabelHit[] = [];
  let amounts: AmountSpot[] = [];
  let pulse: Frame['pulse'] = null;
  let curve = curvesOf(scene, xy);
  let picker: PickIndex | null = null;
  let dirty: { -readonly [K in keyof Changes]: boolean } = none();
  let pulseDirty = false;
  let pulseShown = false;
  let frameId = 0;
  let relabelWanted = false;
  let draft = false;
  let size = { width: 0, height: 0 };
  let covers: readonly Box[] = [];
  let stopWarming = () => {};

  const measure = () => {
    const rect = container.getBoundingClientRect();
    size = { width: rect.width, height: rect.height };
  };
  measure();
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          measure();
          dirty.transform = true;
          schedule();
        })
      : null;
  observer?.observe(container);

  const point = (i: number) => pointOf(scene, xy, i);
  const frame = (): Frame =>
    makeFrame({ scene, style, xy, transform, labels, amounts, pulse, draft, ...size }, curve);

  const flush = () => {
    frameId = 0;
    if (relabelWanted) placeNow();
    const changes = dirty;
    dirty = none();
    if (changes.scene || changes.style || changes.positions || changes.labels || changes.transform)
      backend.draw(frame(), changes);
    // The pulse's canvas is cleared once when it stops, not on every frame after.
    if ((pulse || pulseShown) && (pulseDirty || changes.transform || changes.positions)) {
      pulseDirty = false;
      pulseShown = pulse != null;
      backend.drawPulse(frame());
    }
  };
  const schedule = () => {
    if (!frameId) frameId = requestAnimationFrame(flush);
  };

  const buildPicker = () => {
    const nodes = [];
    for (let i = 0; i < scene.nodes.length; i++) {
      const p = point(i);
      const n = scene.nodes[i];
      if (p && n) nodes.push({ id: n.id, x: p.x, y: p.y, r: n.r });
    }
    const edges = [];
    for (let j = 0; j < scene.edges.length; j++) {
      const c = curve(j);
      const e = scene.edges[j];
      if (c && e) edges.push({ id: e.id, curve: c, width: e.width });
    }
    return buildPickIndex(nodes, edges, labelHits);
  };

  let placements = 0;
  /** Places labels and dollars for the current view (renderer.relabel asks for it). */
  const placeNow = () => {
    relabelWanted = false;
    // Counted where the browser tests can read it: a settle places labels once.
    container.dataset.labelPlacements = String(++placements);
    const t = transform;
    const items: LabelItem[] = [];
    const index = new Map<string, number>();
    for (let i = 0; i < scene.nodes.length; i++) {
      const n = scene.nodes[i];
      const p = point(i);
      const s = style.nodes[i];
      if (!n || !p) continue;
      const x = p.x * t.k + t.x;
      const y = p.y * t.k + t.y;
      const r = n.r * t.k;
      // Only what is on screen is worth a label.
      if (x < -r || y < -r || x > size.width + r || y > size.height + r) continue;
      index.set(n.id, i);
      items.push({
        id: n.id,
        x,
        y,
        r,
        width: labelWidth(n.name),
        height: LABEL_FONT_PX * 1.2,
        priority: s?.labelPriority ?? n.weight,
        force: s?.forceLabel ?? false,
      });
    }
    const viewport = size.width > 0 ? { ...size, covers } : undefined;
    const spots = placeLabels(items, viewport);
    const next: (LabelSpot | null)[] = new Array<LabelSpot | null>(scene.nodes.length).fill(null);
    labelHits = [];
    const boxes: Box[] = [];
    const placedIndex: number[] = [];
    for (const item of items) {
      const spot = spots.get(item.id) ?? null;
      const i = index.get(item.id);
      if (i === undefined || !spot) continue;
      next[i] = spot;
      const b = labelBox(item, spot);
      boxes.push(b);
      placedIndex.push(i);
      labelHits.push({
        id: item.id,
        x0: (b.x0 - t.x) / t.k,
        y0: (b.y0 - t.y) / t.k,
        x1: (b.x1 - t.x) / t.k,
        y1: (b.y1 - t.y) / t.k,
      });
    }
    // With a focus, the dimmed companies' names and dots give way to the focus's dollars.
    const dimmed = (i: number | undefined) =>
      style.focus && i !== undefined && (style.nodes[i]?.dim ?? false);
    const placedAt: number[] = [];
    const placed: PlacedLabel[] = [];
    boxes.forEach((box, b) => {
      const i = placedIndex[b] ?? -1;
      placedAt.push(i);
      placed.push({ box, yields: dimmed(i) });
    });
    const { amounts: dollars, dropped } = placeAmountsAmongLabels(
      amountCandidates(scene, style, t, curve),
      items.map((it) => ({ ...it, yields: dimmed(index.get(it.id)) })),
      placed,
      viewport,
    );
    for (const b of dropped) {
      const i = placedAt[b] ?? -1;
      if (i >= 0) next[i] = null;
    }
    if (dropped.size) labelHits = labelHits.filter((_, b) => !dropped.has(b));
    labels = next;
    amounts = dollars.map((a) => ({ ...a, x: (a.x - t.x) / t.k, y: (a.y - t.y) / t.k }));
    picker = null;
    dirty.labels = true;
  };

  return {
    kind: backend.kind,
    setScene(next) {
      scene = next;
      stopWarming();
      if (next.nodes.length > 100) stopWarming = warmLabelWidths(next.nodes.map((n) => n.name));
      curve = curvesOf(scene, xy);
      picker = null;
      labels = null;
      labelHits = [];
      amounts = [];
      dirty.scene = true;
      schedule();
    },
    setStyle(next) {
      style = next;
      dirty.style = true;
      schedule();
    },
    setPositions(next) {
      xy = next;
      curve = curvesOf(scene, xy);
      picker = null;
      dirty.positions = true;
      schedule();
    },
    setTransform(t) {
      transform = t;
      dirty.transform = true;
      schedule();
    },
    setDraft(on) {
      if (on === draft) return;
      draft = on;
      dirty.positions = true;
      schedule();
    },
    pick(x, y) {
      picker ??= buildPicker();
      const t = transform;
      // Six screen pixels of slack, whatever the zoom.
      return picker.pick((x - t.x) / t.k, (y - t.y) / t.k, 6 / t.k);
    },
    pulse(dealId, progress = 0) {
      const edge = dealId == null ? -1 : scene.edges.findIndex((e) => e.id === dealId);
      pulse = edge >= 0 ? { edge, t: Math.max(0, Math.min(1, progress)) } : null;
      pulseDirty = true;
      schedule();
    },
    relabel() {
      // Placed once, in the next frame, however many ask for it before then
      // (a settle asked twice: its fit ends a zoom, and the settle itself).
      relabelWanted = true;
      schedule();
    },
    setCovers(next) {
      if (sameBoxes(next, covers)) return;
      covers = next;
      // Labels on screen are placed again; a moving layout places them when it rests.
      if (labels) {
        relabelWanted = true;
        schedule();
      }
    },
    draw() {
      if (frameId) cancelAnimationFrame(frameId);
      flush();
    },
    afterPaint(then) {
      // After the pending flush, if any (it is in this frame's callbacks, before ours).
      requestAnimationFrame(() => {
        if (backend.afterPaint) backend.afterPaint(then);
        else then();
      });
    },
    screenPoint(id) {
      const i = scene.nodes.findIndex((n) => n.id === id);
      const p = i >= 0 ? point(i) : null;
      const n = scene.nodes[i];
      if (!p || !n) return null;
      return {
        x: p.x * transform.k + transform.x,
        y: p.y * transform.k + transform.y,
        r: n.r * transform.k,
      };
    },
    snapshot() {
      return { scene, style, xy, transform, width: size.width, height: size.height };
    },
    destroy() {
      stopWarming();
      if (frameId) cancelAnimationFrame(frameId);
      observer?.disconnect();
      backend.destroy();
    },
  };
}

/** The deals whose dollars go on the map, with their curves in screen pixels. */
export function amountCandidates(
  scene: RenderScene,
  style: SceneStyle,
  t: ViewTransform,
  curve: (j: number) => EdgeCurve | null,
): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  style.edges.forEach((s, j) => {
    const a = scene.edges[j]?.amount;
    const c = s.amount > 0 && a ? curve(j) : null;
    if (!a || !c) return;
    out.push({
      edge: j,
      text: a.text,
      tentative: a.tentative,
      priority: s.amount,
      curve: screenCurve(c, t),
      width: labelWidth(a.text) * (AMOUNT_FONT_PX / LABEL_FONT_PX) + 8,
      height: AMOUNT_FONT_PX + 5,
    });
  });
  return out;
}

function screenCurve(c: EdgeCurve, t: ViewTransform): EdgeCurve {
  const X = (x: number) => x * t.k + t.x;
  const Y = (y: number) => y * t.k + t.y;
  return {
    ...c,
    sx: X(c.sx),
    sy: Y(c.sy),
    cx: X(c.cx),
    cy: Y(c.cy),
    ex: X(c.ex),
    ey: Y(c.ey),
    tx: X(c.tx),
    ty: Y(c.ty),
    lx: X(c.lx),
    ly: Y(c.ly),
    rx: X(c.rx),
    ry: Y(c.ry),
  };
}

function none() {
  return { scene: false, style: false, positions: false, labels: false, transform: false };
}
