/**
 * A published picture's bands: the map never runs under the key or the source
 * line, at any width the Export menu offers and for the social card.
 */
import { describe, expect, it } from 'vitest';
import { TYPE_LABELS } from '../model';
import {
  composePicture,
  dealLegend,
  mapHeight,
  pictureBands,
  pictureLayout,
} from './exportPicture';
import { THEMES } from './palette';

const palette = THEMES.light;

const TEXT = {
  title: 'The AI money loop: Nvidia → OpenAI → Oracle → Nvidia',
  standfirst:
    '$30.1B can have gone all the way round. Every arrow is a deal: who invests in whom, who buys whose cloud and chips.',
  footer:
    'As of 2026-05-28 · Data: circular-trade, every deal cited · 35 companies, 113 deals · firm dollars leave out letters of intent, ceilings and contingent tranches · https://maps.example/circular-trade/?loop=nvidia,openai,oracle',
  legend: dealLegend(palette, TYPE_LABELS),
};

function bands(width: number, height: number) {
  const mapH = mapHeight(width, height, TEXT);
  const map = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${mapH}"></svg>`;
  const svg = composePicture(map, width, height, palette, TEXT);
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
    [390, 560],
  ])('%i × %i: the map ends above the key, and the key above the source line', (w, h) => {
    const b = bands(w, h);
    expect(Number.isFinite(b.keyY)).toBe(true);
    const s = pictureBands(w).top / 104;
    // The key's line is 3 px thick and its labels 12 px: the map ends above them.
    expect(b.mapBottom).toBeLessThanOrEqual(b.keyY - 8 * s);
    // The headline (one or two lines) and the standfirst sit above the map.
    const above = b.texts.filter((t) => t.y < b.keyY - 8);
    expect(above.length).toBeGreaterThan(0);
    for (const t of b.texts.filter((t) => t.size >= Math.round(17 * s)))
      expect(t.y).toBeLessThan(b.mapTop);
    // Every source-line text is below the key.
    const foot = b.texts.filter((t) => t.y > b.keyY + 5);
    expect(foot.length).toBeGreaterThan(0);
    for (const t of foot) expect(t.y).toBeLessThanOrEqual(h);
  });
});

describe('a phone-width picture', () => {
  const width = 390;
  const { title, stand, foot, pad, s } = pictureLayout(width, TEXT);
  it('wraps the title instead of running off the edge, and keeps the link', () => {
    expect(title.length).toBe(2);
    expect(title.join(' ')).toBe(TEXT.title);
    // Every line fits: at most the characters the width holds at its font size.
    for (const l of title)
      expect(l.length).toBeLessThanOrEqual(Math.floor((width - 2 * pad) / (15.6 * s)));
    for (const l of stand)
      expect(l.length).toBeLessThanOrEqual(Math.floor((width - 2 * pad) / (9.2 * s)));
    expect(foot.length).toBe(3);
    // The link is the last line, whole or cut with an ellipsis, never dropped.
    expect(foot[2]).toMatch(/^https:\/\/maps\.example\//);
  });
});
