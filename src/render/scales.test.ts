/** Sizes stay finite whatever the amounts: a circle with r="NaN" is a broken chart. */
import { describe, expect, it } from 'vitest';
import { EDGE_WIDTH, NODE_RADIUS, edgeWidthScale, nodeRadiusScale } from './scales';

describe('money scales', () => {
  it.each([Infinity, NaN, -Infinity, 0, -5])('stay finite when the largest amount is %s', (max) => {
    for (const usd of [0, 1, 1e308, Infinity, NaN, null]) {
      const r = nodeRadiusScale(max)(usd);
      const w = edgeWidthScale(max)(usd);
      expect(r).toBeGreaterThanOrEqual(NODE_RADIUS.min);
      expect(r).toBeLessThanOrEqual(NODE_RADIUS.max);
      expect(w).toBeGreaterThanOrEqual(EDGE_WIDTH.unknown);
      expect(w).toBeLessThanOrEqual(EDGE_WIDTH.max);
    }
  });

  it('still sizes by amount for ordinary figures', () => {
    const r = nodeRadiusScale(100e9);
    expect(r(100e9)).toBe(NODE_RADIUS.max);
    expect(r(25e9)).toBeCloseTo(NODE_RADIUS.min + (NODE_RADIUS.max - NODE_RADIUS.min) / 2);
    expect(r(Infinity)).toBe(NODE_RADIUS.min);
  });
});
