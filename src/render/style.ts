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
}

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
    forceLabel: selected || ctx.hover.company === node.id,
    // Emphasised companies are labelled first; faded and inactive ones last.
    labelPriority:
      node.weight * (hot ? 1e6 : 1) * (node.active ? 1 : 1e-6) * (e && !hot ? 1e-3 : 1),
  };
}

export function edgeReducer(edge: EdgeModel, ctx: ReducerContext): EdgeStyle {
  const e = ctx.emphasis;
  const hot = e?.deals.has(edge.id) ?? false;
  return {
    hot,
    dim: e != null && !hot,
    selected: ctx.selectedDeal === edge.id,
    current: e?.current.has(edge.id) ?? false,
  };
}

export function computeStyle(
  scene: SceneModel,
  inputs: ViewInputs,
  index: DatasetIndex,
): SceneStyle {
  const emphasis = emphasisOf(resolveFocus(inputs.focus, inputs.hover), index);
  const ctx: ReducerContext = {
    emphasis,
    selected: new Set(inputs.selected),
    selectedDeal: inputs.selectedDeal,
    hover: inputs.hover,
  };
  const edges = scene.edges.map((e) => edgeReducer(e, ctx));
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

/** The classes a node's SVG group (and its accessible button) carries. */
export function nodeClasses(node: NodeModel, s: NodeStyle, base: string): string {
  let c = `${base} kind-${node.kind}`;
  if (s.ghost) c += ' is-ghost';
  if (s.hot) c += ' is-hot';
  if (s.dim) c += ' is-dim';
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
