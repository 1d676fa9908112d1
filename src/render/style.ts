/**
 * Style as pure functions of the view state, in the manner of sigma.js's node
 * and edge reducers: what is highlighted, dimmed, current or labelled is decided
 * here, from the selection, the hover, the loop and its story step, and the
 * filters (through the scene), without touching the data or the DOM. The SVG
 * and canvas backends and SVG export all draw from the same SceneStyle.
 *
 * Hover lives in the renderer, not in React: a hover changes this input only,
 * and the engine repaints.
 */
import type { DatasetIndex } from '../model';
import { BIGGEST_FLOWS } from './amounts';
import { emphasisOf, type Emphasis, type Focus } from './emphasis';
import type { EdgeModel, NodeModel, SceneModel } from './sceneModel';

export interface Hover {
  readonly company: string | null;
  readonly deal: string | null;
}

export const NO_HOVER: Hover = { company: null, deal: null };

export interface ViewInputs {
  /** What the panels ask to emphasise: a loop (and step), paths, a deal or a company. */
  readonly focus: Focus | null;
  /** Whether `focus` is a company or deal chosen by the reader (a hover then does not override it). */
  readonly hover: Hover;
  /** Selected companies (the selection and the second end of a path search). */
  readonly selected: readonly string[];
  readonly selectedDeal: string | null;
}

export interface NodeStyle {
  readonly hot: boolean;
  readonly dim: boolean;
  readonly selected: boolean;
  /** An end of the deal being told (follow the dollar). */
  readonly current: boolean;
  /** No deal in the current view (filtered out): drawn as a ghost. */
  readonly ghost: boolean;
  readonly hovered: boolean;
  /** The label must show, whatever room there is. */
  readonly forceLabel: boolean;
  /** Higher is labelled first. */
  readonly labelPriority: number;
}

export interface EdgeStyle {
  readonly hot: boolean;
  readonly dim: boolean;
  readonly selected: boolean;
  readonly current: boolean;
  /**
   * Whether its dollars are written on the map, and how urgently (0: not at
   * all; higher wins a contested spot): the hop being played, then the deals
   * of a loop, a deal or paths, then a selected or hovered company's deals,
   * then, with nothing chosen, the few biggest flows. Bigger dollars break ties.
   */
  readonly amount: number;
}

export interface SceneStyle {
  /** Something is emphasised: everything not hot is faded. */
  readonly focus: boolean;
  /** A story step is being told: hot but not current deals fade a little. */
  readonly step: boolean;
  readonly nodes: readonly NodeStyle[];
  readonly edges: readonly EdgeStyle[];
  /** Edge indices in paint order: hot edges last, so they sit on top of faded ones. */
  readonly edgeOrder: readonly number[];
}

/**
 * The focus the graph shows. Hovering a deal wins over the selection (a reader
 * previews before committing); with nothing selected, hovering a company
 * previews its neighbourhood.
 */
export function resolveFocus(focus: Focus | null, hover: Hover): Focus | null {
  if (hover.deal) return { kind: 'deals', deals: [hover.deal] };
  if (focus) return focus;
  if (hover.company) return { kind: 'company', id: hover.company };
  return null;
}

export interface ReducerContext {
  readonly emphasis: Emphasis | null;
  readonly selected: ReadonlySet<string>;
  readonly selectedDeal: string | null;
  readonly hover: Hover;
  /** What the emphasis comes from: a company's neighbourhood, or chosen deals (a loop, a deal, paths). */
  readonly focusKind: Focus['kind'] | null;
}

/** Up to this many emphasised companies of a loop or deal are always named. */
export const FORCED_NAMES = 6;

export function nodeReducer(node: NodeModel, ctx: ReducerContext): NodeStyle {
  const e = ctx.emphasis;
  const hot = e?.companies.has(node.id) ?? false;
  const selected = ctx.selected.has(node.id);
  return {
    hot,
    dim: e != null && !hot,
    selected,
    current: e?.currentCompanies.has(node.id) ?? false,
    ghost: !node.active,
    hovered: ctx.hover.company === node.id,
    // A loop's (or a deal's) few companies are what the reader is reading:
    // their names show, room or not. Paths can join many: those compete.
    forceLabel:
      selected ||
      ctx.hover.company === node.id ||
      (hot && ctx.focusKind === 'deals' && (e?.companies.size ?? 0) <= FORCED_NAMES),
    // Emphasised companies are labelled first; faded and inactive ones last.
    labelPriority:
      node.weight * (hot ? 1e6 : 1) * (node.active ? 1 : 1e-6) * (e && !hot ? 1e-3 : 1),
  };
}

export function edgeReducer(edge: EdgeModel, ctx: ReducerContext): EdgeStyle {
  const e = ctx.emphasis;
  const hot = e?.deals.has(edge.id) ?? false;
  const current = e?.current.has(edge.id) ?? false;
  const tier = !edge.amount ? 0 : current ? 4 : !hot ? 0 : ctx.focusKind === 'deals' ? 3 : 2;
  return {
    hot,
    dim: e != null && !hot,
    selected: ctx.selectedDeal === edge.id,
    current,
    amount: tier && tier + (edge.amount?.usd ?? 0) / 1e15,
  };
}

