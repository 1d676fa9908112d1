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
