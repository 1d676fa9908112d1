/**
 * Edge geometry as a reader sees it: parallel deals never lie on top of each
 * other, money going both ways takes two sides, and every curve leaves its
 * source circle and ends with an arrow touching its target.
 */
import { describe, expect, it } from 'vitest';
import { edgeOffsets, edgePath, type Circle, type EdgeInput } from './edgeGeometry';

interface Pt {
  x: number;
  y: number;
}

const NUM = String.raw`(-?\d+(?:\.\d+)?)`;

/** The points of a path string `M…L…` / `M…Q… …` / arrow `M…L…L…Z`, in order. */
function points(d: string): Pt[] {
  const out: Pt[] = [];
  for (const m of d.matchAll(new RegExp(`${NUM},${NUM}`, 'g')))
    out.push({ x: Number(m[1]), y: Number(m[2]) });
  return out;
}

function first(d: string): Pt {
  const p = points(d)[0];
  if (!p) throw new Error(`no point in "${d}"`);
  return p;
}

const dist = (p: Pt, q: Pt) => Math.hypot(p.x - q.x, p.y - q.y);

/** Signed distance of p from the line a→b: positive on one side, negative on the other. */
function side(a: Pt, b: Pt, p: Pt): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return (dx * (p.y - a.y) - dy * (p.x - a.x)) / Math.hypot(dx, dy);
}

function offsetOf(offsets: Map<string, number>, id: string): number {
  const o = offsets.get(id);
  if (o === undefined) throw new Error(`no offset for ${id}`);
  return o;
}

const deal = (id: string, from: string, to: string, width: number): EdgeInput => ({
  id,
  from,
  to,
  width,
});

/** Checks that, ordered by offset, neighbours are at least half their widths apart. */
function expectNoOverlap(edges: readonly EdgeInput[], offsetOfEdge: (e: EdgeInput) => number) {
  const sorted = [...edges].sort((p, q) => offsetOfEdge(p) - offsetOfEdge(q));
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i - 1];
    const q = sorted[i];
    if (!p || !q) continue;
    expect(offsetOfEdge(q) - offsetOfEdge(p), `${p.id} / ${q.id}`).toBeGreaterThanOrEqual(
      (p.width + q.width) / 2,
    );
  }
}

describe('edgeOffsets', () => {
  it('leaves a lone deal straight', () => {
    expect(edgeOffsets([deal('d', 'openai', 'oracle', 6)]).get('d')).toBe(0);
  });

  it('spreads equal deals in one direction symmetrically about the straight line', () => {
    const edges = ['a', 'b', 'c', 'd'].map((id) => deal(id, 'microsoft', 'openai', 4));
    const offsets = edgeOffsets(edges);
    const values = edges.map((e) => offsetOf(offsets, e.id)).sort((p, q) => p - q);
    expect(values.map((v) => -v).reverse()).toEqual(values);
    expect(new Set(values).size).toBe(4);
    expectNoOverlap(edges, (e) => offsetOf(offsets, e.id));
  });

  it('centres a fan of unequal widths and keeps them apart', () => {
    const edges = [
      deal('big', 'nvidia', 'openai', 11),
      deal('thin', 'nvidia', 'openai', 1.25),
      deal('mid', 'nvidia', 'openai', 6),
    ];
    const offsets = edgeOffsets(edges);
    const lo = Math.min(...edges.map((e) => offsetOf(offsets, e.id) - e.width / 2));
    const hi = Math.max(...edges.map((e) => offsetOf(offsets, e.id) + e.width / 2));
    expect(lo).toBeCloseTo(-hi, 10);
    expectNoOverlap(edges, (e) => offsetOf(offsets, e.id));
  });

  it('keeps a gap between strokes', () => {
    const offsets = edgeOffsets([deal('a', 'x', 'y', 2), deal('b', 'x', 'y', 2)], 5);
    expect(offsetOf(offsets, 'b') - offsetOf(offsets, 'a')).toBe(2 + 5);
  });

  it('treats each pair of companies on its own', () => {
    const offsets = edgeOffsets([
      deal('ab1', 'a', 'b', 3),
      deal('ab2', 'a', 'b', 3),
      deal('ac', 'a', 'c', 3),
    ]);
    expect(offsets.get('ac')).toBe(0);
    expect(offsets.get('ab1')).not.toBe(0);
  });

  it('gives every deal between two companies an offset when money goes both ways', () => {
    const offsets = edgeOffsets([deal('ab', 'a', 'b', 3), deal('ba', 'b', 'a', 3)]);
    expect(Math.abs(offsetOf(offsets, 'ab'))).toBeGreaterThan(0);
    expect(Math.abs(offsetOf(offsets, 'ba'))).toBeGreaterThan(0);
  });
});

