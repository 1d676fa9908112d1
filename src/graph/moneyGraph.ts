/**
 * The directed graph of money that the loop and path searches walk.
 *
 * Contract: vertex i is `companies[i]` (the order given). For each ordered pair
 * A → B with at least one deal in view that counts at the view date `asOf`
 * (a type in `options.types`, by default the money-moving MONEY_TYPES; counting
 * as in firm.ts) there is exactly one hop carrying all those deals, so parallel
 * deals never multiply loops. Self-deals and deals whose ends are not among
 * `companies` are ignored: the caller filters. Hop dollars follow model/money
 * (reported amount, else computeGw × usdPerGigawatt, marked estimated); hop firm
 * dollars sum the deals' firm dollars (firm.ts) the same way. The search ranks
 * by `options.rank`: firm dollars (the default) or headline dollars.
 *
 * Storage is compressed sparse rows in typed arrays, so a search allocates
 * nothing per step. Each company's out-hops are sorted by dollars, largest first
 * (unknown last): a branch-and-bound search then meets big loops early and can
 * stop scanning a company's hops at the first one too small to matter.
 */
import { dateStart } from '../model/format';
import { dealDollars, sumDollars } from '../model/money';
import type { Company, Deal } from '../model/schema';
import { MONEY_TYPES, type DealType } from '../model/vocabulary';
import { at } from './at';
import { countsAt, firmDollars, type ViewDate } from '../model/firm';
import { stronglyConnectedComponents } from './scc';
import type { Hop } from './types';

export interface MoneyGraphOptions {
  /** Dollars per gigawatt for deals quoted only in GW; null or absent = such deals are unknown. */
  readonly usdPerGigawatt?: number | null;
  /** Deal types that count as money. Default: MONEY_TYPES (everything but partnerships). */
  readonly types?: readonly DealType[];
  /** The view date: deals not counting then are left out. null or absent: every deal that has not ended. */
  readonly asOf?: ViewDate;
  /** The figure searches rank and bound by. Default 'firm'. */
  readonly rank?: Rank;
}

export type Rank = 'firm' | 'headline';
export const RANKS: readonly Rank[] = ['firm', 'headline'];

/** Ranking value of a hop with no known dollars: below every real figure, including $0. */
export const UNKNOWN_VALUE = -1;

