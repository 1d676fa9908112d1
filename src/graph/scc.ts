/**
 * Strongly connected components of a directed graph in compressed (CSR) form.
 *
 * Contract: vertices are 0..size-1; the out-neighbours of v are
 * `outTarget[outStart[v] .. outStart[v + 1] - 1]`. Returns, for each vertex, the
 * id of its component (0..count-1) and the size of each component. Two vertices
 * share a component exactly when each can reach the other, so every directed
 * cycle lies inside one component.
 *
 * Tarjan, "Depth-first search and linear graph algorithms" (SIAM J. Comput. 1972),
 * written with explicit stacks so that long chains cannot overflow the call
 * stack. O(size + edges) time. Component ids come out in reverse topological
 * order of the condensation.
 */

export interface Components {
  /** Component id of each vertex. */
  readonly component: Int32Array;
  /** Number of vertices in each component. */
  readonly sizes: Int32Array;
  readonly count: number;
}

export function stronglyConnectedComponents(
  size: number,
  outStart: Int32Array,
  outTarget: Int32Array,
): Components {
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`stronglyConnectedComponents: size must be a non-negative integer`);
  if (outStart.length !== size + 1)
    throw new Error(`stronglyConnectedComponents: outStart must have size + 1 entries`);

  const order = new Int32Array(size).fill(-1); // discovery index, -1 = unvisited
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callVertex = new Int32Array(size);
  const callEdge = new Int32Array(size);
  const component = new Int32Array(size);
  const sizes: number[] = [];
  let sp = 0;
  let counter = 0;
  let count = 0;

  for (let root = 0; root < size; root++) {
    if (order[root] !== -1) continue;
    let cp = 0;
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callVertex[cp] = root;
    callEdge[cp++] = outStart[root] ?? 0;

    while (cp > 0) {
      const v = callVertex[cp - 1] ?? 0;
      const e = callEdge[cp - 1] ?? 0;
      if (e < (outStart[v + 1] ?? 0)) {
        callEdge[cp - 1] = e + 1;
        const w = outTarget[e] ?? 0;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callVertex[cp] = w;
          callEdge[cp++] = outStart[w] ?? 0;
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        }
        continue;
      }
      cp--;
      if (low[v] === order[v]) {
        let members = 0;
        let w: number;
        do {
          w = stack[--sp] ?? v;
          onStack[w] = 0;
          component[w] = count;
          members++;
        } while (w !== v);
        sizes.push(members);
        count++;
      }
      if (cp > 0) {
        const parent = callVertex[cp - 1] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      }
    }
  }
  return { component, sizes: Int32Array.from(sizes), count };
}
