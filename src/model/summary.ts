/**
 * A dataset in a few numbers: how many companies and deals, of which kinds, and
 * how many dollars. Pure, so the CLI, the tests and the app can share it.
 *
 * Dollar totals cover money-moving deals only (MONEY_TYPES): a partnership's
 * direction is nominal and its figure, if any, is not a payment. Aggregates are
 * reported totals made of other deals, so they are never added in. Deals that
 * do not count at the dataset's `asOf` (firm.ts: ended by then, or announced
 * after it) are left out of the dollars and counted apart.
 */
import { dateStart, formatDate, formatUsd } from './format';
import { countsAt, firmDollars, formatShare, headlineShare } from './firm';
import { dealDollars } from './money';
import type { Dataset } from './schema';
import {
  CONFIDENCES,
  DEAL_STATUSES,
  DEAL_TYPES,
  MONEY_TYPES,
  STATUS_LABELS,
  TYPE_SHORT,
  type Confidence,
  type DealStatus,
  type DealType,
} from './vocabulary';

export interface DatasetSummary {
  readonly companies: number;
  readonly deals: number;
  readonly aggregates: number;
  readonly byType: Readonly<Record<DealType, number>>;
  readonly byStatus: Readonly<Record<DealStatus, number>>;
  readonly byConfidence: Readonly<Record<Confidence, number>>;
  /** Sum of `amountUsd` over money-moving deals that report one. */
  readonly disclosedUsd: number;
  readonly disclosedDeals: number;
  /** `computeGw × usdPerGigawatt` over money-moving deals quoted only in GW; 0 when none. */
  readonly estimatedUsd: number;
  readonly estimatedDeals: number;
  readonly estimatedGw: number;
  readonly usdPerGigawatt: number | null;
  /** Money-moving deals with no dollar figure at all (nor a GW figure that can be converted). */
  readonly unknownAmountDeals: number;
  /** Earliest and latest `announced` dates, as written in the data; null for no deals. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly asOf: string;
  /** Headline dollars (disclosed + estimated) of counting money-moving deals. */
  readonly headlineUsd: number;
  /** Firm dollars of the same deals, where their headline is known (firm.ts). */
  readonly firmUsd: number;
  /** (headline − firm) ÷ headline: the share that is letters of intent, ceilings or contingent; null with no headline. */
  readonly promiseShare: number | null;
  /** Money-moving deals that do not count at asOf (ended by then, or announced after it). */
  readonly notCountingDeals: number;
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const { deals } = dataset;
  const usdPerGigawatt = dataset.assumptions?.usdPerGigawatt ?? null;
  const moving = new Set<DealType>(MONEY_TYPES);

  let disclosedUsd = 0;
  let disclosedDeals = 0;
  let estimatedUsd = 0;
  let estimatedDeals = 0;
  let estimatedGw = 0;
  let unknownAmountDeals = 0;
  let firmUsd = 0;
  let notCountingDeals = 0;
  for (const deal of deals) {
    if (!moving.has(deal.type)) continue;
    if (!countsAt(deal, dataset.asOf)) {
      notCountingDeals += 1;
      continue;
    }
    const dollars = dealDollars(deal, usdPerGigawatt);
    if (dollars.usd != null) firmUsd += firmDollars(deal, usdPerGigawatt).usd ?? 0;
    if (dollars.usd == null) unknownAmountDeals += 1;
    else if (dollars.estimated) {
      estimatedUsd += dollars.usd;
      estimatedDeals += 1;
      estimatedGw += deal.computeGw ?? 0;
    } else {
      disclosedUsd += dollars.usd;
      disclosedDeals += 1;
    }
  }

  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const { announced } of deals) {
    const start = dateStart(announced);
    if (firstDate === null || start < dateStart(firstDate)) firstDate = announced;
    if (lastDate === null || start > dateStart(lastDate)) lastDate = announced;
  }

  return {
    companies: dataset.companies.length,
    deals: deals.length,
    aggregates: dataset.aggregates?.length ?? 0,
    byType: countBy(
      DEAL_TYPES,
      deals.map((d) => d.type),
    ),
    byStatus: countBy(
      DEAL_STATUSES,
      deals.map((d) => d.status),
    ),
    byConfidence: countBy(
      CONFIDENCES,
      deals.map((d) => d.confidence),
    ),
    disclosedUsd,
    disclosedDeals,
    estimatedUsd,
    estimatedDeals,
    estimatedGw,
    usdPerGigawatt,
    unknownAmountDeals,
    firstDate,
    lastDate,
    asOf: dataset.asOf,
    headlineUsd: disclosedUsd + estimatedUsd,
    firmUsd,
    promiseShare: headlineShare(disclosedUsd + estimatedUsd, firmUsd),
    notCountingDeals,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `investment 9, cloud 6`: the non-zero counts, in vocabulary order. */
function counts<K extends string>(
  keys: readonly K[],
  record: Readonly<Record<K, number>>,
  label: (k: K) => string,
): string {
  const parts = keys.filter((k) => record[k] > 0).map((k) => `${label(k)} ${record[k]}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** GW totals without float noise (`31.5`, not `31.499999999999996`). */
const gw = (n: number) => String(Math.round(n * 1000) / 1000);

/** A few readable lines, for the terminal. */
export function formatSummary(s: DatasetSummary): string {
  const range =
    s.firstDate && s.lastDate
      ? ` from ${formatDate(s.firstDate)} to ${formatDate(s.lastDate)}`
      : '';
  const lines = [
    `${plural(s.companies, 'company', 'companies')}, ${plural(s.deals, 'deal')}${range}; as of ${formatDate(s.asOf)}`,
    `By type: ${counts(DEAL_TYPES, s.byType, (k) => TYPE_SHORT[k])}`,
    `By status: ${counts(DEAL_STATUSES, s.byStatus, (k) => STATUS_LABELS[k].toLowerCase())}`,
    `By confidence: ${counts(CONFIDENCES, s.byConfidence, (k) => k)}`,
    `Disclosed: ${formatUsd(s.disclosedUsd)} across ${plural(s.disclosedDeals, 'deal')}`,
  ];
  if (s.estimatedDeals > 0 && s.usdPerGigawatt != null)
    lines.push(
      `Estimated from GW: ≈${formatUsd(s.estimatedUsd)} (${gw(s.estimatedGw)} GW × ${formatUsd(s.usdPerGigawatt)} per GW, ${plural(s.estimatedDeals, 'deal')})`,
    );
  lines.push(`Amount unknown: ${plural(s.unknownAmountDeals, 'deal')}`);
  lines.push(
    `Firm: ${formatUsd(s.firmUsd)} of ${formatUsd(s.headlineUsd)} headline` +
      (s.promiseShare === null
        ? ''
        : ` (${formatShare(s.promiseShare)} of the headline is letters of intent, ceilings or contingent)`),
  );
  if (s.notCountingDeals > 0)
    lines.push(
      `Not counted as of ${formatDate(s.asOf)}: ${plural(s.notCountingDeals, 'deal')} (ended, or announced later)`,
    );
  const aside = [
    s.byType.partnership > 0 &&
      `${plural(s.byType.partnership, 'partnership')} (nominal, not counted in dollars)`,
    s.aggregates > 0 && `${plural(s.aggregates, 'aggregate')} (context, never summed)`,
  ].filter((x): x is string => typeof x === 'string');
  if (aside.length) lines.push(`Left out of the totals: ${aside.join('; ')}`);
  return lines.join('\n');
}
