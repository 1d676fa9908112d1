/**
 * The accessible layer: every company is a focusable role="button" named by
 * the company, laid over its node, whatever backend draws the picture. The
 * whole map is one Tab stop (a roving tabindex): exactly one button has
 * tabIndex 0 — the company last focused, else the selected one, else the
 * biggest — and the others -1; the arrow keys move between them
 * (ui/graph/controller.ts, render/keyNav.ts). The focused button is described
 * (aria-describedby) by one shared hidden element, written when it gains
 * focus, so 5,000 companies cost no description until one is focused. The
 * buttons sit in layout coordinates inside one element that pan and zoom move
 * with a single transform, so the keyboard, screen readers, hit-testing of
 * companies and the browser tests work the same at every size.
 *
 * Buttons carry the style's classes (is-hot, is-dim, is-selected…) so state is
 * visible to assistive technology and tests; they are rewritten only on change.
 */
import type { ViewTransform } from '../layout/positionStore';
import type { RenderScene } from './renderer';
import { nodeClasses, type SceneStyle } from './style';

export interface A11yLayer {
  readonly element: HTMLElement;
  setScene(scene: RenderScene): void;
  setStyle(style: SceneStyle): void;
  setPositions(xy: Float32Array): void;
  setTransform(t: ViewTransform): void;
  /**
   * Keeps every button at least 24 × 24 px on screen (WCAG 2.5.8) at zoom k.
   * Called when a zoom ends, not per zoom frame, so a wheel step restyles nothing.
   */
  setScale(k: number): void;
  /** The button of a company. */
  button(id: string): HTMLElement | undefined;
  /** Makes a company the map's one Tab stop (kept across scene changes while it is drawn). */
  setStop(id: string): void;
  /** The company that is the Tab stop now. */
  stop(): string | null;
  /** Index (into the scene's nodes) of a button's company, or -1. */
  indexOf(id: string): number;
  /** Moves focus to a company's button (without scrolling the page) and makes it the stop. */
  focus(id: string): void;
  /** Describes a company's button (its accessible description) with `text`. */
  describe(id: string, text: string): void;
  destroy(): void;
}

interface Entry {
  el: HTMLElement;
  cls: string;
  pressed: boolean;
  pos: string;
}

