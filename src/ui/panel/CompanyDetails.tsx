import { useMemo } from 'react';
import {
  formatDollars,
  formatUsd,
  KIND_LABELS,
  type Dataset,
  type DatasetIndex,
  type Deal,
} from '../../model';
import { useActions } from '../context';
import { useAfterCommit, useAfterFirstPaint } from '../useAfterFirstPaint';
import { DealRow } from './DealRow';
import { PathsTo } from './PathsTo';
import type { ReactNode } from 'react';

interface Props {
  readonly id: string;
  readonly dataset: Dataset;
  readonly view: DatasetIndex;
  readonly full: DatasetIndex;
  /** The money loops region, placed between the summary and the deal lists. */
  readonly loops?: ReactNode;
}

/** Rows per list in the first batch after the first paint (about two screenfuls). */
const FIRST_ROWS = 20;

const byDollars = (index: DatasetIndex) => (a: Deal, b: Deal) =>
  (index.dollars(b).usd ?? -1) - (index.dollars(a).usd ?? -1) ||
  b.announced.localeCompare(a.announced);

export function CompanyDetails({ id, dataset, view, full, loops }: Props) {
  const actions = useActions();
  const company = full.companyById.get(id);
  const outs = useMemo(() => [...(view.dealsFrom.get(id) ?? [])].sort(byDollars(view)), [id, view]);
  const ins = useMemo(() => [...(view.dealsTo.get(id) ?? [])].sort(byDollars(view)), [id, view]);
  // The deal lists sit below the loops, out of the first screen: their rows come
  // after the first paint, a first batch then the rest (a hub's 100+ rows in one
  // commit were one 40–60 ms frame of style and layout; see useAfterCommit).
  const some = useAfterFirstPaint(id);
  const all = useAfterCommit(id, some);
  const rows = all ? Infinity : some ? FIRST_ROWS : 0;
  if (!company) return null;
  const flow = view.flow.get(id);
  const hidden = (full.flow.get(id)?.dealCount ?? 0) - (flow?.dealCount ?? 0);
  const aggregates = (dataset.aggregates ?? []).filter((a) => a.subject === id);

  return (
    <section className="details" aria-labelledby="details-title">
      <header className="details-header">
        <div>
          <h2 id="details-title" tabIndex={-1}>
            {company.name}
          </h2>
          <p className="muted">
            {[KIND_LABELS[company.kind], company.ticker].filter(Boolean).join(' · ')}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Clear selection"
          title="Clear selection (Esc)"
          onClick={actions.clearSelection}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {company.note && <p className="note">{company.note}</p>}
      <dl className="flows">
        <div>
          <dt>Pays out</dt>
          <dd>
            {formatDollars(flow?.out ?? { usd: null, estimated: false }, '—')}
            <span className="muted">
              {' '}
              · {outs.length} deal{outs.length === 1 ? '' : 's'}
            </span>
          </dd>
        </div>
        <div>
          <dt>Receives</dt>
          <dd>
            {formatDollars(flow?.in ?? { usd: null, estimated: false }, '—')}
            <span className="muted">
              {' '}
              · {ins.length} deal{ins.length === 1 ? '' : 's'}
            </span>
          </dd>
        </div>
      </dl>
      {hidden > 0 && (
        <p className="muted small">
          {hidden} more deal{hidden === 1 ? ' is' : 's are'} hidden by the filters.
        </p>
      )}
      {loops}
      <PathsTo from={id} view={view} />
      {/* Context after the loops: on a phone the loops come first into view. */}
      {aggregates.map((a) => (
        <aside key={a.id} className="aggregate">
          <strong>Reported total: </strong>
          {a.amountText ?? (a.amountUsd != null ? formatUsd(a.amountUsd) : a.label)}
          <span className="muted"> — {a.label}. Context only: not added to any total or loop.</span>
        </aside>
      ))}
      <DealList title="Money out" deals={outs} index={view} direction="out" rows={rows} />
      <DealList title="Money in" deals={ins} index={view} direction="in" rows={rows} />
    </section>
  );
}

function DealList({
  title,
  deals,
  index,
  direction,
  rows,
}: {
  title: string;
  deals: readonly Deal[];
  index: DatasetIndex;
  direction: 'out' | 'in';
  /** How many rows so far: none until the first paint (the heading and its count are there from the start). */
  rows: number;
}) {
  if (deals.length === 0) return null;
  return (
    <section className="deal-list" aria-label={`${title} (${deals.length})`}>
      <h3>
        {title} <span className="muted">({deals.length})</span>
      </h3>
      <ul>
        {deals.slice(0, rows).map((d) => (
          <DealRow key={d.id} deal={d} index={index} direction={direction} />
        ))}
      </ul>
    </section>
  );
}
