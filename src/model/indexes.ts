/**
 * Lookup tables over a dataset (or over any subset of its deals, such as the
 * filtered view). Built once per input and never mutated.
 */
import { countsAt, type ViewDate } from './firm';
import { dealDollars, sumDollars, type Dollars } from './money';
import type { Company, Dataset, Deal } from './schema';

export interface CompanyFlow {
  /** Dollars paid out by this company across the given deals. */
  readonly out: Dollars;
  /** Dollars received. */
  readonly in: Dollars;
  /** out + in: the money flowing through the company. */
  readonly total: Dollars;
  readonly dealCount: number;
}

export interface DatasetIndex {
  readonly companyById: ReadonlyMap<string, Company>;
  readonly dealById: ReadonlyMap<string, Deal>;
  /** Deals paid by a company, in dataset order. */
  readonly dealsFrom: ReadonlyMap<string, readonly Deal[]>;
  /** Deals received by a company, in dataset order. */
  readonly dealsTo: ReadonlyMap<string, readonly Deal[]>;
  /** Money through each company, over the deals that count (see `counts`). */
  readonly flow: ReadonlyMap<string, CompanyFlow>;
  /**
   * Whether a deal counts at the index's view date (model/firm.ts); an index
   * built without one counts every deal. Deals that do not count are still
   * indexed (the map draws them as ghosts) but left out of `flow`.
   */
  counts(deal: Deal): boolean;
  /** Dollars of one deal (reported, or estimated from GW). */
  dollars(deal: Deal): Dollars;
  /** Deals between two companies in either direction. */
  dealsBetween(a: string, b: string): readonly Deal[];
}

const EMPTY: readonly Deal[] = [];

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function indexDataset(
  dataset: Pick<Dataset, 'companies' | 'assumptions'>,
  deals: readonly Deal[],
  /** The view date; absent: every deal counts. */
  asOf?: ViewDate,
): DatasetIndex {
  const perGw = dataset.assumptions?.usdPerGigawatt ?? null;
  const companyById = new Map(dataset.companies.map((c) => [c.id, c]));
  const dealById = new Map<string, Deal>();
  const dealsFrom = new Map<string, Deal[]>();
  const dealsTo = new Map<string, Deal[]>();
  const byPair = new Map<string, Deal[]>();
  const dollarsOf = new Map<Deal, Dollars>();
  const push = (map: Map<string, Deal[]>, key: string, deal: Deal) => {
    const list = map.get(key);
    if (list) list.push(deal);
    else map.set(key, [deal]);
  };
  for (const deal of deals) {
    dealById.set(deal.id, deal);
    push(dealsFrom, deal.from, deal);
    push(dealsTo, deal.to, deal);
    push(byPair, pairKey(deal.from, deal.to), deal);
    dollarsOf.set(deal, dealDollars(deal, perGw));
  }
  const dollars = (deal: Deal): Dollars => dollarsOf.get(deal) ?? dealDollars(deal, perGw);
  const counts = (deal: Deal) => asOf === undefined || countsAt(deal, asOf);

  const flow = new Map<string, CompanyFlow>();
  for (const company of dataset.companies) {
    const outs = (dealsFrom.get(company.id) ?? EMPTY).filter(counts).map(dollars);
    const ins = (dealsTo.get(company.id) ?? EMPTY).filter(counts).map(dollars);
    flow.set(company.id, {
      out: sumDollars(outs),
      in: sumDollars(ins),
      total: sumDollars([...outs, ...ins]),
      dealCount: outs.length + ins.length,
    });
  }

  return {
    companyById,
    dealById,
    dealsFrom,
    dealsTo,
    flow,
    counts,
    dollars,
    dealsBetween: (a, b) => byPair.get(pairKey(a, b)) ?? EMPTY,
  };
}
