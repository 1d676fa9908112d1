import { formatDate, formatDollars, TYPE_LABELS, type DatasetIndex } from '../../model';
import { SourceLink } from '../panel/SourceList';

/**
 * The deals a chapter names, each with its parties, figure, date and first
 * source — so every figure in the text can be checked. Sources are links only
 * when they are http(s) (SourceLink).
 */
export function CitedDeals({ ids, index }: { ids: readonly string[]; index: DatasetIndex }) {
  const deals = ids.flatMap((id) => {
    const deal = index.dealById.get(id);
    return deal ? [deal] : [];
  });
  if (deals.length === 0) return null;
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  return (
    <details className="story-cites">
      <summary>
        {deals.length === 1 ? 'The deal cited' : `The ${deals.length} deals cited`}, with sources
      </summary>
      <ul>
        {deals.map((d) => {
          const source = d.sources[0];
          return (
            <li key={d.id}>
              <span className="story-cite-line">
                {name(d.from)} → {name(d.to)} · {TYPE_LABELS[d.type]} ·{' '}
                {d.amountText ?? formatDollars(index.dollars(d))} · {formatDate(d.announced)}
              </span>
              {source && <SourceLink source={source} />}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
