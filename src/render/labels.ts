/**
 * Label placement: biggest companies first, each label tries below, above, right
 * and left of its node and takes the first spot that overlaps no placed label
 * and no node; if none is free it is hidden (the name still shows on hover and
 * focus, and in the accessible name). Runs in screen space after a zoom ends,
 * not per frame.
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

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

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

/** Labels must also fit inside the visible box (screen pixels), when given. */
export function placeLabels(
  items: readonly LabelItem[],
  viewport?: { readonly width: number; readonly height: number },
): Map<string, LabelSpot | null> {
  const inside = (b: Box) =>
    !viewport ||
    (b.x0 >= 2 && b.y0 >= 2 && b.x1 <= viewport.width - 2 && b.y1 <= viewport.height - 2);

  const order = [...items].sort(
    (a, b) => Number(b.force ?? false) - Number(a.force ?? false) || b.priority - a.priority,
  );
  const placed: Box[] = [];
  const result = new Map<string, LabelSpot | null>();
  for (const item of order) {
    let chosen: LabelSpot | null = null;
    for (const spot of SPOTS) {
      const box = labelBox(item, spot);
      if (!inside(box)) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      // Nodes are circles: a label may sit in the corner of a node's square.
      if (items.some((n) => hitsCircle(box, n))) continue;
      chosen = spot;
      placed.push(box);
      break;
    }
    if (!chosen && item.force) {
      chosen = 'below';
      placed.push(labelBox(item, chosen));
    }
    result.set(item.id, chosen);
  }
  return result;
}
