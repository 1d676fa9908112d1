// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyEarlyTheme, applyTheme } from './theme';

describe('the early theme', () => {
  it('puts the address’s theme on the page before the app runs, auto otherwise', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    applyEarlyTheme('?data=x&theme=Dark', [a, null, b]);
    expect(a.dataset.theme).toBe('dark');
    expect(b.dataset.theme).toBe('dark');
    // Anything else is auto: here (no dark system setting) light.
    applyEarlyTheme('?theme=<b>', [a]);
    expect(a.dataset.theme).toBe('light');
    // The app's own choice replaces it.
    applyTheme(a, 'dark');
    expect(a.dataset.theme).toBe('dark');
  });
});
