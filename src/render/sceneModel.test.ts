/**
 * The scene as the graph draws it, on the seed-slice fixture: which companies
 * are big, which are faded out by a filter, which deals are estimates or
 * unknown, and what a selection or a loop highlights. Flows are added up by
 * hand from tests/fixtures/seed-slice.json ($50B per GW).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, SEED_SLICE } from '../../tests/fixtures/load';
import { indexDataset, type Deal } from '../model';
import { emphasisOf } from './emphasis';
import { EDGE_WIDTH, NODE_RADIUS } from './scales';
import { buildSceneModel, sceneScales, type EdgeModel, type NodeModel } from './sceneModel';

const seed = loadDataset(SEED_SLICE);
const B = 1_000_000_000;

const full = indexDataset(seed, seed.deals);
const scales = sceneScales(seed, full);
const scene = buildSceneModel(scales, full, full, seed.companies, seed.deals);

/** The view after a filter, built the way the app builds it. */
function filtered(keep: (d: Deal) => boolean) {
  const deals = seed.deals.filter(keep);
  const view = indexDataset(seed, deals);
  return { view, scene: buildSceneModel(scales, full, view, seed.companies, deals) };
}
// Everything before 2025: Microsoft, Amazon and Google money into OpenAI and
// Anthropic, and Anthropic's Google Cloud deal. No chips, no Oracle.
const early = filtered((d) => d.announced < '2025');

