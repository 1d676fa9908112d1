import { formatDate, formatUsd, type Dataset, type DatasetIndex } from '../../model';
import type { ReactNode } from 'react';
import { MoneyTotals } from './MoneyTotals';
import { StoryLinks } from '../story/StoryLinks';

/** With nothing selected: what this is, the totals in view, and the top loops. */
export function Intro({
  dataset,
  view,
  dealsInView,
  asOf,
  children,
}: {
  dataset: Dataset;
  view: DatasetIndex;
  dealsInView: number;
  /** The view date: figures are as of it. */
  asOf: string;
  children?: ReactNode;
}) {
  let disclosed = 0;
  for (const d of view.dealById.values()) if (view.counts(d)) disclosed += d.amountUsd ?? 0;
  return (
    <section className="details intro" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        Follow the money round
      </h2>
      <p>
        {dataset.description ??
          'Who invests in whom, who buys whose cloud, who buys whose chips. Select a company to see every loop that sends money out and brings it back.'}
      </p>
      <StoryLinks />
      <p className="muted small">
        {dealsInView} of {dataset.deals.length} deals in view · {formatUsd(disclosed)} disclosed ·
        data as of {formatDate(dataset.asOf)}
      </p>
      <MoneyTotals view={view} usdPerGigawatt={dataset.assumptions?.usdPerGigawatt} asOf={asOf} />
      {children}
    </section>
  );
}
