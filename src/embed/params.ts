/**
 * Parameters only an embed understands, split from the view parameters that the
 * app and the embed share (see state/url.ts):
 * - `height`: the height of the map in CSS pixels (240–1600; default 480);
 * - `panel`: the loop panel as a drawer: `closed` (default), `open`, or `none`;
 * - `frame`: the id the iframe snippet gave this frame, echoed in its resize
 *   messages so the page can tell its frames apart.
 */
export type PanelMode = 'open' | 'closed' | 'none';

export interface EmbedOptions {
  readonly height: number;
  readonly panel: PanelMode;
  readonly frame: string | null;
}

export const EMBED_DEFAULTS: EmbedOptions = { height: 480, panel: 'closed', frame: null };
export const EMBED_PARAMS = ['height', 'panel', 'frame'] as const;
export const HEIGHT_RANGE = { min: 240, max: 1600 } as const;

const FRAME_ID = /^[A-Za-z0-9_-]{1,40}$/;

export function splitEmbedParams(search: string | URLSearchParams): {
  view: URLSearchParams;
  options: EmbedOptions;
  notices: string[];
} {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  let { height, panel, frame } = EMBED_DEFAULTS;
  const h = params.get('height');
  if (h != null && h !== '') {
    const n = Number(h.replace(/px$/i, ''));
    if (Number.isFinite(n) && n > 0)
      height = Math.round(Math.min(HEIGHT_RANGE.max, Math.max(HEIGHT_RANGE.min, n)));
    else notices.push(`Ignored "height=${h.slice(0, 40)}": must be a number of pixels.`);
  }
  const p = params.get('panel');
  if (p != null && p !== '') {
    if (p === 'open' || p === 'closed' || p === 'none') panel = p;
    else notices.push(`Ignored "panel=${p.slice(0, 40)}": must be open, closed or none.`);
  }
  const f = params.get('frame');
  if (f != null && FRAME_ID.test(f)) frame = f;
  for (const name of EMBED_PARAMS) params.delete(name);
  return { view: params, options: { height, panel, frame }, notices };
}
