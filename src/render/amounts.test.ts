/**
 * Dollars on the map: what a deal's label says, which deals carry one for a
 * selection, a loop, its played hop or nothing chosen, and that placement never
 * lets two labels (or a label and a company) overlap, dropping the less important.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { indexDataset, type Deal } from '../model';
import {
  dealAmount,
  placeAmounts,
  placeAmountsAmongLabels,
  BIGGEST_FLOWS,
  type AmountCandidate,
} from './amounts';
import { edgeCurve } from './edgeGeometry';
import { computeStyle, NO_HOVER, type ViewInputs } from './style';
import { buildSceneModel, sceneScales } from './sceneModel';
import { sceneOf } from './testing';

const dataset = loadDataset(BUNDLED);
const { full, model: scene } = sceneOf(dataset);
const base: ViewInputs = { focus: null, hover: NO_HOVER, selected: [], selectedDeal: null };
const deal = (id: string) => dataset.deals.find((d) => d.id === id) as Deal;
const labelled = (inputs: ViewInputs) => {
  const style = computeStyle(scene, inputs, full);
  return new Set(scene.edges.filter((_, i) => (style.edges[i]?.amount ?? 0) > 0).map((e) => e.id));
};
const perGw = dataset.assumptions?.usdPerGigawatt ?? null;
const text = (id: string) => dealAmount(deal(id), full.dollars(deal(id)), perGw)?.text;

describe('dealAmount', () => {
  it('marks ceilings, estimates from gigawatts and tentative deals', () => {
    expect(text('anthropic-azure-30b')).toBe('$30B');
    // The source says "up to $5B".
    expect(text('msft-anthropic-equity-2025')).toBe('up to $5B');
    // A letter of intent: nothing firm, so a ceiling, and dashed.
    expect(text('nvda-openai-loi-100b')).toBe('up to $100B');
    expect(
      dealAmount(deal('nvda-openai-loi-100b'), full.dollars(deal('nvda-openai-loi-100b')), perGw)
        ?.tentative,
    ).toBe(true);
    // Quoted in gigawatts only: an estimate.
    const gw = dataset.deals.find((d) => d.amountUsd == null && d.computeGw != null) as Deal;
    expect(text(gw.id)).toMatch(/≈\$/);
    // Part firm, part "up to".
    const split = dataset.deals.find(
      (d) => d.firmUsd != null && d.amountUsd != null && d.firmUsd > 0 && d.firmUsd < d.amountUsd,
    ) as Deal;
    expect(text(split.id)).toMatch(/^\$[\d.]+[BMT] · up to \$[\d.]+[BMT]$/);
    expect(
      dealAmount(deal('anthropic-azure-30b'), { usd: null, estimated: false }, perGw),
    ).toBeNull();
  });
});

describe('which deals carry their dollars', () => {
  it('with nothing chosen, the few biggest flows', () => {
    const ids = labelled(base);
    expect(ids.size).toBe(BIGGEST_FLOWS);
    const biggest = [...scene.edges]
      .sort((a, b) => (b.amount?.usd ?? 0) - (a.amount?.usd ?? 0))
      .slice(0, BIGGEST_FLOWS)
      .map((e) => e.id);
    expect([...ids].sort()).toEqual(biggest.sort());
  });

  it("a selected or hovered company's deals, and no other", () => {
    const mine = dataset.deals
      .filter((d) => (d.from === 'microsoft' || d.to === 'microsoft') && full.dollars(d).usd)
      .map((d) => d.id);
    const selected = labelled({
      ...base,
      focus: { kind: 'company', id: 'microsoft' },
      selected: ['microsoft'],
    });
    expect([...selected].sort()).toEqual([...mine].sort());
    expect([...labelled({ ...base, hover: { company: 'microsoft', deal: null } })].sort()).toEqual(
      [...mine].sort(),
    );
  });

  it("a loop's hops outrank everything, and the played hop outranks the loop", () => {
    const loop = {
      kind: 'deals',
      deals: ['msft-anthropic-equity-2025', 'anthropic-azure-30b'],
      companies: ['microsoft', 'anthropic'],
      current: ['anthropic-azure-30b'],
    } as const;
    const style = computeStyle(scene, { ...base, focus: loop }, full);
    const rank = (id: string) =>
      style.edges[scene.edges.findIndex((e) => e.id === id)]?.amount ?? 0;
    expect(rank('anthropic-azure-30b')).toBeGreaterThan(rank('msft-anthropic-equity-2025'));
    expect(rank('msft-anthropic-equity-2025')).toBeGreaterThan(0);
    expect(rank('openai-oracle-300b')).toBe(0);
  });

  it('ended deals carry none', () => {
    const dated = indexDataset(dataset, dataset.deals, '2026-12-01');
    const at = buildSceneModel(
      sceneScales(dataset, dated),
      dated,
      dated,
      dataset.companies,
      dataset.deals,
    );
    for (const e of at.edges) if (e.ghost) expect(e.amount, e.id).toBeNull();
  });
});

describe('placeAmounts', () => {
  const line = (x0: number, y0: number, x1: number, y1: number) =>
    edgeCurve({ x: x0, y: y0, r: 0 }, { x: x1, y: y1, r: 0 }, 0, 4, 4);
  const cand = (edge: number, priority: number, c = line(0, 100, 400, 100)): AmountCandidate => ({
    edge,
    text: `$${edge}B`,
    tentative: false,
    priority,
    curve: c,
    width: 60,
    height: 16,
  });

  it('never overlaps labels, companies or each other, and drops the less important', () => {
    // Ten amounts on the same line: only as many as fit along it, most important first.
    const many = Array.from({ length: 10 }, (_, i) => cand(i, i));
    const company = { x: 200, y: 100, r: 12 };
    const label = { x0: 90, y0: 90, x1: 140, y1: 110 };
    const placed = placeAmounts(many, { circles: [company], boxes: [label] });
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(10);
    expect(placed[0]?.edge).toBe(9);
    const box = (a: (typeof placed)[number]) => ({
      x0: a.x - a.width / 2,
      y0: a.y - a.height / 2,
      x1: a.x + a.width / 2,
      y1: a.y + a.height / 2,
    });
    const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    placed.forEach((a, i) => {
      expect(overlap(box(a), label)).toBe(false);
      const b = box(a);
      const dx = company.x - Math.max(b.x0, Math.min(company.x, b.x1));
      const dy = company.y - Math.max(b.y0, Math.min(company.y, b.y1));
      expect(dx * dx + dy * dy).toBeGreaterThanOrEqual(company.r ** 2);
      for (const other of placed.slice(i + 1)) expect(overlap(b, box(other))).toBe(false);
    });
    // A dropped one is always less important than every placed one on its line.
    const kept = new Set(placed.map((a) => a.edge));
    const minKept = Math.min(...kept);
    for (let i = 0; i < 10; i++) if (!kept.has(i)) expect(i).toBeLessThan(Math.max(...kept));
    expect(minKept).toBeGreaterThanOrEqual(0);
  });

  it('keeps clear of what covers the picture', () => {
    const arrow = [cand(1, 1, line(0, 100, 400, 100))];
    const free = placeAmounts(arrow, { circles: [], boxes: [] }, { width: 400, height: 300 });
    expect(free).toHaveLength(1);
    const at = free[0];
    if (!at) throw new Error('no amount');
    // A card over the spot it took: it goes elsewhere along the arrow, clear of the card.
    const card = { x0: at.x - 40, y0: 0, x1: at.x + 40, y1: 300 };
    const moved = placeAmounts(
      arrow,
      { circles: [], boxes: [] },
      { width: 400, height: 300, covers: [card] },
    );
    expect(moved).toHaveLength(1);
    const m = moved[0];
    if (!m) throw new Error('no amount');
    expect(m.x + m.width / 2 <= card.x0 || m.x - m.width / 2 >= card.x1).toBe(true);
    // Covered end to end: no dollars at all.
    const all = { x0: -10, y0: 0, x1: 410, y1: 300 };
    expect(
      placeAmounts(arrow, { circles: [], boxes: [] }, { width: 400, height: 300, covers: [all] }),
    ).toEqual([]);
  });

  it('keeps inside the picture', () => {
    const placed = placeAmounts(
      [cand(1, 1, line(-300, 5, 20, 5))],
      { circles: [], boxes: [] },
      { width: 400, height: 300 },
    );
    expect(placed).toEqual([]);
  });

  it("with a focus, dimmed names give way to the focus's dollars; names that hold do not", () => {
    // The arrow runs between two background names: each blocks every spot along it.
    const arrow = cand(1, 3, line(0, 100, 400, 100));
    const left = { x0: 40, y0: 85, x1: 230, y1: 115 };
    const right = { x0: 170, y0: 85, x1: 360, y1: 115 };
    const held = placeAmountsAmongLabels(
      [arrow],
      [],
      [
        { box: left, yields: false },
        { box: right, yields: false },
      ],
    );
    expect(held.amounts).toEqual([]);
    expect(held.dropped.size).toBe(0);
    // Dimmed (yielding): the dollars are placed, and a name they land on is dropped.
    const given = placeAmountsAmongLabels(
      [arrow],
      [],
      [
        { box: left, yields: true },
        { box: right, yields: false },
        { box: { x0: 0, y0: 0, x1: 30, y1: 10 }, yields: true },
      ],
    );
    expect(given.amounts.map((a) => a.edge)).toEqual([1]);
    const a = given.amounts[0];
    if (!a) throw new Error('no amount');
    // It never covers the name that holds its ground.
    expect(
      a.x - a.width / 2 >= right.x1 ||
        a.x + a.width / 2 <= right.x0 ||
        a.y - a.height / 2 >= right.y1 ||
        a.y + a.height / 2 <= right.y0,
    ).toBe(true);
    expect([...given.dropped]).toEqual([0]);
  });
});