export interface MoneyGraph {
  /** Company ids; vertex i is ids[i]. */
  readonly ids: readonly string[];
  readonly size: number;
  /** Hops by edge index (CSR order). */
  readonly hops: readonly Hop[];
  /** Out-hops of v are the edges outStart[v] .. outStart[v + 1] - 1, largest dollars first. */
  readonly outStart: Int32Array;
  /** Target vertex of each edge. */
  readonly outTarget: Int32Array;
  /** In-hops of v are entries inStart[v] .. inStart[v + 1] - 1 of inSource / inEdge. */
  readonly inStart: Int32Array;
  /** Source vertex of each in-hop. */
  readonly inSource: Int32Array;
  /** Edge index of each in-hop. */
  readonly inEdge: Int32Array;
  /** Hop dollars per edge for ranking (firm or headline, by `rank`): usd, or UNKNOWN_VALUE. */
  readonly hopValue: Float64Array;
  /** Deal dates of edge e, as date ranks sorted ascending: dealDay[dealStart[e] .. dealStart[e + 1] - 1]. */
  readonly dealStart: Int32Array;
  readonly dealDay: Int32Array;
  readonly rank: Rank;
  readonly asOf: string | null;
  /**
   * Per edge, for making results without touching the Hop objects (compact
   * arrays stay in cache, thousands of scattered objects do not): the hop's
   * headline and firm dollars (NaN = unknown), 1 when (partly) estimated.
   */
  readonly hopUsd: Float64Array;
  readonly hopFirmUsd: Float64Array;
  readonly hopEstimated: Uint8Array;
  readonly hopFirmEstimated: Uint8Array;
  /** Rank of the hop's `since` date (by dateStart): comparing ranks compares dates. */
  readonly hopSince: Int32Array;
  /** Rank of each vertex's id in string order: comparing ranks compares ids. */
  readonly idRank: Int32Array;
  /** Strongly connected component of each vertex, and the size of each component. */
  readonly component: Int32Array;
  readonly componentSizes: Int32Array;
  readonly usdPerGigawatt: number | null;
  /** Vertex of a company id, or -1. */
  indexOf(id: string): number;
  /** Edge index of the hop from → to (vertices), or -1. */
  edgeIndex(from: number, to: number): number;
  /** The hop from → to (ids), or null when no money flows that way. */
  hop(from: string, to: string): Hop | null;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildMoneyGraph(
  companies: readonly Pick<Company, 'id'>[],
  deals: readonly Deal[],
  options: MoneyGraphOptions = {},
): MoneyGraph {
  const usdPerGigawatt = options.usdPerGigawatt ?? null;
  const rank = options.rank ?? 'firm';
  const asOf = options.asOf ?? null;
  const types = new Set<string>(options.types ?? MONEY_TYPES);
  const size = companies.length;
  const ids = companies.map((c) => c.id);
  const vertexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (vertexOf.has(id)) throw new Error(`buildMoneyGraph: duplicate company "${id}"`);
    vertexOf.set(id, i);
  });

  // Group the deals in view by ordered pair, keeping dataset order within a pair.
  const byPair = new Map<number, Deal[]>();
  for (const deal of deals) {
    if (!types.has(deal.type) || deal.from === deal.to || !countsAt(deal, asOf)) continue;
    const from = vertexOf.get(deal.from);
    const to = vertexOf.get(deal.to);
    if (from === undefined || to === undefined) continue;
    const key = from * size + to;
    const list = byPair.get(key);
    if (list) list.push(deal);
    else byPair.set(key, [deal]);
  }

  interface Draft {
    readonly from: number;
    readonly to: number;
    readonly hop: Hop;
    readonly value: number;
    readonly sinceStart: string;
    readonly days: readonly string[];
  }
  const drafts: Draft[] = [];
  for (const [key, list] of byPair) {
    const from = Math.floor(key / size);
    const to = key - from * size;
    const sum = sumDollars(list.map((d) => dealDollars(d, usdPerGigawatt)));
    const firm = sumDollars(list.map((d) => firmDollars(d, usdPerGigawatt)));
    const since = list.reduce(
      (earliest, d) => (dateStart(d.announced) < dateStart(earliest) ? d.announced : earliest),
      list[0]?.announced ?? '',
    );
    drafts.push({
      from,
      to,
      value: (rank === 'firm' ? firm.usd : sum.usd) ?? UNKNOWN_VALUE,
      sinceStart: dateStart(since),
      days: list.map((d) => dateStart(d.announced)).sort(compareText),
      hop: {
        from: at(ids, from, 'buildMoneyGraph'),
        to: at(ids, to, 'buildMoneyGraph'),
        dealIds: list.map((d) => d.id),
        usd: sum.usd,
        estimated: sum.estimated,
        partial: sum.partial,
        firmUsd: firm.usd,
        firmEstimated: firm.estimated,
        since,
      },
    });
  }

  const idRank = new Int32Array(size);
  ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => compareText(a.id, b.id))
    .forEach(({ i }, rank) => (idRank[i] = rank));
  const dates = [...new Set(drafts.flatMap((d) => d.days))].sort(compareText);
  const dateRank = new Map(dates.map((d, i) => [d, i]));

  drafts.sort(
    (a, b) => a.from - b.from || b.value - a.value || (idRank[a.to] ?? 0) - (idRank[b.to] ?? 0),
  );
  const edges = drafts.length;
  const outStart = new Int32Array(size + 1);
  const outTarget = new Int32Array(edges);
  const hopValue = new Float64Array(edges);
  const hopUsd = new Float64Array(edges);
  const hopFirmUsd = new Float64Array(edges);
  const hopEstimated = new Uint8Array(edges);
  const hopFirmEstimated = new Uint8Array(edges);
  const hopSince = new Int32Array(edges);
  const inStart = new Int32Array(size + 1);
  const inSource = new Int32Array(edges);
  const inEdge = new Int32Array(edges);
  const edgeOf = new Map<number, number>();
  const hops: Hop[] = [];
  const dealStart = new Int32Array(edges + 1);
  const dealDay = new Int32Array(drafts.reduce((n, d) => n + d.days.length, 0));
  drafts.forEach((d, e) => {
    const first = dealStart[e] ?? 0;
    d.days.forEach((day, j) => (dealDay[first + j] = dateRank.get(day) ?? 0));
    dealStart[e + 1] = first + d.days.length;
    outStart[d.from + 1] = (outStart[d.from + 1] ?? 0) + 1;
    inStart[d.to + 1] = (inStart[d.to + 1] ?? 0) + 1;
    outTarget[e] = d.to;
    hopValue[e] = d.value;
    hopUsd[e] = d.hop.usd ?? NaN;
    hopFirmUsd[e] = d.hop.firmUsd ?? NaN;
    hopEstimated[e] = d.hop.estimated ? 1 : 0;
    hopFirmEstimated[e] = d.hop.firmEstimated ? 1 : 0;
    hopSince[e] = dateRank.get(d.sinceStart) ?? 0;
    edgeOf.set(d.from * size + d.to, e);
    hops.push(d.hop);
  });
  for (let v = 0; v < size; v++) {
    outStart[v + 1] = (outStart[v + 1] ?? 0) + (outStart[v] ?? 0);
    inStart[v + 1] = (inStart[v + 1] ?? 0) + (inStart[v] ?? 0);
  }
  const inFill = inStart.slice(0, size);
  drafts.forEach((d, e) => {
    const slot = inFill[d.to] ?? 0;
    inSource[slot] = d.from;
    inEdge[slot] = e;
    inFill[d.to] = slot + 1;
  });

  const { component, sizes: componentSizes } = stronglyConnectedComponents(
    size,
    outStart,
    outTarget,
  );

  const edgeIndex = (from: number, to: number) => edgeOf.get(from * size + to) ?? -1;
  return {
    ids,
    size,
    hops,
    outStart,
    outTarget,
    inStart,
    inSource,
    inEdge,
    hopValue,
    dealStart,
    dealDay,
    rank,
    asOf,
    hopUsd,
    hopFirmUsd,
    hopEstimated,
    hopFirmEstimated,
    hopSince,
    idRank,
    component,
    componentSizes,
    usdPerGigawatt,
    indexOf: (id) => vertexOf.get(id) ?? -1,
    edgeIndex,
    hop(from, to) {
      const a = vertexOf.get(from);
      const b = vertexOf.get(to);
      if (a === undefined || b === undefined) return null;
      return hops[edgeIndex(a, b)] ?? null;
    },
  };
}
