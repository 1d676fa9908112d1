/**
 * Label placement: biggest companies first, each label tries below, above, right
 * and left of its node and takes the first spot that overlaps no placed label
 * and no node; if none is free it is hidden (the name still shows on hover and
 * focus, and in the accessible name). Runs in screen space once per settled
 * view, not per frame, on the companies that are visible.
 *
 * Placed labels and nodes are kept in uniform grids (boxGrid, circleIndex), so
 * each candidate spot is checked against its neighbours only, not every label.
 */

export type LabelSpot =
  | 'below'
  | 'above'
  | 'right'
  | 'left'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left';

export interface LabelItem {
  readonly id: string;
  /** Node centre and radius, in screen pixels. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Label box size, in screen pixels. */
  readonly width: number;
  readonly height: number;
  /** Higher goes first. */
  readonly priority: number;
  /** Always shown (selected or highlighted companies). */
  readonly force?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Where labels and dollars may go (screen pixels): inside the visible box, and
 * clear of what lies over the map there (`covers`: the opening's card, a
 * chapter, the zoom buttons), so no name is half hidden under a card.
 */
export interface LabelViewport {
  readonly width: number;
  readonly height: number;
  readonly covers?: readonly Box[];
}

/** Whether a box lies inside the visible box, 2 px in from its edges (covers are checked apart). */
export function insideViewport(b: Box, viewport?: LabelViewport): boolean {
  return (
    !viewport ||
    (b.x0 >= 2 && b.y0 >= 2 && b.x1 <= viewport.width - 2 && b.y1 <= viewport.height - 2)
  );
}

/** Whether two lists hold the same boxes, in the same order. */
export const sameBoxes = (a: readonly Box[], b: readonly Box[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i];
    return !!y && x.x0 === y.x0 && x.y0 === y.y0 && x.x1 === y.x1 && x.y1 === y.y1;
  });

const GAP = 3;
/** cos 45°, plus a hair of clearance. */
const D = 0.75;

