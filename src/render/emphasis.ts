/**
 * Highlight by style, never by mutating data: from what is selected or hovered,
 * which companies and deals stand out. Everything else is faded by CSS.
 */
import type { DatasetIndex } from '../model';

export interface Emphasis {
  /** Companies and deals drawn at full strength; null means "no focus: all normal". */
  readonly companies: ReadonlySet<string>;
  readonly deals: ReadonlySet<string>;
  /** The step being told right now (follow the dollar): its deals and ends. */
  readonly current: ReadonlySet<string>;
  readonly currentCompanies: ReadonlySet<string>;
}

export type Focus =
  /** A company and its direct deals. */
  | { readonly kind: 'company'; readonly id: string }
  /** A set of deals and the companies they join (a deal, a loop, a set of paths). */
  | {
      readonly kind: 'deals';
      readonly deals: readonly string[];
      readonly companies?: readonly string[];
      /** Deals of the current step (follow the dollar), drawn strongest. */
      readonly current?: readonly string[];
    };

export function emphasisOf(focus: Focus | null, index: DatasetIndex): Emphasis | null {
  if (!focus) return null;
  const companies = new Set<string>();
  const deals = new Set<string>();
  const current = new Set<string>();
  const currentCompanies = new Set<string>();
  if (focus.kind === 'company') {
    companies.add(focus.id);
    for (const d of index.dealsFrom.get(focus.id) ?? []) {
      deals.add(d.id);
      companies.add(d.to);
    }
    for (const d of index.dealsTo.get(focus.id) ?? []) {
      deals.add(d.id);
      companies.add(d.from);
    }
    return { companies, deals, current, currentCompanies };
  }
  for (const id of focus.companies ?? []) companies.add(id);
  for (const id of focus.deals) {
    const deal = index.dealById.get(id);
    if (!deal) continue;
    deals.add(id);
    companies.add(deal.from);
    companies.add(deal.to);
  }
  for (const id of focus.current ?? []) {
    const deal = index.dealById.get(id);
    if (!deal) continue;
    current.add(id);
    currentCompanies.add(deal.from);
    currentCompanies.add(deal.to);
  }
  return { companies, deals, current, currentCompanies };
}
