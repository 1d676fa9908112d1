/**
 * The map's engines wired together, outside React: the layout engine (worker),
 * the renderer (SVG or canvas), the accessible layer, pan/zoom, drag, the
 * tooltip and the milestones. React creates one in an effect, feeds it the
 * scene and the view inputs when they change, and destroys it in the cleanup;
 * ticks, pan frames, hovers and pulses never go through React.
 */
import type { DatasetIndex } from '../../model';
import { createLayoutEngine, type LayoutEngine } from '../../layout/engine';
import type { LayoutLinkInput, LayoutNodeInput } from '../../layout/simulation';
import { createA11yLayer } from '../../render/a11yLayer';
import { createCanvasBackend } from '../../render/canvasBackend';
import { trackMilestones } from '../../render/milestones';
import { createNodeDrag } from '../../render/nodeDrag';
import { createPanZoom, type PanZoom } from '../../render/panZoom';
import { createRenderer, prepareScene, type Renderer } from '../../render/renderer';
import type { SceneModel } from '../../render/sceneModel';
import { computeStyle, NO_HOVER, type Hover, type ViewInputs } from '../../render/style';
import { createSvgBackend } from '../../render/svgBackend';
import type { AppActions } from '../../state/store';
import { prefersReducedMotion } from '../media';
import { companyLines, createTooltip, dealLines } from './tooltip';

/**
 * Above these sizes the canvas backend draws the map (see docs/performance.md):
 * SVG keeps crisp, selectable text and real elements for small graphs.
 */
export const CANVAS_COMPANIES = 300;
export const CANVAS_DEALS = 1200;

export interface ControllerOptions {
  readonly nodes: readonly LayoutNodeInput[];
  readonly links: readonly LayoutLinkInput[];
  readonly shape: 'wide' | 'tall';
  readonly wheel: 'always' | 'modifier';
  readonly backend?: 'svg' | 'canvas';
  readonly actions: AppActions;
  readonly onPinned: () => void;
  readonly onWheelIgnored: () => void;
}

export interface GraphController {
  readonly layout: LayoutEngine;
  readonly renderer: Renderer;
  readonly panZoom: PanZoom;
  readonly surface: HTMLElement;
  setScene(scene: SceneModel, view: DatasetIndex, full: DatasetIndex): void;
  setInputs(inputs: Omit<ViewInputs, 'hover'>): void;
  fit(animate?: boolean): void;
  resetLayout(): void;
  destroy(): void;
}

