/**
 * What the graph draws, as plain data: one node per company (radius by the
 * dollars flowing through it), one edge per deal (width by its dollars), with
 * parallel deals fanned apart. Scales are fixed by the whole dataset, so a
 * filtered view shrinks honestly instead of re-inflating what is left.
 */
import type {
  Company,
  CompanyKind,
  Dataset,
  DatasetIndex,
  Deal,
  DealStatus,
  DealType,
} from '../model';
import { dealAmount, type DealAmount } from './amounts';
import { edgeOffsets } from './edgeGeometry';
import { edgeWidthScale, nodeRadiusScale } from './scales';

export interface NodeModel {
  readonly id: string;
  readonly name: string;
  readonly kind: CompanyKind;
  /** Radius for the current view. */
  readonly r: number;
  /** Radius with every deal shown: what the layout makes room for. */
  readonly rFull: number;
  /** Has at least one deal in the current view. */
  readonly active: boolean;
  /** Dollars through the company in the whole dataset, for ordering. */
  readonly weight: number;
}

export interface EdgeModel {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: DealType;
  readonly status: DealStatus;
  readonly width: number;
  readonly offset: number;
  readonly unknown: boolean;
  readonly estimated: boolean;
  /** The deal does not count at the view date (it ended): drawn as a faint ghost, thinnest. */
  readonly ghost: boolean;
  /** What its label on the map says (render/amounts.ts); null when no figure is known. */
  readonly amount: DealAmount | null;
}

export interface SceneModel {
  /** Biggest first: this is also the keyboard (tab) order. */
  readonly nodes: readonly NodeModel[];
  readonly edges: readonly EdgeModel[];
}

export interface SceneScales {
  /** Node radius for a company's dollars. */
  readonly radius: (usd: number | null) => number;
  /** Edge width for a deal's dollars. */
  readonly width: (usd: number | null) => number;
  /** The reader's $/GW assumption, for firm dollars on the amount labels. */
  readonly usdPerGigawatt: number | null;
}

/** Scales fixed by the whole dataset (see the header). */
export function sceneScales(dataset: Dataset, full: DatasetIndex): SceneScales {
  let maxFlow = 0;
  for (const f of full.flow.values()) maxFlow = Math.max(maxFlow, f.total.usd ?? 0);
  let maxDeal = 0;
  for (const d of dataset.deals) maxDeal = Math.max(maxDeal, full.dollars(d).usd ?? 0);
  return {
    radius: nodeRadiusScale(maxFlow),
    width: edgeWidthScale(maxDeal),
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
  };
}

export function buildSceneModel(
  { radius, width, usdPerGigawatt }: SceneScales,
  full: DatasetIndex,
  view: DatasetIndex,
  companies: readonly Company[],
  deals: readonly Deal[],
): SceneModel {
  const nodes: NodeModel[] = companies.map((c) => {
    const f = view.flow.get(c.id);
    const weight = full.flow.get(c.id)?.total.usd ?? 0;
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      r: radius(f?.total.usd ?? 0),
      rFull: radius(weight),
      active: (f?.dealCount ?? 0) > 0,
      weight,
    };
  });
  nodes.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));

  const sized = deals.map((d) => {
    const dollars = view.dollars(d);
    const ghost = !view.counts(d);
    return { deal: d, dollars, ghost, width: ghost ? width(null) : width(dollars.usd) };
  });
  const offsets = edgeOffsets(
    sized.map(({ deal, width: w }) => ({ id: deal.id, from: deal.from, to: deal.to, width: w })),
  );
  const edges: EdgeModel[] = sized.map(({ deal, dollars, ghost, width: w }) => ({
    id: deal.id,
    from: deal.from,
    to: deal.to,
    type: deal.type,
    status: deal.status,
    width: w,
    offset: offsets.get(deal.id) ?? 0,
    unknown: dollars.usd == null,
    estimated: dollars.estimated,
    ghost,
    amount: ghost ? null : dealAmount(deal, dollars, usdPerGigawatt),
  }));
  return { nodes, edges };
}
