/**
 * The current scene as one standalone SVG document (a string): scene + style +
 * positions → the picture the reader sees, with every colour, font and dash
 * written inline so it needs no stylesheet (PNG/SVG export, the og:image and
 * the <noscript> picture of issue 14 all start from here). Pure: no DOM, no
 * page, the same output for the same input. Names and titles come from
 * untrusted datasets, so every text and attribute value is escaped.
 *
 * The view is fitted to the companies (or given as a transform); labels are
 * placed for the export's own size with the same placement and
 * priorities as the screen, so the picture is legible at any size.
 */
import type { ViewTransform } from '../layout/positionStore';
import { curvePaths } from './edgeGeometry';
import { AMOUNT_FONT_PX, placeAmountsAmongLabels } from './amounts';
import { labelBox, placeLabels, type Box, type LabelItem } from './labels';
import { labelWidth, LABEL_FONT_PX } from './measureText';
import type { Palette } from './palette';
import { amountCandidates, type RenderScene } from './renderer';
import { curveOf, pointOf } from './scene';
import { DIM_LABEL_OPACITY, DIM_NODE_OPACITY, type SceneStyle } from './style';

export interface SvgExportOptions {
  /** Size of the picture in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
  /** The document's <title> (read by screen readers and shown by viewers). */
  readonly title?: string;
  readonly description?: string;
  /** The view; omitted, the companies are fitted inside `padding`. */
  readonly transform?: ViewTransform;
  readonly padding?: number;
  /** Fill the background with the theme's colour (default true). */
  readonly background?: boolean;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Characters XML 1.0 forbids even escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text or attribute value safe inside XML; control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const DASH = { loi: '7 5', unknown: '1.5 3.5', ghost: '2 6' };

/**
 * The transform that fits every positioned company into the box — or only the
 * companies `only` names (a loop, for a picture about it), no closer than `maxScale`.
 */
export function fitTransform(
  scene: RenderScene,
  xy: Float32Array,
  width: number,
  height: number,
  padding: number,
  only?: readonly string[],
  maxScale = Infinity,
): ViewTransform {
  const keep = only ? new Set(only) : null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  scene.nodes.forEach((n, i) => {
    const p = pointOf(scene, xy, i);
    if (!p || (keep && !keep.has(n.id))) return;
    x0 = Math.min(x0, p.x - n.r);
    y0 = Math.min(y0, p.y - n.r);
    x1 = Math.max(x1, p.x + n.r);
    y1 = Math.max(y1, p.y + n.r);
  });
  if (!Number.isFinite(x0)) return { k: 1, x: width / 2, y: height / 2 };
  const w = Math.max(x1 - x0, 1);
  const h = Math.max(y1 - y0, 1);
  const k = Math.min(maxScale, (width - 2 * padding) / w, (height - 2 * padding) / h);
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

export function exportSvg(
  scene: RenderScene,
  style: SceneStyle,
  xy: Float32Array,
  options: SvgExportOptions,
): string {
  const { width, height, palette: pal } = options;
  const t = options.transform ?? fitTransform(scene, xy, width, height, options.padding ?? 24);
  const k = t.k || 1;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img"${options.title ? ' aria-labelledby="ct-title"' : ''}>`,
  );
  if (options.title) out.push(`<title id="ct-title">${escapeXml(options.title)}</title>`);
  if (options.description) out.push(`<desc>${escapeXml(options.description)}</desc>`);
  if (options.background !== false)
    out.push(`<rect width="100%" height="100%" fill="${escapeXml(pal.bg)}"/>`);
  out.push(`<g transform="translate(${num(t.x)},${num(t.y)}) scale(${num(k, 4)})">`);

  // Deals, in the style's paint order (hot ones last, on top).
  out.push('<g fill="none">');
  for (const j of style.edgeOrder) {
    const e = scene.edges[j];
    const s = style.edges[j];
    const c = curveOf(scene, xy, j);
    if (!e || !s || !c) continue;
    const color = escapeXml(pal.type[e.type]);
    let opacity = 1;
    if (style.focus && s.dim) opacity *= 0.1;
    if (style.step && s.hot && !s.current) opacity *= 0.35;
    if (e.ghost) opacity *= 0.28;
    const strokeOpacity = s.current || s.selected ? 1 : s.hot ? 0.95 : 0.6;
    const dash = e.ghost
      ? DASH.ghost
      : e.unknown
        ? DASH.unknown
        : e.status === 'loi' || e.status === 'reported'
          ? DASH.loi
          : null;
    const cap = dash && !e.ghost ? 'butt' : 'round';
    const paths = curvePaths(c);
    out.push(
      `<g opacity="${num(opacity, 3)}"><path d="${paths.d}" stroke="${color}" stroke-width="${num(e.width, 2)}" stroke-opacity="${num(strokeOpacity, 2)}" stroke-linecap="${cap}"${dash ? ` stroke-dasharray="${dash}"` : ''}/><path d="${paths.arrow}" fill="${color}" fill-opacity="${e.unknown ? 0.7 : 0.9}"/></g>`,
    );
  }
  out.push('</g>');

  // Companies.
  out.push('<g>');
  scene.nodes.forEach((n, i) => {
    const s = style.nodes[i];
    const p = pointOf(scene, xy, i);
    if (!s || !p) return;
    const fill = escapeXml(s.ghost ? pal.surface2 : pal.kind[n.kind]);
    const stroke = escapeXml(s.ghost ? pal.border : pal.nodeStroke);
    const opacity = style.focus && s.dim ? DIM_NODE_OPACITY : 1;
    let halo = '';
    if (s.selected)
      halo = `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(n.r + 5)}" fill="none" stroke="${escapeXml(pal.text)}" stroke-width="2.5"/>`;
    else if (s.current)
      halo = `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(n.r + 5)}" fill="none" stroke="${escapeXml(pal.kind[n.kind])}" stroke-width="3"/>`;
    out.push(
      `<g opacity="${opacity}">${halo}<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(n.r)}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/></g>`,
    );
  });
  out.push('</g></g>');

  // Labels, in picture space at their fixed size, placed for this picture.
  const items: LabelItem[] = [];
  const at = new Map<string, number>();
  scene.nodes.forEach((n, i) => {
    const s = style.nodes[i];
    const p = pointOf(scene, xy, i);
    if (!s || !p) return;
    const x = p.x * k + t.x;
    const y = p.y * k + t.y;
    const r = n.r * k;
    if (x < -r || y < -r || x > width + r || y > height + r) return;
    at.set(n.id, i);
    items.push({
      id: n.id,
      x,
      y,
      r,
      width: labelWidth(n.name),
      height: LABEL_FONT_PX * 1.2,
      priority: s.labelPriority,
      force: s.forceLabel,
    });
  });
  const spots = placeLabels(items, { width, height });
  const shown: { box: Box; i: number }[] = [];
  for (const item of items) {
    const spot = spots.get(item.id);
    const i = at.get(item.id);
    if (spot && i !== undefined) shown.push({ box: labelBox(item, spot), i });
  }
  // Dollars on the map, placed around the companies and their labels; with a
  // focus, a dimmed company's name and dot give way to the focus's dollars (amounts.ts).
  const dimmed = (i: number | undefined) =>
    style.focus && i !== undefined && (style.nodes[i]?.dim ?? false);
  const { amounts, dropped } = placeAmountsAmongLabels(
    amountCandidates(scene, style, t, (j) => curveOf(scene, xy, j)),
    items.map((it) => ({ ...it, yields: dimmed(at.get(it.id)) })),
    shown.map(({ box, i }) => ({ box, yields: dimmed(i) })),
    { width, height },
  );
  out.push(
    `<g font-family="${escapeXml(pal.font)}" font-size="${LABEL_FONT_PX}" font-weight="600" stroke="${escapeXml(pal.labelHalo)}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke" dominant-baseline="hanging">`,
  );
  shown.forEach(({ box, i }, b) => {
    const n = scene.nodes[i];
    const s = style.nodes[i];
    if (!n || !s || dropped.has(b)) return;
    const dim = style.focus && s.dim;
    const opacity = dim ? ` opacity="${DIM_LABEL_OPACITY}"` : '';
    const look =
      s.ghost || dim
        ? ` fill="${escapeXml(pal.muted)}" font-weight="400"`
        : ` fill="${escapeXml(pal.text)}"`;
    out.push(
      `<text x="${num(box.x0)}" y="${num(box.y0 + LABEL_FONT_PX * 0.1)}"${look}${opacity}>${escapeXml(n.name)}</text>`,
    );
  });
  out.push('</g>');

  if (amounts.length) {
    out.push(
      `<g font-family="${escapeXml(pal.font)}" font-size="${AMOUNT_FONT_PX}" font-weight="600" text-anchor="middle">`,
    );
    for (const a of amounts) {
      const x0 = a.x - a.width / 2;
      const y0 = a.y - a.height / 2;
      const dash = a.tentative
        ? ` stroke="${escapeXml(pal.muted)}" stroke-width="1" stroke-dasharray="3 2"`
        : '';
      out.push(
        `<rect x="${num(x0)}" y="${num(y0)}" width="${num(a.width)}" height="${num(a.height)}" rx="3" fill="${escapeXml(pal.bg)}" fill-opacity="0.88"${dash}/><text x="${num(a.x)}" y="${num(a.y + AMOUNT_FONT_PX * 0.35)}" fill="${escapeXml(pal.text)}">${escapeXml(a.text)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function num(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '0';
  const m = 10 ** digits;
  return String(Math.round(n * m) / m);
}
