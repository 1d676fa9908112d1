/**
 * The theme's colours as values, for the canvas backend and the SVG export
 * (the SVG backend lets the stylesheet apply them). In the page they are read
 * from the custom properties of src/ui/styles/theme.css; `THEMES` holds the
 * same values for code with no page (the export at build time), and
 * palette.test.ts fails if the two ever differ.
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

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** theme.css as values: light and dark. */
export const THEMES: Readonly<Record<'light' | 'dark', Palette>> = {
  light: {
    type: {
      investment: '#0072b2',
      cloud: '#e69f00',
      chips: '#009e73',
      warrant: '#cc79a7',
      backstop: '#d55e00',
      revenue_share: '#56b4e9',
      partnership: '#8e8e8e',
    },
    kind: {
      lab: '#7a5cc4',
      cloud: '#e69f00',
      neocloud: '#f2c85b',
      chips: '#009e73',
      investor: '#0072b2',
      other: '#9aa0a6',
    },
    text: '#1c1d1f',
    muted: '#5c6066',
    bg: '#fbfaf8',
    surface2: '#f3f1ed',
    border: '#e2dfd9',
    nodeStroke: '#ffffff',
    labelHalo: 'rgb(251 250 248 / 0.92)',
    font: FONT,
  },
  dark: {
    type: {
      investment: '#4aa3e8',
      cloud: '#f2b233',
      chips: '#2cc195',
      warrant: '#e296c2',
      backstop: '#ff7f3a',
      revenue_share: '#85cdf2',
      partnership: '#9a9a9a',
    },
    kind: {
      lab: '#9d83e6',
      cloud: '#f2b233',
      neocloud: '#f5d67f',
      chips: '#2cc195',
      investor: '#4aa3e8',
      other: '#a8adb3',
    },
    text: '#ebe9e6',
    muted: '#a2a7ae',
    bg: '#111315',
    surface2: '#23272c',
    border: '#33383e',
    nodeStroke: '#111315',
    labelHalo: 'rgb(17 19 21 / 0.9)',
    font: FONT,
  },
};
