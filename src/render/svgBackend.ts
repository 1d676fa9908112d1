/**
 * The SVG backend: crisp text, real elements per deal and company (with the
 * classes the stylesheet and the browser tests read), for small graphs such as
 * the bundled one. Geometry is written as attributes; pan and zoom are one
 * transform on the viewport group. Classes are rewritten only when they change.
 * Labels get their size once per placement (not a CSS variable per zoom step).
 */
import { curvePaths, pointOnCurve } from './edgeGeometry';
import type { LabelSpot } from './labels';
import { AMOUNT_FONT_PX } from './amounts';
import { LABEL_FONT_PX } from './measureText';
import type { Backend, Frame } from './renderer';
import { edgeClasses, nodeClasses } from './style';

const NS = 'http://www.w3.org/2000/svg';

interface EdgeEls {
  g: SVGGElement;
  line: SVGPathElement;
  arrow: SVGPathElement;
  cls: string;
}
interface NodeEls {
  g: SVGGElement;
  label: SVGTextElement;
  cls: string;
  spot: LabelSpot | null | undefined;
}

/** Text attributes per spot: x/y in units of r ('d' = the 45° point), and alignment. */
const SPOT: Record<
  LabelSpot,
  {
    x: number;
    y: number;
    unit: 'r' | 'd';
    dx: string;
    dy: string;
    anchor: string;
    baseline: string;
  }
> = {
  below: { x: 0, y: 1, unit: 'r', dx: '0', dy: '0.25em', anchor: 'middle', baseline: 'hanging' },
  above: { x: 0, y: -1, unit: 'r', dx: '0', dy: '-0.35em', anchor: 'middle', baseline: 'auto' },
  right: { x: 1, y: 0, unit: 'r', dx: '0.3em', dy: '0', anchor: 'start', baseline: 'central' },
  left: { x: -1, y: 0, unit: 'r', dx: '-0.3em', dy: '0', anchor: 'end', baseline: 'central' },
  'below-right': { x: 1, y: 1, unit: 'd', dx: '0', dy: '0', anchor: 'start', baseline: 'hanging' },
  'below-left': { x: -1, y: 1, unit: 'd', dx: '0', dy: '0', anchor: 'end', baseline: 'hanging' },
  'above-right': { x: 1, y: -1, unit: 'd', dx: '0', dy: '0', anchor: 'start', baseline: 'auto' },
  'above-left': { x: -1, y: -1, unit: 'd', dx: '0', dy: '0', anchor: 'end', baseline: 'auto' },
};

export function labelAttributes(spot: LabelSpot, r: number) {
  const a = SPOT[spot];
  const u = a.unit === 'r' ? r : r * 0.75;
  return {
    x: round(a.x * u),
    y: round(a.y * u),
    dx: a.dx,
    dy: a.dy,
    'text-anchor': a.anchor,
    'dominant-baseline': a.baseline,
  };
}

