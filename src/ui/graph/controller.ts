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
import { directionOf, nearestInDirection, readingEnd, type Point } from '../../render/keyNav';
import { pointOf } from '../../render/scene';
import { createWorkerCanvasBackend } from '../../render/workerCanvasBackend';
import { trackMilestones } from '../../render/milestones';
import { createNodeDrag } from '../../render/nodeDrag';
import { createPanZoom, type PanZoom } from '../../render/panZoom';
import { clearOfCards, type ClearHint } from '../../render/clearFit';
import { sameBoxes, type Box } from '../../render/labels';
import type { ViewTransform } from '../../layout/positionStore';
import {
  createRenderer,
  prepareScene,
  type RenderScene,
  type Renderer,
} from '../../render/renderer';
import type { SceneModel } from '../../render/sceneModel';
import {
  computeStyle,
  NO_HOVER,
  sameStyle,
  type Hover,
  type SceneStyle,
  type ViewInputs,
} from '../../render/style';
import { createSvgBackend } from '../../render/svgBackend';
import type { AppActions } from '../../state/store';
import { prefersReducedMotion } from '../media';
import { companyDeals, dealAnnouncement } from './describe';
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
  /**
   * The accessible description of a company's button (kind, money, loops),
   * asked for only when the button gains focus.
   */
  readonly describe?: (id: string) => string | null;
}

