/**
 * The code a blogger pastes: an <iframe> that resizes itself to its content
 * (with a tiny listener that only trusts messages from its own frame), or the
 * <circular-trade-graph> custom element. Both carry a no-script fallback: a
 * link and a text description. Every value that comes from data or a URL is
 * escaped — the snippet goes into someone else's page.
 */
import type { PanelMode } from './params';

export interface SnippetOptions {
  /** Absolute URL of the folder that holds index.html, embed.html and circular-trade.js. */
  readonly base: string;
  /** The view, as the app's query string (no leading "?"). */
  readonly query: string;
  /** Height of the map in pixels. */
  readonly height: number;
  readonly panel: PanelMode;
  /** Short title for the frame (e.g. "Microsoft's money loops"). */
  readonly title: string;
  /** Text description of the loops of the view (the no-script fallback). */
  readonly description: string;
  /** Id for the iframe, unique on the page. */
  readonly frameId: string;
}

/**
 * Extra height of the embed around its map (header, key, credit line) in a
 * typical article column, so the iframe starts close to its final height and
 * the page barely shifts when the embed reports its real one.
 */
export const EMBED_CHROME_PX = 136;

/** The host-side resizer the iframe snippet loads (public/embed-resize.js). */
export const RESIZE_SCRIPT = 'embed-resize.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function withParams(query: string, extra: Record<string, string>): string {
  const params = new URLSearchParams(query);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  // Commas stay readable, as in the app's own links.
  return params.toString().replace(/%2C/g, ',');
}

/** The build's picture of the default view (src/build/ogImage.ts), beside the app. */
export const FALLBACK_IMAGE = { file: 'og.png', width: 1200, height: 630 } as const;

/**
 * Without scripts: the static picture (linked to the app) and the loops in
 * words. `loading="lazy"` keeps the custom element's fallback picture from
 * being fetched once the element has drawn the live map over it.
 */
function fallback(o: SnippetOptions): string {
  const app = escapeHtml(`${o.base}index.html${o.query ? `?${o.query}` : ''}`);
  const img = `<img src="${escapeHtml(o.base + FALLBACK_IMAGE.file)}" width="${FALLBACK_IMAGE.width}" height="${FALLBACK_IMAGE.height}" alt="${escapeHtml(`Map of the AI economy's circular deals. ${o.description}`)}" loading="lazy" style="max-width:100%;height:auto">`;
  return `<p><a href="${app}">${img}</a></p><p><a href="${app}">${escapeHtml(o.title)}</a> (interactive map). ${escapeHtml(o.description)}</p>`;
}

export function iframeSnippet(o: SnippetOptions): string {
  const extra: Record<string, string> = { height: String(o.height), frame: o.frameId };
  if (o.panel !== 'closed') extra.panel = o.panel;
  const src = `${o.base}embed.html?${withParams(o.query, extra)}`;
  return [
    `<iframe id="${escapeHtml(o.frameId)}" src="${escapeHtml(src)}" title="${escapeHtml(o.title)}" aria-label="${escapeHtml(`Interactive map: ${o.title}`)}" loading="lazy" width="100%" height="${o.height + EMBED_CHROME_PX}" frameborder="0"></iframe>`,
    // A file, not inline code: hosts with a strict script-src allow it by origin.
    `<script src="${escapeHtml(`${o.base}${RESIZE_SCRIPT}`)}" data-frame="${escapeHtml(o.frameId)}" async></script>`,
    `<noscript>${fallback(o)}</noscript>`,
  ].join('\n');
}

/** URL parameter → element attribute (the inverse of the element's table). */
const ATTRIBUTE_OF: Readonly<Record<string, string>> = {
  data: 'src',
  minUsd: 'min-usd',
  maxLength: 'max-length',
  usdPerGw: 'usd-per-gw',
};

export function elementSnippet(o: SnippetOptions): string {
  const attrs: string[] = [];
  for (const [param, value] of new URLSearchParams(o.query))
    attrs.push(`${ATTRIBUTE_OF[param] ?? param}="${escapeHtml(value)}"`);
  attrs.push(`height="${o.height}"`);
  if (o.panel !== 'closed') attrs.push(`panel="${o.panel}"`);
  return [
    `<script type="module" src="${escapeHtml(`${o.base}circular-trade.js`)}"></script>`,
    `<circular-trade-graph ${attrs.join(' ')}>`,
    `  ${fallback(o)}`,
    `</circular-trade-graph>`,
  ].join('\n');
}
