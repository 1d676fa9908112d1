/**
 * Paints a frame of the map onto a 2D context: the same code on the page (the
 * canvas backend's fallback) and in the canvas worker (canvas.worker.ts), so the
 * picture is the same wherever it is drawn. One pass per layer from typed
 * positions: deals batched by colour, width and dash into one path each (cold
 * ones first, hot ones on top), then companies by kind, then labels and dollars
 * in screen space; culled to the visible box. No DOM: the palette comes in.
 */
import { AMOUNT_FONT_PX } from './amounts';
import { pointOnCurve } from './edgeGeometry';
import { labelBox, type LabelSpot } from './labels';
import { labelWidth, LABEL_FONT_PX } from './measureText';
import type { Palette } from './palette';
import type { Frame } from './renderer';
import { DIM_LABEL_OPACITY, DIM_NODE_OPACITY } from './style';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const DASH: Record<string, readonly number[]> = {
  solid: [],
  dashed: [7, 5],
  dotted: [1.5, 3.5],
  ghost: [2, 6],
};

/** A dash and its gap, and the share of a dashed stroke's length that is ink. */
const PERIOD: Record<string, number> = {};
const INK: Record<string, number> = {};
for (const [name, d] of Object.entries(DASH)) {
  const p = d.reduce((a, b) => a + b, 0);
  PERIOD[name] = p;
  INK[name] = p > 0 ? d.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0) / p : 1;
}
const period = (dash: string) => PERIOD[dash] ?? 0;
const ink = (dash: string) => INK[dash] ?? 1;

/**
 * Paints `f` onto `ctx` (whose canvas is already sized to the frame times `r`,
 * the device pixel ratio), clearing it first.
 */