export interface GraphController {
  readonly layout: LayoutEngine;
  readonly renderer: Renderer;
  readonly panZoom: PanZoom;
  readonly surface: HTMLElement;
  setScene(scene: SceneModel, view: DatasetIndex, full: DatasetIndex): void;
  setInputs(inputs: Omit<ViewInputs, 'hover'>): void;
  /**
   * What lies over the map (covers.ts): labels are placed clear of all of it,
   * and the fit keeps companies clear of the cards (refitting, if the reader
   * has not moved the map, when a card comes or goes).
   */
  setCovers(covers: { labels: readonly Box[]; cards: readonly Box[] }): void;
  fit(animate?: boolean): void;
  /** Describes the focused company again (its loops' search has answered since it was focused). */
  refreshDescription(): void;
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
    kind === 'canvas' ? createWorkerCanvasBackend() : createSvgBackend(),
  );
  root.dataset.renderer = kind;
  const a11y = createA11yLayer(surface);
  const tooltip = createTooltip(root);
  const milestones = trackMilestones(root, store, layout.mode, (then) => renderer.afterPaint(then));
  // What the keys do on the map is said here (a deal reached with D, …).
  const live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.dataset.graphLive = '';
  root.appendChild(live);
  let liveFrame = 0;
  const say = (text: string) => {
    live.textContent = '';
    cancelAnimationFrame(liveFrame);
    liveFrame = requestAnimationFrame(() => {
      live.textContent = text;
    });
  };
  let scene: SceneModel | null = null;
  let prepared: RenderScene | null = null;
  let view: DatasetIndex | null = null;
  let full: DatasetIndex | null = null;
  let inputs: Omit<ViewInputs, 'hover'> = { focus: null, selected: [], selectedDeal: null };
  let hover: Hover = NO_HOVER;
  let touched = false;

  /** The style last drawn since the scene was set: a recomputed equal one is not drawn again. */
  let shown: SceneStyle | null = null;
  /** Draws the style of the current inputs; false when it is the one already drawn. */
  const restyle = (): boolean => {
    if (!scene || !view) return false;
    const style = computeStyle(scene, { ...inputs, hover }, view);
    // A re-render with the same inputs (the panel arriving, a loop search
    // answering) would repaint 1,000 companies for nothing.
    if (shown && sameStyle(shown, style)) return false;
    shown = style;
    renderer.setStyle(style);
    a11y.setStyle(style);
    return true;
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
  // A hover's labels (the hovered name, its neighbours first) are placed in
  // the frame after its highlight: the highlight shows at once, and placing
  // labels for 1,000 companies (~20-30 ms) does not delay it.
  let hoverLabels = 0;
  const setHover = (next: Hover) => {
    if (next.company === hover.company && next.deal === hover.deal) return;
    if (next.deal !== hover.deal) markRows(next.deal);
    hover = next;
    restyle();
    cancelAnimationFrame(hoverLabels);
    hoverLabels = requestAnimationFrame(() => {
      hoverLabels = 0;
      relabel();
    });
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
  // Companies are kept clear of the cards over the map (render/clearFit.ts).
  let cards: readonly Box[] = [];
  let clearHint: ClearHint | null = null;
  const radiusOf = (i: number) => options.nodes[i]?.radius ?? 0;
  const clear = (t: ViewTransform): ViewTransform => {
    const { width, height } = renderer.snapshot();
    // A settling layout fits every frame: it tries the last shrink first.
    const hint = store.phase() === 'settling' ? clearHint : null;
    const cleared = clearOfCards(
      t,
      { xy: store.xy(), r: radiusOf },
      { width, height },
      cards,
      hint,
    );
    clearHint = cleared.hint;
    return cleared.t;
  };
  /** The transform the last fit chose: a card coming or going refits only a map showing it. */
  let fitted: ViewTransform | null = null;
  const fit = (animate = false) =>
    panZoom.fit(store.bounds(), {
      animate,
      adjust: (t) => (fitted = cards.length > 0 ? clear(t) : t),
    });
  // Not after a chapter has framed its companies, a search has centred one, or the reader has moved the map.
  const showsFit = () => {
    const t = store.transform();
    return (
      fitted !== null &&
      Math.abs(t.k / fitted.k - 1) < 1e-6 &&
      Math.abs(t.x - fitted.x) < 0.5 &&
      Math.abs(t.y - fitted.y) < 0.5
    );
  };

  // Positions and transform flow from the store to the renderer and the buttons.
  // Moving a button restyles it, about 35–90 µs each on the reference machine:
  // every frame at 1,000 companies that was 80–110 ms of style recalculation.
  // So while the layout moves, a small graph's buttons follow at most once per
  // `a11yEvery` ms (the bundled data: every other frame), and a big graph's
  // (over 100 companies) only once it rests; meanwhile a shield takes the
  // pointer (a11y.setLagging) and the map picks companies from the drawing.
  const lagsWhileMoving = options.nodes.length > 100;
  const a11yEvery = options.nodes.length;
  // A big graph is drawn as a draft while it moves (render/canvasPaint.ts).
  const drafting = () => kind === 'canvas' && store.phase() !== 'settled';
  // From the start: the first fit (before any position arrives) must not size
  // every button of a layout that is about to move.
  a11y.setLagging(lagsWhileMoving && store.phase() !== 'settled');
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
      renderer.setDraft(drafting());
      renderer.setPositions(store.xy());
      const now = performance.now();
      if (!lagsWhileMoving && now - a11yAt >= a11yEvery) {
        a11yAt = now;
        a11y.setPositions(store.xy());
      }
      a11y.setLagging(lagsWhileMoving);
      milestones.drawn();
      if (!touched && store.phase() === 'settling' && !fitFrame)
        fitFrame = requestAnimationFrame(() => {
          fitFrame = 0;
          if (!touched) fit();
        });
      return;
    }
    // Phase: settled (or moving after a drag).
    renderer.setDraft(drafting());
    a11y.setPositions(store.xy());
    a11y.setLagging(lagsWhileMoving && store.phase() !== 'settled');
    if (store.phase() === 'settled') {
      // This fit replaces the one the last moving frame asked for: run after
      // the labels are placed, that one would end a zoom and place them again
      // (~25 ms at 5,000 companies, in the settle's already long frame).
      cancelAnimationFrame(fitFrame);
      fitFrame = 0;
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
  // The map is one Tab stop; on a focused company the arrows move to the
  // nearest company that way on screen, Home and End to the first and last in
  // reading order, D and Shift+D through its deals (docs/accessibility.md).
  const screenPoints = (): (Point | null)[] => {
    if (!prepared) return [];
    const xy = store.xy();
    const t = store.transform();
    const out: (Point | null)[] = new Array<Point | null>(prepared.nodes.length);
    for (let i = 0; i < prepared.nodes.length; i++) {
      const p = pointOf(prepared, xy, i);
      out[i] = p ? { x: p.x * t.k + t.x, y: p.y * t.k + t.y } : null;
    }
    return out;
  };
  /** Pans (at the same zoom) so that a company off the map's box comes into view. */
  const bringIntoView = (id: string) => {
    const p = renderer.screenPoint(id);
    const at = store.get(id);
    if (!p || !at) return;
    const rect = surface.getBoundingClientRect();
    const m = Math.max(p.r, 12);
    if (p.x - m < 0 || p.y - m < 0 || p.x + m > rect.width || p.y + m > rect.height)
      panZoom.centerOn(at.x, at.y, 0);
  };
  const moveTo = (index: number) => {
    const id = prepared?.nodes[index]?.id;
    if (id == null) return;
    stopDeals();
    a11y.focus(id);
    bringIntoView(id);
  };
  /** Cycling through a company's deals with D: which company, which deal. */
  let dealCycle: { company: string; deals: readonly string[]; at: number } | null = null;
  const stopDeals = () => {
    if (!dealCycle) return;
    dealCycle = null;
    if (hover.deal) setHover(NO_HOVER);
  };
  const stepDeals = (id: string, by: 1 | -1) => {
    if (!view || !full) return;
    if (dealCycle?.company !== id) {
      const drawn = new Set(scene?.edges.map((e) => e.id));
      const deals = companyDeals(id, view).filter((d) => drawn.has(d));
      if (deals.length === 0) {
        const name = full.companyById.get(id)?.name ?? id;
        say(`${name}: no deals in this view.`);
        return;
      }
      dealCycle = { company: id, deals, at: by === 1 ? -1 : deals.length };
    }
    const n = dealCycle.deals.length;
    dealCycle.at = (((dealCycle.at + by) % n) + n) % n;
    const deal = dealCycle.deals[dealCycle.at];
    if (deal == null) return;
    setHover({ company: null, deal });
    const at = anchorOf(id);
    if (at) tooltip.show(dealLines(deal, full), at);
    const text = dealAnnouncement(deal, full, dealCycle.at, n);
    if (text) say(text);
  };
  const onButtonKey = (e: KeyboardEvent) => {
    const id = idOf(e);
    if (!id || e.altKey || e.ctrlKey || e.metaKey) return;
    const dir = directionOf(e.key);
    if (dir || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      e.stopPropagation();
      const points = screenPoints();
      const from = a11y.indexOf(id);
      const next = dir
        ? nearestInDirection(points, from, dir)
        : readingEnd(points, e.key === 'Home' ? 'first' : 'last');
      if (next >= 0 && next !== from) moveTo(next);
      return;
    }
    if (e.key === 'd' || e.key === 'D') {
      e.preventDefault();
      e.stopPropagation();
      stepDeals(id, e.shiftKey ? -1 : 1);
      return;
    }
    if (e.key === 'Escape' && dealCycle) {
      // Stops the deals only; the next Escape clears the selection as usual.
      e.preventDefault();
      e.stopPropagation();
      stopDeals();
      tooltip.hide();
      say('Deals closed.');
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    // Enter on a deal reached with D opens that deal; otherwise it selects the company.
    const deal = dealCycle?.company === id ? dealCycle.deals[dealCycle.at] : undefined;
    if (deal != null && !e.shiftKey) {
      stopDeals();
      tooltip.hide();
      options.actions.selectDeal(deal);
      return;
    }
    stopDeals();
    select(id, e.shiftKey);
  };
  // The focused company's description: what is known of its loops when it is
  // focused, and again when the loop search has more to say (refreshDescription).
  const describe = (id: string) => {
    const text = options.describe?.(id);
    if (text) a11y.describe(id, text);
  };
  const onFocusIn = (e: FocusEvent) => {
    const id = idOf(e);
    if (!id) return;
    describe(id);
    // Keyboard focus previews; a click or tap goes straight to the panel.
    if ((e.target as Element).matches(':focus-visible')) showCompany(id);
  };
  const onFocusOut = (e: FocusEvent) => {
    tooltip.hide();
    const next = e.relatedTarget as Node | null;
    if (!next || !a11y.element.contains(next)) stopDeals();
  };
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
  // The drawing takes no pointer events of its own (the SVG's hit area covers
  // it; picking is geometric), so what can be clicked says so here, on the
  // element under the pointer: the hit area or a canvas, with no children to
  // restyle (a cursor is inherited).
  let pointing: HTMLElement | SVGElement | null = null;
  const showPointer = (target: EventTarget | null) => {
    const el =
      (target instanceof HTMLElement || target instanceof SVGElement) &&
      target.childElementCount === 0
        ? target
        : null;
    if (el === pointing) return;
    pointing?.style.removeProperty('cursor');
    pointing = el;
    el?.style.setProperty('cursor', 'pointer');
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
      showPointer(hit ? ev.target : null);
      if (hit?.kind === 'company') {
        // A company its button does not cover: its label, or any company while
        // the buttons lag behind a moving layout (they take the pointer otherwise).
        if (hit.id !== hover.company) {
          setHover({ company: hit.id, deal: null });
          showCompany(hit.id);
        }
        return;
      }
      const deal = hit?.kind === 'deal' ? hit.id : null;
      if (deal !== hover.deal || hover.company) setHover({ company: null, deal });
      if (deal) tooltip.show(dealLines(deal, full), { x: p.x, y: p.y + 12, above: p.y - 12 });
      else tooltip.hide();
    });
  };
  const onLeave = () => {
    pending = null;
    showPointer(null);
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
  const onDown = () => {
    mark();
    // A press may start a pan: the grab cursor shows (graph.css), not the pointer.
    showPointer(null);
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
  surface.addEventListener('pointerdown', onDown);
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
      prepared = prepareScene(next, store.indexOf);
      const first = scene === null;
      dealCycle = null;
      scene = next;
      view = nextView;
      full = nextFull;
      renderer.setScene(prepared);
      renderer.setDraft(drafting());
      renderer.setPositions(store.xy());
      a11y.setScene(prepared);
      a11y.setPositions(store.xy());
      shown = null;
      restyle();
      if (first) fit();
      relabel();
      // The first picture is painted before the browser's first paint.
      renderer.draw();
      if (store.phase() !== 'settling' || store.version() > 0) milestones.drawn();
    },
    setInputs(next) {
      // A company chosen elsewhere (a click, the search, a link) becomes the map's Tab stop.
      const chosen = next.selected[0];
      if (chosen != null && chosen !== inputs.selected[0]) a11y.setStop(chosen);
      inputs = next;
      if (restyle()) relabel();
    },
    setCovers(next) {
      renderer.setCovers(next.labels);
      if (sameBoxes(next.cards, cards)) return;
      cards = next.cards;
      clearHint = null;
      // Eased once the map is on screen; in the commit that first draws it, at once.
      if (!touched && scene && showsFit()) fit(milestones.pictured());
    },
    fit,
    refreshDescription() {
      const id = a11y.describedId();
      if (id && id === a11y.focusedId()) describe(id);
    },
    resetLayout() {
      layout.reset();
      touched = false;
      fit(true);
      relabel();
    },
    destroy() {
      cancelAnimationFrame(hoverLabels);
      cancelAnimationFrame(pickFrame);
      cancelAnimationFrame(liveFrame);
      live.remove();
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
