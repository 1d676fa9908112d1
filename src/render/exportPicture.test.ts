/**
 * A published picture's bands: the map never runs under the key or the source
 * line, at any width the Export menu offers and for the social card.
 */
import { describe, expect, it } from 'vitest';
import { TYPE_LABELS } from '../model';
import { composePicture, dealLegend, mapHeight, pictureBands } from './exportPicture';
import { THEMES } from './palette';

const palette = THEMES.light;

function bands(width: number, height: number) {
  const mapH = mapHeight(width, height);
  const map = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${mapH}"></svg>`;
  const svg = composePicture(map, width, height, palette, {
    title: 'The AI money loop: Nvidia → OpenAI → Oracle → Nvidia',
    standfirst: '$30.1B can have gone all the way round.',
    footer:
      'As of 2026-05-28 · Data: circular-trade, every deal cited · 35 companies, 113 deals · firm dollars leave out letters of intent, ceilings and contingent tranches',
    legend: dealLegend(palette, TYPE_LABELS),
  });
  const inner = /<svg x="0" y="(\d+)" overflow="hidden" [^>]*height="(\d+)"/.exec(svg);
  const key = /<path d="M\d+ (\d+) h/.exec(svg);
  const texts = [...svg.matchAll(/<text x="\d+" y="(\d+)" font-size="(\d+)"/g)].map((m) => ({
    y: Number(m[1]),
    size: Number(m[2]),
  }));
  return {
    mapTop: Number(inner?.[1]),
    mapBottom: Number(inner?.[1]) + Number(inner?.[2]),
    keyY: Number(key?.[1]),
    texts,
  };
}

describe('picture bands', () => {
  it.each([
    [1200, 630],
    [800, 400 + pictureBands(800).top + pictureBands(800).bottom],
    [2400, 1400],
    [600, 500],
  ])('%i × %i: the map ends above the key, and the key above the source line', (w, h) => {
    const b = bands(w, h);
    expect(Number.isFinite(b.keyY)).toBe(true);
    const s = pictureBands(w).top / 104;
    // The key's line is 3 px thick and its labels 12 px: the map ends above them.
    expect(b.mapBottom).toBeLessThanOrEqual(b.keyY - 8 * s);
    // The headline sits above the map.
    const headline = b.texts[0];
    expect(headline && headline.y).toBeLessThan(b.mapTop);
    // Every source-line text is below the key.
    const foot = b.texts.filter((t) => t.y > b.keyY + 5);
    expect(foot.length).toBeGreaterThan(0);
    for (const t of foot) expect(t.y).toBeLessThanOrEqual(h);
  });
});