export function paintFrame(ctx: Context2D, f: Frame, pal: Palette, r: number): void {
  const { k, x, y } = f.transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(r * k, 0, 0, r * k, r * x, r * y);
  // The visible box in layout units, with a margin for wide strokes.
  const vx0 = -x / k - 20;
  const vy0 = -y / k - 20;
  const vx1 = (f.width - x) / k + 20;
  const vy1 = (f.height - y) / k + 20;
  const visible = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    Math.max(ax, bx, cx) >= vx0 &&
    Math.min(ax, bx, cx) <= vx1 &&
    Math.max(ay, by, cy) >= vy0 &&
    Math.min(ay, by, cy) <= vy1;

  // Deals: cold ones first, hot ones on top; each pass batched by look.
  const { style, scene } = f;
  const hotPass = style.focus ? [false, true] : [false];
  for (const hot of hotPass) {
    const batches = new Map<
      string,
      { color: string; alpha: number; width: number; dash: string; edges: number[] }
    >();
    for (const j of style.edgeOrder) {
      const e = scene.edges[j];
      const s = style.edges[j];
      if (!e || !s || (style.focus && s.hot !== hot)) continue;
      const c = f.curve(j);
      if (!c || !visible(c.sx, c.sy, c.cx, c.cy, c.tx, c.ty)) continue;
      let alpha = s.current || s.selected ? 1 : s.hot ? 0.95 : 0.6;
      if (style.focus && s.dim) alpha *= 0.1;
      if (style.step && s.hot && !s.current) alpha *= 0.35;
      // An ended deal: still there, clearly not counted (like .edge.is-ghost).
      if (e.ghost) alpha *= 0.28;
      let dash = e.ghost
        ? 'ghost'
        : e.unknown
          ? 'dotted'
          : e.status === 'loi' || e.status === 'reported'
            ? 'dashed'
            : 'solid';
      // Dashing is the slowest stroke there is in software (4,000 dashed
      // curves: 70 ms a paint at 1,000 companies). Zoomed out until a dash
      // and its gap span under 8 device pixels, it reads as a fainter line
      // anyway: drawn solid with the dash's share of ink in the alpha.
      if (dash !== 'solid' && (f.draft || period(dash) * k * r < 8)) {
        alpha *= ink(dash);
        dash = 'solid';
      }
      // Strokes between one and two device pixels wide are rasterised in
      // software several times slower than thinner ones (measured in
      // headless Chromium: 4,000 curves at 1.5 px 150 ms, at 1 px 20 ms), so
      // below 1.6 px a deal is drawn one pixel wide with its ink in the alpha.
      // A draft (the layout is moving) draws every deal one pixel wide, its
      // width (up to 3 px) in the alpha: a paint stays a few ms however far
      // the fit has zoomed in on a start that is still packed tight.
      const device = e.width * k * r;
      const thin = device > 1 && (f.draft || device < 1.6);
      const width = thin ? 1 / (k * r) : Math.round(e.width * 2) / 2;
      if (f.draft && device > 1) alpha = Math.min(1, (alpha * Math.min(device, 3)) / 1.6);
      else if (thin) alpha = Math.min(1, alpha * device);
      alpha = Math.round(alpha * 20) / 20;
      const key = `${e.type}|${alpha}|${width}|${dash}`;
      let b = batches.get(key);
      if (!b) batches.set(key, (b = { color: pal.type[e.type], alpha, width, dash, edges: [] }));
      b.edges.push(j);
    }
    const arrows = !f.draft && k * 6 >= 2; // arrowheads smaller than 2 px are noise
    for (const b of batches.values()) {
      ctx.globalAlpha = b.alpha;
      ctx.strokeStyle = b.color;
      ctx.fillStyle = b.color;
      ctx.lineWidth = b.width;
      ctx.lineCap = b.dash === 'solid' || b.dash === 'ghost' ? 'round' : 'butt';
      ctx.setLineDash(DASH[b.dash] ?? []);
      ctx.beginPath();
      for (const j of b.edges) {
        const c = f.curve(j);
        if (!c) continue;
        ctx.moveTo(c.sx, c.sy);
        if (c.straight) ctx.lineTo(c.ex, c.ey);
        else ctx.quadraticCurveTo(c.cx, c.cy, c.ex, c.ey);
      }
      ctx.stroke();
      if (!arrows) continue;
      ctx.setLineDash([]);
      ctx.globalAlpha = Math.min(1, b.alpha * 1.4);
      ctx.beginPath();
      for (const j of b.edges) {
        const c = f.curve(j);
        if (!c) continue;
        ctx.moveTo(c.tx, c.ty);
        ctx.lineTo(c.lx, c.ly);
        ctx.lineTo(c.rx, c.ry);
        ctx.closePath();
      }
      ctx.fill();
    }
  }
  ctx.setLineDash([]);

  // Companies, batched by colour and strength.
  const groups = new Map<
    string,
    { fill: string; stroke: string; alpha: number; nodes: number[] }
  >();
  const halos: { i: number; color: string; width: number }[] = [];
  for (let i = 0; i < scene.nodes.length; i++) {
    const n = scene.nodes[i];
    const s = style.nodes[i];
    const p = f.point(i);
    if (!n || !s || !p) continue;
    if (p.x + n.r < vx0 || p.x - n.r > vx1 || p.y + n.r < vy0 || p.y - n.r > vy1) continue;
    const alpha = style.focus && s.dim ? DIM_NODE_OPACITY : 1;
    const fill = s.ghost ? pal.surface2 : pal.kind[n.kind];
    const stroke = s.ghost ? pal.border : pal.nodeStroke;
    const key = `${fill}|${stroke}|${alpha}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { fill, stroke, alpha, nodes: [] }));
    g.nodes.push(i);
    if (s.selected) halos.push({ i, color: pal.text, width: 2.5 });
    else if (s.current) halos.push({ i, color: pal.kind[n.kind], width: 3 });
  }
  const strokes = !f.draft && k * 1.5 >= 0.5;
  // The ring round each dot: at most one device pixel unless zoomed in (see the deals).
  const ring = k * r * 1.5 < 1.6 ? Math.min(1.5, 1 / (k * r)) : 1.5;
  for (const g of groups.values()) {
    ctx.globalAlpha = g.alpha;
    ctx.fillStyle = g.fill;
    ctx.beginPath();
    for (const i of g.nodes) {
      const p = f.point(i);
      const n = scene.nodes[i];
      if (!p || !n) continue;
      ctx.moveTo(p.x + n.r, p.y);
      ctx.arc(p.x, p.y, n.r, 0, 2 * Math.PI);
    }
    ctx.fill();
    if (strokes) {
      ctx.strokeStyle = g.stroke;
      ctx.lineWidth = ring;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  for (const h of halos) {
    const p = f.point(h.i);
    const n = scene.nodes[h.i];
    if (!p || !n) continue;
    ctx.strokeStyle = h.color;
    ctx.lineWidth = h.width;
    ctx.beginPath();
    ctx.arc(p.x, p.y, n.r + 5, 0, 2 * Math.PI);
    ctx.stroke();
  }

  // Labels, in screen space at their fixed size.
  if (f.labels) {
    ctx.setTransform(r, 0, 0, r, 0, 0);
    ctx.font = `600 ${LABEL_FONT_PX}px ${pal.font}`;
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = pal.labelHalo;
    for (let i = 0; i < scene.nodes.length; i++) {
      const spot: LabelSpot | null | undefined = f.labels[i];
      const n = scene.nodes[i];
      const p = f.point(i);
      const s = style.nodes[i];
      if (!spot || !n || !p || !s) continue;
      const box = labelBox(
        {
          id: n.id,
          x: p.x * k + x,
          y: p.y * k + y,
          r: n.r * k,
          width: labelWidth(n.name),
          height: LABEL_FONT_PX * 1.2,
          priority: 0,
        },
        spot,
      );
      const dim = style.focus && s.dim;
      ctx.globalAlpha = dim ? DIM_LABEL_OPACITY : 1;
      ctx.fillStyle = s.ghost || dim ? pal.muted : pal.text;
      const ty = box.y0 + LABEL_FONT_PX * 0.1;
      ctx.strokeText(n.name, box.x0, ty);
      ctx.fillText(n.name, box.x0, ty);
    }
  }
  ctx.globalAlpha = 1;

  // Dollars on the map, in screen space, over everything else.
  if (f.amounts.length) {
    ctx.setTransform(r, 0, 0, r, 0, 0);
    ctx.font = `600 ${AMOUNT_FONT_PX}px ${pal.font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const a of f.amounts) {
      const ax = a.x * k + x;
      const ay = a.y * k + y;
      ctx.fillStyle = pal.bg;
      ctx.globalAlpha = 0.88;
      ctx.fillRect(ax - a.width / 2, ay - a.height / 2, a.width, a.height);
      ctx.globalAlpha = 1;
      if (a.tentative) {
        ctx.setLineDash([3, 2]);
        ctx.strokeStyle = pal.muted;
        ctx.lineWidth = 1;
        ctx.strokeRect(ax - a.width / 2 + 0.5, ay - a.height / 2 + 0.5, a.width - 1, a.height - 1);
        ctx.setLineDash([]);
      }
      ctx.fillStyle = pal.text;
      ctx.fillText(a.text, ax, ay + 0.5);
    }
    ctx.textAlign = 'start';
  }
}

/** The follow-the-dollar dot, on its own canvas (cleared first), so it never repaints the scene. */
export function paintPulse(ctx: Context2D, f: Frame, pal: Palette, r: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const c = f.pulse ? f.curve(f.pulse.edge) : null;
  if (!f.pulse || !c) return;
  const p = pointOnCurve(c, f.pulse.t);
  const { k, x, y } = f.transform;
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.beginPath();
  ctx.arc(p.x * k + x, p.y * k + y, 6 * k, 0, 2 * Math.PI);
  ctx.fillStyle = pal.text;
  ctx.strokeStyle = pal.bg;
  ctx.lineWidth = 2;
  ctx.fill();
  ctx.stroke();
}
