// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createA11yLayer, FADES_SHOWN } from './a11yLayer';
import type { NodeStyle, SceneStyle } from './style';
import type { RenderScene } from './renderer';

const scene = (n: number): RenderScene => ({
  nodes: Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Company ${i}`,
    kind: 'other',
    r: 8,
    weight: 1,
    active: true,
  })) as unknown as RenderScene['nodes'],
  edges: [],
  slots: Int32Array.from({ length: n }, (_, i) => i),
  ends: new Int32Array(0),
});

const scaleOf = (parent: HTMLElement) =>
  Number(
    (parent.querySelector('.graph-a11y-scale') as HTMLElement).style.getPropertyValue('--k') || 1,
  );

/** One company selected (the first), its neighbour hot, every other one faded. */
const selection = (n: number): SceneStyle => ({
  focus: true,
  step: false,
  edges: [],
  edgeOrder: [],
  nodes: Array.from({ length: n }, (_, i): NodeStyle => ({
    hot: i === 1,
    dim: i > 1,
    selected: i === 0,
    current: false,
    ghost: i === n - 1,
    hovered: false,
    forceLabel: i < 2,
    labelPriority: 1,
  })),
});

describe('the accessible layer', () => {
  it('marks what the reader looks at on every map, and the fades only on a small one', () => {
    for (const n of [FADES_SHOWN, FADES_SHOWN + 1]) {
      const parent = document.createElement('div');
      const layer = createA11yLayer(parent);
      layer.setScene(scene(n));
      layer.setStyle(selection(n));
      const button = (i: number) => layer.button(`c${i}`) as HTMLElement;
      expect(button(0).classList.contains('is-selected')).toBe(true);
      expect(button(0).getAttribute('aria-pressed')).toBe('true');
      expect(button(1).classList.contains('is-hot')).toBe(true);
      // A selection on a big map restyles its few companies, not every faded one.
      const small = n <= FADES_SHOWN;
      expect(button(2).classList.contains('is-dim')).toBe(small);
      expect(button(n - 1).classList.contains('is-ghost')).toBe(small);
      expect(parent.querySelectorAll('.is-dim').length).toBe(small ? n - 2 : 0);
      layer.destroy();
    }
  });

  it('knows which of its buttons has focus, in a shadow root too (the custom element)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const parent = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(parent);
    const layer = createA11yLayer(parent);
    layer.setScene(scene(3));
    expect(layer.focusedId()).toBeNull();
    layer.focus('c1');
    // The page sees only the host focused; the layer still knows the company.
    expect(document.activeElement).toBe(host);
    expect(layer.focusedId()).toBe('c1');
    // A new scene keeps the focus on the same company's new button.
    layer.setScene(scene(3));
    expect(layer.focusedId()).toBe('c1');
    layer.destroy();
    host.remove();
  });

  it('keeps the zoom for the 24 px minimum at or below the real zoom, within one 2^(1/8) step', () => {
    const parent = document.createElement('div');
    const layer = createA11yLayer(parent);
    layer.setScene(scene(3));
    for (const k of [0.13, 0.31, 0.5, 0.77, 1, 1.04, 2.9, 7.5]) {
      layer.setScale(k);
      const kept = scaleOf(parent);
      // At or below k: 24 / kept ≥ 24 / k, so a button is never under 24 px on screen.
      expect(kept).toBeLessThanOrEqual(k);
      expect(kept).toBeGreaterThan(k / 2 ** (1 / 8));
    }
  });

  it('does not rewrite the zoom for changes inside one step (a fit on every settling frame)', () => {
    const parent = document.createElement('div');
    const layer = createA11yLayer(parent);
    layer.setScene(scene(3));
    const holder = parent.querySelector('.graph-a11y-scale') as HTMLElement;
    layer.setScale(1.01);
    const writes: string[] = [];
    new MutationObserver((r) => writes.push(...r.map((x) => x.attributeName ?? ''))).observe(
      holder,
      { attributes: true },
    );
    layer.setScale(1.02);
    layer.setScale(1.05);
    layer.setTransform({ k: 1.06, x: 3, y: 4 });
    return Promise.resolve().then(() => expect(writes).toEqual([]));
  });

  it('moves a big layer in chunks: the first few hundred at once, the rest on later frames', async () => {
    const parent = document.createElement('div');
    const layer = createA11yLayer(parent);
    layer.setScene(scene(700));
    const xy = Float32Array.from({ length: 1400 }, (_, i) => i + 1);
    layer.setPositions(xy);
    const placed = () =>
      [...parent.querySelectorAll<HTMLElement>('[data-node-id]')].filter((el) => el.style.left)
        .length;
    // The first chunk waits for the next frame (the frame that asked places labels).
    expect(placed()).toBe(0);
    // Counted by frames, not by the clock: a loaded machine runs late frames back to back.
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    await frame();
    expect(placed()).toBe(200);
    await frame();
    expect(placed()).toBe(400);
    for (let i = 0; i < 3; i++) await frame();
    expect(placed()).toBe(700);
    const far = layer.button('c699');
    expect([far?.style.left, far?.style.top]).toEqual(['1399px', '1400px']);
    // Placed by left/top: no transform of their own (the compositor re-layers each one).
    expect(far?.style.transform).toBe('');
  });

  it('resizes a big layer one group a frame, and not at all while the layout moves', async () => {
    const parent = document.createElement('div');
    const layer = createA11yLayer(parent);
    layer.setScene(scene(700));
    const ks = () =>
      [...parent.querySelectorAll<HTMLElement>('.graph-a11y-scale')].map((g) =>
        Number(g.style.getPropertyValue('--k') || 1),
      );
    const frame = () => new Promise((r) => setTimeout(r, 40));
    expect(ks()).toEqual([1, 1, 1, 1]);
    // Every button is in a group.
    expect(parent.querySelectorAll('.graph-a11y-scale [data-node-id]')).toHaveLength(700);
    layer.setScale(0.5);
    await frame();
    expect(ks().filter((k) => k === 0.5).length).toBeLessThan(4);
    for (let i = 0; i < 5; i++) await frame();
    expect(ks()).toEqual([0.5, 0.5, 0.5, 0.5]);
    // Lagging: the size waits for the layout to rest, then catches up.
    layer.setLagging(true);
    expect(parent.querySelector('.graph-a11y')?.hasAttribute('data-lagging')).toBe(true);
    layer.setScale(0.25);
    await frame();
    expect(ks()).toEqual([0.5, 0.5, 0.5, 0.5]);
    layer.setLagging(false);
    for (let i = 0; i < 6; i++) await frame();
    expect(ks()).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});
