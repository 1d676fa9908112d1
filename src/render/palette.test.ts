/**
 * THEMES (for code with no page, like the SVG export at build time) must be
 * theme.css as values: read the stylesheet and compare every colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPANY_KINDS, DEAL_TYPES } from '../model';
import { contrast, difference, over, VISIONS } from './colourVision';
import { THEMES, type Palette } from './palette';
import { DIM_LABEL_OPACITY, DIM_NODE_OPACITY } from './style';

const css = readFileSync(new URL('../ui/styles/theme.css', import.meta.url), 'utf8');

function block(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} in theme.css`);
  const body = css.slice(start, css.indexOf('}', start));
  const props = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+):\s*([^;]+);/g))
    if (m[1] && m[2]) props.set(m[1], m[2].trim());
  return props;
}

function asCss(p: Palette): Map<string, string> {
  const m = new Map<string, string>();
  for (const t of DEAL_TYPES) m.set(`--type-${t}`, p.type[t]);
  for (const k of COMPANY_KINDS) m.set(`--kind-${k}`, p.kind[k]);
  m.set('--text', p.text);
  m.set('--muted', p.muted);
  m.set('--bg', p.bg);
  m.set('--surface-2', p.surface2);
  m.set('--border', p.border);
  m.set('--node-stroke', p.nodeStroke);
  m.set('--label-halo', p.labelHalo);
  m.set('--font', p.font);
  return m;
}

describe('THEMES', () => {
  it.each([
    ['light', '.ct-root'],
    ['dark', ".ct-root[data-theme='dark']"],
  ] as const)('%s is theme.css', (name, selector) => {
    const sheet = block(selector);
    const light = block('.ct-root');
    for (const [prop, value] of asCss(THEMES[name]))
      // Dark inherits what it does not set (the font) from the light block.
      expect(value, prop).toBe(sheet.get(prop) ?? light.get(prop));
  });
});

/**
 * Issue 12, legible colours: every deal type tells apart from every other on a
 * thin line for normal vision and full protanopia, deuteranopia and tritanopia
 * (Machado 2009 simulation, CIEDE2000 ≥ 9, where the old Okabe–Ito set fell to
 * 7.1 for warrant/partnership under deuteranopia); lines are ≥ 3:1 against the
 * background; company colours do not collide with deal colours; and dimmed
 * company names stay ≥ 3:1.
 */
describe('legible colours', () => {
  const pairs = <T>(xs: readonly T[]) =>
    xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as const));
  it.each(['light', 'dark'] as const)(
    '%s: deal lines are at least 3:1 against the background',
    (name) => {
      const p = THEMES[name];
      for (const t of DEAL_TYPES) expect(contrast(p.type[t], p.bg), t).toBeGreaterThanOrEqual(3);
    },
  );
  it.each(['light', 'dark'] as const)(
    '%s: every pair of deal types differs for every vision type',
    (name) => {
      const p = THEMES[name];
      for (const v of VISIONS)
        for (const [a, b] of pairs(DEAL_TYPES))
          expect(difference(p.type[a], p.type[b], v), `${a}/${b} ${v}`).toBeGreaterThanOrEqual(9);
    },
  );
  it.each(['light', 'dark'] as const)(
    '%s: company kinds differ from each other and from every deal type',
    (name) => {
      const p = THEMES[name];
      for (const v of VISIONS)
        for (const [a, b] of pairs(COMPANY_KINDS))
          expect(difference(p.kind[a], p.kind[b], v), `${a}/${b} ${v}`).toBeGreaterThanOrEqual(10);
      for (const k of COMPANY_KINDS)
        for (const t of DEAL_TYPES)
          expect(
            difference(p.kind[k], p.type[t], 'normal'),
            `kind ${k}/type ${t}`,
          ).toBeGreaterThanOrEqual(12);
    },
  );
  it.each(['light', 'dark'] as const)('%s: dimmed company names stay at least 3:1', (name) => {
    const p = THEMES[name];
    expect(contrast(over(p.muted, DIM_LABEL_OPACITY, p.bg), p.bg)).toBeGreaterThanOrEqual(3);
  });
  it('graph.css dims with the same strengths as the canvas and the export', () => {
    const graph = readFileSync(new URL('../ui/styles/graph.css', import.meta.url), 'utf8');
    const rule = (sel: string) =>
      graph.slice(graph.indexOf(sel), graph.indexOf('}', graph.indexOf(sel)));
    expect(rule('.node.is-dim .node-dot {')).toContain(`opacity: ${DIM_NODE_OPACITY};`);
    expect(rule('.node.is-dim .node-label {')).toContain(`opacity: ${DIM_LABEL_OPACITY};`);
    expect(rule('.node.is-dim .node-label {')).toContain('fill: var(--muted);');
  });
});
