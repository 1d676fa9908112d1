import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stronglyConnectedComponents } from './scc';

/** CSR arrays from an edge list. */
function csr(size: number, edges: readonly (readonly [number, number])[]) {
  const outStart = new Int32Array(size + 1);
  for (const [from] of edges) outStart[from + 1] = (outStart[from + 1] ?? 0) + 1;
  for (let v = 0; v < size; v++) outStart[v + 1] = (outStart[v + 1] ?? 0) + (outStart[v] ?? 0);
  const fill = outStart.slice(0, size);
  const outTarget = new Int32Array(edges.length);
  for (const [from, to] of edges) {
    const slot = fill[from] ?? 0;
    outTarget[slot] = to;
    fill[from] = slot + 1;
  }
  return { outStart, outTarget };
}

/** The components as a set of sorted member lists, so tests ignore component numbering. */
function groups(size: number, edges: readonly (readonly [number, number])[]): Set<string> {
  const { outStart, outTarget } = csr(size, edges);
  const { component, count, sizes } = stronglyConnectedComponents(size, outStart, outTarget);
  const members = new Map<number, number[]>();
  component.forEach((c, v) => members.set(c, [...(members.get(c) ?? []), v]));
  expect(members.size).toBe(count);
  for (const [c, list] of members) expect(sizes[c]).toBe(list.length);
  return new Set([...members.values()].map((list) => list.join(',')));
}

describe('stronglyConnectedComponents', () => {
  it('handles an empty graph and lone vertices', () => {
    expect(groups(0, [])).toEqual(new Set());
    expect(groups(3, [])).toEqual(new Set(['0', '1', '2']));
  });

  it('keeps a chain apart and joins a cycle', () => {
    expect(
      groups(3, [
        [0, 1],
        [1, 2],
      ]),
    ).toEqual(new Set(['0', '1', '2']));
    expect(
      groups(3, [
        [0, 1],
        [1, 2],
        [2, 0],
      ]),
    ).toEqual(new Set(['0,1,2']));
  });

  it('separates two cycles joined one way, and a tail', () => {
    const edges = [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 3],
      [3, 2],
      [3, 4],
    ] as const;
    expect(groups(5, edges)).toEqual(new Set(['0,1', '2,3', '4']));
  });

  it('handles parallel edges and self-loops', () => {
    expect(
      groups(2, [
        [0, 1],
        [0, 1],
        [1, 1],
        [1, 0],
      ]),
    ).toEqual(new Set(['0,1']));
  });

  it('is iterative: a 200,000-vertex cycle does not overflow the stack', () => {
    const n = 200_000;
    const edges = Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as const);
    const { outStart, outTarget } = csr(n, edges);
    expect(stronglyConnectedComponents(n, outStart, outTarget).count).toBe(1);
  });

  it('agrees with mutual reachability on random graphs', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
            ),
          ),
        ([n, edges]) => {
          const reach = Array.from({ length: n }, (_, v) => {
            const seen = new Set([v]);
            const stack = [v];
            while (stack.length) {
              const u = stack.pop() ?? 0;
              for (const [a, b] of edges)
                if (a === u && !seen.has(b)) {
                  seen.add(b);
                  stack.push(b);
                }
            }
            return seen;
          });
          const { outStart, outTarget } = csr(n, edges);
          const { component } = stronglyConnectedComponents(n, outStart, outTarget);
          for (let a = 0; a < n; a++)
            for (let b = 0; b < n; b++) {
              const mutual = (reach[a]?.has(b) && reach[b]?.has(a)) ?? false;
              expect(component[a] === component[b]).toBe(mutual);
            }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects arrays that do not match the size', () => {
    expect(() => stronglyConnectedComponents(2, new Int32Array(2), new Int32Array(0))).toThrow(
      /^stronglyConnectedComponents: /,
    );
  });
});