/** With nothing chosen, the few biggest flows carry their dollars. */
function biggestFlows(scene: SceneModel, edges: EdgeStyle[]): EdgeStyle[] {
  const top = scene.edges
    .map((e, i) => ({ i, usd: e.amount?.usd ?? 0 }))
    .filter((x) => x.usd > 0)
    .sort((a, b) => b.usd - a.usd || a.i - b.i)
    .slice(0, BIGGEST_FLOWS);
  const next = [...edges];
  for (const { i, usd } of top) {
    const s = next[i];
    if (s) next[i] = { ...s, amount: 1 + usd / 1e15 };
  }
  return next;
}

export function computeStyle(
  scene: SceneModel,
  inputs: ViewInputs,
  index: DatasetIndex,
): SceneStyle {
  const focus = resolveFocus(inputs.focus, inputs.hover);
  const emphasis = emphasisOf(focus, index);
  const ctx: ReducerContext = {
    emphasis,
    selected: new Set(inputs.selected),
    selectedDeal: inputs.selectedDeal,
    hover: inputs.hover,
    focusKind: focus?.kind ?? null,
  };
  const reduced = scene.edges.map((e) => edgeReducer(e, ctx));
  const edges = emphasis ? reduced : biggestFlows(scene, reduced);
  const order = scene.edges.map((_, i) => i);
  if (emphasis) {
    const cold = order.filter((i) => !edges[i]?.hot);
    const hot = order.filter((i) => edges[i]?.hot);
    order.splice(0, order.length, ...cold, ...hot);
  }
  return {
    focus: emphasis != null,
    step: (emphasis?.current.size ?? 0) > 0,
    nodes: scene.nodes.map((n) => nodeReducer(n, ctx)),
    edges,
    edgeOrder: order,
  };
}

/**
 * How strongly context is drawn while a company or loop is in focus: the dots
 * fade far back, but the names stay readable (≥ 3:1 against the background in
 * the muted colour, checked in palette.test.ts). graph.css repeats both values.
 */
export const DIM_NODE_OPACITY = 0.22;
export const DIM_LABEL_OPACITY = 0.75;

/**
 * The classes a node's SVG group (and its accessible button) carries; without
 * `fades`, no is-ghost or is-dim (a big map's buttons, a11yLayer.ts FADES_SHOWN).
 */
export function nodeClasses(node: NodeModel, s: NodeStyle, base: string, fades = true): string {
  let c = `${base} kind-${node.kind}`;
  if (fades && s.ghost) c += ' is-ghost';
  if (s.hot) c += ' is-hot';
  if (fades && s.dim) c += ' is-dim';
  if (s.selected) c += ' is-selected';
  if (s.current) c += ' is-current';
  if (s.hovered) c += ' is-hover';
  return c;
}

/** The classes a deal's SVG group carries. */
export function edgeClasses(edge: EdgeModel, s: EdgeStyle): string {
  let c = `edge type-${edge.type} status-${edge.status}`;
  if (edge.unknown) c += ' is-unknown';
  if (edge.estimated) c += ' is-estimated';
  if (edge.ghost) c += ' is-ghost';
  if (s.hot) c += ' is-hot';
  if (s.dim) c += ' is-dim';
  if (s.selected) c += ' is-selected';
  if (s.current) c += ' is-current';
  return c;
}

const sameNode = (a: NodeStyle, b: NodeStyle) =>
  a.hot === b.hot &&
  a.dim === b.dim &&
  a.selected === b.selected &&
  a.current === b.current &&
  a.ghost === b.ghost &&
  a.hovered === b.hovered &&
  a.forceLabel === b.forceLabel &&
  a.labelPriority === b.labelPriority;

const sameEdge = (a: EdgeStyle, b: EdgeStyle) =>
  a.hot === b.hot &&
  a.dim === b.dim &&
  a.selected === b.selected &&
  a.current === b.current &&
  a.amount === b.amount;

/**
 * Whether two styles draw the same picture. A re-render that recomputes the
 * style from unchanged inputs need not repaint: at 1,000 companies a repaint
 * on the page is 35–65 ms. (Comparing 25,000 deals takes about a millisecond.)
 */
export function sameStyle(a: SceneStyle, b: SceneStyle): boolean {
  if (a === b) return true;
  if (a.focus !== b.focus || a.step !== b.step) return false;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  if (a.edgeOrder.length !== b.edgeOrder.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const p = a.nodes[i];
    const q = b.nodes[i];
    if (!p || !q || !sameNode(p, q)) return false;
  }
  for (let j = 0; j < a.edges.length; j++) {
    const p = a.edges[j];
    const q = b.edges[j];
    if (!p || !q || !sameEdge(p, q)) return false;
  }
  for (let j = 0; j < a.edgeOrder.length; j++) if (a.edgeOrder[j] !== b.edgeOrder[j]) return false;
  return true;
}
