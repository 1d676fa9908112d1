import {
  CONFIDENCE_LABELS,
  formatDate,
  formatDollars,
  formatUsd,
  STATUS_LABELS,
  TYPE_LABELS,
  type Dataset,
  type DatasetIndex,
} from '../../model';
import { useActions } from '../context';
import { SourceList } from './SourceList';
import { TypeSwatch } from '../TypeSwatch';

export function DealDetails({
  id,
  dataset,
  full,
}: {
  id: string;
  dataset: Dataset;
  full: DatasetIndex;
}) {
  const actions = useActions();
  const deal = full.dealById.get(id);
  if (!deal) return null;
  const from = full.companyById.get(deal.from);
  const to = full.companyById.get(deal.to);
  const dollars = full.dollars(deal);
  const perGw = dataset.assumptions?.usdPerGigawatt;
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
      {deal.note && <p className="note">{deal.note}</p>}
      <h3>Sources</h3>
      <SourceList sources={deal.sources} />
    </section>
  );
}
