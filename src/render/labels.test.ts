/**
 * Label placement as a reader sees it: no label covers another label or a
 * company's circle, selected companies are always named, and when room runs
 * out the biggest companies keep their names.
 */
import { describe, expect, it } from 'vitest';
import { lcg } from '../layout/random';
import { labelBox, placeLabels, type LabelItem, type LabelSpot } from './labels';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const nodeBox = (i: LabelItem): Box => ({
  x0: i.x - i.r,
  y0: i.y - i.r,
  x1: i.x + i.r,
  y1: i.y + i.r,
});

/** A crowded, seeded scatter of companies of different sizes and name lengths. */
function scatter(count: number, seed: number, size = 600): LabelItem[] {
  const random = lcg(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    x: random() * size,
    y: random() * size,
    r: 7 + random() * 20,
    width: 30 + random() * 70,
    height: 14,
    priority: random() * 1000,
  }));
}

function placedBoxes(items: readonly LabelItem[], spots: Map<string, LabelSpot | null>) {
  const boxes: { id: string; box: Box }[] = [];
  for (const item of items) {
    const spot = spots.get(item.id);
    if (spot) boxes.push({ id: item.id, box: labelBox(item, spot) });
  }
  return boxes;
}

describe('placeLabels', () => {
  it.each([1, 2, 3])('places no label over another label or over a node (seed %d)', (seed) => {
    const items = scatter(60, seed);
    const spots = placeLabels(items);
    const boxes = placedBoxes(items, spots);
    // Crowded enough that some labels must be hidden, roomy enough that many fit.
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.length).toBeLessThan(items.length);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i];
        const q = boxes[j];
        if (p && q) expect(overlaps(p.box, q.box), `${p.id} / ${q.id}`).toBe(false);
      }
    for (const { id, box } of boxes)
      for (const item of items)
        expect(overlaps(box, nodeBox(item)), `${id} on ${item.id}`).toBe(false);
  });

  it('answers for every item, null when hidden', () => {
    const items = scatter(60, 1);
    const spots = placeLabels(items);
    expect([...spots.keys()].sort()).toEqual(items.map((i) => i.id).sort());
    expect([...spots.values()]).toContain(null);
  });

  it('puts a label below its node when there is room', () => {
    const spots = placeLabels([
      { id: 'openai', x: 0, y: 0, r: 30, width: 50, height: 14, priority: 1 },
    ]);
    expect(spots.get('openai')).toBe('below');
  });

  // Five companies at one spot: four label sides, so exactly one is left out.
  const stack = (priorities: number[], force: Partial<Record<number, boolean>> = {}) =>
    priorities.map((priority, i): LabelItem => ({
      id: `p${priority}`,
      x: 100,
      y: 100,
      r: 10,
      width: 40,
      height: 10,
      priority,
      ...(force[priority] ? { force: true } : {}),
    }));

  it('gives the free spots to the highest priorities, whatever the input order', () => {
    const spots = placeLabels(stack([3, 5, 1, 4, 2]));
    expect(spots.get('p5')).toBe('below');
    expect(spots.get('p4')).toBe('above');
    expect(spots.get('p3')).toBe('right');
    expect(spots.get('p2')).toBe('left');
    expect(spots.get('p1')).toBeNull();
  });

  it('always shows a forced label, even of the lowest priority', () => {
    const spots = placeLabels(stack([3, 5, 1, 4, 2], { 1: true }));
    expect(spots.get('p1')).toBe('below');
    expect(spots.get('p2')).toBeNull();
  });

  it('shows forced labels even where there is no room', () => {
    // Six forced labels at one spot: only four sides, but all six are shown.
    const spots = placeLabels(
      stack([1, 2, 3, 4, 5, 6], { 1: true, 2: true, 3: true, 4: true, 5: true, 6: true }),
    );
    for (const spot of spots.values()) expect(spot).not.toBeNull();
  });

  it('hides a label that would cover a neighbouring node on every side', () => {
    const centre: LabelItem = { id: 'small', x: 0, y: 0, r: 5, width: 60, height: 12, priority: 0 };
    const ring = [
      { x: 0, y: 30 },
      { x: 0, y: -30 },
      { x: 45, y: 0 },
      { x: -45, y: 0 },
    ].map((p, i): LabelItem => ({ id: `big${i}`, ...p, r: 20, width: 1, height: 1, priority: 10 }));
    expect(placeLabels([centre, ...ring]).get('small')).toBeNull();
  });

  it('returns an empty map for no items', () => {
    expect(placeLabels([]).size).toBe(0);
  });
});

describe('labelBox', () => {
  const item: LabelItem = { id: 'x', x: 50, y: 40, r: 10, width: 30, height: 12, priority: 0 };

  it('keeps every spot clear of its own node', () => {
    for (const spot of ['below', 'above', 'right', 'left'] as const)
      expect(overlaps(labelBox(item, spot), nodeBox(item)), spot).toBe(false);
  });

  it('centres a label below or above its node, and beside it vertically', () => {
    const below = labelBox(item, 'below');
    expect((below.x0 + below.x1) / 2).toBe(50);
    expect(below.y0).toBeGreaterThan(50);
    const above = labelBox(item, 'above');
    expect(above.y1).toBeLessThan(30);
    const right = labelBox(item, 'right');
    expect((right.y0 + right.y1) / 2).toBe(40);
    expect(right.x1 - right.x0).toBe(30);
  });
});
