/**
 * THEMES (for code with no page, like the SVG export at build time) must be
 * theme.css as values: read the stylesheet and compare every colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPANY_KINDS, DEAL_TYPES } from '../model';
import { THEMES, type Palette } from './palette';

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
