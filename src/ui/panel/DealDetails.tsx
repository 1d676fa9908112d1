import {
  CONFIDENCE_LABELS,
  END_LABELS,
  FIRM_GAP_LABELS,
  firmDollars,
  firmGap,
  formatDate,
  formatDollars,
  formatUsd,
  STATUS_LABELS,
  TYPE_LABELS,
  type Dataset,
  type DatasetIndex,
  type Deal,
} from '../../model';
import { useActions } from '../context';
import { SourceList } from './SourceList';
import { TypeSwatch } from '../TypeSwatch';

export function DealDetails({
  id,
  dataset,
  full,
  view,
}: {
  id: string;
  dataset: Dataset;
  full: DatasetIndex;
  /** The view's index: says whether the deal counts at the view date. */
  view: DatasetIndex;
}) {
  const actions = useActions();
  const deal = full.dealById.get(id);
  if (!deal) return null;
  const from = full.companyById.get(deal.from);
  const to = full.companyById.get(deal.to);
  const dollars = full.dollars(deal);
  const perGw = dataset.assumptions?.usdPerGigawatt;
  const firm = firmDollars(deal, perGw);
  const gap = firmGap(deal, perGw);
  const end = deal.ended;
  const replacement = end?.by ? full.dealById.get(end.by) : undefined;
  const counts = view.counts(deal);
  return (
    <section className="details" aria-labelledby="details-title">
      <header className="details-header">
        <div>
          <p className="eyebrow">
            <TypeSwatch
              type={deal.type}
              dashed={deal.status === 'loi' || deal.status === 'reported'}
            />{' '}
            {TYPE_LABELS[deal.type]}
          </p>
          <h2 id="details-title" tabIndex={-1}>
            <button
              type="button"
              className="link-button"
              onClick={() => actions.selectCompany(deal.from)}
            >
              {from?.name ?? deal.from}
            </button>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> pays </span>
            <button
              type="button"
              className="link-button"
              onClick={() => actions.selectCompany(deal.to)}
            >
              {to?.name ?? deal.to}
            </button>
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Close deal"
          title="Close (Esc)"
          onClick={() => actions.selectDeal(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl className="facts">
        <div>
          <dt>Amount</dt>
          <dd>
            {deal.amountText ?? formatDollars(dollars)}
            {dollars.estimated && perGw != null && deal.computeGw != null && (
              <span className="muted">
                {' '}
                — counted as {formatDollars(dollars)}: {deal.computeGw} GW × {formatUsd(perGw)} per
                GW (an estimate)
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Firm</dt>
          <dd>
            {formatDollars(firm)}
            {gap && <span className="muted"> — the rest is {GAP_WORDS[gap]}</span>}
          </dd>
        </div>
        <div>
          <dt>Headline</dt>
          <dd>
            {formatDollars(dollars)}
            {gap && <span className="tag">{FIRM_GAP_LABELS[gap]}</span>}
          </dd>
        </div>
        {deal.computeGw != null && !dollars.estimated && (
          <div>
            <dt>Compute</dt>
            <dd>{deal.computeGw} GW</dd>
          </div>
        )}
        <div>
          <dt>Announced</dt>
          <dd>{formatDate(deal.announced)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[deal.status]}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{CONFIDENCE_LABELS[deal.confidence]}</dd>
        </div>
      </dl>
      {end && (
        <div className="deal-end" role="note">
          <p>
            <strong>
              {END_LABELS[end.how]} {formatDate(end.on)}
            </strong>
            {replacement && (
              <>
                {' '}
                — replaced by{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.selectDeal(replacement.id)}
                >
                  {replacementLabel(replacement, full)}
                </button>
              </>
            )}
            .{' '}
            {counts
              ? 'It still counts at the date in view.'
              : 'From then on it is left out of loops, paths and totals; the map draws it faintly.'}
          </p>
          {end.note && <p className="note">{end.note}</p>}
          {end.sources && end.sources.length > 0 && <SourceList sources={end.sources} />}
        </div>
      )}
      {deal.note && <p className="note">{deal.note}</p>}
      <h3>Sources</h3>
      <SourceList sources={deal.sources} />
    </section>
  );
}

/** What the gap between headline and firm is, in words. */
const GAP_WORDS = {
  loi: 'a letter of intent, not a commitment',
  reported: 'reported talks, nothing signed',
  'up to': 'an "up to" ceiling or contingent tranches',
  contingent: 'contingent (a backstop or warrant pays only if triggered)',
} as const;

function replacementLabel(deal: Deal, full: DatasetIndex): string {
  const name = (id: string) => full.companyById.get(id)?.name ?? id;
  return `${name(deal.from)} → ${name(deal.to)}, ${TYPE_LABELS[deal.type].toLowerCase()} ${formatDollars(full.dollars(deal))}, ${formatDate(deal.announced)}`;
}