export function createSvgBackend(): Backend {
  let svg: SVGSVGElement | null = null;
  let viewport: SVGGElement | null = null;
  let edgeLayer: SVGGElement | null = null;
  let nodeLayer: SVGGElement | null = null;
  let amountLayer: SVGGElement | null = null;
  let dot: SVGCircleElement | null = null;
  let host: HTMLElement | null = null;
  let edges: EdgeEls[] = [];
  let nodes: NodeEls[] = [];
  let order: readonly number[] = [];

  const el = <K extends keyof SVGElementTagNameMap>(name: K, cls?: string) => {
    const e = document.createElementNS(NS, name);
    if (cls) e.setAttribute('class', cls);
    return e;
  };

  const build = (f: Frame) => {
    if (!edgeLayer || !nodeLayer) return;
    edgeLayer.replaceChildren();
    nodeLayer.replaceChildren();
    edges = f.scene.edges.map((e) => {
      const g = el('g');
      g.dataset.edgeId = e.id;
      const line = el('path', 'edge-line');
      line.setAttribute('stroke-width', String(e.width));
      const arrow = el('path', 'edge-arrow');
      g.append(line, arrow);
      return { g, line, arrow, cls: '' };
    });
    for (const e of edges) edgeLayer.appendChild(e.g);
    order = f.scene.edges.map((_, i) => i);
    nodes = f.scene.nodes.map((n) => {
      const g = el('g');
      g.dataset.company = n.id;
      const halo = el('circle', 'node-halo');
      halo.setAttribute('r', String(n.r + 5));
      const dotEl = el('circle', 'node-dot');
      dotEl.setAttribute('r', String(n.r));
      const label = el('text', 'node-label');
      label.textContent = n.name;
      g.append(halo, dotEl, label);
      return { g, label, cls: '', spot: undefined };
    });
    for (const n of nodes) nodeLayer.appendChild(n.g);
  };

  const restyle = (f: Frame) => {
    f.scene.edges.forEach((e, i) => {
      const els = edges[i];
      const s = f.style.edges[i];
      if (!els || !s) return;
      const cls = edgeClasses(e, s);
      if (cls !== els.cls) els.g.setAttribute('class', (els.cls = cls));
    });
    f.scene.nodes.forEach((n, i) => {
      const els = nodes[i];
      const s = f.style.nodes[i];
      if (!els || !s) return;
      const cls = nodeClasses(n, s, 'node');
      if (cls !== els.cls) els.g.setAttribute('class', (els.cls = cls));
    });
    // Hot deals on top: reorder only when the order changes.
    const next = f.style.edgeOrder;
    if (edgeLayer && (next.length !== order.length || next.some((v, i) => v !== order[i]))) {
      for (const i of next) {
        const g = edges[i]?.g;
        if (g) edgeLayer.appendChild(g);
      }
      order = next;
    }
    host?.setAttribute('data-focus', f.style.focus ? 'on' : 'off');
    host?.setAttribute('data-step', f.style.step ? 'on' : 'off');
  };

  const place = (f: Frame) => {
    f.scene.nodes.forEach((_, i) => {
      const els = nodes[i];
      const p = f.point(i);
      if (els && p) els.g.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`);
    });
    f.scene.edges.forEach((_, j) => {
      const els = edges[j];
      const c = f.curve(j);
      if (!els || !c) return;
      const paths = curvePaths(c);
      els.line.setAttribute('d', paths.d);
      els.arrow.setAttribute('d', paths.arrow);
    });
  };

  const relabel = (f: Frame) => {
    // Labels keep their on-screen size: set once per placement, not per zoom frame.
    const k = f.transform.k || 1;
    nodeLayer?.setAttribute('font-size', String(round(LABEL_FONT_PX / k, 3)));
    nodeLayer?.style.setProperty('--label-halo-width', `${round(3.5 / k, 3)}px`);
    f.scene.nodes.forEach((n, i) => {
      const els = nodes[i];
      if (!els) return;
      const spot = f.labels?.[i] ?? null;
      if (spot === els.spot) return;
      els.spot = spot;
      els.label.classList.toggle('is-hidden', spot === null);
      const a = labelAttributes(spot ?? 'below', n.r);
      for (const [k2, v] of Object.entries(a)) els.label.setAttribute(k2, String(v));
    });
    drawAmounts(f, k);
  };

  // Dollars on the map: a handful of elements, rebuilt once per placement.
  const drawAmounts = (f: Frame, k: number) => {
    if (!amountLayer) return;
    amountLayer.setAttribute('font-size', String(round(AMOUNT_FONT_PX / k, 3)));
    amountLayer.replaceChildren(
      ...f.amounts.map((a) => {
        const g = el('g', a.tentative ? 'amount is-tentative' : 'amount');
        g.dataset.amountFor = f.scene.edges[a.edge]?.id ?? '';
        g.setAttribute('transform', `translate(${round(a.x, 2)},${round(a.y, 2)})`);
        const w = a.width / k;
        const h = a.height / k;
        const box = el('rect', 'amount-box');
        box.setAttribute('x', String(round(-w / 2, 3)));
        box.setAttribute('y', String(round(-h / 2, 3)));
        box.setAttribute('width', String(round(w, 3)));
        box.setAttribute('height', String(round(h, 3)));
        box.setAttribute('rx', String(round(3 / k, 3)));
        box.setAttribute('stroke-width', String(round(1 / k, 3)));
        if (a.tentative)
          box.setAttribute('stroke-dasharray', `${round(3 / k, 3)} ${round(2 / k, 3)}`);
        const text = el('text', 'amount-label');
        text.setAttribute('dy', '0.35em');
        text.textContent = a.text;
        g.append(box, text);
        return g;
      }),
    );
  };

  return {
    kind: 'svg',
    mount(container) {
      host = container;
      svg = el('svg', 'graph-svg');
      svg.setAttribute('aria-hidden', 'true');
      viewport = el('g');
      edgeLayer = el('g', 'edges');
      nodeLayer = el('g', 'nodes');
      amountLayer = el('g', 'amounts');
      const pulseLayer = el('g', 'pulse-layer');
      dot = el('circle', 'pulse');
      dot.style.display = 'none';
      pulseLayer.appendChild(dot);
      viewport.append(edgeLayer, nodeLayer, amountLayer, pulseLayer);
      // The pointer's target, over the whole drawing. Picking is geometric
      // (renderer.pick), so the drawing needs no events; and a press must find
      // the same element on release: a hovered deal is moved to the top of its
      // layer, and a press on the moved element got no click at all.
      const hitArea = el('rect', 'graph-hitarea');
      hitArea.setAttribute('width', '100%');
      hitArea.setAttribute('height', '100%');
      svg.append(viewport, hitArea);
      container.prepend(svg);
    },
    draw(f, changes) {
      if (changes.scene) build(f);
      if (changes.scene || changes.style) restyle(f);
      if (changes.scene || changes.positions) place(f);
      if (changes.scene || changes.labels) relabel(f);
      if (changes.transform || changes.scene) {
        const t = f.transform;
        viewport?.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
      }
    },
    drawPulse(f) {
      if (!dot) return;
      const c = f.pulse ? f.curve(f.pulse.edge) : null;
      if (!f.pulse || !c) {
        dot.style.display = 'none';
        return;
      }
      const p = pointOnCurve(c, f.pulse.t);
      dot.setAttribute('cx', String(round(p.x)));
      dot.setAttribute('cy', String(round(p.y)));
      dot.setAttribute('r', '6');
      dot.setAttribute('stroke-width', String(round(2 / (f.transform.k || 1), 3)));
      dot.style.display = '';
    },
    destroy() {
      svg?.remove();
      svg = null;
    },
  };
}

const round = (n: number, digits = 1) => {
  const m = 10 ** digits;
  return Math.round(n * m) / m;
};
