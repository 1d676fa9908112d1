import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, difference, lab, over, simulate } from './colourVision';

describe('colour arithmetic', () => {
  it('WCAG contrast: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
  it('CIEDE2000 matches Sharma, Wu and Dalal’s test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(deltaE2000([22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619])).toBeCloseTo(
      2.0373,
      3,
    );
  });
  it('Lab of white is L 100, of black L 0', () => {
    expect(lab(simulate('#ffffff', 'normal'))[0]).toBeCloseTo(100, 1);
    expect(lab(simulate('#000000', 'normal'))[0]).toBeCloseTo(0, 5);
  });
  it('red and green collapse for deuteranopia but not for normal vision', () => {
    expect(difference('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(40);
    expect(difference('#d62728', '#2ca02c', 'deutan')).toBeLessThan(
      difference('#d62728', '#2ca02c', 'normal') / 2,
    );
    // Greys look the same to everyone.
    expect(difference('#808080', '#808080', 'tritan')).toBe(0);
  });
  it('blends a colour over a background', () => {
    expect(over('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(over('#123456', 1, '#ffffff')).toBe('#123456');
  });
});
