/**
 * How a loop's money reads on a card: firm dollars first, then the headline
 * ("$30B firm · up to $130B"), and what the gap rests on (LOI, up to,
 * contingent, reported), from the hops' counting deals.
 */
import {
  FIRM_GAP_LABELS,
  firmGap,
  formatDollars,
  type DatasetIndex,
  type FirmGap,
} from '../../model';
import type { Hop } from '../../graph';

export interface LoopMoney {
  readonly firmUsd: number | null;
  readonly firmEstimated: boolean;
  readonly circulatingUsd: number | null;
  readonly estimated: boolean;
  readonly hops: readonly Hop[];
}

/** Firm and headline are the same figure: say it once. */
export const sameFigures = (m: LoopMoney) => m.firmUsd === m.circulatingUsd;

/** The card's lead: `$30B firm`, or the one figure when firm and headline agree. */
export function firmText(m: LoopMoney): string {
  const firm = formatDollars({ usd: m.firmUsd, estimated: m.firmEstimated });
  return sameFigures(m) ? firm : `${firm} firm`;
}

/** `up to $130B`: the headline, when it differs from the firm figure. */
export function headlineText(m: LoopMoney): string | null {
  if (sameFigures(m)) return null;
  return `up to ${formatDollars({ usd: m.circulatingUsd, estimated: m.estimated })}`;
}

/** What the difference rests on, in the order the hops meet it, each once. */
export function loopGaps(
  hops: readonly Hop[],
  index: DatasetIndex,
  usdPerGigawatt: number | null | undefined,
): FirmGap[] {
  const gaps: FirmGap[] = [];
  for (const hop of hops)
    for (const id of hop.dealIds) {
      const deal = index.dealById.get(id);
      const gap = deal ? firmGap(deal, usdPerGigawatt) : null;
      if (gap && !gaps.includes(gap)) gaps.push(gap);
    }
  return gaps;
}

export const gapText = (gaps: readonly FirmGap[]) =>
  gaps.map((g) => FIRM_GAP_LABELS[g]).join(' · ');

/**
 * A hop's row in the player: the headline alone when all of it is firm (or no
 * firm figure is known), else the firm part beside it, as the card and the
 * arrows say it — "$10B · up to $40B", or "up to $5B" when none of it is firm.
 */
export function hopDollarsText(hop: Hop): string {
  const head = formatDollars({ usd: hop.usd, estimated: hop.estimated });
  if (hop.usd == null || hop.firmUsd == null || hop.firmUsd >= hop.usd) return head;
  if (hop.firmUsd <= 0) return `up to ${head}`;
  return `${formatDollars({ usd: hop.firmUsd, estimated: hop.firmEstimated })} · up to ${head}`;
}
