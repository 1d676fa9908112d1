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
      investment: '#3072ca',
      cloud: '#da6a18',
      chips: '#009c6b',
      warrant: '#b0428f',
      backstop: '#78261e',
      revenue_share: '#746424',
      partnership: '#535353',
    },
    kind: {
      lab: '#7a5cc4',
      cloud: '#e09e49',
      neocloud: '#f5e0a0',
      chips: '#83b590',
      investor: '#b493e8',
      other: '#b9c3c8',
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
      cloud: '#e7a600',
      chips: '#2cc795',
      warrant: '#d68ab6',
      backstop: '#cf7f3a',
      revenue_share: '#c3c26e',
      partnership: '#8e8e8e',
    },
    kind: {
      lab: '#9d9be6',
      cloud: '#869058',
      neocloud: '#726208',
      chips: '#519b91',
      investor: '#4c5ab0',
      other: '#62616e',
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
