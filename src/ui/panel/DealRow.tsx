import {
  formatDate,
  formatDollars,
  STATUS_LABELS,
  TYPE_LABELS,
  type DatasetIndex,
  type Deal,
} from '../../model';
import { useActions, useAppStore } from '../context';
import type { AppState } from '../../state/store';
import { SourceList } from './SourceList';
import { TypeSwatch } from '../TypeSwatch';

const selectHoverDeal = (s: AppState) => s.hover.deal;

/** One deal in a company's list: who, what, how much, when — and its sources. */
export function DealRow({
  deal,
  index,
  direction,
}: {
  deal: Deal;
  index: DatasetIndex;
  direction: 'out' | 'in';
}) {
  const actions = useActions();
  const hovered = useAppStore(selectHoverDeal) === deal.id;
  const other = direction === 'out' ? deal.to : deal.from;
  const name = index.companyById.get(other)?.name ?? other;
  const dollars = index.dollars(deal);
  return (
    <li className={`deal-row${hovered ? ' is-hover' : ''}`}>
      <button
        type="button"
        className="deal-row-main"
        data-deal-id={deal.id}
        onClick={() => actions.selectDeal(deal.id)}
        onMouseEnter={() => actions.setHover({ deal: deal.id })}
        onMouseLeave={() => actions.setHover({ deal: null })}
        onFocus={() => actions.setHover({ deal: deal.id })}
        onBlur={() => actions.setHover({ deal: null })}
      >
        <span className="deal-row-who">
          <span aria-hidden="true">{direction === 'out' ? '→ ' : '← '}</span>
          {name}
        </span>
        <span className="deal-row-amount">
          {formatDollars(dollars)}
          {dollars.estimated && <span className="visually-hidden"> (estimate)</span>}
        </span>
        <span className="deal-row-meta">
          <TypeSwatch type={deal.type} /> {TYPE_LABELS[deal.type]} · {formatDate(deal.announced)}
          {deal.status !== 'closed' && deal.status !== 'announced' && (
            <span className={`badge status-${deal.status}`}>{STATUS_LABELS[deal.status]}</span>
          )}
        </span>
      </button>
      <SourceList sources={deal.sources.slice(0, 1)} compact />
    </li>
  );
}
