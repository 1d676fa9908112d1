/**
 * What the page tells the canvas worker (canvas.worker.ts), packed for the trip.
 * A scene of 5,000 companies and 20,000 deals as objects takes tens of
 * milliseconds to clone on every filter change; as typed arrays it is a copy of
 * a few hundred kilobytes. Only what the painter reads crosses: how each deal and
 * company looks, not its figures or ids.
 */
import { COMPANY_KINDS, DEAL_STATUSES, DEAL_TYPES } from '../model';
import type { ViewTransform } from '../layout/positionStore';
import type { AmountSpot } from './amounts';
import type { Palette } from './palette';
import type { Changes, LabelLayout, RenderScene } from './renderer';
import type { EdgeModel, NodeModel } from './sceneModel';
import type { EdgeStyle, NodeStyle, SceneStyle } from './style';

export interface PackedScene {
  readonly names: readonly string[];
  readonly kinds: Uint8Array;
  readonly r: Float32Array;
  readonly slots: Int32Array;
  readonly ends: Int32Array;
  readonly types: Uint8Array;
  readonly statuses: Uint8Array;
  /** Bit 0 ghost, bit 1 amount unknown, bit 2 estimated. */
  readonly edgeBits: Uint8Array;
  readonly widths: Float32Array;
  readonly offsets: Float32Array;
}

export interface PackedStyle {
  readonly focus: boolean;
  readonly step: boolean;
  /** Per company: hot, dim, selected, current, ghost, hovered (bits 0–5). */
  readonly nodes: Uint8Array;
  /** Per deal: hot, dim, selected, current (bits 0–3). */
  readonly edges: Uint8Array;
  readonly order: Int32Array;
}

export interface View {
  readonly transform: ViewTransform;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

export type ToCanvas =
  | { readonly type: 'init'; readonly canvas: OffscreenCanvas }
  | {
      readonly type: 'draw';
      readonly seq: number;
      readonly changes: Changes;
      readonly view: View;
      readonly draft: boolean;
      readonly scene?: PackedScene;
      readonly style?: PackedStyle;
      readonly xy?: Float32Array;
      readonly labels?: {
        readonly labels: LabelLayout | null;
        readonly amounts: readonly AmountSpot[];
      };
      readonly palette?: Palette;
    }
  | { readonly type: 'stop' };

/** The worker has taken the canvas; it painted everything sent up to `seq`. */
export type FromCanvas =
  { readonly type: 'ready' } | { readonly type: 'painted'; readonly seq: number };

const index = <T>(list: readonly T[]) => new Map(list.map((v, i) => [v, i]));
const KIND = index(COMPANY_KINDS);
const TYPE = index(DEAL_TYPES);
const STATUS = index(DEAL_STATUSES);

export function packScene(scene: RenderScene): PackedScene {
  const n = scene.nodes.length;
  const m = scene.edges.length;
  const kinds = new Uint8Array(n);
  const r = new Float32Array(n);
  const names = new Array<string>(n);
  scene.nodes.forEach((node, i) => {
    kinds[i] = KIND.get(node.kind) ?? 0;
    r[i] = node.r;
    names[i] = node.name;
  });
  const types = new Uint8Array(m);
  const statuses = new Uint8Array(m);
  const edgeBits = new Uint8Array(m);
  const widths = new Float32Array(m);
  const offsets = new Float32Array(m);
  scene.edges.forEach((e, j) => {
    types[j] = TYPE.get(e.type) ?? 0;
    statuses[j] = STATUS.get(e.status) ?? 0;
    edgeBits[j] = (e.ghost ? 1 : 0) | (e.unknown ? 2 : 0) | (e.estimated ? 4 : 0);
    widths[j] = e.width;
    offsets[j] = e.offset;
  });
  return {
    names,
    kinds,
    r,
    slots: scene.slots.slice(),
    ends: scene.ends.slice(),
    types,
    statuses,
    edgeBits,
    widths,
    offsets,
  };
}

/** The scene again, with what the painter reads (ids and figures are not needed to draw). */
export function unpackScene(p: PackedScene): RenderScene {
  const nodes: NodeModel[] = p.names.map((name, i) => ({
    id: String(i),
    name,
    kind: COMPANY_KINDS[p.kinds[i] ?? 0] ?? 'other',
    r: p.r[i] ?? 0,
    rFull: p.r[i] ?? 0,
    active: true,
    weight: 0,
  }));
  const edges: EdgeModel[] = Array.from(p.types, (t, j) => {
    const bits = p.edgeBits[j] ?? 0;
    return {
      id: String(j),
      from: '',
      to: '',
      type: DEAL_TYPES[t] ?? 'investment',
      status: DEAL_STATUSES[p.statuses[j] ?? 0] ?? 'announced',
      width: p.widths[j] ?? 1,
      offset: p.offsets[j] ?? 0,
      ghost: (bits & 1) !== 0,
      unknown: (bits & 2) !== 0,
      estimated: (bits & 4) !== 0,
      amount: null,
    };
  });
  return { nodes, edges, slots: p.slots, ends: p.ends };
}

export function packStyle(style: SceneStyle): PackedStyle {
  const nodes = new Uint8Array(style.nodes.length);
  style.nodes.forEach((s, i) => {
    nodes[i] =
      (s.hot ? 1 : 0) |
      (s.dim ? 2 : 0) |
      (s.selected ? 4 : 0) |
      (s.current ? 8 : 0) |
      (s.ghost ? 16 : 0) |
      (s.hovered ? 32 : 0);
  });
  const edges = new Uint8Array(style.edges.length);
  style.edges.forEach((s, j) => {
    edges[j] = (s.hot ? 1 : 0) | (s.dim ? 2 : 0) | (s.selected ? 4 : 0) | (s.current ? 8 : 0);
  });
  return {
    focus: style.focus,
    step: style.step,
    nodes,
    edges,
    order: Int32Array.from(style.edgeOrder),
  };
}

export function unpackStyle(p: PackedStyle): SceneStyle {
  const nodes: NodeStyle[] = Array.from(p.nodes, (b) => ({
    hot: (b & 1) !== 0,
    dim: (b & 2) !== 0,
    selected: (b & 4) !== 0,
    current: (b & 8) !== 0,
    ghost: (b & 16) !== 0,
    hovered: (b & 32) !== 0,
    forceLabel: false,
    labelPriority: 0,
  }));
  const edges: EdgeStyle[] = Array.from(p.edges, (b) => ({
    hot: (b & 1) !== 0,
    dim: (b & 2) !== 0,
    selected: (b & 4) !== 0,
    current: (b & 8) !== 0,
    amount: 0,
  }));
  return { focus: p.focus, step: p.step, nodes, edges, edgeOrder: Array.from(p.order) };
}

/** Every buffer a message may hand over rather than copy. */
export function transfers(message: ToCanvas): Transferable[] {
  if (message.type !== 'draw') return message.type === 'init' ? [message.canvas] : [];
  const out: Transferable[] = [];
  const s = message.scene;
  if (s)
    for (const a of [
      s.kinds,
      s.r,
      s.slots,
      s.ends,
      s.types,
      s.statuses,
      s.edgeBits,
      s.widths,
      s.offsets,
    ])
      out.push(a.buffer);
  if (message.style)
    out.push(message.style.nodes.buffer, message.style.edges.buffer, message.style.order.buffer);
  if (message.xy) out.push(message.xy.buffer);
  return out;
}
