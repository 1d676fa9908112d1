/**
 * Words for the map's keyboard and screen-reader layer: the description of a
 * focused company's button (kind, firm money out and in, loops through it),
 * the order D walks a company's deals in, and what is said for each deal.
 * All computed for one company when it is focused, never for the whole map.
 */
import {
  formatDate,
  formatDollars,
  formatUsd,
  KIND_LABELS,
  MONEY_TYPES,
  moneyTotals,
  STATUS_LABELS,
  TYPE_LABELS,
  type DatasetIndex,
  type Deal,
} from '../../model';

const MONEY = new Set<string>(MONEY_TYPES);

const byDollars = (index: DatasetIndex) => (a: Deal, b: Deal) =>
  (index.dollars(b).usd ?? -1) - (index.dollars(a).usd ?? -1) ||
  b.announced.localeCompare(a.announced) ||
  a.id.localeCompare(b.id);

/**
 * A company's deals in the order its details list them: money out, then money
 * in, each biggest first (then latest first).
 */
export function companyDeals(id: string, index: DatasetIndex): string[] {
  const outs = [...(index.dealsFrom.get(id) ?? [])].sort(byDollars(index));
  const ins = [...(index.dealsTo.get(id) ?? [])].sort(byDollars(index));
  return [...outs, ...ins].map((d) => d.id);
}

/** "Nvidia → OpenAI, investment, $100B, Sep 2025, 1 of 7". */
export function dealAnnouncement(
  dealId: string,
  index: DatasetIndex,
  at: number,
  count: number,
): string | null {
  const deal = index.dealById.get(dealId);
  if (!deal) return null;
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  const dollars = index.dollars(deal);
  const amount = dollars.usd == null ? 'amount unknown' : formatDollars(dollars);
  const status =
    deal.status === 'closed' || deal.status === 'announced'
      ? ''
      : `, ${STATUS_LABELS[deal.status].toLowerCase()}`;
  return `${name(deal.from)} → ${name(deal.to)}, ${TYPE_LABELS[deal.type].toLowerCase()}, ${amount}${status}, ${formatDate(deal.announced)}, ${at + 1} of ${count}`;
}

export interface LoopCount {
  readonly total: number;
  /** More loops may exist (the search stopped at its limit or its time budget, or goes on). */
  readonly truncated: boolean;
}

/**
 * "AI lab. Pays out $13B firm ($15B headline), receives $40B firm. 12 deals in
 * view. 7 money loops."
 */
export function companyDescription(
  id: string,
  view: DatasetIndex,
  full: DatasetIndex,
  usdPerGigawatt: number | null | undefined,
  loops: LoopCount | null,
): string | null {
  const company = full.companyById.get(id);
  if (!company) return null;
  const kind = [KIND_LABELS[company.kind], company.ticker].filter(Boolean).join(', ');
  const outs = view.dealsFrom.get(id) ?? [];
  const ins = view.dealsTo.get(id) ?? [];
  const deals = outs.length + ins.length;
  if (deals === 0) return `${kind}. No deals in this view.`;
  const money = (list: readonly Deal[]) => {
    const t = moneyTotals(
      list.filter((d) => MONEY.has(d.type) && view.counts(d)),
      usdPerGigawatt,
    );
    const approx = t.estimated ? '≈' : '';
    if (t.headlineUsd <= 0) return 'nothing known';
    const firm = `${approx}${formatUsd(t.firmUsd)} firm`;
    return t.firmUsd >= t.headlineUsd
      ? firm
      : `${firm} (${approx}${formatUsd(t.headlineUsd)} headline)`;
  };
  const parts = [
    `${kind}.`,
    `Pays out ${money(outs)}, receives ${money(ins)}.`,
    `${deals} deal${deals === 1 ? '' : 's'} in view.`,
  ];
  if (loops) {
    const n = `${loops.total.toLocaleString('en-US')}${loops.truncated ? '+' : ''}`;
    parts.push(
      loops.total === 0
        ? 'No money loops.'
        : `${n} money loop${loops.total === 1 && !loops.truncated ? '' : 's'}.`,
    );
  }
  return parts.join(' ');
}
