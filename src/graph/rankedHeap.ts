/**
 * A bounded "keep the best K" store for search results, in vertex form.
 *
 * Contract: results are ordered by `compareRanked` (negative = ranks first), a
 * total order; the heap keeps its worst member on top, so a search can test a
 * new result — or a whole branch — against `top` in O(1) and swap it in in
 * O(log K). A result's vertices and edges are copied into one growing arena, in
 * a fixed-size slot per result; swapping a result in reuses the slot (and the
 * record) of the one it evicts, so a full heap allocates nothing.
 *
 * Orders (ties fall through left to right):
 * - `loop`: dollars (more first; UNKNOWN_VALUE below every figure), fewer
 *   companies, earlier date, ids in string order (via idRank);
 * - `path`: fewer companies, dollars, earlier date, ids.
 */
import { at } from './at';

export type Order = 'loop' | 'path';

/** One held result. Records are reused: read them, do not keep them. */
export interface Ranked {
  /** Smallest hop value (usd, or UNKNOWN_VALUE). */
  value: number;
  /** Number of companies. */
  length: number;
  /** Rank of the latest hop date. */
  closed: number;
  /** Number of hops. */
  hops: number;
  /** Vertices at arena[start ..], then edges at arena[start + stride / 2 ..]. */
  start: number;
}

export class WorstFirstHeap {
  readonly items: Ranked[] = [];
  /** Vertices and edges of every held result; see Ranked.start. */
  arena: Int32Array;
  private readonly half: number;
  private readonly order: Order;
  private readonly idRank: Int32Array;

  /** `maxHops`: the most vertices or edges a result can have. */
  constructor(order: Order, idRank: Int32Array, maxHops: number) {
    this.order = order;
    this.idRank = idRank;
    this.half = maxHops;
    this.arena = new Int32Array(2 * maxHops * 16);
  }

  get size(): number {
    return this.items.length;
  }

  /** The worst result held; only call when size > 0. */
  get top(): Ranked {
    return at(this.items, 0, 'WorstFirstHeap.top');
  }

  /** Compares a result given by parts (vertices `verts[0 .. length-1]`) with a held one. */
  compareWith(value: number, length: number, closed: number, verts: Int32Array, b: Ranked): number {
    return this.compareParts(value, length, closed, verts, 0, b);
  }

  compare(a: Ranked, b: Ranked): number {
    return this.compareParts(a.value, a.length, a.closed, this.arena, a.start, b);
  }

  private compareParts(
    value: number,
    length: number,
    closed: number,
    verts: Int32Array,
    from: number,
    b: Ranked,
  ): number {
    if (this.order === 'loop') {
      if (value !== b.value) return value > b.value ? -1 : 1;
      if (length !== b.length) return length - b.length;
    } else {
      if (length !== b.length) return length - b.length;
      if (value !== b.value) return value > b.value ? -1 : 1;
    }
    if (closed !== b.closed) return closed - b.closed;
    const { idRank, arena } = this;
    for (let i = 0; i < length; i++) {
      const d = (idRank[verts[from + i] ?? 0] ?? 0) - (idRank[arena[b.start + i] ?? 0] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }

  private write(
    r: Ranked,
    value: number,
    length: number,
    closed: number,
    verts: Int32Array,
    edges: Int32Array,
    hops: number,
  ): void {
    r.value = value;
    r.length = length;
    r.closed = closed;
    r.hops = hops;
    const { arena, half } = this;
    for (let i = 0; i < length; i++) arena[r.start + i] = verts[i] ?? 0;
    for (let i = 0; i < hops; i++) arena[r.start + half + i] = edges[i] ?? 0;
  }

  /** Adds a result: vertices verts[0 .. length-1], edges edges[0 .. hops-1]. */
  push(
    value: number,
    length: number,
    closed: number,
    verts: Int32Array,
    edges: Int32Array,
    hops: number,
  ): void {
    const items = this.items;
    const start = items.length * 2 * this.half;
    if (start + 2 * this.half > this.arena.length) {
      const grown = new Int32Array(this.arena.length * 2);
      grown.set(this.arena);
      this.arena = grown;
    }
    const item: Ranked = { value: 0, length: 0, closed: 0, hops: 0, start };
    this.write(item, value, length, closed, verts, edges, hops);
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = at(items, parent, 'WorstFirstHeap.push');
      if (this.compare(above, item) >= 0) break;
      items[i] = above;
      i = parent;
    }
    items[i] = item;
  }

  /** Replaces the worst result (which the new one must rank before), reusing its slot. */
  replaceTop(
    value: number,
    length: number,
    closed: number,
    verts: Int32Array,
    edges: Int32Array,
    hops: number,
  ): void {
    const items = this.items;
    const item = this.top;
    this.write(item, value, length, closed, verts, edges, hops);
    const n = items.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let below = at(items, child, 'WorstFirstHeap.replaceTop');
      if (child + 1 < n) {
        const right = at(items, child + 1, 'WorstFirstHeap.replaceTop');
        if (this.compare(right, below) > 0) {
          child++;
          below = right;
        }
      }
      if (this.compare(below, item) <= 0) break;
      items[i] = below;
      i = child;
    }
    items[i] = item;
  }

  /** Vertex `i` of a held result. */
  vertex(r: Ranked, i: number): number {
    return this.arena[r.start + i] ?? 0;
  }

  /** Where a held result's edges start in `arena`. */
  edgesAt(r: Ranked): number {
    return r.start + this.half;
  }

  /** Edge `i` of a held result. */
  edge(r: Ranked, i: number): number {
    return this.arena[r.start + this.half + i] ?? 0;
  }

  clear(): void {
    this.items.length = 0;
  }

  /** The held results, best first. */
  sorted(): Ranked[] {
    // The first keys inline: most pairs differ in dollars, and this sort is a
    // good part of a large search's time.
    const loop = this.order === 'loop';
    return [...this.items].sort((a, b) => {
      if (loop) {
        if (a.value !== b.value) return a.value > b.value ? -1 : 1;
      } else if (a.length !== b.length) return a.length - b.length;
      return this.compare(a, b);
    });
  }
}
