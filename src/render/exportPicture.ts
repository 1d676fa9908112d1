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

/** Heights of the bands above and below the map, in CSS pixels, for a picture `width` wide. */
export function pictureBands(width: number): { top: number; bottom: number; pad: number } {
  const scale = Math.max(0.75, Math.min(1.5, width / 1200));
  return {
    top: Math.round(104 * scale),
    // The key (a row at 62 from the foot) and a source line of up to two lines.
    bottom: Math.round(76 * scale),
    pad: Math.round(28 * scale),
  };
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
  const { top, pad } = pictureBands(width);
  const s = top / 104;
  const font = escapeXml(palette.font);
  const inner = mapSvg.replace(/^<svg /, `<svg x="0" y="${top}" overflow="hidden" `);
  const stand = text.standfirst ? wrapText(text.standfirst, Math.floor(width / (9.2 * s)), 2) : [];
  const lines = stand
    .map(
      (l, i) =>
        `<text x="${pad}" y="${Math.round((68 + i * 22) * s)}" font-size="${Math.round(17 * s)}" fill="${escapeXml(palette.muted)}">${escapeXml(l)}</text>`,
    )
    .join('');
  // The source line: two lines at most (a long link goes to the second).
  const foot = wrapText(text.footer, Math.floor((width - 2 * pad) / (7.6 * s)), 2);
  const footer = foot
    .map(
      (l, i) =>
        `<text x="${pad}" y="${height - Math.round((foot.length - i) * 18 * s - 4 * s)}" font-size="${Math.round(13 * s)}" fill="${escapeXml(palette.muted)}">${escapeXml(l)}</text>`,
    )
    .join('');
  // The key, in one row above the source line (items that do not fit are left out).
  const legendY = height - Math.round(62 * s);
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
    `<text x="${pad}" y="${Math.round(40 * s)}" font-size="${Math.round(26 * s)}" font-weight="700" fill="${escapeXml(palette.text)}">${escapeXml(text.title)}</text>`,
    lines,
    key.join(''),
    footer,
    '</g>',
    inner,
    '</svg>',
  ].join('\n');
}

/** The map's own height inside a picture of `width` × `height`. */
export function mapHeight(width: number, height: number): number {
  const { top, bottom } = pictureBands(width);
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
