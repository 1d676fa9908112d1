/**
 * One unit for money and compute: a deal's dollars, either as reported or, for a
 * deal quoted only in gigawatts, estimated with the dataset's `usdPerGigawatt`.
 */
import type { Deal } from './schema';

export interface Dollars {
  /** null when neither an amount nor a convertible GW figure is known. */
  readonly usd: number | null;
  /** true when the figure comes from GW × usdPerGigawatt, not from a report. */
  readonly estimated: boolean;
}

export function dealDollars(
  deal: Pick<Deal, 'amountUsd' | 'computeGw'>,
  usdPerGigawatt: number | null | undefined,
): Dollars {
  // Validation caps every figure (MAX_USD, MAX_GW); a figure that is still not a
  // finite number counts as unknown rather than turning a total into Infinity.
  if (deal.amountUsd != null)
    return Number.isFinite(deal.amountUsd)
      ? { usd: deal.amountUsd, estimated: false }
      : { usd: null, estimated: false };
  if (deal.computeGw != null && usdPerGigawatt != null && usdPerGigawatt > 0) {
    const usd = deal.computeGw * usdPerGigawatt;
    if (Number.isFinite(usd)) return { usd, estimated: true };
  }
  return { usd: null, estimated: false };
}

/** Adds dollar figures; unknown parts are skipped but remembered. */
export function sumDollars(parts: readonly Dollars[]): Dollars & { readonly partial: boolean } {
  let usd: number | null = null;
  let estimated = false;
  let partial = false;
  for (const p of parts) {
    if (p.usd == null) {
      partial = true;
      continue;
    }
    usd = (usd ?? 0) + p.usd;
    estimated ||= p.estimated;
  }
  return { usd, estimated, partial: partial && usd != null };
}
