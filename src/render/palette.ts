/**
 * The theme's colours as values, for the canvas backend (the SVG backend lets
 * the stylesheet apply them). Read from the same custom properties the
 * stylesheet uses (src/ui/styles/theme.css), so a theme is written once.
 */
import { COMPANY_KINDS, DEAL_TYPES, type CompanyKind, type DealType } from '../model';

export interface Palette {
  readonly type: Readonly<Record<DealType, string>>;
  readonly kind: Readonly<Record<CompanyKind, string>>;
  readonly text: string;
  readonly muted: string;
  readonly bg: string;
  readonly surface2: string;
  readonly border: string;
  readonly nodeStroke: string;
  readonly labelHalo: string;
  readonly font: string;
}

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const type = Object.fromEntries(DEAL_TYPES.map((t) => [t, v(`--type-${t}`, '#888')])) as Record<
    DealType,
    string
  >;
  const kind = Object.fromEntries(
    COMPANY_KINDS.map((k) => [k, v(`--kind-${k}`, '#999')]),
  ) as Record<CompanyKind, string>;
  return {
    type,
    kind,
    text: v('--text', '#1c1d1f'),
    muted: v('--muted', '#5c6066'),
    bg: v('--bg', '#fbfaf8'),
    surface2: v('--surface-2', '#f3f1ed'),
    border: v('--border', '#e2dfd9'),
    nodeStroke: v('--node-stroke', '#fff'),
    labelHalo: v('--label-halo', 'rgba(251,250,248,0.92)'),
    font: v('--font', 'system-ui, sans-serif'),
  };
}
