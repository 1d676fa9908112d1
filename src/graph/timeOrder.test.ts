/**
 * The greedy time-order check against brute force over every choice of one
 * deal per hop and every starting hop, on random hop date lists with ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleInOrder, pathInOrder } from './timeOrder';

/** Flattens per-hop date lists (any order) into the sorted CSR arrays the check reads. */
function csr(hops: readonly (readonly number[])[]) {
  const start = new Int32Array(hops.length + 1);
  const day: number[] = [];
  hops.forEach((dates, e) => {
    day.push(...[...dates].sort((a, b) => a - b));
    start[e + 1] = day.length;
  });
  const edges = hops.map((_, e) => e);
  return { start, day: Int32Array.from(day), edges };
}

/** Is there one date per hop, in this order of hops, each not earlier than the last? */
function anyChoice(hops: readonly (readonly number[])[]): boolean {
  const go = (i: number, last: number): boolean =>
    i === hops.length || (hops[i] ?? []).some((d) => d >= last && go(i + 1, d));
  return go(0, -Infinity);
}
const bruteCycle = (hops: readonly (readonly number[])[]) =>
  hops.some((_, s) => anyChoice([...hops.slice(s), ...hops.slice(0, s)]));

const hopsArb = fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 9,
});

describe('time order', () => {
  it('the greedy cycle check agrees with every choice of deals and start (3,000 cases)', () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(hopsArb, (hops) => {
        const { start, day, edges } = csr(hops);
        const want = hops.length >= 2 ? bruteCycle(hops) : true;
        expect(cycleInOrder(start, day, edges, hops.length)).toBe(want);
        if (want) yes++;
        else no++;
      }),
      { numRuns: 3000 },
    );
    // Both answers came up often, so the property is not vacuous.
    expect(Math.min(yes, no)).toBeGreaterThan(300);
  });

  it('the greedy path check agrees with every choice of deals (3,000 cases)', () => {
    fc.assert(
      fc.property(hopsArb, (hops) => {
        const { start, day, edges } = csr(hops);
        expect(pathInOrder(start, day, edges, hops.length)).toBe(anyChoice(hops));
      }),
      { numRuns: 3000 },
    );
  });

  it('every 2-company loop is in time order', () => {
    fc.assert(
      fc.property(
        hopsArb.filter((h) => h.length >= 2).map((h) => h.slice(0, 2)),
        (hops) => {
          const { start, day, edges } = csr(hops);
          expect(cycleInOrder(start, day, edges, 2)).toBe(true);
        },
      ),
    );
  });

  it('needs the right start: 2019 → 2026 → 2025 is in order only from the 2025 hop', () => {
    const { start, day, edges } = csr([[2019], [2026], [2025]]);
    expect(cycleInOrder(start, day, edges, 3)).toBe(false);
    const ok = csr([[2019], [2025], [2026]]);
    expect(cycleInOrder(ok.start, ok.day, ok.edges, 3)).toBe(true);
    const rotated = csr([[2026], [2019], [2025]]);
    expect(cycleInOrder(rotated.start, rotated.day, rotated.edges, 3)).toBe(true);
    expect(pathInOrder(rotated.start, rotated.day, rotated.edges, 3)).toBe(false);
  });
});
