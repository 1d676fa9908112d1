import { describe, expect, it } from 'vitest';
import { nearestSnap, PEEK_PX, snapHeight, stepSnap } from './sheetGeometry';

describe('the bottom sheet snaps', () => {
  const available = 700;
  it('rests at peek, half and full', () => {
    expect(snapHeight('peek', available)).toBe(PEEK_PX);
    expect(snapHeight('half', available)).toBe(350);
    expect(snapHeight('full', available)).toBe(700);
    // A tiny box never gets a peek taller than itself.
    expect(snapHeight('peek', 80)).toBe(80);
  });
  it('drops a dragged sheet at the nearest height', () => {
    expect(nearestSnap(130, available)).toBe('peek');
    expect(nearestSnap(300, available)).toBe('half');
    expect(nearestSnap(560, available)).toBe('full');
  });
  it('a flick goes one step further, only in the direction it moved', () => {
    expect(nearestSnap(380, available, 1.2)).toBe('full');
    expect(nearestSnap(320, available, -1.2)).toBe('peek');
    // Moving down but flicking up (a jitter) stays put.
    expect(nearestSnap(320, available, 1.2)).toBe('half');
  });
  it('steps with the arrow keys and stops at the ends', () => {
    expect(stepSnap('peek', 1)).toBe('half');
    expect(stepSnap('full', 1)).toBe('full');
    expect(stepSnap('peek', -1)).toBe('peek');
  });
});
