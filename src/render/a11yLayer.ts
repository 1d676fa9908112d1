/**
 * The accessible layer: every company is a focusable role="button" named by
 * the company, laid over its node, whatever backend draws the picture. The
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
  parent.appendChild(layer);
  let scene: RenderScene | null = null;
  let entries: Entry[] = [];
  const byId = new Map<string, HTMLElement>();
  let scale = 1;

  return {
    element: layer,
    setScene(next) {
      scene = next;
      byId.clear();
      const fragment = document.createDocumentFragment();
      entries = next.nodes.map((n) => {
        const el = document.createElement('div');
        el.setAttribute('role', 'button');
        el.tabIndex = 0;
        el.setAttribute('aria-label', n.name);
        el.setAttribute('aria-pressed', 'false');
        el.dataset.nodeId = n.id;
        el.style.setProperty('--r', String(n.r));
        fragment.appendChild(el);
        byId.set(n.id, el);
        return { el, cls: '', pressed: false, pos: '' };
      });
      layer.replaceChildren(fragment);
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
      if (!scene) return;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const slot = scene.slots[i] ?? -1;
        if (!e || slot < 0) continue;
        const pos = `translate(${round(xy[2 * slot] ?? 0)}px, ${round(xy[2 * slot + 1] ?? 0)}px)`;
        if (pos !== e.pos) e.el.style.transform = e.pos = pos;
      }
    },
    setTransform(t) {
      layer.style.transform = `matrix(${t.k}, 0, 0, ${t.k}, ${t.x}, ${t.y})`;
      // A big zoom step resizes the targets at once; small ones wait for setScale.
      if (Math.abs(Math.log(t.k / scale)) > 0.5) this.setScale(t.k);
    },
    setScale(k) {
      if (k === scale || !(k > 0)) return;
      scale = k;
      layer.style.setProperty('--k', String(k));
    },
    button: (id) => byId.get(id),
    destroy() {
      layer.remove();
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
