// @vitest-environment jsdom
/**
 * The build's static picture, made the way the build makes it (the bundled
 * dataset, the real layout, style, export and resvg): 1200 × 630, the default
 * loop named in its headline and highlighted, every company in it, the figure
 * honest (firm first), and a PNG of exactly that size.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, repoText } from '../../tests/fixtures/load';
import { composePicture, wrapText } from '../render/exportPicture';
import { THEMES } from '../render/palette';
import { defaultPictureSvg, pngOf } from './ogImage';

const text = repoText(BUNDLED);
const dataset = JSON.parse(text) as { companies: { name: string }[]; asOf: string };

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the default picture (og:image, map.svg)', () => {
  const picture = defaultPictureSvg(text);
  const doc = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');

  it('is a standalone 1200 × 630 SVG naming and highlighting the top loop', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
    expect(picture.title).toMatch(/^The AI money loop: (\S.* → )+\S/);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe(picture.title);
    // Every company of the loop is labelled, at full strength (not dimmed).
    const loopNames = picture.title.replace('The AI money loop: ', '').split(' → ');
    for (const name of loopNames) {
      const label = [...doc.querySelectorAll('text')].find((t) => t.textContent === name);
      expect(label, name).toBeDefined();
      expect(label?.getAttribute('opacity')).toBeNull();
    }
    expect(
      texts.some((t) =>
        t.startsWith(`As of ${dataset.asOf} · Data: circular-trade, every deal cited`),
      ),
    ).toBe(true);
    // The key: every deal type by name, then the dash of a promise.
    expect(texts).toEqual(expect.arrayContaining(['Investment', 'letter of intent / reported']));
    expect(svgHasNo(picture.svg)).toBe(true);
  });

  it('says the figure firm first, as the loop cards do', () => {
    const stand = [...doc.querySelectorAll('text')][1]?.textContent ?? '';
    expect(stand).toMatch(
      /^\$[\d.]+[BMT]( firm, up to \$[\d.]+[BMT],)? can have gone all the way round/,
    );
    expect(picture.alt).toMatch(/^Money loops, by the firm dollars/);
  });

  it('frames the loop close enough that its hops carry their dollars', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const amounts = texts.filter((t) => /^(up to |≈)?\$[\d.]+[BMT]/.test(t));
    // One amount label per hop at least, for a loop of three or more companies.
    const hops = picture.title.replace('The AI money loop: ', '').split(' → ').length - 1;
    expect(amounts.length).toBeGreaterThanOrEqual(Math.min(hops, 3));
  });

  it('rasterises to a 1200 × 630 PNG', () => {
    const png = pngOf(picture.svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // Not a blank card: a picture with a map compresses far worse than a flat fill.
    expect(png.length).toBeGreaterThan(30_000);
  });

  it('is the same picture for the same data (deterministic layout)', () => {
    expect(defaultPictureSvg(text).svg).toBe(picture.svg);
  });
});

function svgHasNo(svg: string): boolean {
  return !/<script|<style|href=|var\(|class=/.test(svg);
}

describe('composePicture', () => {
  it('escapes the headline and source line, which can come from a reader’s file', () => {
    const svg = composePicture(
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      800,
      500,
      THEMES.light,
      {
        title: '<script>alert(1)</script> & co',
        footer: 'src "x"',
      },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('svg > svg')?.getAttribute('y')).not.toBeNull();
  });

  it('wraps a standfirst to two lines and marks the cut', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapText('short text', 40, 2)).toEqual(['short text']);
  });
});

describe('wrapText with a link longer than a line', () => {
  it('cuts the link with an ellipsis instead of running off the picture', () => {
    const lines = wrapText(`source · https://example.com/${'x'.repeat(80)}`, 40, 2);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
