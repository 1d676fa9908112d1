/**
 * The style reducers on the bundled data, without a DOM: what a reader sees
 * emphasised for a selection, a hover, a loop and its story step.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { indexDataset } from '../model';
import {
  computeStyle,
  edgeClasses,
  NO_HOVER,
  resolveFocus,
  sameStyle,
  type ViewInputs,
} from './style';
import { buildSceneModel, sceneScales } from './sceneModel';
import { sceneOf } from './testing';

const dataset = loadDataset(BUNDLED);
const { full, model: scene } = sceneOf(dataset);
const base: ViewInputs = { focus: null, hover: NO_HOVER, selected: [], selectedDeal: null };

const nodeStyle = (style: ReturnType<typeof computeStyle>, id: string) =>
  style.nodes[scene.nodes.findIndex((n) => n.id === id)];
const edgeStyle = (style: ReturnType<typeof computeStyle>, id: string) =>
  style.edges[scene.edges.findIndex((e) => e.id === id)];

describe('computeStyle', () => {
  it('with nothing chosen, nothing is faded or hot', () => {
    const style = computeStyle(scene, base, full);
    expect(style.focus).toBe(false);
    expect(style.nodes.some((n) => n.dim || n.hot)).toBe(false);
    expect(style.edges.some((e) => e.dim || e.hot)).toBe(false);
    expect(style.edgeOrder).toEqual(scene.edges.map((_, i) => i));
  });

  it('a selected company: it and its deals and partners are hot, the rest faded', () => {
    const style = computeStyle(
      scene,
      { ...base, focus: { kind: 'company', id: 'microsoft' }, selected: ['microsoft'] },
      full,
    );
    expect(nodeStyle(style, 'microsoft')).toMatchObject({
      hot: true,
      selected: true,
      forceLabel: true,
    });
    expect(nodeStyle(style, 'anthropic')?.hot).toBe(true);
    expect(nodeStyle(style, 'asml')).toMatchObject({ hot: false, dim: true });
    for (const d of dataset.deals) {
      const touches = d.from === 'microsoft' || d.to === 'microsoft';
      expect(edgeStyle(style, d.id)?.hot, d.id).toBe(touches);
      expect(edgeStyle(style, d.id)?.dim, d.id).toBe(!touches);
    }
    // Hot deals are painted last, on top of faded ones.
    const hotFrom = style.edgeOrder.findIndex((i) => style.edges[i]?.hot);
    expect(style.edgeOrder.slice(hotFrom).every((i) => style.edges[i]?.hot)).toBe(true);
    expect([...style.edgeOrder].sort((a, b) => a - b)).toEqual(scene.edges.map((_, i) => i));
  });

  it('a hovered deal wins over the selection; a hovered company only previews when nothing is chosen', () => {
    const selected = { kind: 'company', id: 'microsoft' } as const;
    expect(resolveFocus(selected, { company: null, deal: 'anthropic-azure-30b' })).toEqual({
      kind: 'deals',
      deals: ['anthropic-azure-30b'],
    });
    expect(resolveFocus(selected, { company: 'nvidia', deal: null })).toBe(selected);
    expect(resolveFocus(null, { company: 'nvidia', deal: null })).toEqual({
      kind: 'company',
      id: 'nvidia',
    });
    const hovered = computeStyle(
      scene,
      { ...base, hover: { company: 'nvidia', deal: null } },
      full,
    );
    expect(nodeStyle(hovered, 'nvidia')).toMatchObject({
      hot: true,
      hovered: true,
      forceLabel: true,
    });
    expect(nodeStyle(hovered, 'asml')?.dim).toBe(true);
  });

  it("a loop's story step: its deal is current, the loop's other deals stay hot", () => {
    const style = computeStyle(
      scene,
      {
        ...base,
        focus: {
          kind: 'deals',
          deals: ['msft-anthropic-equity-2025', 'anthropic-azure-30b'],
          companies: ['microsoft', 'anthropic'],
          current: ['anthropic-azure-30b'],
        },
      },
      full,
    );
    expect(style.step).toBe(true);
    expect(edgeStyle(style, 'anthropic-azure-30b')).toMatchObject({ hot: true, current: true });
    expect(edgeStyle(style, 'msft-anthropic-equity-2025')).toMatchObject({
      hot: true,
      current: false,
    });
    expect(nodeStyle(style, 'anthropic')?.current).toBe(true);
    expect(edgeStyle(style, 'openai-oracle-300b')?.dim).toBe(true);
    // The loop's companies are always named; the faded rest compete for room.
    expect(nodeStyle(style, 'anthropic')?.forceLabel).toBe(true);
    expect(nodeStyle(style, 'microsoft')?.forceLabel).toBe(true);
    expect(nodeStyle(style, 'nvidia')?.forceLabel).toBe(false);
  });

  it('the companies of many paths are not all forced onto the map', () => {
    const many = dataset.deals.filter((d) => d.from === 'nvidia' || d.to === 'nvidia');
    const style = computeStyle(
      scene,
      { ...base, focus: { kind: 'deals', deals: many.map((d) => d.id) } },
      full,
    );
    const hot = style.nodes.filter((n) => n.hot);
    expect(hot.length).toBeGreaterThan(6);
    expect(hot.some((n) => n.forceLabel)).toBe(false);
  });

  it('companies filtered out of the view are ghosts', () => {
    const chips = { deals: dataset.deals.filter((d) => d.type === 'chips') };
    const view = indexDataset(dataset, chips.deals);
    const filtered = buildSceneModel(
      sceneScales(dataset, full),
      full,
      view,
      dataset.companies,
      chips.deals,
    );
    const style = computeStyle(filtered, base, view);
    const ghosts = filtered.nodes.filter((_, i) => style.nodes[i]?.ghost).map((n) => n.id);
    expect(ghosts.length).toBeGreaterThan(0);
    for (const id of ghosts)
      expect(chips.deals.some((d) => d.from === id || d.to === id)).toBe(false);
  });

  it('deals that ended before the view date are ghosts, hot or not, and keep their look when selected', () => {
    const asOf = new Date().toISOString().slice(0, 10);
    const dated = indexDataset(dataset, dataset.deals, asOf);
    const sceneAt = buildSceneModel(
      sceneScales(dataset, dated),
      dated,
      dated,
      dataset.companies,
      dataset.deals,
    );
    const ended = dataset.deals.filter((d) => d.ended != null).map((d) => d.id);
    expect(ended.length).toBeGreaterThan(0);
    const ghostIds = sceneAt.edges.filter((e) => e.ghost).map((e) => e.id);
    expect(ghostIds.sort()).toEqual([...ended].sort());
    const first = ended[0] ?? '';
    const style = computeStyle(
      sceneAt,
      { ...base, focus: { kind: 'deals', deals: [first] }, selectedDeal: first },
      dated,
    );
    sceneAt.edges.forEach((e, i) => {
      const s = style.edges[i];
      if (!s) throw new Error(e.id);
      const cls = edgeClasses(e, s).split(' ');
      expect(cls.includes('is-ghost'), e.id).toBe(e.ghost);
      if (e.id === first) expect(cls).toEqual(expect.arrayContaining(['is-hot', 'is-selected']));
      else expect(cls.includes('is-hot'), e.id).toBe(false);
    });
  });
});

describe('sameStyle', () => {
  const microsoft: ViewInputs = {
    ...base,
    focus: { kind: 'company', id: 'microsoft' },
    selected: ['microsoft'],
  };
  it('is true for the same inputs computed twice, false when anything drawn differs', () => {
    expect(sameStyle(computeStyle(scene, base, full), computeStyle(scene, base, full))).toBe(true);
    const a = computeStyle(scene, microsoft, full);
    expect(sameStyle(a, computeStyle(scene, microsoft, full))).toBe(true);
    expect(sameStyle(a, computeStyle(scene, base, full))).toBe(false);
    // One field of one company or one deal is enough.
    const nodes = a.nodes.map((n, i) =>
      i === 3 ? { ...n, labelPriority: n.labelPriority + 1 } : n,
    );
    expect(sameStyle(a, { ...a, nodes })).toBe(false);
    const edges = a.edges.map((e, j) => (j === 5 ? { ...e, amount: e.amount + 1 } : e));
    expect(sameStyle(a, { ...a, edges })).toBe(false);
    const edgeOrder = [...a.edgeOrder].reverse();
    expect(sameStyle(a, { ...a, edgeOrder })).toBe(false);
    expect(sameStyle(a, { ...a, step: !a.step })).toBe(false);
  });

  it('compares every field of a company and a deal style (a new field must be added to it)', () => {
    const a = computeStyle(scene, base, full);
    const changed = (v: unknown) => (typeof v === 'boolean' ? !v : Number(v) + 1);
    const node = a.nodes[3];
    const edge = a.edges[5];
    if (!node || !edge) throw new Error('no styles');
    for (const key of Object.keys(node) as (keyof typeof node)[]) {
      const nodes = a.nodes.map((n) => (n === node ? { ...n, [key]: changed(n[key]) } : n));
      expect(sameStyle(a, { ...a, nodes }), `node.${key}`).toBe(false);
    }
    for (const key of Object.keys(edge) as (keyof typeof edge)[]) {
      const edges = a.edges.map((e) => (e === edge ? { ...e, [key]: changed(e[key]) } : e));
      expect(sameStyle(a, { ...a, edges }), `edge.${key}`).toBe(false);
    }
  });
});