export function createA11yLayer(parent: HTMLElement): A11yLayer {
  const layer = document.createElement('div');
  layer.className = 'graph-a11y';
  // Pan and zoom move `layer` (its transform, every frame); the zoom-dependent
  // button size (--k) lives on `scaled` inside it. On one element, each
  // transform write re-declared --k and restyled every button, every frame
  // (80–110 ms a frame at 1,000 companies).
  const scaled = document.createElement('div');
  scaled.className = 'graph-a11y-scale';
  layer.appendChild(scaled);
  parent.appendChild(layer);
  const description = document.createElement('div');
  description.id = `graph-desc-${++instances}`;
  description.hidden = true;
  parent.appendChild(description);
  let scene: RenderScene | null = null;
  let entries: Entry[] = [];
  const byId = new Map<string, HTMLElement>();
  const indexById = new Map<string, number>();
  let scale = 1;
  /** The Tab stop, and the company asked to be it (which may come back with a later scene). */
  let stopEl: HTMLElement | null = null;
  let wanted: string | null = null;
  let described: HTMLElement | null = null;

  const makeStop = (el: HTMLElement | null) => {
    if (el === stopEl) return;
    if (stopEl) stopEl.tabIndex = -1;
    stopEl = el;
    if (el) el.tabIndex = 0;
  };
  /** The biggest company with a deal in view (the scene is biggest first), else the first. */
  const biggest = (nodes: RenderScene['nodes']): number => {
    let best = -1;
    nodes.forEach((n, i) => {
      const b = best >= 0 ? nodes[best] : undefined;
      if (!b || (n.active && !b.active) || (n.active === b.active && n.r > b.r)) best = i;
    });
    return best;
  };

  // Each moved button costs a style recalculation (35–90 µs on the reference
  // machine), so a big layer moves CHUNK buttons a frame: 1,000 buttons in four
  // frames of ~25 ms rather than one of ~100 ms.
  let moving = 0;
  const move = (xy: Float32Array, from: number) => {
    if (!scene) return;
    const to = Math.min(entries.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      const e = entries[i];
      const slot = scene.slots[i] ?? -1;
      if (!e || slot < 0) continue;
      const pos = `translate(${round(xy[2 * slot] ?? 0)}px, ${round(xy[2 * slot + 1] ?? 0)}px)`;
      if (pos !== e.pos) e.el.style.transform = e.pos = pos;
    }
    if (to < entries.length)
      moving = requestAnimationFrame(() => {
        moving = 0;
        move(xy, to);
      });
  };

  const api: A11yLayer = {
    element: layer,
    setScene(next) {
      const root = layer.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement as HTMLElement | null;
      const hadFocus = active != null && layer.contains(active) ? active.dataset.nodeId : undefined;
      scene = next;
      byId.clear();
      indexById.clear();
      stopEl = null;
      described = null;
      const fragment = document.createDocumentFragment();
      entries = next.nodes.map((n, i) => {
        const el = document.createElement('div');
        el.setAttribute('role', 'button');
        el.tabIndex = -1;
        el.setAttribute('aria-label', n.name);
        el.setAttribute('aria-pressed', 'false');
        el.dataset.nodeId = n.id;
        el.style.setProperty('--r', String(n.r));
        fragment.appendChild(el);
        byId.set(n.id, el);
        indexById.set(n.id, i);
        return { el, cls: '', pressed: false, pos: '' };
      });
      scaled.replaceChildren(fragment);
      const keep = (wanted != null ? byId.get(wanted) : undefined) ?? null;
      makeStop(keep ?? entries[biggest(next.nodes)]?.el ?? null);
      // A filter change redraws the buttons: the company that had focus keeps it.
      const again = hadFocus != null ? byId.get(hadFocus) : undefined;
      if (again) again.focus({ preventScroll: true });
    },
    setStyle(style) {
      if (!scene) return;
      scene.nodes.forEach((n, i) => {
        const e = entries[i];
        const s = style.nodes[i];
        if (!e || !s) return;
        const cls = nodeClasses(n, s, 'graph-hit');
        if (cls !== e.cls) e.el.className = e.cls = cls;
        if (s.selected !== e.pressed) {
          e.pressed = s.selected;
          e.el.setAttribute('aria-pressed', String(s.selected));
        }
      });
    },
    setPositions(xy) {
      cancelAnimationFrame(moving);
      moving = 0;
      move(xy, 0);
    },
    setTransform(t) {
      layer.style.transform = `matrix(${t.k}, 0, 0, ${t.k}, ${t.x}, ${t.y})`;
      // A big zoom step resizes the targets at once; small ones wait for setScale.
      if (Math.abs(Math.log(t.k / scale)) > 0.5) this.setScale(t.k);
    },
    setScale(k) {
      if (!(k > 0)) return;
      // Rewriting --k restyles every button, so it moves in steps of 2^(1/8)
      // (~9 %), rounded down: a button stays at least 24 px on screen (up to
      // 26 px), and a fit on every frame of a settling layout (each one ends a
      // programmatic zoom) restyles nothing until the zoom has really changed.
      const step = 2 ** (Math.floor(Math.log2(k) * 8) / 8);
      if (step === scale) return;
      scale = step;
      scaled.style.setProperty('--k', String(step));
    },
    button: (id) => byId.get(id),
    setStop(id) {
      const el = byId.get(id);
      wanted = id;
      if (el) makeStop(el);
    },
    stop: () => stopEl?.dataset.nodeId ?? null,
    indexOf: (id) => indexById.get(id) ?? -1,
    focus(id) {
      const el = byId.get(id);
      if (!el) return;
      api.setStop(id);
      el.focus({ preventScroll: true });
    },
    describe(id, text) {
      const el = byId.get(id);
      if (!el) return;
      if (described && described !== el) described.removeAttribute('aria-describedby');
      description.textContent = text;
      el.setAttribute('aria-describedby', description.id);
      described = el;
    },
    destroy() {
      cancelAnimationFrame(moving);
      layer.removeEventListener('focusin', onFocusIn);
      layer.remove();
      description.remove();
    },
  };
  // Whatever puts focus on a company (Tab, a click, the arrows) makes it the stop.
  const onFocusIn = (e: FocusEvent) => {
    const id = (e.target as HTMLElement | null)?.dataset?.nodeId;
    if (id != null) api.setStop(id);
  };
  layer.addEventListener('focusin', onFocusIn);
  return api;
}

let instances = 0;

/** Buttons moved per frame (see `move`). */
const CHUNK = 300;

const round = (n: number) => Math.round(n * 10) / 10;