export function labelBox(item: LabelItem, spot: LabelSpot): Box {
  const { x, y, r, width: w, height: h } = item;
  switch (spot) {
    case 'below':
      return { x0: x - w / 2, y0: y + r + GAP, x1: x + w / 2, y1: y + r + GAP + h };
    case 'above':
      return { x0: x - w / 2, y0: y - r - GAP - h, x1: x + w / 2, y1: y - r - GAP };
    case 'right':
      return { x0: x + r + GAP, y0: y - h / 2, x1: x + r + GAP + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - r - GAP - w, y0: y - h / 2, x1: x - r - GAP, y1: y + h / 2 };
    // Diagonals start at the circle's 45° point, so the label still touches its node.
    case 'below-right':
      return { x0: x + r * D, y0: y + r * D, x1: x + r * D + w, y1: y + r * D + h };
    case 'below-left':
      return { x0: x - r * D - w, y0: y + r * D, x1: x - r * D, y1: y + r * D + h };
    case 'above-right':
      return { x0: x + r * D, y0: y - r * D - h, x1: x + r * D + w, y1: y - r * D };
    case 'above-left':
      return { x0: x - r * D - w, y0: y - r * D - h, x1: x - r * D, y1: y - r * D };
  }
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function hitsCircle(b: Box, c: { x: number; y: number; r: number }): boolean {
  const dx = c.x - Math.max(b.x0, Math.min(c.x, b.x1));
  const dy = c.y - Math.max(b.y0, Math.min(c.y, b.y1));
  return dx * dx + dy * dy < c.r * c.r;
}

const SPOTS: readonly LabelSpot[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];

/**
 * At most this many labels are tried (the forced ones always are): a screen
 * has room for a few hundred, and trying every one of 1,000 visible companies
 * made a settle's placement a 60 ms task on the reference machine.
 */
export const LABELS_TRIED = 400;

/** Labels must also fit inside the visible box and clear of its covers, when given. */
export function placeLabels(
  items: readonly LabelItem[],
  viewport?: LabelViewport,
  limit = LABELS_TRIED,
): Map<string, LabelSpot | null> {
  const order = [...items].sort(
    (a, b) => Number(b.force ?? false) - Number(a.force ?? false) || b.priority - a.priority,
  );
  const circles = circleIndex(items);
  const placed = boxGrid();
  const covers = viewport?.covers ?? [];
  // A cover is a placed box no label may overlap (a forced one still shows, as when crowded).
  for (const cover of covers) placed.add(cover);
  const result = new Map<string, LabelSpot | null>();
  let tried = 0;
  // A company whose dot lies under a cover gets no label: a name beside a card with no dot to go with it.
  const underCover = (item: LabelItem) =>
    covers.some((c) => item.x >= c.x0 && item.x <= c.x1 && item.y >= c.y0 && item.y <= c.y1);
  for (const item of order) {
    let chosen: LabelSpot | null = null;
    if (!item.force && (++tried > limit || underCover(item))) {
      result.set(item.id, null);
      continue;
    }
    for (const spot of SPOTS) {
      const box = labelBox(item, spot);
      if (!insideViewport(box, viewport)) continue;
      if (placed.overlaps(box)) continue;
      // Nodes are circles: a label may sit in the corner of a node's square.
      if (circles.hits(box)) continue;
      chosen = spot;
      placed.add(box);
      break;
    }
    if (!chosen && item.force) {
      chosen = 'below';
      placed.add(labelBox(item, chosen));
    }
    result.set(item.id, chosen);
  }
  return result;
}

/**
 * Placed boxes (labels, dollars), for "does this box overlap one of them?": a
 * uniform grid of cells about a label's height, each box listed in every cell
 * it covers. A placement asks this up to eight times per label; the quadtree
 * it replaced had to search as far as half the widest label, and at a
 * settle's first placement (cold code) that search was most of a 25–30 ms
 * task at 1,000 companies. Exact: the same answers as testing every box.
 */
export function boxGrid(size = 32): { add(box: Box): void; overlaps(box: Box): boolean } {
  const cells = new Map<number, Box[]>();
  // Columns and rows as one number (exact for any screen or export, |cell| < 2^20).
  const key = (c: number, r: number) => c * 2 ** 21 + r;
  const span = (a: number, b: number) => [Math.floor(a / size), Math.floor(b / size)] as const;
  // A box with no finite place (a degenerate view) would span endless cells.
  const finite = (b: Box) => Number.isFinite(b.x0 + b.x1 + b.y0 + b.y1);
  return {
    add(box) {
      if (!finite(box)) return;
      const [c0, c1] = span(box.x0, box.x1);
      const [r0, r1] = span(box.y0, box.y1);
      for (let c = c0; c <= c1; c++)
        for (let r = r0; r <= r1; r++) {
          const k = key(c, r);
          const list = cells.get(k);
          if (list) list.push(box);
          else cells.set(k, [box]);
        }
    },
    overlaps(box) {
      if (!finite(box)) return false;
      const [c0, c1] = span(box.x0, box.x1);
      const [r0, r1] = span(box.y0, box.y1);
      for (let c = c0; c <= c1; c++)
        for (let r = r0; r <= r1; r++) {
          const list = cells.get(key(c, r));
          if (list) for (const b of list) if (overlaps(b, box)) return true;
        }
      return false;
    },
  };
}

/**
 * Nodes as circles, for "does this box touch a node?": a uniform grid of
 * 24 px cells, each circle listed in every cell its square covers, so a label's
 * box tests only the circles of the few cells it covers. A quadtree search has
 * to reach as far as the biggest radius, and on a dense map of 5,000 companies
 * one hub's radius made each search visit hundreds of dots (most of a
 * selection's 40 ms of placement). Exact: the same answers as testing every
 * circle.
 */
export function circleIndex(nodes: readonly { x: number; y: number; r: number }[]): {
  hits(box: Box): boolean;
} {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  if (!(x1 >= x0 && y1 >= y0)) return { hits: () => false };
  // Cells of 24 px, coarser when the nodes spread far (a zoomed-in view's
  // off-screen nodes are not listed, but an export's may be): at most ~1M cells.
  const size = Math.max(24, Math.sqrt(((x1 - x0) * (y1 - y0)) / 1e6));
  const nx = Math.floor((x1 - x0) / size) + 1;
  const ny = Math.floor((y1 - y0) / size) + 1;
  const col = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - x0) / size)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - y0) / size)));
  // Compressed lists: a count per cell, then offsets, then the circles' indexes.
  const start = new Int32Array(nx * ny + 1);
  const each = (n: { x: number; y: number; r: number }, visit: (cell: number) => void) => {
    const c0 = col(n.x - n.r);
    const c1 = col(n.x + n.r);
    const r1 = row(n.y + n.r);
    for (let r = row(n.y - n.r); r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * nx + c);
  };
  // (Typed arrays read 0 past their end, never undefined: `?? 0` only calms the types.)
  const at = (a: Int32Array, i: number) => a[i] ?? 0;
  for (const n of nodes) each(n, (cell) => (start[cell + 1] = at(start, cell + 1) + 1));
  for (let i = 0; i < nx * ny; i++) start[i + 1] = at(start, i + 1) + at(start, i);
  const fill = start.slice(0, nx * ny);
  const listed = new Int32Array(at(start, nx * ny));
  nodes.forEach((n, i) =>
    each(n, (cell) => {
      listed[at(fill, cell)] = i;
      fill[cell] = at(fill, cell) + 1;
    }),
  );
  return {
    hits(box) {
      if (box.x1 < x0 || box.x0 > x1 || box.y1 < y0 || box.y0 > y1) return false;
      const c0 = col(box.x0);
      const c1 = col(box.x1);
      const r1 = row(box.y1);
      for (let r = row(box.y0); r <= r1; r++)
        for (let c = c0; c <= c1; c++) {
          const cell = r * nx + c;
          for (let k = at(start, cell), end = at(start, cell + 1); k < end; k++) {
            const n = nodes[at(listed, k)];
            if (n && hitsCircle(box, n)) return true;
          }
        }
      return false;
    },
  };
}