export function createGraphController(
  root: HTMLElement,
  surface: HTMLElement,
  options: ControllerOptions,
): GraphController {
  const layout = createLayoutEngine(options.nodes, options.links, { shape: options.shape });
  const { store } = layout;
  const big = options.nodes.length > CANVAS_COMPANIES || options.links.length > CANVAS_DEALS;
  const kind = options.backend ?? (big ? 'canvas' : 'svg');
  const renderer = createRenderer(
    surface,
    kind === 'canvas' ? createCanvasBackend() : createSvgBackend(),
  );
  root.dataset.renderer = kind;
  const a11y = createA11yLayer(surface);
  const tooltip = createTooltip(root);
  const milestones = trackMilestones(root, store, layout.mode);
  let scene: SceneModel | null = null;
  let view: DatasetIndex | null = null;
  let full: DatasetIndex | null = null;
  let inputs: Omit<ViewInputs, 'hover'> = { focus: null, selected: [], selectedDeal: null };
  let hover: Hover = NO_HOVER;
  let touched = false;

  const restyle = () => {
    if (!scene || !view) return;
    const style = computeStyle(scene, { ...inputs, hover }, view);
    renderer.setStyle(style);
    a11y.setStyle(style);
  };
  const relabel = () => {
    if (store.phase() !== 'settling') renderer.relabel();
  };
  // A deal hovered on the map lights its row in the panel, by attribute, so the
  // hover still costs no React render (panel.css: .deal-row[data-map-hover]).
  const markRows = (deal: string | null) => {
    const scope = root.getRootNode() as Document | ShadowRoot;
    for (const el of scope.querySelectorAll('.deal-row[data-map-hover]'))
      el.removeAttribute('data-map-hover');
    if (!deal) return;
    for (const el of scope.querySelectorAll(`.deal-row-main[data-deal-id="${CSS.escape(deal)}"]`))
      el.closest('.deal-row')?.setAttribute('data-map-hover', '');
  };
  const setHover = (next: Hover) => {
    if (next.company === hover.company && next.deal === hover.deal) return;
    if (next.deal !== hover.deal) markRows(next.deal);
    hover = next;
    restyle();
    relabel();
  };

  const panZoom = createPanZoom(surface, {
    wheel: options.wheel,
    reducedMotion: prefersReducedMotion,
    onTransform: (t) => store.setTransform({ k: t.k, x: t.x, y: t.y }),
    onChange: () => tooltip.hide(),
    onEnd: (t) => {
      a11y.setScale(t.k);
      relabel();
    },
    onWheelIgnored: options.onWheelIgnored,
  });
  const fit = (animate = false) => panZoom.fit(store.bounds(), { animate });

  // Positions and transform flow from the store to the renderer and the buttons.
  let a11yAt = 0;
  let fitFrame = 0;
  const unsubscribe = store.subscribe((change) => {
    if (change === 'transform') {
      const t = store.transform();
      renderer.setTransform(t);
      a11y.setTransform(t);
      return;
    }
    if (change === 'positions') {
      renderer.setPositions(store.xy());
      // While a big layout settles, the buttons follow a few times a second.
      const now = performance.now();
      if (store.phase() !== 'settling' || now - a11yAt > 250) {
        a11yAt = now;
        a11y.setPositions(store.xy());
      }
      milestones.drawn();
      if (!touched && store.phase() === 'settling' && !fitFrame)
        fitFrame = requestAnimationFrame(() => {
          fitFrame = 0;
          if (!touched) fit();
        });
      return;
    }
    // Phase: settled (or moving after a drag).
    a11y.setPositions(store.xy());
    if (store.phase() === 'settled') {
      if (!touched) fit();
      relabel();
    }
  });

  const drag = createNodeDrag(a11y.element, {
    container: surface,
    layout: () => layout,
    onDragStart: () => tooltip.hide(),
    onDragEnd: () => {
      renderer.relabel();
      options.onPinned();
    },
  });

  // Companies: the accessible buttons take their pointer and keyboard events.
  const idOf = (e: Event) =>
    (e.target as Element | null)?.closest<HTMLElement>('[data-node-id]')?.dataset.nodeId ?? null;
  const anchorOf = (id: string) => {
    const p = renderer.screenPoint(id);
    return p ? { x: p.x, y: p.y + p.r, above: p.y - p.r } : null;
  };
  const showCompany = (id: string) => {
    const at = anchorOf(id);
    if (at && view && full) tooltip.show(companyLines(id, view, full), at);
  };
  const onPointerOver = (e: PointerEvent) => {
    const id = idOf(e);
    if (!id || e.pointerType === 'touch') return;
    setHover({ company: id, deal: null });
    showCompany(id);
  };
  const onPointerOut = (e: PointerEvent) => {
    const id = idOf(e);
    if (id && hover.company === id) {
      setHover(NO_HOVER);
      tooltip.hide();
    }
  };
  const select = (id: string, additive: boolean) => {
    tooltip.hide();
    options.actions.selectCompany(id, { additive });
  };
  const onButtonClick = (e: MouseEvent) => {
    const id = idOf(e);
    if (!id) return;
    e.stopPropagation();
    select(id, e.shiftKey);
  };
  const onButtonKey = (e: KeyboardEvent) => {
    const id = idOf(e);
    if (!id || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    e.stopPropagation();
    select(id, e.shiftKey);
  };
  const onFocusIn = (e: FocusEvent) => {
    const id = idOf(e);
    // Keyboard focus previews; a click or tap goes straight to the panel.
    if (id && (e.target as Element).matches(':focus-visible')) showCompany(id);
  };
  const onFocusOut = () => tooltip.hide();
  a11y.element.addEventListener('pointerover', onPointerOver);
  a11y.element.addEventListener('pointerout', onPointerOut);
  a11y.element.addEventListener('click', onButtonClick);
  a11y.element.addEventListener('keydown', onButtonKey);
  a11y.element.addEventListener('focusin', onFocusIn);
  a11y.element.addEventListener('focusout', onFocusOut);

  // Deals (and labels): picked from the drawing, one pick per frame at most.
  let pending: PointerEvent | null = null;
  let pickFrame = 0;
  const local = (e: MouseEvent) => {
    const rect = surface.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const onMove = (e: PointerEvent) => {
    if (idOf(e) || e.pointerType === 'touch' || e.buttons) return;
    pending = e;
    pickFrame ||= requestAnimationFrame(() => {
      pickFrame = 0;
      const ev = pending;
      if (!ev || !view || !full) return;
      const p = local(ev);
      const hit = renderer.pick(p.x, p.y);
      const deal = hit?.kind === 'deal' ? hit.id : null;
      if (deal !== hover.deal || hover.company) setHover({ company: null, deal });
      if (deal) tooltip.show(dealLines(deal, full), { x: p.x, y: p.y + 12, above: p.y - 12 });
      else tooltip.hide();
    });
  };
  const onLeave = () => {
    pending = null;
    if (hover.deal) setHover(NO_HOVER);
    tooltip.hide();
  };
  const onClick = (e: MouseEvent) => {
    if (idOf(e)) return;
    const p = local(e);
    const hit = renderer.pick(p.x, p.y);
    if (hit?.kind === 'deal') options.actions.selectDeal(hit.id);
    else if (hit?.kind === 'company') select(hit.id, e.shiftKey);
    else options.actions.clearSelection();
  };
  const mark = () => {
    touched = true;
  };
  // Keys on a focused company: + and − zoom, 0 fits.
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    if (e.key === '+' || e.key === '=') panZoom.zoomBy(1.4);
    else if (e.key === '-' || e.key === '_') panZoom.zoomBy(1 / 1.4);
    else if (e.key === '0') fit(true);
  };
  surface.addEventListener('keydown', onKey);
  surface.addEventListener('pointermove', onMove);
  surface.addEventListener('pointerleave', onLeave);
  surface.addEventListener('click', onClick);
  surface.addEventListener('pointerdown', mark);
  surface.addEventListener('wheel', mark, { passive: true });
  const observer = new ResizeObserver(() => {
    if (!touched) fit();
    relabel();
  });
  observer.observe(surface);

  return {
    layout,
    renderer,
    panZoom,
    surface,
    setScene(next, nextView, nextFull) {
      const prepared = prepareScene(next, store.indexOf);
      const first = scene === null;
      scene = next;
      view = nextView;
      full = nextFull;
      renderer.setScene(prepared);
      renderer.setPositions(store.xy());
      a11y.setScene(prepared);
      a11y.setPositions(store.xy());
      restyle();
      if (first) fit();
      relabel();
      // The first picture is painted before the browser's first paint.
      renderer.draw();
      if (store.phase() !== 'settling' || store.version() > 0) milestones.drawn();
    },
    setInputs(next) {
      inputs = next;
      restyle();
      relabel();
    },
    fit,
    resetLayout() {
      layout.reset();
      touched = false;
      fit(true);
      relabel();
    },
    destroy() {
      cancelAnimationFrame(pickFrame);
      cancelAnimationFrame(fitFrame);
      observer.disconnect();
      unsubscribe();
      drag.destroy();
      panZoom.destroy();
      milestones.destroy();
      tooltip.destroy();
      a11y.destroy();
      renderer.destroy();
      layout.destroy();
    },
  };
}
