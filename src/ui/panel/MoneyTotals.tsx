/**
 * The view's money in two figures and a bar: firm dollars beside the headline,
 * and the share of the headline that is promises (letters of intent, ceilings,
 * contingent deals). Deals that do not count at the view date are left out.
 */
import {
  formatDate,
  formatShare,
  formatUsd,
  MONEY_TYPES,
  moneyTotals,
  type DatasetIndex,
  type Deal,
} from '../../model';

const MONEY = new Set<string>(MONEY_TYPES);

export function MoneyTotals({
  view,
  usdPerGigawatt,
  asOf,
}: {
  view: DatasetIndex;
  usdPerGigawatt: number | null | undefined;
  /** The view date, for the caption. */
  asOf: string;
}) {
  const deals: Deal[] = [];
  for (const d of view.dealById.values()) if (MONEY.has(d.type) && view.counts(d)) deals.push(d);
  const t = moneyTotals(deals, usdPerGigawatt);
  if (t.headlineUsd <= 0) return null;
  const share = t.promiseShare ?? 0;
  const pct = formatShare(share);
  const approx = t.estimated ? '≈' : '';
  return (
    <figure className="money-totals" aria-label="Dollars in view">
      <p className="money-figures">
        <span>
          <strong>
            {approx}
            {formatUsd(t.firmUsd)}
          </strong>{' '}
          firm
        </span>{' '}
        <span className="muted">
          of {approx}
          {formatUsd(t.headlineUsd)} headline
        </span>
      </p>
      <div
        className="promise-bar"
        role="img"
        aria-label={`${pct} promises, ${formatShare(1 - share)} firm`}
      >
        <span className="promise-firm" style={{ width: `${(1 - share) * 100}%` }} />
        <span className="promise-rest" style={{ width: `${share * 100}%` }} />
      </div>
      <figcaption className="small muted">
        {pct} of the dollars in view are letters of intent, ceilings or contingent · as of{' '}
        {formatDate(asOf)}
      </figcaption>
    </figure>
  );
}
