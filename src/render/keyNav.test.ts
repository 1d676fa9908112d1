import { describe, expect, it } from 'vitest';
import { directionOf, nearestInDirection, readingEnd, readingOrder, type Point } from './keyNav';

const P = (x: number, y: number): Point => ({ x, y });

describe('nearestInDirection', () => {
  // A plus sign around the centre (index 0), one step of 100 px each way.
  const plus = [P(0, 0), P(100, 0), P(-100, 0), P(0, -100), P(0, 100)];

  it('goes to the company straight ahead in each direction', () => {
    expect(nearestInDirection(plus, 0, 'right')).toBe(1);
    expect(nearestInDirection(plus, 0, 'left')).toBe(2);
    expect(nearestInDirection(plus, 0, 'up')).toBe(3);
    expect(nearestInDirection(plus, 0, 'down')).toBe(4);
  });

  it('stays put when nothing lies ahead', () => {
    expect(nearestInDirection(plus, 1, 'right')).toBe(1);
    expect(nearestInDirection(plus, 3, 'up')).toBe(3);
    expect(nearestInDirection([P(5, 5)], 0, 'left')).toBe(0);
    expect(nearestInDirection([], 0, 'left')).toBe(0);
  });

  it('never moves to a company exactly level with it (not "to the right")', () => {
    const pts = [P(0, 0), P(0, 80)];
    expect(nearestInDirection(pts, 0, 'right')).toBe(0);
    expect(nearestInDirection(pts, 0, 'left')).toBe(0);
    expect(nearestInDirection(pts, 0, 'down')).toBe(1);
  });

  it('prefers a company on the axis to a nearer one far off it', () => {
    // 1 is nearer (about 71 px) but 45° off; 2 is 120 px straight ahead.
    const pts = [P(0, 0), P(50, 50), P(120, 0)];
    expect(nearestInDirection(pts, 0, 'right')).toBe(2);
  });

  it('weights sideways distance: a slightly farther company on the axis wins', () => {
    // 1: along 100, across 30 → 160; 2: along 130, across 0 → 130.
    const pts = [P(0, 0), P(100, 30), P(130, 0)];
    expect(nearestInDirection(pts, 0, 'right')).toBe(2);
    // …but a much nearer one slightly off the axis still wins.
    const near = [P(0, 0), P(40, 10), P(130, 0)];
    expect(nearestInDirection(near, 0, 'right')).toBe(1);
  });

  it('keeps to the 45° cone, and uses the half-plane only when the cone is empty', () => {
    // 1 is ahead in the cone but far; 2 is near but outside the cone (60° off).
    const pts = [P(0, 0), P(300, 100), P(30, 52)];
    expect(nearestInDirection(pts, 0, 'right')).toBe(1);
    // With only the off-cone company ahead, it is still reached.
    expect(nearestInDirection([P(0, 0), P(30, 52)], 0, 'right')).toBe(1);
    // Behind is never a candidate.
    expect(nearestInDirection([P(0, 0), P(-30, 52)], 0, 'right')).toBe(0);
  });

  it('breaks ties by distance, then by the lower index', () => {
    // Mirror images above and below the axis: same score and distance → lower index.
    const pts = [P(0, 0), P(100, -20), P(100, 20)];
    expect(nearestInDirection(pts, 0, 'right')).toBe(1);
    const swapped = [P(0, 0), P(100, 20), P(100, -20)];
    expect(nearestInDirection(swapped, 0, 'right')).toBe(1);
    // Same score (along + 2 × across = 100), different distance: the nearer wins.
    const scored = [P(0, 0), P(60, 20), P(100, 0)];
    expect(nearestInDirection(scored, 0, 'right')).toBe(1);
  });

  it('skips companies with no position, and stays when the origin has none', () => {
    const pts = [P(0, 0), null, P(200, 0)];
    expect(nearestInDirection(pts, 0, 'right')).toBe(2);
    expect(nearestInDirection([null, P(10, 0)], 0, 'right')).toBe(0);
  });

  it('uses screen coordinates: up is smaller y', () => {
    const pts = [P(0, 0), P(0, 50), P(0, -50)];
    expect(nearestInDirection(pts, 0, 'up')).toBe(2);
    expect(nearestInDirection(pts, 0, 'down')).toBe(1);
  });

  it('walks a row left to right and back again', () => {
    const row = [P(300, 0), P(0, 3), P(200, -4), P(100, 2)];
    const walk: number[] = [1];
    for (let k = 0; k < 4; k++)
      walk.push(nearestInDirection(row, walk[walk.length - 1] ?? 0, 'right'));
    expect(walk).toEqual([1, 3, 2, 0, 0]);
    expect(nearestInDirection(row, 0, 'left')).toBe(2);
  });
});

describe('readingOrder', () => {
  it('reads rows top to bottom, each left to right', () => {
    const pts = [P(200, 100), P(0, 0), P(100, 100), P(100, 0), P(50, 200)];
    expect(readingOrder(pts)).toEqual([1, 3, 2, 0, 4]);
  });

  it('keeps companies a few pixels apart vertically in one row', () => {
    // 0 sits 10 px lower than 1 but to its left: same row, so it comes first.
    const pts = [P(0, 10), P(100, 0), P(50, 60)];
    expect(readingOrder(pts)).toEqual([0, 1, 2]);
    // With no tolerance, the row splits by y.
    expect(readingOrder(pts, 0)).toEqual([1, 0, 2]);
  });

  it('leaves out companies with no point and is deterministic on ties', () => {
    const pts = [P(10, 10), null, P(10, 10), P(0, 10)];
    expect(readingOrder(pts)).toEqual([3, 0, 2]);
  });

  it('Home and End are the first and last in reading order', () => {
    const pts = [P(200, 100), P(0, 0), P(100, 100), P(100, 0), P(50, 200)];
    expect(readingEnd(pts, 'first')).toBe(1);
    expect(readingEnd(pts, 'last')).toBe(4);
    expect(readingEnd([], 'first')).toBe(-1);
    expect(readingEnd([null], 'last')).toBe(-1);
  });
});

describe('directionOf', () => {
  it('maps the four arrows and nothing else', () => {
    expect(directionOf('ArrowLeft')).toBe('left');
    expect(directionOf('ArrowRight')).toBe('right');
    expect(directionOf('ArrowUp')).toBe('up');
    expect(directionOf('ArrowDown')).toBe('down');
    expect(directionOf('Enter')).toBeNull();
    expect(directionOf('d')).toBeNull();
  });
});
