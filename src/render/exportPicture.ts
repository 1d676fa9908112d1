/**
 * A picture fit to publish: the map (exportSvg's document) under a headline and
 * a one-line standfirst, with a source line at the foot — what a graphics desk
 * expects of a PNG or SVG it prints, posts or uses as a fallback image. Pure
 * string assembly; every text is escaped (titles can come from a reader's file).
 */
import { escapeXml } from './exportSvg';
import type { Palette } from './palette';

export interface PictureText {
  readonly title: string;
  /** One line under the title (wrapped to two at most). */
  readonly standfirst?: string;
  /** The source line at the foot: data, date, what the figures are. */
  readonly footer: string;
  /** The key: one line sample per deal type (and the dash of a promise), above the source line. */
  readonly legend?: readonly LegendItem[];
}

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
}

/**
 * Where a picture's texts go, `width` CSS pixels wide: the title (two lines at
 * most), the standfirst (two), the source line (three, so the view's link
 * survives a phone-width picture), and the bands above and below the map that
 * they need. One function for the export, the social card and their tests.
 */
export function pictureLayout(width: number, text?: PictureText) {
  const s = Math.max(0.75, Math.min(1.5, width / 1200));
  const pad = Math.round(28 * s);
  const room = Math.max(1, width - 2 * pad);
  const title = text ? wrapText(text.title, Math.floor(room / (15.6 * s)), 2) : [''];
  const stand = text?.standfirst ? wrapText(text.standfirst, Math.floor(room / (9.2 * s)), 2) : [];
  // The view's link, when the source line ends with one, keeps a line of its own.
  const parts = text ? text.footer.split(' · ') : [];
  const link =
    parts.length > 1 && /^https?:\/\//.test(parts[parts.length - 1] ?? '')
      ? parts.pop()
      : undefined;
  const chars = Math.floor(room / (7.6 * s));
  const foot = text
    ? [
        ...wrapText(parts.join(' · '), chars, link ? 2 : 3),
        ...(link ? wrapText(link, chars, 1) : []),
      ]
    : ['', ''];
  const titleExtra = Math.max(0, title.length - 1) * 32;
  const footExtra = Math.max(0, foot.length - 2) * 18;
  return {
    s,
    pad,
    title,
    stand,
    foot,
    titleExtra,
    footExtra,
    top: Math.round((104 + titleExtra) * s),
    // The key (a row at 62 from the foot) and a source line of two lines, or three.
    bottom: Math.round((76 + footExtra) * s),
  };
}

/** Heights of the bands above and below the map, in CSS pixels, for a picture `width` wide. */
export function pictureBands(
  width: number,
  text?: PictureText,
): { top: number; bottom: number; pad: number } {
  const { top, bottom, pad } = pictureLayout(width, text);
  return { top, bottom, pad };
}

/** Splits text into at most `lines` lines of about `chars` characters, with an ellipsis if cut. */
export function wrapText(text: string, chars: number, lines: number): string[] {
  // A word longer than a line (a link) is cut, never left to run off the picture.
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > chars ? `${w.slice(0, chars - 1)}…` : w));
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > chars) {
      out.push(line);
      line = w;
      if (out.length === lines) break;
    } else line = line ? `${line} ${w}` : w;
  }
  if (out.length < lines && line) out.push(line);
  else if (out.length === lines && line) {
    const last = out[lines - 1] ?? '';
    out[lines - 1] = `${last.replace(/[\s,;:.]*$/, '')}…`;
  }
  return out;
}

/**
 * Wraps a map SVG (made `width` × (height − bands) by the caller) into a
 * `width` × `height` picture with the text bands.
 */
export function composePicture(
  mapSvg: string,
  width: number,
  height: number,
  palette: Palette,
  text: PictureText,
): string {
  const { top, pad, s, title, stand, foot, titleExtra, footExtra } = pictureLayout(width, text);
  const font = escapeXml(palette.font);
  const inner = mapSvg.replace(/^<svg /, `<svg x="0" y="${top}" overflow="hidden" `);
  const heading = title
    .map(
      (l, i) =>
        `<text x="${pad}" y="${Math.round((40 + i * 32) * s)}" font-size="${Math.round(26 * s)}" font-weight="700" fill="${escapeXml(palette.text)}">${escapeXml(l)}</text>`,
    )
    .join('');
  const lines = stand
    .map(
      (l, i) =>
        `<text x="${pad}" y="${Math.round((68 + titleExtra + i * 22) * s)}" font-size="${Math.round(17 * s)}" fill="${escapeXml(palette.muted)}">${escapeXml(l)}</text>`,
    )
    .join('');
  // The source line: three lines at most (a long link goes to the last).
  const footer = foot
    .map(
      (l, i) =>
        `<text x="${pad}" y="${height - Math.round((foot.length - i) * 18 * s - 4 * s)}" font-size="${Math.round(13 * s)}" fill="${escapeXml(palette.muted)}">${escapeXml(l)}</text>`,
    )
    .join('');
  // The key, in one row above the source line (items that do not fit are left out).
  const legendY = height - Math.round((62 + footExtra) * s);
  let x = pad;
  const key: string[] = [];
  for (const item of text.legend ?? []) {
    const w = Math.round((28 + item.label.length * 6.8 + 14) * s);
    if (x + w > width - pad) break;
    key.push(
      `<path d="M${x} ${legendY} h${Math.round(22 * s)}" stroke="${escapeXml(item.color)}" stroke-width="${Math.round(3 * s)}"${item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''}/>`,
      `<text x="${x + Math.round(28 * s)}" y="${legendY + Math.round(4.5 * s)}" font-size="${Math.round(12 * s)}" fill="${escapeXml(palette.text)}">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="ct-picture-title">`,
    `<title id="ct-picture-title">${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(palette.bg)}"/>`,
    `<g font-family="${font}">`,
    heading,
    lines,
    key.join(''),
    footer,
    '</g>',
    inner,
    '</svg>',
  ].join('\n');
}

/** The map's own height inside a picture of `width` × `height`. */
export function mapHeight(width: number, height: number, text?: PictureText): number {
  const { top, bottom } = pictureBands(width, text);
  return Math.max(1, height - top - bottom);
}

/** The key of a picture: every deal type's colour, then the dash of a letter of intent. */
export function dealLegend(
  palette: Palette,
  labels: Readonly<Record<keyof Palette['type'], string>>,
): LegendItem[] {
  const items: LegendItem[] = (Object.keys(labels) as (keyof Palette['type'])[]).map((t) => ({
    label: labels[t],
    color: palette.type[t],
  }));
  items.push({ label: 'letter of intent / reported', color: palette.muted, dash: '7 5' });
  return items;
}