function nodeIn(nodes: readonly NodeModel[], id: string): NodeModel {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node "${id}"`);
  return node;
}
function edgeIn(edges: readonly EdgeModel[], id: string): EdgeModel {
  const edge = edges.find((e) => e.id === id);
  if (!edge) throw new Error(`no edge "${id}"`);
  return edge;
}

describe('nodes', () => {
  it('come biggest first, by dollars through the company', () => {
    // OpenAI ≈$2.0T, Nvidia ≈$700B, Broadcom ≈$500B, Oracle $340B, AMD ≈$300B,
    // Microsoft $296.75B, Anthropic ≈$108B, Amazon $46B, Google $5B.
    expect(scene.nodes.map((n) => n.id)).toEqual([
      'openai',
      'nvidia',
      'broadcom',
      'oracle',
      'amd',
      'microsoft',
      'anthropic',
      'amazon',
      'google',
    ]);
    expect(nodeIn(scene.nodes, 'nvidia').weight).toBe(700 * B);
  });

  it('grow with the money that flows through them', () => {
    const radii = scene.nodes.map((n) => n.r);
    for (let i = 1; i < radii.length; i++)
      expect(radii[i], scene.nodes[i]?.id).toBeLessThan(radii[i - 1] ?? Infinity);
    expect(nodeIn(scene.nodes, 'openai').r).toBe(NODE_RADIUS.max);
    expect(nodeIn(scene.nodes, 'google').r).toBeGreaterThan(NODE_RADIUS.min);
  });

  it('keep their names and kinds', () => {
    expect(nodeIn(scene.nodes, 'amd')).toMatchObject({ name: 'AMD', kind: 'chips', active: true });
  });

  it('are all active with every deal shown, and full-size', () => {
    for (const n of scene.nodes) {
      expect(n.active, n.id).toBe(true);
      expect(n.r, n.id).toBe(n.rFull);
    }
  });

  it('shrink, but keep their full size for the layout, when deals are filtered out', () => {
    for (const n of early.scene.nodes) {
      expect(n.rFull, n.id).toBe(nodeIn(scene.nodes, n.id).r);
      expect(n.rFull, n.id).toBeGreaterThanOrEqual(n.r);
    }
    // OpenAI keeps Microsoft's $1B + $10B + $0.75B: far from the biggest size.
    expect(nodeIn(early.scene.nodes, 'openai').r).toBe(scales.radius(11.75 * B));
    expect(nodeIn(early.scene.nodes, 'openai').r).toBeLessThan(nodeIn(scene.nodes, 'openai').r);
  });

  it('flag companies with no deal left in the view as inactive', () => {
    const inactive = early.scene.nodes.filter((n) => !n.active).map((n) => n.id);
    expect(inactive.sort()).toEqual(['amd', 'broadcom', 'nvidia', 'oracle']);
    expect(nodeIn(early.scene.nodes, 'nvidia').r).toBe(NODE_RADIUS.min);
  });

  it('keep the whole-dataset order when filtered, so tab order does not jump', () => {
    expect(early.scene.nodes.map((n) => n.id)).toEqual(scene.nodes.map((n) => n.id));
  });
});

describe('edges', () => {
  it('one per deal in the view', () => {
    expect(scene.edges.map((e) => e.id)).toEqual(seed.deals.map((d) => d.id));
    expect(early.scene.edges).toHaveLength(7);
  });

  it('flag deals with no figure as unknown and draw them thin', () => {
    for (const id of ['openai-google-cloud', 'amd-openai-warrant', 'msft-anthropic-foundry']) {
      expect(edgeIn(scene.edges, id), id).toMatchObject({
        unknown: true,
        estimated: false,
        width: EDGE_WIDTH.unknown,
      });
    }
  });

  it('flag GW-only deals as estimated', () => {
    expect(edgeIn(scene.edges, 'openai-nvda-10gw')).toMatchObject({
      unknown: false,
      estimated: true,
      width: EDGE_WIDTH.max,
    });
    expect(edgeIn(scene.edges, 'anthropic-nvidia-1gw').estimated).toBe(true);
  });

  it('do not flag deals with a reported amount', () => {
    expect(edgeIn(scene.edges, 'openai-oracle-300b')).toMatchObject({
      unknown: false,
      estimated: false,
    });
  });

  it('get wider with bigger deals', () => {
    const width = (id: string) => edgeIn(scene.edges, id).width;
    expect(width('openai-oracle-300b')).toBeGreaterThan(width('openai-aws-38b'));
    expect(width('openai-aws-38b')).toBeGreaterThan(width('msft-openai-2024-round'));
    expect(width('msft-openai-2024-round')).toBeGreaterThan(EDGE_WIDTH.unknown);
  });

  it('carry type and status for styling', () => {
    expect(edgeIn(scene.edges, 'nvda-openai-loi-100b')).toMatchObject({
      from: 'nvidia',
      to: 'openai',
      type: 'investment',
      status: 'loi',
    });
  });

  it('fan out between the same two companies, and run straight when alone', () => {
    expect(edgeIn(scene.edges, 'openai-oracle-300b').offset).toBe(0);
    const pair = ['msft-anthropic-equity-2025', 'anthropic-azure-30b', 'msft-anthropic-foundry'];
    for (const id of pair) expect(edgeIn(scene.edges, id).offset, id).not.toBe(0);
  });
});

describe('scales', () => {
  it('are fixed by the whole dataset: a filter never enlarges anything', () => {
    for (const n of early.scene.nodes)
      expect(n.r, n.id).toBeLessThanOrEqual(nodeIn(scene.nodes, n.id).r);
    for (const e of early.scene.edges) expect(e.width, e.id).toBe(edgeIn(scene.edges, e.id).width);
    const biggest = Math.max(...early.scene.nodes.map((n) => n.r));
    expect(biggest).toBeLessThan(NODE_RADIUS.max);
  });

  it('reach their maximum on the biggest company and the biggest deal', () => {
    expect(scales.radius(1_999.75 * B)).toBe(NODE_RADIUS.max);
    expect(scales.width(500 * B)).toBe(EDGE_WIDTH.max);
    expect(scales.radius(0)).toBe(NODE_RADIUS.min);
    expect(scales.radius(null)).toBe(NODE_RADIUS.min);
    expect(scales.width(null)).toBe(EDGE_WIDTH.unknown);
  });

  it('grow by area: four times the money, twice the radius above the minimum', () => {
    const r1 = scales.radius(100 * B) - NODE_RADIUS.min;
    const r4 = scales.radius(400 * B) - NODE_RADIUS.min;
    expect(r4 / r1).toBeCloseTo(2, 10);
  });
});

describe('emphasisOf', () => {
  it('highlights nothing in particular with no focus', () => {
    expect(emphasisOf(null, full)).toBeNull();
  });

  it('highlights a company, its deals and the companies it deals with', () => {
    const e = emphasisOf({ kind: 'company', id: 'amd' }, full);
    expect([...(e?.companies ?? [])].sort()).toEqual(['amd', 'openai']);
    expect([...(e?.deals ?? [])].sort()).toEqual(['amd-openai-warrant', 'openai-amd-6gw']);
  });

  it('follows money both ways from a hub', () => {
    const e = emphasisOf({ kind: 'company', id: 'oracle' }, full);
    expect([...(e?.companies ?? [])].sort()).toEqual(['nvidia', 'openai', 'oracle']);
    expect([...(e?.deals ?? [])].sort()).toEqual(['openai-oracle-300b', 'oracle-nvda-gb200-40b']);
  });

  it('highlights only the deals in the view', () => {
    const e = emphasisOf({ kind: 'company', id: 'openai' }, early.view);
    expect([...(e?.deals ?? [])].sort()).toEqual([
      'msft-openai-2019',
      'msft-openai-2023',
      'msft-openai-2024-round',
    ]);
    expect([...(e?.companies ?? [])].sort()).toEqual(['microsoft', 'openai']);
  });

  it('highlights a list of deals and the companies they join', () => {
    const e = emphasisOf(
      {
        kind: 'deals',
        deals: ['openai-oracle-300b', 'oracle-nvda-gb200-40b', 'nvda-openai-loi-100b'],
      },
      full,
    );
    expect([...(e?.companies ?? [])].sort()).toEqual(['nvidia', 'openai', 'oracle']);
    expect(e?.deals.size).toBe(3);
  });

  it('skips deals not in the view, and adds companies named on their own', () => {
    const e = emphasisOf(
      { kind: 'deals', deals: ['msft-openai-2019', 'openai-oracle-300b'], companies: ['google'] },
      early.view,
    );
    expect([...(e?.deals ?? [])]).toEqual(['msft-openai-2019']);
    expect([...(e?.companies ?? [])].sort()).toEqual(['google', 'microsoft', 'openai']);
  });

  it('highlights a company with no deals in the view on its own', () => {
    const e = emphasisOf({ kind: 'company', id: 'nvidia' }, early.view);
    expect([...(e?.companies ?? [])]).toEqual(['nvidia']);
    expect(e?.deals.size).toBe(0);
  });
});