describe('edgePath with the offsets', () => {
  const a: Circle = { x: 0, y: 0, r: 20 };
  const b: Circle = { x: 300, y: 100, r: 15 };
  const circles: Record<string, Circle> = { a, b };
  const circle = (id: string): Circle => {
    const c = circles[id];
    if (!c) throw new Error(id);
    return c;
  };
  const midOf = (e: EdgeInput, offset: number) =>
    edgePath(circle(e.from), circle(e.to), offset, 8, 6).mid;

  it('puts the two directions on opposite sides of the line between the companies', () => {
    const edges = [
      deal('ab1', 'a', 'b', 4),
      deal('ba1', 'b', 'a', 9),
      deal('ab2', 'a', 'b', 2),
      deal('ba2', 'b', 'a', 1.25),
    ];
    const offsets = edgeOffsets(edges);
    const sideOf = (e: EdgeInput) => side(a, b, midOf(e, offsetOf(offsets, e.id)));
    const ab = edges.filter((e) => e.from === 'a').map(sideOf);
    const ba = edges.filter((e) => e.from === 'b').map(sideOf);
    const abSign = Math.sign(ab[0] ?? 0);
    expect(abSign).not.toBe(0);
    for (const s of ab) expect(Math.sign(s)).toBe(abSign);
    for (const s of ba) expect(Math.sign(s)).toBe(-abSign);
  });

  it('draws no two curves of a both-ways pair on top of each other', () => {
    const edges = [
      deal('ab1', 'a', 'b', 4),
      deal('ab2', 'a', 'b', 11),
      deal('ba1', 'b', 'a', 6),
      deal('ba2', 'b', 'a', 1.25),
    ];
    const offsets = edgeOffsets(edges);
    expectNoOverlap(edges, (e) => side(a, b, midOf(e, offsetOf(offsets, e.id))));
  });

  it('draws no two curves of a one-way fan on top of each other', () => {
    const edges = [6, 1.25, 11, 3, 1.5].map((w, i) => deal(`ab${i}`, 'a', 'b', w));
    const offsets = edgeOffsets(edges);
    expectNoOverlap(edges, (e) => side(a, b, midOf(e, offsetOf(offsets, e.id))));
  });
});

describe('edgePath', () => {
  const a: Circle = { x: -40, y: 30, r: 24 };
  const b: Circle = { x: 210, y: -60, r: 12 };

  it.each([0, 9, -9, 30])('starts on the source circle (offset %d)', (offset) => {
    const { d } = edgePath(a, b, offset, 8, 6);
    expect(Math.abs(dist(first(d), a) - a.r)).toBeLessThan(0.1);
  });

  it.each([0, 9, -9, 30])(
    'ends with an arrow whose tip touches the target circle (offset %d)',
    (offset) => {
      const { arrow } = edgePath(a, b, offset, 8, 6);
      expect(Math.abs(dist(first(arrow), b) - b.r)).toBeLessThanOrEqual(1.5);
    },
  );

  it('points the arrow at the target', () => {
    const { arrow } = edgePath(a, b, 9, 8, 6);
    const [tip, left, right] = points(arrow);
    if (!tip || !left || !right) throw new Error(arrow);
    expect(dist(tip, b)).toBeLessThan(dist(left, b));
    expect(dist(tip, b)).toBeLessThan(dist(right, b));
    // The base is arrowWidth wide.
    expect(dist(left, right)).toBeCloseTo(6, 0);
  });

  it('ends the stroke inside the arrowhead, not past its tip', () => {
    const { d, arrow } = edgePath(a, b, 0, 8, 6);
    const end = points(d).at(-1);
    if (!end) throw new Error(d);
    expect(dist(end, b)).toBeGreaterThan(dist(first(arrow), b));
  });

  it('is a straight line when the offset is 0', () => {
    const { d, mid } = edgePath(a, b, 0, 8, 6);
    expect(d).toMatch(new RegExp(`^M${NUM},${NUM}L${NUM},${NUM}$`));
    for (const p of [...points(d), mid]) expect(Math.abs(side(a, b, p))).toBeLessThan(0.1);
  });

  it('is a curve bowing by about the offset otherwise', () => {
    const { d, mid } = edgePath(a, b, 15, 8, 6);
    expect(d).toContain('Q');
    const bow = Math.abs(side(a, b, mid));
    expect(bow).toBeGreaterThan(15);
    expect(bow).toBeLessThan(15 * 1.3);
  });

  it('bows to opposite sides for opposite offsets', () => {
    const left = side(a, b, edgePath(a, b, 12, 8, 6).mid);
    const right = side(a, b, edgePath(a, b, -12, 8, 6).mid);
    expect(Math.sign(left)).toBe(-Math.sign(right));
    expect(left).toBeCloseTo(-right, 5);
  });

  it('gives finite numbers for two companies at the same spot', () => {
    const { d, arrow, mid } = edgePath(a, { ...a }, 0, 8, 6);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(arrow).not.toMatch(/NaN|Infinity/);
    expect(Number.isFinite(mid.x) && Number.isFinite(mid.y)).toBe(true);
  });
});
