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
 * Buttons carry the style's classes (is-hot, is-selected…; on a small map also
 * is-dim and is-ghost, see FADES_SHOWN) so state is visible to tests and to
 * whoever inspects the page; they are rewritten only on change.
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
  /**
   * While a big layout moves, the buttons lag behind the drawing: they take no
   * pointer (the map picks from the drawing) and keep their size until it rests.
   */
  setLagging(on: boolean): void;
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
  /** The company whose button the description speaks of now, if any. */
  describedId(): string | null;
  /** The company whose button has focus (in this layer's document or shadow root), if any. */
  focusedId(): string | null;
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
  // The buttons sit in groups of GROUP, each with its own --k: a new zoom
  // restyles one group a frame, never all of them in one task (100–150 ms at
  // 1,000 companies on the reference machine).
  let groups: HTMLElement[] = [];
  // The groups sit in one box that contains its paint (graph.css): a box far
  // bigger than any layout, with the buttons placed from an origin at its
  // middle. Without it the compositor re-layered every button on every pan and
  // settling frame (about 2 s of a 5 s settle at 1,000 companies).
  const box = document.createElement('div');
  box.className = 'graph-a11y-box';
  const origin = document.createElement('div');
  origin.className = 'graph-a11y-origin';
  box.appendChild(origin);
  layer.appendChild(box);
  parent.appendChild(layer);
  const shield = document.createElement('div');
  shield.className = 'graph-a11y-shield';
  shield.hidden = true;
  parent.appendChild(shield);
  const description = document.createElement('div');
  description.id = `graph-desc-${++instances}`;
  description.hidden = true;
  parent.appendChild(description);
  let scene: RenderScene | null = null;
  let entries: Entry[] = [];
  const byId = new Map<string, HTMLElement>();
  const indexById = new Map<string, number>();
  /** The --k every group should have, and what each has. */
  let scale = 1;
  let groupScale: number[] = [];
  let scaling = 0;
  let lagging = false;
  const applyScale = (from: number) => {
    scaling = 0;
    let i = from;
    while (i < groups.length && groupScale[i] === scale) i++;
    const g = groups[i];
    if (!g) return;
    g.style.setProperty('--k', String(scale));
    groupScale[i] = scale;
    scaling = requestAnimationFrame(() => applyScale(i + 1));
  };
  const rescale = () => {
    cancelAnimationFrame(scaling);
    scaling = 0;
    if (lagging) return;
    // One group at once for a small layer; a big one starts on the next frame.
    if (groups.length <= 1) applyScale(0);
    else scaling = requestAnimationFrame(() => applyScale(0));
  };
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
  let styling = 0;
  const move = (xy: Float32Array, from: number) => {
    if (!scene) return;
    const to = Math.min(entries.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      const e = entries[i];
      const slot = scene.slots[i] ?? -1;
      if (!e || slot < 0) continue;
      // left/top, not a transform: a transform per button made 1,000 paint
      // property nodes that the compositor re-layered on every pan frame.
      const x = round(xy[2 * slot] ?? 0);
      const y = round(xy[2 * slot + 1] ?? 0);
      const pos = `${x},${y}`;
      if (pos === e.pos) continue;
      e.pos = pos;
      e.el.style.left = `${x}px`;
      e.el.style.top = `${y}px`;
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
      const hadFocus = api.focusedId();
      scene = next;
      byId.clear();
      indexById.clear();
      stopEl = null;
      described = null;
      entries = next.nodes.map((n, i) => {
        const el = document.createElement('div');
        el.setAttribute('role', 'button');
        el.tabIndex = -1;
        el.setAttribute('aria-label', n.name);
        el.setAttribute('aria-pressed', 'false');
        el.dataset.nodeId = n.id;
        el.style.setProperty('--r', String(n.r));
        // Bigger companies on top (the scene is biggest first): zoomed out, a
        // small company's 24 px target would otherwise cover a big one's dot.
        el.style.zIndex = String(next.nodes.length - i);
        byId.set(n.id, el);
        indexById.set(n.id, i);
        return { el, cls: '', pressed: false, pos: '' };
      });
      groups = [];
      for (let g = 0; g < Math.max(1, Math.ceil(entries.length / GROUP)); g++) {
        const group = document.createElement('div');
        group.className = 'graph-a11y-scale';
        for (const e of entries.slice(g * GROUP, (g + 1) * GROUP)) group.appendChild(e.el);
        if (scale !== 1) group.style.setProperty('--k', String(scale));
        groups.push(group);
      }
      groupScale = groups.map(() => scale);
      origin.replaceChildren(...groups);
      const keep = (wanted != null ? byId.get(wanted) : undefined) ?? null;
      makeStop(keep ?? entries[biggest(next.nodes)]?.el ?? null);
      // A filter change redraws the buttons: the company that had focus keeps it.
      const again = hadFocus != null ? byId.get(hadFocus) : undefined;
      if (again) again.focus({ preventScroll: true });
    },
    setStyle(style) {
      if (!scene) return;
      cancelAnimationFrame(styling);
      styling = 0;
      const fades = scene.nodes.length <= FADES_SHOWN;
      const later: [Entry, string][] = [];
      scene.nodes.forEach((n, i) => {
        const e = entries[i];
        const s = style.nodes[i];
        if (!e || !s) return;
        const cls = nodeClasses(n, s, 'graph-hit', fades);
        if (s.selected !== e.pressed) {
          e.pressed = s.selected;
          e.el.setAttribute('aria-pressed', String(s.selected));
        }
        if (cls === e.cls) return;
        // What the reader is looking at changes now; a class change restyles its
        // button, so the many that only fade or unfade follow a chunk a frame.
        if (
          s.hot ||
          s.selected ||
          s.current ||
          s.hovered ||
          /is-(hot|selected|current|hover)\b/.test(e.cls)
        )
          e.el.className = e.cls = cls;
        else later.push([e, cls]);
      });
      const restyle = (from: number) => {
        styling = 0;
        const to = Math.min(later.length, from + CHUNK);
        for (let i = from; i < to; i++) {
          const [e, cls] = later[i] as [Entry, string];
          e.el.className = e.cls = cls;
        }
        if (to < later.length) styling = requestAnimationFrame(() => restyle(to));
      };
      if (later.length <= CHUNK) restyle(0);
      else styling = requestAnimationFrame(() => restyle(0));
    },
    setPositions(xy) {
      cancelAnimationFrame(moving);
      moving = 0;
      // A big layer starts on the next frame: the frame that asks (a layout
      // coming to rest) already places the labels.
      if (entries.length <= CHUNK) move(xy, 0);
      else moving = requestAnimationFrame(() => move(xy, 0));
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
      rescale();
    },
    setLagging(on) {
      if (on === lagging) return;
      lagging = on;
      // The phase, said on the layer for the browser tests (no style reads it);
      // while lagging, the shield takes the pointer instead of the buttons.
      if (on) layer.dataset.lagging = '';
      else delete layer.dataset.lagging;
      shield.hidden = !on;
      rescale();
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
    describedId: () => described?.dataset.nodeId ?? null,
    focusedId() {
      // The layer's own root: in the custom element, document.activeElement is its host.
      const root = layer.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement as HTMLElement | null;
      return active != null && layer.contains(active) ? (active.dataset.nodeId ?? null) : null;
    },
    destroy() {
      cancelAnimationFrame(moving);
      cancelAnimationFrame(scaling);
      cancelAnimationFrame(styling);
      shield.remove();
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
const CHUNK = 200;
/**
 * Up to this many companies the buttons also carry is-dim and is-ghost; above
 * it only the classes of what the reader looks at (hot, selected, current,
 * hovered). No rule styles a button by a fade, and a selection on a map of
 * 5,000 companies restyled 200 buttons a frame for 25 frames to change them.
 */
export const FADES_SHOWN = 100;
/** Buttons per size group (see `groups`). */
const GROUP = 200;

const round = (n: number) => Math.round(n * 10) / 10;
