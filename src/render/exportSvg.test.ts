// @vitest-environment jsdom
/**
 * The SVG export on the bundled data: a standalone, well-formed document with
 * the style written inline, the same string for the same input, and hostile
 * names escaped (read back by a real XML parser).
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import type { Dataset } from '../model';
import { escapeXml, exportSvg, fitTransform } from './exportSvg';
import { THEMES } from './palette';
import { world } from './testing';
import { computeStyle, NO_HOVER } from './style';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('exportSvg', () => {
  const dataset = loadDataset(BUNDLED);
  const { full, model, scene, xy } = world(dataset);
  const base = { focus: null, hover: NO_HOVER, selected: [], selectedDeal: null };

  it('is a standalone SVG with every company and deal, colours inline, and no stylesheet', () => {
    const style = computeStyle(model, base, full);
    const svg = exportSvg(scene, style, xy, {
      width: 1200,
      height: 630,
      palette: THEMES.light,
      title: 'Circular deals',
    });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 630');
    expect(doc.querySelector('title')?.textContent).toBe('Circular deals');
    expect(svg).not.toMatch(/var\(|class=|<style/);
    // One circle per company, one line and one arrowhead per deal.
    expect(doc.querySelectorAll('circle[stroke-width="1.5"]')).toHaveLength(
      dataset.companies.length,
    );
    const lines = doc.querySelectorAll('path[stroke]');
    expect(lines).toHaveLength(dataset.deals.length);
    // Deals are drawn in their type's colour; letters of intent dashed.
    const deal = (id: string) => {
      const j = style.edgeOrder.indexOf(model.edges.findIndex((e) => e.id === id));
      return lines[j];
    };
    expect(deal('anthropic-azure-30b')?.getAttribute('stroke')).toBe(THEMES.light.type.cloud);
    expect(deal('nvda-openai-loi-100b')?.getAttribute('stroke-dasharray')).toBe('7 5');
    expect(doc.querySelectorAll('text').length).toBeGreaterThan(5);
    expect(svg).toBe(
      exportSvg(scene, style, xy, {
        width: 1200,
        height: 630,
        palette: THEMES.light,
        title: 'Circular deals',
      }),
    );
  });

  it('fits every company inside the picture', () => {
    const t = fitTransform(scene, xy, 600, 400, 20);
    for (let i = 0; i < model.nodes.length; i++) {
      const x = (xy[2 * i] ?? 0) * t.k + t.x;
      const y = (xy[2 * i + 1] ?? 0) * t.k + t.y;
      expect(x).toBeGreaterThanOrEqual(19.9);
      expect(x).toBeLessThanOrEqual(580.1);
      expect(y).toBeGreaterThanOrEqual(19.9);
      expect(y).toBeLessThanOrEqual(380.1);
    }
  });

  it('draws the selection as the screen does: the rest faded, the company ringed and labelled', () => {
    const style = computeStyle(
      model,
      { ...base, focus: { kind: 'company', id: 'microsoft' }, selected: ['microsoft'] },
      full,
    );
    const doc = parse(
      exportSvg(scene, style, xy, { width: 800, height: 600, palette: THEMES.dark }),
    );
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe(THEMES.dark.bg);
    const rings = doc.querySelectorAll('circle[stroke-width="2.5"]');
    expect(rings).toHaveLength(1);
    expect(rings[0]?.getAttribute('stroke')).toBe(THEMES.dark.text);
    const faded = [...doc.querySelectorAll('g[opacity="0.22"]')];
    const hot = style.nodes.filter((n) => n.hot).length;
    expect(faded).toHaveLength(dataset.companies.length - hot);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('Microsoft');
  });

  it('escapes names and titles from untrusted data', () => {
    const evil = '</text><script>alert(1)</script><text x="0">&amp; "quoted" \u0001';
    const hostile: Dataset = {
      ...dataset,
      companies: dataset.companies.map((c) => (c.id === 'microsoft' ? { ...c, name: evil } : c)),
    };
    const w = world(hostile);
    const style = computeStyle(
      w.model,
      { ...base, focus: { kind: 'company', id: 'microsoft' }, selected: ['microsoft'] },
      w.full,
    );
    const svg = exportSvg(w.scene, style, w.xy, {
      width: 800,
      height: 600,
      palette: THEMES.light,
      title: '<b>"Map"</b> & co',
    });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('<b>"Map"</b> & co');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain(
      evil.replace('\u0001', ''),
    );
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it("writes a selected loop's dollars on its arrows, like the screen", () => {
    const style = computeStyle(
      model,
      {
        ...base,
        focus: {
          kind: 'deals',
          deals: ['msft-anthropic-equity-2025', 'anthropic-azure-30b'],
          companies: ['microsoft', 'anthropic'],
        },
      },
      full,
    );
    const doc = parse(
      exportSvg(scene, style, xy, { width: 1200, height: 800, palette: THEMES.light }),
    );
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('$30B');
    expect(texts).toContain('up to $5B');
  });
});
