/**
 * Honest money: which deals count at a view date, and how much of a deal is firm.
 *
 * Definitions (README "Money loops", docs/loops.md), kept exactly:
 * - dates compare by their first day (`2025` is 2025-01-01, `2025-06` is 2025-06-01);
 * - a deal counts at the view date D when it was announced on or before D and has
 *   not ended on or before D; with no view date, every announced deal counts
 *   unless it has ended at all (the view "at the end of time");
 * - a deal's firm dollars: 0 when its status is `loi` or `reported`; otherwise
 *   `firmUsd` when given; otherwise 0 for `backstop` and `warrant` deals
 *   (contingent by nature); otherwise its dollars (model/money).
 */
import { dateStart } from './format';
import { dealDollars, type Dollars } from './money';
import type { Deal } from './schema';

export type ViewDate = string | null | undefined;

/** Whether `deal` counts at the view date (see the header). */
export function countsAt(deal: Pick<Deal, 'announced' | 'ended'>, asOf: ViewDate): boolean {
  if (asOf == null) return deal.ended == null;
  const day = dateStart(asOf);
  if (dateStart(deal.announced) > day) return false;
  return deal.ended == null || dateStart(deal.ended.on) > day;
}

/** A deal's firm dollars (see the header); `estimated` as for its headline dollars. */
export function firmDollars(
  deal: Pick<Deal, 'amountUsd' | 'computeGw' | 'firmUsd' | 'status' | 'type'>,
  usdPerGigawatt: number | null | undefined,
): Dollars {
  if (deal.status === 'loi' || deal.status === 'reported') return { usd: 0, estimated: false };
  if (deal.firmUsd != null) return { usd: deal.firmUsd, estimated: false };
  if (deal.type === 'backstop' || deal.type === 'warrant') return { usd: 0, estimated: false };
  return dealDollars(deal, usdPerGigawatt);
}

/**
 * What the gap between a deal's headline and its firm dollars rests on, for the
 * short marker on a loop card: a letter of intent, reported talks, an "up to"
 * ceiling (`firmUsd` below the amount), or a contingent kind of deal. null when
 * the deal is wholly firm (or its figures are unknown).
 */
export type FirmGap = 'loi' | 'reported' | 'up to' | 'contingent';

export function firmGap(
  deal: Pick<Deal, 'amountUsd' | 'computeGw' | 'firmUsd' | 'status' | 'type'>,
  usdPerGigawatt: number | null | undefined,
): FirmGap | null {
  const headline = dealDollars(deal, usdPerGigawatt).usd;
  if (headline == null || headline === 0) return null;
  if (deal.status === 'loi') return 'loi';
  if (deal.status === 'reported') return 'reported';
  const firm = firmDollars(deal, usdPerGigawatt).usd ?? 0;
  if (firm >= headline) return null;
  return deal.firmUsd != null ? 'up to' : 'contingent';
}

export const FIRM_GAP_LABELS: Readonly<Record<FirmGap, string>> = {
  loi: 'LOI',
  reported: 'reported',
  'up to': 'up to',
  contingent: 'contingent',
};

/** (headline − firm) ÷ headline, clamped to 0–1; null when there is no headline figure. */
export function headlineShare(headline: number, firm: number): number | null {
  if (!(headline > 0)) return null;
  return Math.min(1, Math.max(0, (headline - firm) / headline));
}

/** `61 %`: whole percents, but never "0 %" or "100 %" for a share that is neither. */
export function formatShare(share: number): string {
  const pct = Math.round(share * 100);
  const shown = share > 0 && pct === 0 ? '<1' : share < 1 && pct === 100 ? '>99' : String(pct);
  return `${shown} %`;
}

export interface MoneyTotals {
  /** Headline dollars of the counting deals with a known figure. */
  readonly headlineUsd: number;
  /** Firm dollars of those same deals. */
  readonly firmUsd: number;
  /** (headline − firm) ÷ headline; null with no headline. */
  readonly promiseShare: number | null;
  readonly estimated: boolean;
}

/**
 * Firm and headline totals of the given deals that count at `asOf` (absent:
 * every deal counts). The caller passes money-moving deals only.
 */
export function moneyTotals(
  deals: Iterable<Deal>,
  usdPerGigawatt: number | null | undefined,
  asOf?: ViewDate,
): MoneyTotals {
  let headlineUsd = 0;
  let firmUsd = 0;
  let estimated = false;
  for (const deal of deals) {
    if (asOf !== undefined && !countsAt(deal, asOf)) continue;
    const headline = dealDollars(deal, usdPerGigawatt);
    if (headline.usd == null) continue;
    headlineUsd += headline.usd;
    firmUsd += firmDollars(deal, usdPerGigawatt).usd ?? 0;
    estimated ||= headline.estimated;
  }
  return { headlineUsd, firmUsd, promiseShare: headlineShare(headlineUsd, firmUsd), estimated };
}
